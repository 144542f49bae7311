"""The merge rules of RULES.md, one test each, through ``infer_types``."""

from __future__ import annotations

from generator.infer.slots import request_slot
from generator.model.types import TypeRef
from tests.infer.helpers import (
    annotation,
    endpoint,
    field,
    infer,
    response_annotation,
    responses_of,
)


def test_field_in_every_sample_is_required_missing_in_some_is_optional() -> None:
    api = responses_of([{"id": "a", "name": "x"}, {"id": "b"}])
    thing = api.model("Thing")
    assert field(thing, "id").required
    assert annotation(thing, "id") == "str"
    name = field(thing, "name")
    assert not name.required
    assert name.type.annotation() == "str | None"  # optional fields always admit None
    assert "1 of 2" in name.description


def test_null_in_some_samples_makes_the_type_nullable_but_keeps_it_required() -> None:
    thing = responses_of([{"note": "hi"}, {"note": None}]).model("Thing")
    note = field(thing, "note")
    assert note.required
    assert note.type == TypeRef(kind="str").optional()
    assert "Null in some" in note.description


def test_int_with_float_is_float() -> None:
    thing = responses_of([{"v": 1}, {"v": 2.5}]).model("Thing")
    assert annotation(thing, "v") == "float"


def test_integers_beyond_64_bits_stay_int() -> None:
    thing = responses_of([{"v": 2**80}, {"v": -(2**70)}]).model("Thing")
    assert annotation(thing, "v") == "int"


def test_bool_never_merges_into_int() -> None:
    thing = responses_of([{"v": True}, {"v": 3}]).model("Thing")
    assert annotation(thing, "v") == "bool | int"


def test_string_formats_only_when_every_sample_has_them() -> None:
    thing = responses_of(
        [
            {
                "at": "2022-01-16T19:11:59.858+00:00",
                "day": "2022-01-16",
                "uid": "efe80efd-a7a7-417a-a5a6-a7963ce5a128",
                "mixed": "2022-01-16T19:11:59Z",
                "upper": "EFE80EFD-A7A7-417A-A5A6-A7963CE5A128",
                "bad_month": "2022-13-01",
            },
            {
                "at": "2021-10-22T08:18:41Z",
                "day": "2021-10-22",
                "uid": "5aa0950c-b61f-4c5a-9f7b-cf60f8c94bf6",
                "mixed": "yesterday",
                "upper": "5AA0950C-B61F-4C5A-9F7B-CF60F8C94BF6",
                "bad_month": "2022-12-01",
            },
        ]
    ).model("Thing")
    assert annotation(thing, "at") == "datetime"
    assert annotation(thing, "day") == "date"
    assert annotation(thing, "uid") == "UUID"
    assert annotation(thing, "mixed") == "str"
    assert annotation(thing, "upper") == "str"  # would not round-trip as UUID
    assert annotation(thing, "bad_month") == "str"
    assert "ISO 8601 date-time" in field(thing, "at").description


def test_a_date_and_a_date_time_together_are_text() -> None:
    thing = responses_of([{"v": "2022-01-16"}, {"v": "2022-01-16T10:00:00Z"}]).model("Thing")
    assert annotation(thing, "v") == "str"


def test_empty_arrays_take_their_item_type_from_other_samples() -> None:
    thing = responses_of([{"tags": []}, {"tags": ["a", "b"]}]).model("Thing")
    tags = field(thing, "tags")
    assert tags.type.annotation() == "list[str]"
    assert tags.evidence == "sampled"


def test_arrays_of_arrays() -> None:
    thing = responses_of([{"polygon": [[[1.5, 2], [3, 4]]]}]).model("Thing")
    assert annotation(thing, "polygon") == "list[list[list[float]]]"


def test_top_level_arrays_and_scalars() -> None:
    api = infer(
        endpoint("GET", "/tags", "List tags", responses=[(200, [{"id": "1"}, {"id": "2"}])]),
        endpoint("GET", "/count", "Get count", responses=[(200, 3)]),
        endpoint("GET", "/names", "List names", responses=[(200, ["a", "b"])]),
    )
    assert response_annotation(api, "GET /tags") == "list[Tag]"
    assert response_annotation(api, "GET /count") == "int"
    assert response_annotation(api, "GET /names") == "list[str]"


