"""Severity rules, one change at a time, on small collections; each case runs
with inferred models and with the sample fallback."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import generator.pipeline as pipeline
from generator.config import target_for_collection
from generator.drift.diff import diff_apis, load_api

Json = dict[str, Any]
V21 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"


def request(
    name: str,
    method: str = "GET",
    path: str = "v1/things",
    query: list[Json] | None = None,
    body: Json | None = None,
    response: Json | None = None,
    description: str = "",
) -> Json:
    segments = path.split("/")
    raw = "{{baseUrl}}/" + path + ("?" + "&".join(q["key"] + "=" for q in query) if query else "")
    item: Json = {
        "name": name,
        "request": {
            "method": method,
            "header": [],
            "url": {"raw": raw, "host": ["{{baseUrl}}"], "path": segments, "query": query or []},
            "description": description,
        },
        "response": [],
    }
    if body is not None:
        item["request"]["body"] = {
            "mode": "raw",
            "raw": json.dumps(body),
            "options": {"raw": {"language": "json"}},
        }
    if response is not None:
        item["response"].append(
            {
                "name": "OK",
                "code": 200,
                "status": "OK",
                "originalRequest": item["request"],
                "header": [{"key": "Content-Type", "value": "application/json"}],
                "body": json.dumps(response),
            }
        )
    return item


def collection(*items: Json, auth: Json | None = None, folder_doc: str = "Things.") -> Json:
    doc: Json = {
        "info": {"name": "Rules", "schema": V21},
        "item": [{"name": "Things", "description": folder_doc, "item": list(items)}],
        "variable": [{"key": "baseUrl", "value": "https://api.example.com"}],
    }
    if auth is not None:
        doc["auth"] = auth
    return doc


APIKEY = {
    "type": "apikey",
    "apikey": [
        {"key": "key", "value": "x-api-key"},
        {"key": "value", "value": "{{apiKey}}"},
        {"key": "in", "value": "header"},
    ],
}
BEARER = {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}"}]}
THING = {"id": "t1", "name": "Thing", "count": 3}
OPTIONAL_Q = {"key": "search", "value": "", "description": "Free text.", "disabled": True}
REQUIRED_Q = {"key": "workspaceId", "value": "w1", "description": "(Required) The workspace."}


def base() -> Json:
    return collection(
        request("List things", query=[OPTIONAL_Q], response={"content": [THING]}),
        request("Get thing", path="v1/things/:thingId", response=THING),
        request("Create thing", method="POST", body={"name": "Thing", "count": 3}, response=THING),
        auth=APIKEY,
    )


def things(doc: Json) -> list[Json]:
    items: list[Json] = doc["item"][0]["item"]
    return items


def named(doc: Json, name: str) -> Json:
    return next(i for i in things(doc) if i["name"] == name)


def _set_thing(doc: Json, value: Json) -> None:
    """Every response showing a thing: inference shares one model between them,
    so a change seen in only one of them would be a different change."""
    for item in things(doc):
        for example in item["response"]:
            wrapped = {"content": [value]} if item["name"] == "List things" else value
            example["body"] = json.dumps(wrapped)


def _set_response(doc: Json, name: str, value: Json) -> None:
    named(doc, name)["response"][0]["body"] = json.dumps(value)


def _set_body(doc: Json, name: str, value: Json) -> None:
    named(doc, name)["request"]["body"]["raw"] = json.dumps(value)
    for example in named(doc, name)["response"]:
        example["originalRequest"] = named(doc, name)["request"]


def _path(doc: Json, name: str, path: str) -> None:
    url = named(doc, name)["request"]["url"]
    url["path"] = path.split("/")
    url["raw"] = "{{baseUrl}}/" + path


Edit = Callable[[Json], None]

Expected = set[tuple[str, str]] | dict[str, set[tuple[str, str]]]
CASES: dict[str, tuple[Edit, Expected]] = {
    "required param added": (
        lambda d: named(d, "List things")["request"]["url"]["query"].append(REQUIRED_Q),
        {("breaking", "param-added")},
    ),
    "param removed": (
        lambda d: named(d, "List things")["request"]["url"].update(query=[]),
        {("breaking", "param-removed")},
    ),
    "param renamed": (
        lambda d: named(d, "List things")["request"]["url"].update(
            query=[dict(OPTIONAL_Q, key="searchText")]
        ),
        {("breaking", "param-renamed")},
    ),
    "param now required": (
        lambda d: named(d, "List things")["request"]["url"].update(
            query=[{"key": "search", "value": "x", "description": "(Required) Free text."}]
        ),
        {
            ("breaking", "param-required-changed"),
            ("docs-only", "param-description-changed"),
            ("non-breaking", "param-default-changed"),
        },
    ),
    "param description": (
        lambda d: named(d, "List things")["request"]["url"].update(
            query=[dict(OPTIONAL_Q, description="Full-text search.")]
        ),
        {("docs-only", "param-description-changed")},
    ),
    "path param renamed": (
        lambda d: _path(d, "Get thing", "v1/things/:id"),
        {("breaking", "param-renamed")},
    ),
    "path changed": (
        lambda d: _path(d, "Get thing", "v2/things/:thingId"),
        {("breaking", "endpoint-path-changed")},
    ),
    "method changed": (
        lambda d: named(d, "Create thing")["request"].update(method="PUT"),
        {("breaking", "endpoint-method-changed")},
    ),
    "function renamed": (
        lambda d: named(d, "Get thing").update(name="Fetch thing"),
        {("breaking", "endpoint-renamed")},
    ),
    "auth changed": (
        lambda d: d.update(auth=BEARER),
        {("breaking", "endpoint-auth-changed")},
    ),
    "auth dropped": (
        lambda d: d.update(auth={"type": "noauth"}),
        {("non-breaking", "endpoint-auth-changed")},
    ),
    "response field removed": (
        lambda d: _set_thing(d, {"id": "t1", "name": "Thing"}),
        {("breaking", "response-field-removed")},
    ),
    "response field type changed": (
        lambda d: _set_thing(d, {"id": "t1", "name": "Thing", "count": "3"}),
        {("breaking", "response-field-type-changed")},
    ),
    "request field added": (
        lambda d: _set_body(d, "Create thing", {"name": "Thing", "count": 3, "color": "red"}),
        # Request fields are optional in the generated client (infer/RULES.md).
        {("non-breaking", "request-field-added")},
    ),
    "request field removed": (
        lambda d: _set_body(d, "Create thing", {"name": "Thing"}),
        {("breaking", "request-field-removed")},
    ),
    "response field added": (
        lambda d: _set_thing(d, dict(THING, color="red")),
        {("non-breaking", "response-field-added")},
    ),
    # Typed: the model shared with the other endpoints keeps the field, optional now.
    # Samples: this endpoint's response no longer shows it.
    "response field gone from one endpoint": (
        lambda d: _set_response(d, "Get thing", {"id": "t1", "name": "Thing"}),
        {
            "typed": {("breaking", "response-field-required-changed")},
            "samples": {("breaking", "response-field-removed")},
        },
    ),
    "folder description": (
        lambda d: d["item"][0].update(description="All the things."),
        {("docs-only", "resource-description-changed")},
    ),
    "endpoint title": (
        lambda d: named(d, "Get thing").update(name="Get  thing"),
        {("docs-only", "endpoint-title-changed")},
    ),
}


@pytest.fixture(params=["typed", "samples"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "samples":
        monkeypatch.setattr(pipeline, "_apply_overrides_and_infer", lambda api, target: (api, []))
    return str(request.param)


def kinds(old: Json, new: Json, folder: Path) -> set[tuple[str, str]]:
    a, b = folder / "old.json", folder / "new.json"
    a.write_text(json.dumps(old))
    b.write_text(json.dumps(new))
    target = target_for_collection(a, folder / "out", "things")
    return {(c.level, c.kind) for c in diff_apis(load_api(a, target), load_api(b, target))}


@pytest.mark.parametrize("case", sorted(CASES))
def test_rule(case: str, mode: str, tmp_path: Path) -> None:
    edit, expected = CASES[case]
    old = base()
    new = copy.deepcopy(old)
    edit(new)
    assert kinds(old, new, tmp_path) == (expected[mode] if isinstance(expected, dict) else expected)


def test_no_change(mode: str, tmp_path: Path) -> None:
    assert kinds(base(), base(), tmp_path) == set()
