"""Postman Collection v1 documents, converted to the v2.1 shape and parsed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from postman_helpers import parse, walk

from generator.diagnostics import GeneratorError
from generator.postman import load_collection
from generator.postman.raw import (
    RawAuth,
    RawBody,
    RawCollection,
    RawFolder,
    RawHeader,
    RawItem,
    RawQueryParam,
    RawScript,
    RawVariable,
)

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def _v1(requests: list[dict[str, Any]], **top: Any) -> dict[str, Any]:
    return {"id": "c1", "name": "Old", "description": "d", "order": [], "requests": requests, **top}


def _req(rid: str, **fields: Any) -> dict[str, Any]:
    return {"id": rid, "name": rid, "method": "GET", "url": f"https://h.io/{rid}", **fields}


def _ok(doc: dict[str, Any]) -> RawCollection:
    parsed, warnings = parse(doc)
    assert warnings == []
    return parsed


def _tree(items: list[RawItem]) -> list[Any]:
    return [(i.name, _tree(i.items)) if isinstance(i, RawFolder) else i.name for i in items]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus folder is missing")
def test_newman_multi_level_folders_order() -> None:
    parsed, _ = load_collection(CORPUS / "newman-multi-level-folders-v1.postman_collection.json")
    assert parsed.schema_version == "1.0.0"
    assert parsed.name == "multi-level-folders"
    assert _tree(parsed.items) == [
        ("F1", ["F1.R1", "F1.R2", "F1.R3"]),
        ("F2", [("F2.F3", ["F2.F3.R1"]), ("F4", []), "F2.R1"]),
        "R1",
    ]
    last = parsed.items[-1]
    assert not isinstance(last, RawFolder)
    assert [s.listen for s in last.scripts] == ["prerequest", "test"]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus folder is missing")
def test_awhere_v1_requests() -> None:
    parsed, _ = load_collection(CORPUS / "awhere-api-v1.postman_collection.json")
    token, observed = list(walk(parsed.items))[:2]
    assert token.request.method == "POST"
    assert token.request.headers[0].key == "Authorization"
    assert token.request.body is not None and token.request.body.mode == "urlencoded"
    assert [(p.key, p.value) for p in token.request.body.urlencoded] == [
        ("grant_type", "client_credentials")
    ]
    assert token.request.auth is None
    assert [s.listen for s in token.scripts] == ["test"]
    assert observed.request.body is None  # dataMode "params" with no data
    assert [q.key for q in observed.request.url.query].count("attribute") == 3


def test_request_fields_are_converted() -> None:
    requests = [
        _req(
            "raw",
            method="post",
            headers="Content-Type: application/json\nX-A: 1\n",
            dataMode="raw",
            rawModeData='{"a": 1}',
            url="{{base}}/users/:id",
            pathVariables={"id": "7"},
            currentHelper="basicAuth",
            helperAttributes={"id": "basic", "username": "u", "password": "p"},
            description="Creates",
            preRequestScript="pre();",
            tests="",
        ),
        _req("form", dataMode="params", data=[{"key": "f", "value": "a.png", "type": "file"}]),
        _req("bin", dataMode="binary"),
        _req("gql", dataMode="graphql", graphqlModeData={"query": "{a}", "variables": {"x": 1}}),
        _req("bearer", auth={"type": "bearer", "bearer": [{"key": "token", "value": "t"}]}),
        _req(
            "hdata",
            headerData=[{"key": "K", "value": "V", "enabled": False}],
            queryParams=[{"key": "q", "value": "1", "enabled": True}],
            url="https://h.io/x?q=1",
        ),
    ]
    doc = _v1(requests, order=[r["id"] for r in requests])
    raw, form, binary, gql, bearer, hdata = walk(_ok(doc).items)
    assert raw.request.method == "POST"
    assert raw.request.headers == [
        RawHeader("Content-Type", "application/json"),
        RawHeader("X-A", "1"),
    ]
    assert raw.request.body == RawBody(mode="raw", raw='{"a": 1}')
    assert raw.request.url.path == ["users", ":id"]
    assert raw.request.url.variables == [RawVariable("id", "7")]
    assert raw.request.auth == RawAuth("basic", {"username": "u", "password": "p"})
    assert raw.request.description == "Creates"
    assert raw.scripts == [RawScript("prerequest", "pre();")]
    assert form.request.body is not None and form.request.body.formdata[0].src == ["a.png"]
    assert binary.request.body == RawBody(mode="file")
    assert gql.request.body == RawBody(
        mode="graphql", graphql_query="{a}", graphql_variables='{"x": 1}'
    )
    assert bearer.request.auth == RawAuth("bearer", {"token": "t"})
    assert hdata.request.headers == [RawHeader("K", "V", disabled=True)]
    assert hdata.request.url.query == [RawQueryParam("q", "1")]


def test_responses_are_converted() -> None:
    response = {
        "name": "ok",
        "responseCode": {"code": 201, "name": "Created"},
        "headers": [{"name": "Content-Type", "key": "Content-Type", "value": "text/plain"}],
        "text": "done",
        "language": "text",
        "request": "a",
    }
    parsed = _ok(_v1([_req("a", responses=[response])], order=["a"]))
    (example,) = next(walk(parsed.items)).examples
    assert (example.name, example.code, example.status, example.body) == (
        "ok",
        201,
        "Created",
        "done",
    )
    assert example.headers == [RawHeader("Content-Type", "text/plain")]
    assert example.preview_language == "text"
    assert example.original_request is not None
    assert example.original_request.url.path == ["a"]


def test_unreferenced_requests_go_to_their_folder_or_the_top() -> None:
    doc = _v1(
        [_req("in-order"), _req("by-field", folder="f"), _req("loose"), _req("dup")],
        order=["in-order", "missing-id", "dup"],
        folders=[{"id": "f", "name": "F", "order": ["dup"]}],
    )
    assert _tree(_ok(doc).items) == [("F", ["dup", "by-field"]), "in-order", "loose"]


def test_folders_without_folders_order_are_top_level_and_cycles_end() -> None:
    doc = _v1(
        [_req("a"), _req("b")],
        folders=[
            {"id": "x", "name": "X", "order": ["a"], "folders_order": ["y"]},
            {"id": "y", "name": "Y", "order": ["b"], "folders_order": ["x"]},
        ],
    )
    # Each folder is in the other: one of them has to be the top.
    assert _tree(_ok(doc).items) == [("X", [("Y", ["b"]), "a"])]


def test_collection_level_fields() -> None:
    doc = _v1(
        [],
        variables=[{"key": "base", "value": "https://h.io"}],
        auth={"type": "apikey", "apikey": [{"key": "key", "value": "k"}]},
    )
    parsed = _ok(doc)
    assert (parsed.name, parsed.description, parsed.postman_id) == ("Old", "d", "c1")
    assert parsed.variables == [RawVariable("base", "https://h.io")]
    assert parsed.auth == RawAuth("apikey", {"key": "k"})
    assert parsed.schema_version == "1.0.0"


def test_requests_not_a_list_is_a_file_error() -> None:
    with pytest.raises(GeneratorError) as caught:
        parse({"name": "x", "requests": {"a": 1}})
    assert caught.value.where == "requests"


def test_v1_request_without_url_is_skipped_with_a_warning() -> None:
    doc = _v1([_req("ok"), {"id": "bad", "name": "Bad", "method": "GET"}], order=["ok", "bad"])
    parsed, warnings = parse(doc)
    assert [r.name for r in walk(parsed.items)] == ["ok"]
    assert [w.message for w in warnings] == ["request 'Bad' skipped: it has no URL"]


def test_5000_nested_v1_folders_is_a_clear_error() -> None:
    folders = [
        {"id": f"f{i}", "name": f"F{i}", "order": [], "folders_order": [f"f{i + 1}"]}
        for i in range(5000)
    ]
    doc = _v1([], folders=folders, folders_order=["f0"])
    with pytest.raises(GeneratorError, match="folders nested too deep"):
        parse(doc)
