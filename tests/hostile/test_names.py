"""Any text becomes a valid, readable, deterministic Python name; collisions
after normalisation get distinct, stable names; wire names are kept."""

from __future__ import annotations

import builtins
import json
import keyword
from pathlib import Path

import pytest

from generator.naming import RESERVED, Namespace, class_name, python_name, snake_case
from generator.render.filters import enum_members
from generator.render.write import MANIFEST_NAME
from tests.hostile.helpers import (
    cli,
    collection,
    folder,
    import_everything,
    request,
    snapshot,
    write_json,
)

AWKWARD = [
    *keyword.kwlist,
    *keyword.softkwlist,
    "type",
    "print",
    "list",
    "id",
    "self",
    "cast",
    "l",
    "O",
    "I",
    "õ",
    "model_config",
    "model_dump",
    "model_validate",
    "schema",
    "json",
    "dict",
    "fields",
    "copy",
    "__init__",
    "__class__",
    "__dict__",
    "_private",
    "",
    " ",
    "_",
    "__",
    "123",
    "1st place",
    "007agent",
    "!!!",
    "-- / --",
    "$",
    "Устройство",
    "設備一覧",
    "デバイス",
    "جهاز",
    "ﷺ",
    "😀",
    "\u200b",
    "\x00\x01",
    "a" * 10_000,
]


@pytest.mark.parametrize("text", AWKWARD, ids=lambda t: repr(t)[:30])
def test_python_names_are_valid_and_safe(text: str) -> None:
    for make in (python_name, class_name):
        name = make(text)
        assert name.isidentifier() and name.isascii(), name
        assert not keyword.iskeyword(name) and not keyword.issoftkeyword(name), name
        assert name not in RESERVED and not name.startswith("__"), name
        assert name not in ("l", "O", "I"), name  # ruff E741-E743 on the output
        assert not (name.startswith("model_") and make is python_name and not name.endswith("_"))
        assert len(name) <= 64
        assert make(text) == name  # deterministic


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("class", "class_"),
        ("match", "match_"),
        ("type", "type_"),
        ("id", "id_"),
        ("model_dump", "model_dump_"),
        ("__init__", "init"),
        ("userId", "user_id"),
        ("X-Request-ID", "x_request_id"),
        ("Get deviceByID", "get_device_by_id"),
        ("1st place", "n1st_place"),
        ("Устройство", "ustroystvo"),
        ("設備一覧", "she_bei_yi_lan"),
    ],
)
def test_readable_names(text: str, expected: str) -> None:
    assert python_name(text) == expected


def test_fallbacks_for_text_without_letters() -> None:
    assert python_name("!!!", "param") == "param"
    assert python_name("", "header") == "header"
    assert class_name("???", "Model") == "Model"
    assert snake_case("42", "param") == "param_42"
    assert class_name("42") == "Model42"


def test_enum_members_are_distinct_valid_names() -> None:
    values = ["a-b", "a_b", "A B", "", "1", "o", "i", "class", "None", "\u00e9t\u00e9"]
    members = [name for name, _ in enum_members(values)]
    assert members == ["A_B", "A_B2", "A_B3", "VALUE", "N1", "O_", "I_", "CLASS", "NONE", "ETE"]
    assert all(m.isidentifier() and not keyword.iskeyword(m) for m in members)


def test_python_builtins_are_never_shadowed() -> None:
    for name in dir(builtins):
        if not name.startswith("_"):
            assert python_name(name) != name


def test_namespace_collisions_are_stable_and_case_insensitive() -> None:
    ns = Namespace({"Client"})
    assert [ns.claim(n) for n in ["device", "Device", "device", "client"]] == [
        "device",
        "Device2",
        "device_2",
        "client_2",
    ]
    classes = Namespace()
    first = classes.claim("X", companions=("Async{}",))
    second = classes.claim("AsyncX", companions=("Async{}",))
    assert (first, second) == ("X", "AsyncX2")


