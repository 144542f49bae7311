"""The small pieces: version bumps, config rewriting, normalisation, sources,
field flattening, Markdown safety."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import GeneratorError
from generator.drift.bodies import covers
from generator.drift.changes import Change, bumped, merged, suggested_bump
from generator.drift.configfile import with_version
from generator.drift.fetch import parse_source
from generator.drift.fields import sample_fields, typed_fields
from generator.drift.normalize import same_collection, strip_volatile, unwrap
from generator.drift.report import code
from generator.drift.similar import name_similarity
from generator.model.types import ModelDef, ModelField, TypeRef


@pytest.mark.parametrize(
    ("bump", "expected"),
    [("major", "2.0.0"), ("minor", "1.5.0"), ("patch", "1.4.3"), ("none", "1.4.2")],
)
def test_bumped(bump: str, expected: str) -> None:
    assert bumped("1.4.2", bump) == expected  # type: ignore[arg-type]


def test_bump_refuses_odd_versions() -> None:
    with pytest.raises(ValueError, match="MAJOR.MINOR.PATCH"):
        bumped("1.0rc1", "minor")


@pytest.mark.parametrize("version", ["1.0.\u00b2", "\u0661.2.3", "1.\uff12.3", "1..3"])
def test_bump_refuses_non_ascii_digits(version: str) -> None:
    # "²".isdigit() is True but int("²") fails: a clean ValueError, not int()'s.
    with pytest.raises(ValueError, match="MAJOR.MINOR.PATCH"):
        bumped(version, "minor")


def test_suggested_bump_takes_the_strongest() -> None:
    def change(level: str) -> Change:
        return Change(level, "k", "e", "s", "m")  # type: ignore[arg-type]

    assert suggested_bump([]) == "none"
    assert suggested_bump([change("docs-only")]) == "patch"
    assert suggested_bump([change("docs-only"), change("non-breaking")]) == "minor"
    assert suggested_bump([change("non-breaking"), change("breaking")]) == "major"


def test_merged_folds_shared_model_changes_only() -> None:
    a = Change("non-breaking", "response-field-added", "GET /a", "a()", "m", scope="model X")
    b = Change("non-breaking", "response-field-added", "GET /b", "b()", "m", scope="model X")
    c = Change("non-breaking", "response-field-added", "GET /c", "c()", "m")
    folded = merged([a, b, c])
    assert [x.symbol for x in folded] == ["a()", "c()"]
    assert folded[0].also == ["b()"]


PYPROJECT = """\
[project]
name = "x"
version = "3.0.0"

[tool.postman-codegen]
collection = "c.json"
version = '0.4.1'   # keep this comment

