"""Spring pages become ``Page[T]``; objects keyed by data become ``dict[str, T]``."""

from __future__ import annotations

from generator.infer.maps import is_data_key
from tests.infer.helpers import annotation, endpoint, infer, response_annotation, responses_of

SPRING = {
    "pageable": {"sort": {"sorted": False}, "pageNumber": 0, "pageSize": 20},
    "totalPages": 1,
    "totalElements": 2,
    "last": True,
    "size": 20,
    "number": 0,
    "sort": {"sorted": False, "unsorted": True, "empty": True},
    "numberOfElements": 2,
    "first": True,
    "empty": False,
}


def test_spring_pages_are_generic_pages_of_their_items() -> None:
    page = {**SPRING, "content": [{"id": "o1", "name": "a"}, {"id": "o2", "name": "b"}]}
    api = infer(endpoint("GET", "/v1/orders", "List orders", responses=[(200, page)]))
    assert response_annotation(api, "GET /v1/orders") == "Page[Order]"
    # The page envelope is the runtime's Page, not a model; pageable/sort are not models either.
    assert {m.name for m in api.models} == {"Order"}


def test_a_minimal_page_and_an_empty_page() -> None:
    minimal = {"content": [{"id": 1}], "totalElements": 1, "size": 10, "last": True}
    empty = {"content": [], "totalElements": 0, "totalPages": 0}
    api = infer(
        endpoint("GET", "/a", "List apples", responses=[(200, minimal)]),
        endpoint("GET", "/b", "List bananas", responses=[(200, empty)]),
    )
    assert response_annotation(api, "GET /a") == "Page[Apple]"
    assert response_annotation(api, "GET /b") == "Page[Any]"


def test_a_page_inside_a_field() -> None:
    body = {"owner": "me", "results": {"content": [{"v": 1}], "totalPages": 1, "number": 0}}
    thing = responses_of([body]).model("Thing")
    assert annotation(thing, "results") == "Page[ThingResult]"  # "result" is generic


def test_not_a_page_with_other_keys_or_without_totals() -> None:
    extra = {"content": [{"v": 1}], "totalElements": 1, "size": 1, "facets": {}}
    no_total = {"content": [{"v": 1}], "size": 1, "number": 0}
    api = infer(
        endpoint("GET", "/a", "List apples", responses=[(200, extra)]),
        endpoint("GET", "/b", "List bananas", responses=[(200, no_total)]),
    )
    assert response_annotation(api, "GET /a") == "Apples"
    assert response_annotation(api, "GET /b") == "Bananas"


def test_objects_keyed_by_ids_dates_or_paths_are_maps() -> None:
    body = {
        "byId": {"0200000000000000": {"n": 1}, "0200000000000001": {"n": 2}},
        "byUuid": {"efe80efd-a7a7-417a-a5a6-a7963ce5a128": "x"},
        "byDay": {"2022-01-01": 1.5, "2022-01-02": 2},
        "byMime": {"application/json": {"schema": "s"}},
        "plain": {"first": 1, "second": 2},
    }
    thing = responses_of([body]).model("Thing")
    by_id = annotation(thing, "byId")
    assert by_id.startswith("dict[str, ") and by_id != "dict[str, Any]"
    assert annotation(thing, "byUuid") == "dict[str, str]"
    assert annotation(thing, "byDay") == "dict[str, float]"
    assert annotation(thing, "byMime").startswith("dict[str, ")
    assert annotation(thing, "plain") == "Plain"


def test_many_keys_of_one_shape_are_a_map() -> None:
    locales = {code: {"title": "t", "body": "b"} for code in "en de fr it es pt nl sv".split()}
    thing = responses_of([{"translations": locales}]).model("Thing")
    assert annotation(thing, "translations") == "dict[str, Translation]"
    few = {code: {"title": "t"} for code in "en de".split()}
    other = responses_of([{"translations": few}]).model("Thing")
    assert annotation(other, "translations") == "Translations"


def test_data_keys() -> None:
    for key in ("123", "-4", "deadbeef42", "2022-01-01", "2022-01-01T00:00:00Z", "a/b", "x@y.z"):
        assert is_data_key(key), key
    for key in ("name", "deadbeef", "userId", "STRING", "x-test-header"):
        assert not is_data_key(key), key
