"""Unusable items inside a good collection are skipped with a warning that names
them; wrong types in non-essential places are skipped or coerced. Never a crash."""

from __future__ import annotations

from typing import Any

import pytest
from postman_helpers import collection, parse, request_item, walk

from generator.postman.raw import RawFolder


def _parse_between(bad: Any) -> tuple[list[str], list[tuple[str, str]]]:
    """The bad item between two good ones: (kept request names, warnings)."""
    parsed, warnings = parse(collection(request_item("before"), bad, request_item("after")))
    names = [r.name for r in walk(parsed.items)]
    return names, [(w.where, w.message) for w in warnings]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (
            {"name": "No URL", "request": {"method": "GET"}},
            "request 'No URL' skipped: it has no URL",
        ),
        (
            {"name": "Null URL", "request": {"url": None}},
            "request 'Null URL' skipped: it has no URL",
        ),
        ({"name": "Blank", "request": {"url": "  "}}, "request 'Blank' skipped: it has no URL"),
        (
            {"name": "Empty obj", "request": {"url": {}}},
            "request 'Empty obj' skipped: it has no URL",
        ),
        (
            {"name": "Empty parts", "request": {"url": {"raw": "", "host": [], "path": []}}},
            "request 'Empty parts' skipped: it has no URL",
        ),
        (
            {"name": "Number URL", "request": {"url": 42}},
            "request 'Number URL' skipped: its URL is a number, not a string or object",
        ),
        (
            {"name": "Raw number", "request": {"url": {"raw": 7}}},
            "request 'Raw number' skipped: its URL is a number, not a string",
        ),
        (
            {"name": "Bad method", "request": {"url": "h/x", "method": 5}},
            "request 'Bad method' skipped: its method is a number, not a string",
        ),
        (
            {"name": "Two methods", "request": {"url": "h/x", "method": "GET POST"}},
            "request 'Two methods' skipped: its method 'GET POST' is not an HTTP method",
        ),
        (
            {"name": "Null request", "request": None},
            "request 'Null request' skipped: it has no request",
        ),
        (
            {"name": "List request", "request": [1]},
            "request 'List request' skipped: its request is an array, not an object or a URL",
        ),
        (
            {"name": "Both", "request": {"url": "h/x"}, "item": []},
            "item 'Both' has both 'request' and 'item' (a request and a folder at once); skipped",
        ),
        ({"name": "Neither"}, "item 'Neither' has neither 'request' nor 'item'; skipped"),
        ({"request": {}}, "unnamed request skipped: it has no URL"),
        (
            {"name": "Bad folder", "item": "oops"},
            "folder 'Bad folder' skipped: its 'item' is a string, not an array",
        ),
        (42, "item is a number, not an object; skipped"),
        ("https://x", "item is a string, not an object; skipped"),
        (None, "item is null, not an object; skipped"),
    ],
)
def test_unusable_item_is_skipped_with_a_warning(bad: Any, message: str) -> None:
    names, warnings = _parse_between(bad)
    assert names == ["before", "after"]
    assert warnings == [("item[1]", message)]


def test_skipped_item_inside_a_folder_is_located() -> None:
    folder = {"name": "F", "item": [request_item("ok"), {"name": "bad", "request": {"url": 1.5}}]}
    parsed, warnings = parse(collection(folder))
    assert [r.name for r in walk(parsed.items)] == ["ok"]
    assert [(w.level, w.where) for w in warnings] == [("warning", "item[0].item[1]")]
    assert "'bad'" in warnings[0].message


def test_long_names_are_shortened_in_warnings() -> None:
    _, warnings = _parse_between({"name": "x" * 100_000, "request": {"method": "GET"}})
    assert len(warnings[0][1]) < 120 and "xxx…'" in warnings[0][1]


def test_a_skipped_request_reports_no_other_noise() -> None:
    bad = {"name": "bad", "request": {"url": None, "header": 5, "body": "x"}}
    _, warnings = _parse_between(bad)
    assert len(warnings) == 1


def test_wrong_types_in_non_essential_places_are_skipped_or_coerced() -> None:
    item = request_item(
        "kept",
        method="POST",
        url={
            "raw": "h/x",
            "host": ["h"],
            "path": ["x", 3],
            "query": [5, {"key": "ok", "value": "1"}],
            "variable": [{"value": "no key"}, "nope"],
        },
        header=[{"key": "A", "value": "1"}, 12, None],
        body={"mode": "formdata", "formdata": "not a list"},
        auth="bearer",
        description=["odd"],
    )
    item["response"] = ["not an example", {"name": "ex", "originalRequest": {"url": None}}]
    item["event"] = {"listen": "test"}
    parsed, warnings = parse(collection(item))
    (kept,) = walk(parsed.items)
    request = kept.request
    assert request.url.path == ["x", "3"]
    assert [q.key for q in request.url.query] == ["ok"]
    assert request.url.variables == []
    assert [h.key for h in request.headers] == ["A"]
    assert request.body is not None and request.body.formdata == []
    assert request.auth is None
    assert request.description == '["odd"]'
    assert [e.name for e in kept.examples] == ["ex"]
    assert kept.examples[0].original_request is None
    assert kept.scripts == []
    assert [w.where for w in warnings] == [
        "item[0].request.url.query[0]",
        "item[0].request.url.variable[0]",
        "item[0].request.url.variable[1]",
        "item[0].request.header[1]",
        "item[0].request.header[2]",
        "item[0].request.body.formdata",
        "item[0].request.auth",
        "item[0].response[0]",
        "item[0].response[1].originalRequest",
        "item[0].event",
    ]


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ("raw text", "item[0].request.body"),
        ({"mode": 3}, "item[0].request.body.mode"),
        ({"mode": "telepathy"}, "item[0].request.body.mode"),
        ({"mode": "graphql", "graphql": "q"}, "item[0].request.body.graphql"),
    ],
)
def test_unusable_bodies_warn_and_keep_the_request(body: Any, where: str) -> None:
    parsed, warnings = parse(collection(request_item("r", method="POST", body=body)))
    assert [r.name for r in walk(parsed.items)] == ["r"]
    assert [w.where for w in warnings] == [where]


@pytest.mark.parametrize(
    ("auth", "params"),
    [
        ({"type": 3}, None),
        ({"type": "apikey", "apikey": [{"value": "no key"}, 7]}, {}),
        ({"type": "bearer", "bearer": "tok"}, {}),
    ],
)
def test_broken_auth_blocks_warn(auth: Any, params: dict[str, str] | None) -> None:
    parsed, warnings = parse(collection(auth=auth))
    assert warnings and all(w.level == "warning" for w in warnings)
    assert (parsed.auth.params if parsed.auth else None) == params


def test_broken_collection_level_lists_warn() -> None:
    parsed, warnings = parse(collection(variable="x", event=3))
    assert parsed.variables == [] and parsed.scripts == []
    assert [w.where for w in warnings] == ["variable", "event"]


def test_broken_folder_parts_warn_and_keep_the_folder() -> None:
    folder = {"name": "F", "item": [request_item()], "auth": 1, "variable": 2, "event": 3}
    parsed, warnings = parse(collection(folder))
    assert isinstance(parsed.items[0], RawFolder) and len(parsed.items[0].items) == 1
    assert [w.where for w in warnings] == ["item[0].auth", "item[0].variable", "item[0].event"]
