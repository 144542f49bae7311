"""The overrides file: loading, checking, applying, and warning about stale entries."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import Diagnostic, GeneratorError
from generator.infer import (
    Overrides,
    TypeSyntaxError,
    apply_naming_overrides,
    infer_types,
    load_overrides,
    parse_type,
)
from generator.model.api import Api, Resource
from generator.model.types import TypeRef
from tests.infer.helpers import annotation, api_of, endpoint, field

DEVICE = {"id": "d", "onlineState": "ONLINE", "description": None, "tags": [{"id": "t"}]}


def _api() -> Api:
    return api_of(
        endpoint("GET", "/devices/{device_id}", "Get device", responses=[(200, DEVICE)]),
        endpoint("POST", "/devices", "Create device", body={"name": "n", "deviceId": "x"}),
    )


def _infer(toml: str) -> tuple[Api, list[Diagnostic]]:
    overrides = Overrides.from_dict(tomllib.loads(toml), "o.toml")
    return infer_types(_api(), overrides)


def _messages(diagnostics: list[Diagnostic]) -> list[str]:
    return [str(d) for d in diagnostics]


# -- the type syntax ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("datetime", "datetime"),
        ("uuid", "UUID"),
        ("list[Tag]", "list[Tag]"),
        ("dict[str, Any]", "dict[str, Any]"),
        ("str | None", "str | None"),
        ("None | str", "str | None"),
        ("Page[Device]", "Page[Device]"),
        ("list[dict[str, list[int | None]]] | None", "list[dict[str, list[int | None]]] | None"),
        ("  OutputConnectorType ", "OutputConnectorType"),
    ],
)
def test_type_syntax(text: str, expected: str) -> None:
    assert parse_type(text).annotation() == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty type"),
        ("list", "needs its item type"),
        ("list[int", "expected ']'"),
        ("dict[int, str]", "dict keys are always str"),
        ("dict[str]", "takes 2 type argument"),
        ("Tag[int]", "takes no type arguments"),
        ("object", "write 'Any'"),
        ("Optional[str]", "X | None"),
        ("str |", "at the end"),
        ("str int", "unexpected 'int'"),
        ("3", "expected a type name"),
    ],
)
def test_type_syntax_errors(text: str, message: str) -> None:
    with pytest.raises(TypeSyntaxError, match=message.replace("[", r"\[").replace("|", r"\|")):
        parse_type(text)


# -- loading ---------------------------------------------------------------------------


def _load_error(tmp_path: Path, text: str) -> str:
    path = tmp_path / "o.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GeneratorError) as caught:
        load_overrides(path)
    line = caught.value.one_line()
    assert "\n" not in line and str(path) in line
    return line


def test_a_valid_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "o.toml"
    path.write_text('[models.Device.fields]\nid = { type = "str" }\n', encoding="utf-8")
    overrides = load_overrides(path)
    assert overrides.source == str(path)
    assert overrides.spec.models["Device"].fields["id"].type == "str"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[models.X\n", "invalid TOML"),
        ("[modles.X]\n", "modles: Extra inputs are not permitted"),
        ("[models.X.fields]\na = { required = 'yes' }\n", "models.X.fields.a.required"),
        ('[models.X.fields]\na = { type = "list[" }\n', "models.X.fields.a.type: bad type"),
        ('[models.X]\nrename = "not a class"\n', "models.X.rename: 'not a class' is not a valid"),
        ('[models.X]\nrename = "Y"\n[models.Z]\nrename = "Y"\n', "'Y' is given to two types"),
        ('[enums."bad name"]\nvalues = ["A"]\n', 'enums."bad name": not a valid class name'),
        ("[enums.E]\nvalues = []\n", "enums.E.values"),
        ('[enums.E]\nvalues = ["A", "A"]\n', "enums.E.values: values repeat"),
        ('[endpoints."GET /x".responses]\nok = "X"\n', '"GET /x".responses.ok: not an HTTP'),
        ('[endpoints."GET /x"]\nfunction = "Get X"\n', "is not a valid method name"),
        ('[resources.R]\npython_name = "class"\n', "'class' is not a valid attribute name"),
        (
            "[models.X]\ndeclare = true\n[models.X.fields]\na = { required = true }\n",
            "needs a type",
        ),
    ],
)
def test_invalid_files_stop_with_one_clear_line(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in _load_error(tmp_path, text)


def test_a_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError, match="not found"):
        load_overrides(tmp_path / "missing.toml")


# -- applying ------------------------------------------------------------------------


def test_field_types_required_and_descriptions() -> None:
    api, diagnostics = _infer("""
        [models.Device.fields]
        description = { type = "str | None", description = "What it is." }
        id = { required = false }
        [models.CreateDeviceRequest.fields]
        name = { required = true }
        """)
    assert diagnostics == []
    device = api.model("Device")
    description = field(device, "description")
    assert description.type.annotation() == "str | None"
    assert description.evidence == "override"
    assert description.description == "What it is."
    ident = field(device, "id")
    assert not ident.required and ident.type.annotation() == "str | None"
    name = field(api.model("CreateDeviceRequest"), "name")
    assert name.required and name.type.annotation() == "str | None"  # as sampled


def test_enums_are_declared_and_used_as_field_types() -> None:
    api, diagnostics = _infer("""
        [enums.OnlineState]
        values = ["ONLINE", "OFFLINE"]
        description = "Reachability."
        [models.Device.fields]
        onlineState = { type = "OnlineState" }
        """)
    assert diagnostics == []
    enum = api.model("OnlineState")
    assert enum.kind == "enum" and enum.enum_values == ["ONLINE", "OFFLINE"]
    assert annotation(api.model("Device"), "onlineState") == "OnlineState"


def test_renames_follow_every_reference_and_prune_unused_models() -> None:
    api, diagnostics = _infer("""
        [models.Tag]
        rename = "TagRef"
        [models.Device.fields]
        tags = { type = "list[Tag]" }   # the old name still works
        """)
    assert diagnostics == []
    assert annotation(api.model("Device"), "tags") == "list[TagRef]"
    assert "Tag" not in {m.name for m in api.models}


def test_declared_models_and_endpoint_types() -> None:
    api, diagnostics = _infer("""
        [models.Problem]
        declare = true
        description = "An error."
        [models.Problem.fields]
        message = { type = "str", required = true }
        code = { type = "int" }
        [endpoints."Get device"]
        responses = { "200" = "Device", "404" = "Problem" }
        [endpoints."POST /devices"]
        request = "dict[str, Any]"
        """)
    assert diagnostics == []
    problem = api.model("Problem")
    assert [(f.python_name, f.type.annotation(), f.required) for f in problem.fields] == [
        ("message", "str", True),
        ("code", "int | None", False),
    ]
    responses = {r.status: r for r in api.endpoint("GET /devices/{device_id}").responses}
    assert responses[404].type == TypeRef.model("Problem") and responses[404].is_error
    body = api.endpoint("POST /devices").body
    assert body is not None and body.type is not None
    assert body.type.annotation() == "dict[str, Any]"
    # The request model nothing uses any more is gone.
    assert "CreateDeviceRequest" not in {m.name for m in api.models}


def test_names_the_file_gives_are_kept_free_from_inference() -> None:
    api, _ = _infer(
        '[enums.Device]\nvalues = ["A"]\n[models.Device2.fields]\nid = { type = "Device" }\n'
    )
    assert api.model("Device").kind == "enum"
    assert api.model("Device2").kind == "object"  # the inferred model stepped aside


def test_stale_entries_give_warnings_naming_them() -> None:
    api, diagnostics = _infer("""
        [enums.Unused]
        values = ["A"]
        [models.Gone]
        rename = "Other"
        [models.Device.fields]
        nothere = { type = "str" }
        tags = { type = "list[Missing]" }
        [endpoints."GET /nowhere"]
        responses = { "200" = "Device" }
        [endpoints."Get device"]
        request = "Device"
        """)
    messages = _messages(diagnostics)
    expected = [
        "warning: o.toml: models.Gone: model Gone matches nothing",
        "warning: o.toml: models.Device.fields.nothere: field 'nothere' of Device matches nothing",
        "warning: o.toml: models.Device.fields.tags.type: unknown type Missing: override skipped",
        "warning: o.toml: endpoints.\"GET /nowhere\": endpoint 'GET /nowhere' matches nothing",
        'warning: o.toml: endpoints."Get device".request: the body of GET /devices/{device_id} '
        "matches nothing",
        "warning: o.toml: enums.Unused: Unused is used by no field or endpoint: it matches nothing",
    ]
    assert sorted(messages) == sorted(expected)
    assert all(d.level == "warning" for d in diagnostics)
    assert annotation(api.model("Device"), "tags") == "list[Tag]"  # skipped, not broken


# -- naming overrides ----------------------------------------------------------------------


def _resource_api() -> Api:
    api = api_of(
        endpoint("GET", "/devices/{id}", "Get device"),
        endpoint("GET", "/devices/{id}/config", "Get config"),
        endpoint("GET", "/tags", "List tags"),
    )
    devices = Resource(
        name="Assets & Devices",
        python_name="assets_devices",
        class_name="AssetsDevices",
        module="assets_devices",
        endpoints=["GET /devices/{id}"],
        children=[
            Resource(
                name="Config",
                python_name="config",
                class_name="Config",
                module="config",
                endpoints=["GET /devices/{id}/config"],
            )
        ],
    )
    tags = Resource(
        name="Tags", python_name="tags", class_name="Tags", module="tags", endpoints=["GET /tags"]
    )
    api.root.children = [devices, tags]
    chains = {
        "GET /devices/{id}": ["assets_devices"],
        "GET /devices/{id}/config": ["assets_devices", "config"],
        "GET /tags": ["tags"],
    }
    for point in api.endpoints:
        point.resource = chains[point.id]
    return api


def _naming(data: dict[str, Any]) -> tuple[Api, list[Diagnostic]]:
    return apply_naming_overrides(_resource_api(), Overrides.from_dict(data, "o.toml"))


def test_methods_and_resources_are_renamed() -> None:
    api, diagnostics = _naming(
        {
            "endpoints": {
                "GET /devices/{id}": {"function": "get"},
                "List tags": {"function": "list_all"},
            },
            "resources": {"Assets & Devices": {"python_name": "devices"}},
        }
    )
    assert diagnostics == []
    assert api.endpoint("GET /devices/{id}").function == "get"
    assert api.endpoint("GET /tags").function == "list_all"
    assert api.root.children[0].python_name == "devices"
    assert api.endpoint("GET /devices/{id}/config").resource == ["devices", "config"]


def test_resources_by_attribute_path_and_stale_naming_entries() -> None:
    api, diagnostics = _naming(
        {
            "endpoints": {"Nope": {"function": "x"}},
            "resources": {
                "assets_devices.config": {"python_name": "configuration"},
                "Z": {"python_name": "z"},
            },
        }
    )
    assert api.endpoint("GET /devices/{id}/config").resource == ["assets_devices", "configuration"]
    assert sorted(_messages(diagnostics)) == [
        "warning: o.toml: endpoints.Nope: endpoint 'Nope' matches nothing",
        "warning: o.toml: resources.Z: resource 'Z' matches nothing",
    ]


def test_naming_collisions_are_errors() -> None:
    with pytest.raises(GeneratorError, match="already a resource there"):
        _naming({"resources": {"Tags": {"python_name": "assets_devices"}}})
    api = _resource_api()
    api.endpoint("GET /devices/{id}/config").resource = ["assets_devices"]
    overrides = Overrides.from_dict({"endpoints": {"Get device": {"function": "get_config"}}})
    with pytest.raises(GeneratorError, match="already the method of GET /devices/{id}/config"):
        apply_naming_overrides(api, overrides)
