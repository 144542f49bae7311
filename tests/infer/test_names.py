"""Model and field names come from context and never collide."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from generator.infer.names import endpoint_entity, field_python_names
from tests.infer.helpers import annotation, endpoint, field, infer, response_annotation


def _names(*endpoints: object) -> set[str]:
    return {m.name for m in infer(*endpoints).models}  # type: ignore[arg-type]


def test_response_named_after_the_entity_of_the_path_or_request_name() -> None:
    api = infer(
        endpoint(
            "GET", "/v3/devices/{device_id}", "Get device by id", responses=[(200, {"id": 1})]
        ),
        endpoint("GET", "/2/tweets/{id}", "Single Tweet", responses=[(200, {"text": "t"})]),
    )
    assert response_annotation(api, "GET /v3/devices/{device_id}") == "Device"
    assert response_annotation(api, "GET /2/tweets/{id}") == "Tweet"


def test_entity_rules() -> None:
    def entity(path: str, name: str) -> str:
        return endpoint_entity(endpoint("GET", path, name)).object_name()

    assert entity("/v3/device-types/{id}", "Get a list of device types") == "DeviceTypes"
    assert entity("/x", "Get device configuration by version") == "DeviceConfiguration"
    assert entity("/v3/devices/{id}/configuration/latest", "Latest config") == "Configuration"
    assert entity("/v3/run-script", "Run script") == "RunScriptResult"
    assert entity("/", "") == "Call"  # nothing to go by: the method name


def test_list_and_page_items_are_singular() -> None:
    page = {"content": [{"id": "t"}], "totalElements": 1, "size": 20, "number": 0}
    api = infer(
        endpoint("GET", "/v3/tags", "List tags", responses=[(200, page)]),
        endpoint("GET", "/v3/categories", "List categories", responses=[(200, [{"n": "p"}])]),
    )
    assert response_annotation(api, "GET /v3/tags") == "Page[Tag]"
    assert response_annotation(api, "GET /v3/categories") == "list[Category]"


def test_nested_objects_are_named_from_their_field() -> None:
    api = infer(
        endpoint(
            "GET",
            "/workspaces/{id}",
            "Get workspace",
            responses=[(200, {"gpsCoordinates": {"lat": 1.0}, "settings": {"a": True}})],
        )
    )
    workspace = api.model("Workspace")
    assert annotation(workspace, "gpsCoordinates") == "GpsCoordinates"
    # A generic field name always gets its parent's name in front.
    assert annotation(workspace, "settings") == "WorkspaceSettings"


def test_parent_prefix_only_when_the_plain_name_is_taken() -> None:
    api = infer(
        endpoint("GET", "/tags/{id}", "Get tag", responses=[(200, {"id": "t", "color": "red"})]),
        endpoint(
            "GET",
            "/devices/{id}",
            "Get device",
            responses=[(200, {"id": "d", "tags": [{"label": "x"}], "owner": {"name": "o"}})],
        ),
    )
    device = api.model("Device")
    assert annotation(device, "tags") == "list[DeviceTag]"
    assert annotation(device, "owner") == "Owner"


def test_same_name_for_different_shapes_without_a_parent_gets_a_number() -> None:
    names = _names(
        endpoint("GET", "/a/things/{id}", "Get thing", responses=[(200, {"a": 1})]),
        endpoint("GET", "/b/things/{id}", "Get thing", responses=[(200, {"b": "x"})]),
    )
    assert names == {"Thing", "Thing2"}


def test_request_bodies_and_their_objects() -> None:
    api = infer(
        endpoint(
            "POST",
            "/devices",
            "Create device",
            body={"name": "n", "tags": [{"id": "1"}], "settings": {"x": 1}},
        )
    )
    request = api.model("CreateDeviceRequest")
    assert annotation(request, "tags") == "list[TagParam] | None"
    assert annotation(request, "settings") == "CreateDeviceSettingsParam | None"


def test_bulk_request_items() -> None:
    api = infer(endpoint("POST", "/bulk", "Bulk create", body=[{"name": "n"}]))
    assert api.endpoint("POST /bulk").body.type.annotation() == "list[BulkCreateRequestItem]"  # type: ignore[union-attr]


def test_runtime_and_client_names_are_never_taken() -> None:
    api = infer(
        endpoint("GET", "/pages/{id}", "Get page", responses=[(200, {"n": 1})]),
        endpoint("GET", "/clients/{id}", "Get client", responses=[(200, {"c": 1})]),
        endpoint("GET", "/errors/{id}", "Get API error", responses=[(200, {"e": 1})]),
        endpoint("GET", "/h/{id}", "Get headers", responses=[(200, {"h": 1})]),
    )
    names = {m.name for m in api.models}
    assert not names & {"Page", "Client", "APIError", "Headers"}
    # Names compare case-insensitively: ApiError would clash with APIError.
    assert names == {"Page2", "Client2", "ApiError2", "Headers2"}


def test_field_python_names_are_distinct_and_keep_good_wire_names() -> None:
    # Builtins are fine as field names (``device.type``); keywords and type names are not.
    assert field_python_names(["userId", "user_id", "type", "class", "date", "2fa", ""]) == [
        "user_id_2",
        "user_id",
        "type",
        "class_",
        "date_",
        "field_2fa",
        "field",
    ]
    thing = infer(
        endpoint("GET", "/t/{id}", "Get thing", responses=[(200, {"userId": 1, "user_id": 2})])
    ).model("Thing")
    assert field(thing, "user_id").python_name == "user_id"
    assert field(thing, "userId").python_name == "user_id_2"


def test_models_are_sorted_and_output_does_not_depend_on_hash_seeds() -> None:
    code = (
        "import json, sys\n"
        "from tests.infer.test_names import _sample_api_json\n"
        "sys.stdout.write(_sample_api_json())\n"
    )
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1
    models = json.loads(outputs.pop())["models"]
    assert [m["name"] for m in models] == sorted(m["name"] for m in models)


def _sample_api_json() -> str:
    api = infer(
        endpoint(
            "GET",
            "/devices/{id}",
            "Get device",
            responses=[
                (200, {"id": "d", "tags": [{"id": "t"}], "meta": {"a": 1}}),
                (404, {"m": 1}),
            ],
        ),
        endpoint("GET", "/tags", "List tags", responses=[(200, [{"id": "t", "name": "n"}])]),
        endpoint("POST", "/tags", "Create tag", body={"name": "n", "labels": {"x": "y"}}),
    )
    return api.model_dump_json()
