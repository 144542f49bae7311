"""The changed upstream revision used by the acceptance tests: exactly six API
changes against the akenza collection, plus volatile noise that must not count."""

from __future__ import annotations

import copy
import json
from typing import Any

Json = dict[str, Any]

# (level, kind) of each change, in the order ``diff`` reports them.
EXPECTED = {
    ("non-breaking", "endpoint-added"),
    ("breaking", "endpoint-removed"),
    ("non-breaking", "param-added"),
    ("breaking", "request-field-renamed"),
    ("non-breaking", "response-field-added"),
    ("docs-only", "endpoint-description-changed"),
}


def _folder(doc: Json, name: str) -> Json:
    return next(i for i in doc["item"] if i.get("name") == name)


def _request(folder: Json, name: str) -> Json:
    return next(i for i in folder["item"] if i.get("name") == name)


def _edit_json_text(text: str, edit: Any) -> str:
    value = json.loads(text)
    edit(value)
    return json.dumps(value, indent=2)


def changed_revision(original: Json) -> Json:
    doc = copy.deepcopy(original)
    devices = _folder(doc, "Assets & Devices")
    data_flows = _folder(doc, "Data Flows")

    # 1. endpoint added (no examples: its samples must not reshape shared models)
    devices["item"].append(
        {
            "name": "Get device status",
            "request": {
                "method": "GET",
                "header": [],
                "url": {
                    "raw": "{{baseUrl}}/v3/devices/:deviceId/status",
                    "host": ["{{baseUrl}}"],
                    "path": ["v3", "devices", ":deviceId", "status"],
                    "variable": [
                        {
                            "key": "deviceId",
                            "value": "{{deviceId}}",
                            "description": "The akenza device id.",
                        }
                    ],
                },
                "description": "Returns the connectivity status of a device.",
            },
            "response": [],
        }
    )

    # 2. endpoint removed
    custom_fields = _folder(doc, "Custom Fields")
    custom_fields["item"] = [i for i in custom_fields["item"] if i["name"] != "Delete custom field"]

    # 3. optional query parameter added
    listing = _request(data_flows, "List data flows")
    listing["request"]["url"]["query"].append(
        {
            "key": "deviceConnectorId",
            "value": "",
            "description": "Only data flows of this device connector.",
            "disabled": True,
        }
    )

    # 4. request body field renamed, everywhere the request body is shown
    def rename(body: Json) -> None:
        body["passThrough"] = body.pop("isPassThrough")

    create = _request(data_flows, "Create data flow")
    bodies = [create["request"]["body"]]
    bodies += [r["originalRequest"]["body"] for r in create["response"]]
    for body in bodies:
        body["raw"] = _edit_json_text(body["raw"], rename)

    # 5. response field added
    def add_region(value: Json) -> None:
        value["region"] = "eu-central"

    get = _request(data_flows, "Get data flow by id")
    for example in get["response"]:
        example["body"] = _edit_json_text(example["body"], add_region)

    # 6. description changed
    _request(devices, "Get device by id")["request"][
        "description"
    ] = "Returns one device with its data flow, tags and custom fields."

    add_noise(doc)
    return doc


def add_noise(doc: Json) -> None:
    """What a re-export changes without changing the API: ids, dates, key order."""
    doc["info"]["_postman_id"] = "00000000-1111-2222-3333-444444444444"
    doc["info"]["_exporter_id"] = "12345678"
    stack = list(doc["item"])
    while stack:
        item = stack.pop()
        item["id"] = f"id-{id(item)}"
        stack.extend(item.get("item", []))
        for example in item.get("response", []):
            example["id"] = f"ex-{id(example)}"
            for header in example.get("header", []):
                if header.get("key") == "Date":
                    header["value"] = "Mon, 01 Jan 2024 00:00:00 GMT"
    # Key order is not part of the API.
    reordered = dict(reversed(list(doc["info"].items())))
    doc["info"] = reordered
