"""Each spelling that real exports use, as a minimal inline document, parsed to
the expected raw model values."""

from __future__ import annotations

from typing import Any

import pytest
from postman_helpers import V20, collection, only_request, parse, parse_ok, request_item, walk

from generator.postman.raw import (
    RawAuth,
    RawBody,
    RawFolder,
    RawHeader,
    RawQueryParam,
    RawScript,
    RawVariable,
)

# --- URLs -------------------------------------------------------------------


def test_request_as_plain_url_string() -> None:
    item = only_request(
        collection({"name": "s", "request": "https://api.example.com/v1/users?x=1"})
    )
    assert item.request.method == "GET"
    assert item.request.url.raw == "https://api.example.com/v1/users?x=1"
    assert item.request.url.host == ["api", "example", "com"]
    assert item.request.url.path == ["v1", "users"]
    assert item.request.url.query == [RawQueryParam("x", "1")]


def test_url_string_is_split_into_all_parts() -> None:
    raw = "https://user:pw@api.example.com:8443/v1/users/:id?limit=10&flag&empty=&a=1&a=2#frag"
    url = only_request(collection(request_item(url=raw))).request.url
    assert url.raw == raw
    assert url.protocol == "https"
    assert url.host == ["api", "example", "com"]
    assert url.port == "8443"
    assert url.path == ["v1", "users", ":id"]
    assert [(q.key, q.value) for q in url.query] == [
        ("limit", "10"),
        ("flag", None),
        ("empty", ""),
        ("a", "1"),
        ("a", "2"),
    ]


def test_url_string_never_splits_inside_variables() -> None:
    url = only_request(collection(request_item(url="{{base.url}}/a/{{x/y}}?q={{a&b}}"))).request.url
    assert url.protocol is None
    assert url.host == ["{{base.url}}"]
    assert url.path == ["a", "{{x/y}}"]
    assert url.query == [RawQueryParam("q", "{{a&b}}")]


def test_url_string_keeps_empty_segments_and_literal_braces() -> None:
    url = only_request(collection(request_item(url="{{h}}:{{port}}/a//{id}/"))).request.url
    assert url.host == ["{{h}}"]
    assert url.port == "{{port}}"
    assert url.path == ["a", "", "{id}", ""]


def test_url_object_without_raw_with_string_host_and_path() -> None:
    url_value = {"protocol": "https", "host": "{{base_url}}", "path": "/v3/content_types/{{uid}}"}
    url = only_request(collection(request_item(url=url_value))).request.url
    assert url.raw == ""
    assert url.protocol == "https"
    assert url.host == ["{{base_url}}"]
    assert url.path == ["v3", "content_types", "{{uid}}"]


def test_url_object_with_only_raw_takes_parts_from_raw() -> None:
    url = only_request(collection(request_item(url={"raw": "http://h.io:81/a/b?c=d"}))).request.url
    assert (url.protocol, url.host, url.port, url.path) == ("http", ["h", "io"], "81", ["a", "b"])
    assert url.query == [RawQueryParam("c", "d")]


def test_query_parsed_from_raw_when_object_has_no_query() -> None:
    url_value = {"raw": "{{baseUrl}}/items?page=2&size", "host": ["{{baseUrl}}"], "path": ["items"]}
    url = only_request(collection(request_item(url=url_value))).request.url
    assert url.query == [RawQueryParam("page", "2"), RawQueryParam("size", None)]


def test_query_list_wins_and_keeps_disabled_null_and_repeated_keys() -> None:
    url_value = {
        "raw": "{{b}}/x?ignored=1",
        "host": ["{{b}}"],
        "path": ["x"],
        "query": [
            {"key": "tag", "value": "a"},
            {
                "key": "tag",
                "value": "b",
                "description": {"content": "second", "type": "text/plain"},
            },
            {"key": "off", "value": "1", "disabled": True},
            {"key": "none", "value": None},
            {"key": "n", "value": 5},
        ],
    }
    url = only_request(collection(request_item(url=url_value))).request.url
    assert url.query == [
        RawQueryParam("tag", "a"),
        RawQueryParam("tag", "b", description="second"),
        RawQueryParam("off", "1", disabled=True),
        RawQueryParam("none", None),
        RawQueryParam("n", "5"),
    ]