def test_genuinely_conflicting_types_become_a_union() -> None:
    thing = responses_of([{"v": "a"}, {"v": 1}, {"v": ["x"]}]).model("Thing")
    assert annotation(thing, "v") == "int | str | list[str]"


def test_fields_without_evidence_are_typed_loosely_and_say_so() -> None:
    thing = responses_of(
        [
            {"id": "1", "note": None, "items": [], "extra": {}},
            {"id": "2", "note": None, "items": [], "extra": {}},
        ]
    ).model("Thing")
    expected = {"note": "Any", "items": "list[Any]", "extra": "dict[str, Any]"}
    for wire, typed in expected.items():
        item = field(thing, wire)
        assert item.type.annotation() == typed
        assert item.evidence == "no-evidence"
        assert item.description.startswith("No evidence")
    assert "`null`" in field(thing, "note").description
    assert "`[]`" in field(thing, "items").description
    assert field(thing, "id").evidence == "sampled"


def test_an_empty_object_next_to_a_record_is_that_record_with_nothing_set() -> None:
    api = infer(
        endpoint("GET", "/a/{id}", "Get a", responses=[(200, {"meta": {"floor": 2}})]),
        endpoint("GET", "/b/{id}", "Get b", responses=[(200, {"meta": {}})]),
    )
    meta_type = field(api.model("A"), "meta").type
    assert meta_type.kind == "model"
    floor = field(api.model(meta_type.name or ""), "floor")
    assert not floor.required


def test_request_body_fields_are_optional_and_every_sample_counts() -> None:
    api = infer(
        endpoint(
            "POST",
            "/devices",
            "Create device",
            body={"name": "a", "tags": [{"id": "1"}]},
            original_bodies=[{"name": "b", "floor": 2}],
            responses=[(201, {"id": "1"})],
        )
    )
    body_type = api.endpoint("POST /devices").body
    assert body_type is not None and body_type.type == TypeRef.model("CreateDeviceRequest")
    request = api.model("CreateDeviceRequest")
    assert [f.name for f in request.fields] == ["name", "tags", "floor"]
    assert all(not f.required and f.type.is_nullable for f in request.fields)
    assert annotation(request, "tags") == "list[TagParam] | None"


def test_a_json_body_without_usable_samples_is_any() -> None:
    point = endpoint("POST", "/x", "Do x", responses=[(204, None)])
    point.body = endpoint("POST", "/x", body={}).body
    assert point.body is not None
    point.body.samples = []
    api = infer(point)
    assert api.endpoint("POST /x").body.type == TypeRef(kind="any")  # type: ignore[union-attr]


def test_error_statuses_are_errors_with_error_models() -> None:
    error = {"status": 404, "message": "Device not found"}
    api = infer(
        endpoint(
            "GET",
            "/devices/{device_id}",
            "Get device",
            responses=[(200, {"id": "1"}), (404, error)],
        )
    )
    responses = {r.status: r for r in api.endpoint("GET /devices/{device_id}").responses}
    assert not responses[200].is_error
    assert responses[404].is_error
    assert responses[404].type == TypeRef.model("ErrorBody")
    assert api.model("ErrorBody").is_error
    assert not api.model("Device").is_error


def test_examples_are_short_json_and_secrets_are_never_kept() -> None:
    long_text = "x" * 200
    thing = responses_of(
        [{"name": "n", "apiKey": "k-123", "client_secret": "s", "text": long_text, "n": 5}]
    ).model("Thing")
    assert field(thing, "name").example == '"n"'
    assert field(thing, "n").example == "5"
    assert field(thing, "apiKey").example == '"<redacted>"'
    assert field(thing, "client_secret").example == '"<redacted>"'
    text_example = field(thing, "text").example
    assert text_example is not None and len(text_example) <= 80 and text_example.endswith("...")


def test_identical_samples_count_once() -> None:
    body = {"name": "a"}
    point = endpoint(
        "POST", "/x", "Create x", body=body, original_bodies=[body, body], responses=[(201, 1)] * 2
    )
    slot = request_slot(point)
    assert slot is not None and slot.samples == 1
