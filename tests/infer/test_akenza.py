"""The akenza target: one model per entity, pages, and no loose types once overrides apply."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from generator.build import build_api
from generator.config import Target, load_target
from generator.infer import infer_types
from generator.model.api import Api
from generator.model.types import ModelField, TypeRef
from generator.pipeline import Built, build
from generator.postman import load_collection
from tests.conftest import REPO

ENTITIES = [
    "Device",
    "Workspace",
    "DataFlow",
    "DeviceType",
    "Rule",
    "Tag",
    "OutputConnector",
    "DeviceConnector",
    "CustomLogicBlock",
]

PAGES = {
    "GET /v3/organizations": "Page[Organization]",
    "GET /v3/workspaces": "Page[Workspace]",
    "GET /v3/assets": "Page[Device]",
    "GET /v3/devices/{device_id}/configuration": "Page[DeviceConfiguration]",
    "GET /v3/device-authorization/devices/{device_id}/credentials": "Page[DeviceCredential]",
    "GET /v3/device-types": "Page[DeviceType]",
    "GET /v3/data-flows": "Page[DataFlow]",
    "GET /v3/device-connectors": "Page[DeviceConnector]",
    "GET /v3/output-connectors": "Page[OutputConnector]",
    "GET /v3/rules": "Page[Rule]",
    "GET /v3/rules/custom": "Page[CustomLogicBlock]",
    "GET /v3/tags": "Page[Tag]",
    "GET /v3/custom-fields/meta": "Page[CustomFieldMetadata]",
}


def _target() -> Target:
    return load_target(REPO / "pyproject.toml")


@cache
def _with_overrides() -> Built:
    return build(_target())


def _without_overrides() -> Api:
    target = _target()
    raw, _ = load_collection(target.collection)
    api, _ = build_api(raw, target)
    return infer_types(api)[0]


def _success(api: Api, endpoint_id: str) -> str:
    response = next(r for r in api.endpoint(endpoint_id).responses if r.status < 300)
    assert response.type is not None, endpoint_id
    return response.type.annotation()


def _loose(item: ModelField) -> bool:
    """Any anywhere except as the values of a dict."""

    def walk(ref: TypeRef, in_dict: bool) -> bool:
        if ref.kind == "any":
            return not in_dict
        return any(walk(arg, ref.kind == "dict") for arg in ref.args)

    return walk(item.type, False)


def test_the_overrides_file_applies_cleanly() -> None:
    overrides = str(_target().overrides)
    assert [str(d) for d in _with_overrides().diagnostics if overrides in d.where] == []


@pytest.mark.parametrize("with_overrides", [False, True])
def test_each_entity_is_one_model(with_overrides: bool) -> None:
    api = _with_overrides().api if with_overrides else _without_overrides()
    names = {m.name for m in api.models}
    for entity in ENTITIES:
        assert entity in names
        assert not [n for n in names if re.fullmatch(rf"{entity}\d+", n)], entity
    if with_overrides:  # the two free-form configuration shapes are gone too
        assert not [n for n in names if re.search(r"\d$", n)]
    for path, entity in [("devices/{device_id}", "Device"), ("tags/{tag_id}", "Tag")]:
        assert _success(api, f"GET /v3/{path}") == entity


@pytest.mark.parametrize("endpoint_id", sorted(PAGES))
def test_list_endpoints_return_pages(endpoint_id: str) -> None:
    assert _success(_with_overrides().api, endpoint_id) == PAGES[endpoint_id]


def test_examples_alone_leave_fields_without_evidence() -> None:
    fields = [f for m in _without_overrides().models for f in m.fields]
    loose = [f for f in fields if f.evidence == "no-evidence"]
    assert len(loose) >= 30
    assert all(f.description.startswith("No evidence") for f in loose)


def test_no_loose_types_after_overrides_except_documented_free_form_maps() -> None:
    api = _with_overrides().api
    for model in api.models:
        for item in model.fields:
            assert not _loose(item), (model.name, item.name, item.type.annotation())
            if "Any" in item.type.annotation():
                assert item.type.annotation().startswith("dict[str, Any]")
                assert "free-form" in item.description.lower(), (model.name, item.name)
            assert item.evidence != "no-evidence", (model.name, item.name)


def test_overrides_give_enums_real_types_and_required_inputs() -> None:
    api = _with_overrides().api
    device = api.model("Device")
    online = next(f for f in device.fields if f.name == "onlineState")
    assert online.type.annotation() == "DeviceOnlineState | None"
    assert api.model("DeviceOnlineState").enum_values == [
        "UNKNOWN",
        "DE_REGISTERED",
        "OFFLINE",
        "ONLINE",
    ]
    connector = api.model("OutputConnector")
    types = {f.name: f.type.annotation() for f in connector.fields}
    assert types["type"] == "OutputConnectorType"
    assert types["azureProperties"] == "AzureProperties | None"
    create = {f.name: f.required for f in api.model("CreateDeviceRequest").fields}
    assert create["name"] and create["dataFlowId"] and not create["description"]


def test_the_overrides_file_is_in_the_repository() -> None:
    assert _target().overrides == REPO / "collections" / "akenza.overrides.toml"
    assert Path(str(_target().overrides)).is_file()