def test_url_object_parts_port_number_and_segment_objects() -> None:
    url_value = {
        "host": ["localhost"],
        "port": 8080,
        "path": ["v1", {"type": "string", "value": "users"}, ":id", "", "{legacy}"],
        "variable": [
            {"key": "id", "value": ""},
            {"id": "old", "value": "{{old}}"},
            {"key": "flag", "value": True, "type": "boolean", "disabled": True},
        ],
    }
    url = only_request(collection(request_item(url=url_value))).request.url
    assert url.port == "8080"
    assert url.path == ["v1", "users", ":id", "", "{legacy}"]
    assert url.variables == [
        RawVariable("id", ""),
        RawVariable("old", "{{old}}"),
        RawVariable("flag", "true", type="boolean", disabled=True),
    ]


@pytest.mark.parametrize(
    ("written", "expected"),
    [("get", "GET"), ("Get", "GET"), (" post ", "POST"), ("head", "HEAD"), ("OPTIONS", "OPTIONS")],
)
def test_methods_are_upper_cased(written: str, expected: str) -> None:
    assert only_request(collection(request_item(method=written))).request.method == expected


def test_missing_method_means_get() -> None:
    assert only_request(collection(request_item())).request.method == "GET"


# --- headers ----------------------------------------------------------------


def test_header_list_keeps_duplicates_disabled_and_name_spelling() -> None:
    headers = [
        {"key": "Accept", "value": "a"},
        {"key": "Accept", "value": "b", "disabled": True},
        {"name": "X-Old", "value": 1, "description": "d"},
        {"key": "", "value": "", "disabled": True},
    ]
    item = only_request(collection(request_item(header=headers)))
    assert item.request.headers == [
        RawHeader("Accept", "a"),
        RawHeader("Accept", "b", disabled=True),
        RawHeader("X-Old", "1", description="d"),
        RawHeader("", "", disabled=True),
    ]


def test_header_string_is_parsed() -> None:
    text = "Authorization: Bearer {{t}}\r\nX-Time: 12:30:00\n\n//X-Off: 1\nX-Empty\n"
    item = only_request(collection(request_item(header=text)))
    assert item.request.headers == [
        RawHeader("Authorization", "Bearer {{t}}"),
        RawHeader("X-Time", "12:30:00"),
        RawHeader("X-Off", "1", disabled=True),
        RawHeader("X-Empty", ""),
    ]


def test_header_null_is_no_headers() -> None:
    assert only_request(collection(request_item(header=None))).request.headers == []


# --- bodies -----------------------------------------------------------------


def _body(body: Any) -> RawBody | None:
    return only_request(collection(request_item(method="POST", body=body))).request.body


def test_raw_body_with_language() -> None:
    body = {"mode": "raw", "raw": '{"a": {{v}}}', "options": {"raw": {"language": "json"}}}
    assert _body(body) == RawBody(mode="raw", raw='{"a": {{v}}}', language="json")


def test_raw_body_without_options() -> None:
    assert _body({"mode": "raw", "raw": "<a/>"}) == RawBody(mode="raw", raw="<a/>")


def test_urlencoded_body() -> None:
    body = {
        "mode": "urlencoded",
        "urlencoded": [
            {"key": "grant_type", "value": "client_credentials", "type": "text"},
            {"key": "scope", "value": "x", "disabled": True, "description": "s"},
        ],
    }
    parsed = _body(body)
    assert parsed is not None and parsed.mode == "urlencoded"
    assert [(p.key, p.value, p.disabled, p.description) for p in parsed.urlencoded] == [
        ("grant_type", "client_credentials", False, ""),
        ("scope", "x", True, "s"),
    ]