# --- end to end: collisions in every kind of name -------------------------------------


def _colliding() -> dict[str, object]:
    body = json.dumps({"userId": 1, "user_id": 2, "UserID": 3, "class": "a", "": 0, "1": 1})
    query = [{"key": k, "value": "1"} for k in ("userId", "user_id", "USER-ID", "body", "self")]
    get = request("Get Device", "https://api.x.io/devices?userId=1", method="GET")
    get["request"]["url"] = {
        "raw": "https://api.x.io/devices",
        "host": ["api", "x", "io"],
        "path": ["devices", ":class", ":type"],
        "query": query,
    }
    items = [
        folder(
            "Devices",
            get,
            request("get_device", "https://api.x.io/devices/a"),
            request("GetDevice", "https://api.x.io/devices/b"),
            request(
                "Create device",
                "https://api.x.io/devices",
                method="POST",
                header=[{"key": "Content-Type", "value": "application/json"}],
                body={"mode": "raw", "raw": body},
            ),
        ),
        folder("devices", request("List", "https://api.x.io/d2")),
        folder("devices ", request("List", "https://api.x.io/d3")),
        folder("Async Devices", request("List", "https://api.x.io/d4")),
        folder("class", request("import", "https://api.x.io/d5")),
        folder("設備", request("一覧", "https://api.x.io/d6")),
        folder("!!!", request("???", "https://api.x.io/d7")),
    ]
    return collection(*items)


def _inspect(capsys: pytest.CaptureFixture[str], path: Path) -> dict[str, object]:
    run = cli(capsys, "inspect", str(path), "--format", "json")
    assert run.code == 0, run
    return json.loads(run.out)  # type: ignore[no-any-return]


def test_colliding_names_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_json(tmp_path / "names.json", _colliding())
    summary = _inspect(capsys, path)
    endpoints = summary["endpoints"]
    assert isinstance(endpoints, list)
    by_name = {e["name"]: e for e in endpoints}

    params = by_name["Get Device"]["params"]
    wire = [p["name"] for p in params]
    assert wire == ["class", "type", "userId", "user_id", "USER-ID", "body", "self"]
    py = [p["python_name"] for p in params]
    assert py == ["class_", "type_", "user_id", "user_id_2", "user_id_3", "body_2", "self_"]

    devices = [e for e in endpoints if e["resource_chain"] == ["devices"]]
    assert [e["function"] for e in devices] == [
        "get_device",
        "get_device_2",
        "get_device_3",
        "create_device",
    ]
    chains = sorted({e["resource_chain"][0] for e in endpoints})
    assert chains == sorted(
        ["devices", "devices_2", "devices_3", "async_devices", "class_", "she_bei", "resource"]
    )
    assert by_name["import"]["function"] == "import_"

    models = {m["name"]: m for m in summary["models"]}
    fields = [f for m in models.values() for f in m["fields"]]
    names = {f["name"]: f["python_name"] for f in fields}
    assert names["userId"] == "user_id_2" or names["user_id"] == "user_id", names
    assert len({f["python_name"] for f in fields}) == len(fields)

    out = tmp_path / "out"
    run = cli(capsys, "generate", str(path), "--out", str(out))
    assert run.code == 0, run
    modules = sorted(p.name for p in (out / "names" / "resources").glob("*.py"))
    assert len(modules) == 8  # seven folders and __init__
    import_everything(out, "names")


def test_same_input_same_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_json(tmp_path / "names.json", _colliding())
    trees = []
    for run_index in range(2):
        out = tmp_path / f"out{run_index}"
        assert cli(capsys, "generate", str(path), "--out", str(out)).code == 0
        # The manifest's inputs hash the generator's own source, which other work
        # in this tree may change between the runs: compare the files it lists.
        manifest = json.loads((out / MANIFEST_NAME).read_text())
        trees.append((snapshot(out, skip=MANIFEST_NAME), manifest["files"]))
    assert trees[0] == trees[1]