[tool.other]
version = "9"
"""


def test_with_version_changes_one_line() -> None:
    text = with_version(PYPROJECT, "0.5.0", "pyproject.toml")
    assert text == PYPROJECT.replace("version = '0.4.1'", 'version = "0.5.0"')


def test_with_version_inserts_a_missing_key_and_keeps_crlf() -> None:
    source = PYPROJECT.replace("version = '0.4.1'   # keep this comment\n", "")
    source = source.replace("\n", "\r\n")
    text = with_version(source, "0.2.0", "pyproject.toml")
    assert '[tool.postman-codegen]\r\nversion = "0.2.0"\r\ncollection' in text
    assert 'version = "3.0.0"' in text and 'version = "9"' in text


def test_with_version_standalone_config() -> None:
    text = with_version('collection = "c.json"\nversion = "1.0.0"\n', "1.1.0", "codegen.toml")
    assert text == 'collection = "c.json"\nversion = "1.1.0"\n'


def test_with_version_invalid_toml() -> None:
    with pytest.raises(GeneratorError, match="invalid TOML"):
        with_version("[tool", "1.0.0", "pyproject.toml")


def test_unwrap_and_strip() -> None:
    wrapped = {
        "collection": {
            "info": {"_postman_id": "1", "name": "A", "updatedAt": "now", "schema": "s"},
            "item": [
                {
                    "id": "i",
                    "name": "r",
                    "request": {"url": {"variable": [{"id": "v"}]}},
                    "response": [{"id": "x", "name": "ok"}],
                }
            ],
        }
    }
    doc = strip_volatile(unwrap(wrapped, "src"))
    assert doc["info"] == {"name": "A", "schema": "s"}
    item = doc["item"][0]
    assert "id" not in item and "id" not in item["response"][0]
    assert item["request"]["url"]["variable"] == [{"id": "v"}]  # URL variables keep their ids


def test_unwrap_rejects_non_objects() -> None:
    with pytest.raises(GeneratorError, match="not a Postman collection"):
        unwrap([1], "src")


def test_v1_collections_keep_their_ids() -> None:
    v1 = {"id": "c", "name": "A", "requests": [{"id": "r"}], "order": ["r"]}
    assert strip_volatile(v1) == v1


def test_same_collection_ignores_dates_and_order() -> None:
    def doc(date: str) -> dict[str, object]:
        return {
            "info": {"name": "A", "schema": "s"},
            "item": [
                {
                    "name": "r",
                    "response": [
                        {
                            "code": 200,
                            "header": [{"key": "Date", "value": date}, {"key": "X", "value": "1"}],
                        }
                    ],
                }
            ],
        }

    a, b = doc("Mon"), doc("Tue")
    b["info"] = {"schema": "s", "name": "A"}
    assert same_collection(a, b)
    c = doc("Mon")
    c["item"][0]["response"][0]["header"][1]["value"] = "2"  # type: ignore[index]
    assert not same_collection(a, c)


def test_parse_source(tmp_path: Path) -> None:
    env = {"POSTMAN_API_BASE": "http://127.0.0.1:9/"}
    postman = parse_source("postman:12-ab/c", tmp_path, env)
    assert postman.location == "http://127.0.0.1:9/collections/12-ab%2Fc"
    url = parse_source("https://user:pw@example.com/c.json?token=t", tmp_path, {})
    assert url.label == "https://example.com/c.json"  # no credentials in messages
    assert parse_source("c.json", tmp_path, {}).location == str(tmp_path / "c.json")


def test_covers() -> None:
    assert covers(frozenset({"float"}), frozenset({"int"}))
    assert covers(frozenset({"str", "none"}), frozenset({"datetime"}))
    assert covers(frozenset({"any"}), frozenset({"list"}))
    assert not covers(frozenset({"int"}), frozenset({"int", "none"}))


def test_similarity() -> None:
    assert name_similarity("isPassThrough", "passThrough") == 1.0
    assert name_similarity("deviceId", "device_id") == 1.0
    assert name_similarity("search", "filter") < 0.6


def test_typed_fields_follow_models_and_stop_on_recursion() -> None:
    node = ModelDef(
        name="Node",
        fields=[
            ModelField(name="name", python_name="name", type=TypeRef.scalar("str")),
            ModelField(
                name="children",
                python_name="children",
                type=TypeRef.list_of(TypeRef.model("Node")),
                required=False,
            ),
            ModelField(name="kind", python_name="kind", type=TypeRef.model("Kind")),
        ],
    )
    kind = ModelDef(name="Kind", kind="enum", enum_values=["b", "a"])
    fields = typed_fields(TypeRef.page_of(TypeRef.model("Node")), {"Node": node, "Kind": kind})
    assert set(fields) == {
        (),
        ("[]",),
        ("[]", "name"),
        ("[]", "children"),
        ("[]", "children", "[]"),
        ("[]", "kind"),
    }
    assert fields[("[]", "kind")].enum == ("a", "b")
    assert fields[("[]", "children")].label == "Node.children"
    assert fields[("[]", "children", "[]")].label == "Node.children[]"
    assert not fields[("[]", "children")].required


def test_sample_fields() -> None:
    fields = sample_fields([{"a": 1, "b": [{"c": None}]}, {"a": 2.5}])
    assert fields[("a",)].kinds == {"number"} and fields[("a",)].required
    assert not fields[("b",)].required
    assert fields[("b", "[]", "c")].kinds == frozenset()  # null: no evidence
    assert fields[("b", "[]", "c")].label == "b[].c"
    assert not sample_fields([{"a": 1}], request=True)[("a",)].required


def test_markdown_code_span_survives_backticks() -> None:
    assert code("a`b") == "``a`b``"
    assert code("`x") == "`` `x ``"