def test_formdata_text_and_file_parts() -> None:
    body = {
        "mode": "formdata",
        "formdata": [
            {"key": "name", "value": "n", "type": "text", "contentType": "text/plain"},
            {"key": "one", "type": "file", "src": "/tmp/a.png"},
            {"key": "many", "type": "file", "src": ["/tmp/a", "/tmp/b"]},
            {"key": "none", "type": "file", "src": None},
            {"key": "off", "value": "x", "enabled": False},
        ],
    }
    parsed = _body(body)
    assert parsed is not None and parsed.mode == "formdata"
    fields = {f.key: f for f in parsed.formdata}
    assert (fields["name"].type, fields["name"].content_type) == ("text", "text/plain")
    assert (fields["one"].type, fields["one"].src) == ("file", ["/tmp/a.png"])
    assert fields["many"].src == ["/tmp/a", "/tmp/b"]
    assert (fields["none"].type, fields["none"].src) == ("file", [])
    assert fields["off"].disabled


def test_file_body() -> None:
    assert _body({"mode": "file", "file": {"src": "/data/x.bin"}}) == RawBody(
        mode="file", file_src="/data/x.bin"
    )
    assert _body({"mode": "file", "file": {"src": ""}}) == RawBody(mode="file")


def test_graphql_variables_object_becomes_json_text() -> None:
    body = {"mode": "graphql", "graphql": {"query": "query { a }", "variables": {"id": 1}}}
    assert _body(body) == RawBody(
        mode="graphql", graphql_query="query { a }", graphql_variables='{"id": 1}'
    )


def test_graphql_variables_string_kept() -> None:
    body = {"mode": "graphql", "graphql": {"query": "q", "variables": '{\n"id": 1}'}}
    parsed = _body(body)
    assert parsed is not None and parsed.graphql_variables == '{\n"id": 1}'


def test_empty_null_and_disabled_bodies_are_no_body() -> None:
    assert _body({}) is None
    assert _body(None) is None
    assert _body({"mode": "raw", "raw": "x", "disabled": True}) is None


def test_mode_none_is_kept() -> None:
    assert _body({"mode": "none"}) == RawBody(mode="none")


def test_missing_mode_is_taken_from_the_content_key() -> None:
    assert _body({"raw": "hello"}) == RawBody(mode="raw", raw="hello")
    assert _body({"options": {"raw": {"language": "json"}}}) is None


# --- auth -------------------------------------------------------------------


def _auth(auth: Any) -> RawAuth | None:
    return only_request(collection(request_item(auth=auth))).request.auth


def test_null_missing_and_inherit_auth_inherit() -> None:
    assert _auth(None) is None
    assert only_request(collection(request_item())).request.auth is None
    assert _auth({"type": "inherit"}) is None


def test_noauth_stops_inheritance() -> None:
    assert _auth({"type": "noauth"}) == RawAuth("noauth")


def test_v20_object_form_params() -> None:
    auth = {"type": "apikey", "apikey": {"key": "x-api-key", "value": "{{k}}", "in": "header"}}
    assert _auth(auth) == RawAuth("apikey", {"key": "x-api-key", "value": "{{k}}", "in": "header"})


def test_v21_array_form_params_with_non_string_values() -> None:
    auth = {
        "type": "oauth2",
        "oauth2": [
            {"key": "addTokenTo", "value": "header", "type": "string"},
            {"key": "useBrowser", "value": False, "type": "boolean"},
            {"key": "timeout", "value": 30, "type": "number"},
            {"key": "params", "value": [{"key": "a", "value": "b"}], "type": "any"},
            {"key": "nothing", "value": None},
        ],
    }
    assert _auth(auth) == RawAuth(
        "oauth2",
        {
            "addTokenTo": "header",
            "useBrowser": "false",
            "timeout": "30",
            "params": '[{"key": "a", "value": "b"}]',
            "nothing": "",
        },
    )


@pytest.mark.parametrize(
    "scheme",
    ["apikey", "bearer", "basic", "oauth1", "oauth2", "digest", "hawk", "awsv4", "ntlm"]
    + ["edgegrid", "jwt", "akamai", "asap"],
)
def test_every_auth_type_is_kept(scheme: str) -> None:
    auth = {"type": scheme, scheme: [{"key": "setting", "value": "v"}]}
    assert _auth(auth) == RawAuth(scheme, {"setting": "v"})


def test_auth_at_collection_folder_and_request_level() -> None:
    doc = collection(
        {
            "name": "f",
            "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{t}}"}]},
            "item": [request_item(auth={"type": "basic", "basic": {"username": "u"}})],
        },
        {"name": "g", "auth": None, "item": []},
        auth={"type": "apikey", "apikey": [{"key": "key", "value": "x-api-key"}]},
    )
    parsed = parse_ok(doc)
    assert parsed.auth == RawAuth("apikey", {"key": "x-api-key"})
    folder, empty = parsed.items
    assert isinstance(folder, RawFolder) and isinstance(empty, RawFolder)
    assert folder.auth == RawAuth("bearer", {"token": "{{t}}"})
    assert empty.auth is None
    assert next(walk(folder.items)).request.auth == RawAuth("basic", {"username": "u"})


# --- descriptions, scripts, variables ---------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [("plain", "plain"), ({"content": "# md", "type": "text/markdown"}, "# md"), (None, "")],
)
def test_descriptions(written: Any, expected: str) -> None:
    doc = collection({"name": "r", "description": written, "request": {"url": "h/x"}})
    doc["info"]["description"] = written
    parsed = parse_ok(doc)
    assert parsed.description == expected
    assert next(walk(parsed.items)).description == expected


def test_scripts_exec_as_list_string_or_null_and_disabled_dropped() -> None:
    item = request_item()
    item["event"] = [
        {"listen": "prerequest", "script": {"exec": ["a;", "b;"], "type": "text/javascript"}},
        {"listen": "test", "script": {"exec": "c;"}},
        {"listen": "test", "script": {"exec": None}},
        {"listen": "test", "script": {"exec": ["x"]}, "disabled": True},
    ]
    assert only_request(collection(item)).scripts == [
        RawScript("prerequest", "a;\nb;"),
        RawScript("test", "c;"),
        RawScript("test", ""),
    ]


def test_collection_and_folder_variables() -> None:
    doc = collection(
        {"name": "f", "item": [], "variable": [{"key": "fv", "value": "1"}]},
        variable=[
            {"key": "baseUrl", "value": "https://x", "type": "string"},
            {"key": "secret", "value": "s", "type": "secret", "description": "d"},
            {"key": "count", "value": 3},
            {"key": "off", "value": None, "disabled": True},
        ],
    )
    parsed = parse_ok(doc)
    assert parsed.variables == [
        RawVariable("baseUrl", "https://x", type="string"),
        RawVariable("secret", "s", type="secret", description="d"),
        RawVariable("count", "3"),
        RawVariable("off", None, disabled=True),
    ]
    folder = parsed.items[0]
    assert isinstance(folder, RawFolder)
    assert folder.variables == [RawVariable("fv", "1")]


def test_v20_variables_key_and_schema_version() -> None:
    doc = collection(schema=V20, variables=[{"key": "a", "value": "b"}])
    parsed = parse_ok(doc)
    assert parsed.variables == [RawVariable("a", "b")]
    assert parsed.schema_version == "2.0.0"


def test_collection_metadata() -> None:
    doc = collection()
    doc["info"]["_postman_id"] = "abc"
    parsed = parse_ok(doc)
    assert (parsed.name, parsed.postman_id, parsed.schema_version) == ("Test", "abc", "2.1.0")
    del doc["info"]["schema"]
    assert parse_ok(doc).schema_version == "2.1.0"


def test_api_export_wrapper_is_unwrapped() -> None:
    parsed = parse_ok({"collection": collection(request_item("inside"))})
    assert [r.name for r in walk(parsed.items)] == ["inside"]


# --- saved examples ---------------------------------------------------------


def test_saved_example_variations() -> None:
    item = request_item("with examples")
    item["response"] = [
        {
            "name": "ok",
            "code": 200,
            "status": "OK",
            "header": [{"key": "Content-Type", "value": "application/json"}],
            "body": '{"a": 1}',
            "_postman_previewlanguage": "json",
            "originalRequest": {"method": "get", "url": "{{b}}/x?y=1"},
        },
        {"name": "no code", "header": None, "body": None},
        {"name": "string header", "code": "201", "header": "X-A: 1\nX-B: 2", "body": "<html/>"},
        {"name": "nested lang", "code": 204, "_": {"postman_previewlanguage": "text"}},
    ]
    examples = only_request(collection(item)).examples
    ok, no_code, string_header, nested = examples
    assert (ok.name, ok.where, ok.code, ok.status, ok.body) == (
        "ok",
        "item[0].response[0]",
        200,
        "OK",
        '{"a": 1}',
    )
    assert ok.preview_language == "json"
    assert ok.headers == [RawHeader("Content-Type", "application/json")]
    assert ok.original_request is not None
    assert ok.original_request.method == "GET"
    assert ok.original_request.url.query == [RawQueryParam("y", "1")]
    assert (no_code.code, no_code.headers, no_code.body, no_code.original_request) == (
        None,
        [],
        None,
        None,
    )
    assert string_header.code == 201
    assert string_header.headers == [RawHeader("X-A", "1"), RawHeader("X-B", "2")]
    assert string_header.body == "<html/>"
    assert (nested.where, nested.preview_language) == ("item[0].response[3]", "text")


# --- tree, names, locations ---------------------------------------------------


NAMES = ["", "a/b", "1st call", "🚀 launch", "用户列表", "“quoted”", "dup", "dup", "  padded  "]


def test_names_are_kept_as_written() -> None:
    items = [request_item(n) for n in NAMES] + [{"request": {"url": "h/x"}}]
    parsed = parse_ok(collection(*items))
    assert [r.name for r in walk(parsed.items)] == [*NAMES, ""]


def test_request_name_fallback() -> None:
    item = only_request(collection({"request": {"name": "from request", "url": "h/x"}}))
    assert item.name == "from request"


def test_where_locations_and_empty_folders() -> None:
    doc = collection(
        request_item("top"),
        {"name": "empty", "item": []},
        {"name": "null items", "item": None},
        {"name": "outer", "item": [{"name": "inner", "item": [request_item("deep")]}]},
    )
    parsed = parse_ok(doc)
    top, empty, null_items, outer = parsed.items
    assert top.where == "item[0]"
    assert isinstance(empty, RawFolder) and empty.items == [] and empty.where == "item[1]"
    assert isinstance(null_items, RawFolder) and null_items.items == []
    assert isinstance(outer, RawFolder)
    assert [r.where for r in walk(outer.items)] == ["item[3].item[0].item[0]"]


def test_document_order_is_kept() -> None:
    doc = collection(
        request_item("a"),
        {"name": "f", "item": [request_item("b"), {"name": "g", "item": [request_item("c")]}]},
        request_item("d"),
    )
    assert [r.name for r in walk(parse_ok(doc).items)] == ["a", "b", "c", "d"]


def test_warnings_are_values_not_exceptions() -> None:
    _, warnings = parse(collection(request_item(header=7)))
    assert [(w.level, w.where) for w in warnings] == [("warning", "item[0].request.header")]
