"""One Postman request → the pieces of an endpoint (before merging).

A ``Draft`` is a request with its URL split, its effective auth found and its
parameters, body and examples read. ``merge.py`` then unites the drafts that
share a method and path template.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, NamedTuple

from generator.build.lenient_json import parse_lenient_json
from generator.build.redact import PLACEHOLDER, is_secret_header, redact_headers, redact_json
from generator.build.urls import SplitUrl, split_url
from generator.build.variables import Variables, looks_secret, whole_variable
from generator.model.api import BodyMode, Sample
from generator.postman.headers import sendable_header_value
from generator.postman.raw import (
    RawAuth,
    RawBody,
    RawExample,
    RawFolder,
    RawFormParam,
    RawRequest,
    RawRequestItem,
)

_REQUIRED_HINT = re.compile(r"^\s*[\(\[]?\s*required\b", re.IGNORECASE)
_STATUS_BY_PHRASE = {s.phrase.lower(): s.value for s in HTTPStatus}
# Headers that the runtime sets itself (from the body, auth or httpx).
_RUNTIME_HEADERS = {
    "content-type",
    "content-length",
    "host",
    "user-agent",
    "accept-encoding",
    "connection",
}


@dataclass
class QueryDraft:
    name: str
    value: str | None
    required: bool
    default: str | None
    description: str
    repeated: bool = False


# The drafts below are tuples: cheap to make, and made per request and example.
class HeaderDraft(NamedTuple):
    name: str
    value: str
    description: str
    is_param: bool  # a value that varies per call ({{var}} or disabled): a parameter


class BodyDraft(NamedTuple):
    mode: BodyMode
    content_type: str | None
    sample: Sample | None
    form: Sequence[RawFormParam] = ()
    graphql_query: str | None = None


class RequestValues(NamedTuple):
    """The concrete values a request was made with (``request_values``). Path values
    are keyed by position (``#0``, ``#1``): ``endpoints`` maps them onto the
    endpoint's parameter names, and only then makes the ``ExampleRequest``."""

    path_params: dict[str, str]
    query: list[tuple[str, str]]
    headers: list[tuple[str, str]]
    body: Sample | None


class ExampleDraft(NamedTuple):
    """A saved example as read; ``endpoints`` makes the ``Example`` from it."""

    name: str
    status: int
    headers: list[tuple[str, str]]
    content_type: str | None
    body: Sample | None
    request: RequestValues


@dataclass
class Draft:
    item: RawRequestItem
    folders: list[RawFolder]
    url: SplitUrl
    method: str
    auth: RawAuth | None
    path_values: dict[str, str]  # wire name -> example value
    path_descriptions: dict[str, str]
    query: list[QueryDraft]
    headers: list[HeaderDraft]
    body: BodyDraft | None
    own: RequestValues  # the request's own values
    examples: list[ExampleDraft] = field(default_factory=list)


def _is_required(description: str) -> bool:
    return bool(_REQUIRED_HINT.match(description))


def _resolved(value: str | None, variables: Variables) -> str:
    text = variables.resolve(value or "")
    return text


def read_query(raw_url_query: list[tuple[str, str | None, bool, str]]) -> list[QueryDraft]:
    out: dict[str, QueryDraft] = {}
    for key, value, disabled, description in raw_url_query:
        if not key:
            continue
        if key in out:
            out[key].repeated = True
            continue
        is_variable = value is not None and whole_variable(value) is not None
        required = not disabled and (_is_required(description) or is_variable)
        default = None
        if not disabled and value and not is_variable and "{{" not in value:
            default = value
        out[key] = QueryDraft(key, value, required, default, description)
    return list(out.values())


def _content_type(headers: list[tuple[str, str]]) -> str | None:
    for key, value in headers:
        if key.lower() == "content-type" and value:
            return value.split(";")[0].strip().lower()
    return None


def read_sample(
    text: str | None, content_type: str | None, source: str, variables: Variables
) -> Sample | None:
    if not text or text.isspace():  # none or blank (strip() would copy the body)
        return None
    looks_json = content_type is None or "json" in content_type or content_type == "text/plain"
    resolved, ok, value = _parsed_body(text, looks_json, variables)
    if ok:
        return Sample(source=source, text=resolved, json_value=value, is_json=True)
    return Sample(source=source, text=resolved)


def _parsed_body(text: str, looks_json: bool, variables: Variables) -> tuple[str, bool, Any]:
    """The resolved text, whether it is JSON, and its value redacted by key.

    Memoised per collection: the same body comes back in each saved example's
    original request. Samples share the value, which nothing changes in place
    (the final sweep replaces values, it does not edit them)."""
    key = ("body", text, looks_json)
    found = variables.memo.get(key)
    if found is None:
        resolved = variables.resolve(text)
        ok, value = parse_lenient_json(resolved, variables.get) if looks_json else (False, None)
        found = variables.memo[key] = (resolved, ok, redact_json(value) if ok else None)
    return found  # type: ignore[return-value]


def read_body(
    body: RawBody | None, headers: list[tuple[str, str]], variables: Variables, source: str
) -> BodyDraft | None:
    if body is None or body.mode in ("none", ""):
        return None
    declared = _content_type(headers)
    if body.mode == "raw":
        if not body.raw or body.raw.isspace():  # none or blank
            return None
        language = (body.language or "").lower()
        content_type = declared or {
            "json": "application/json",
            "xml": "application/xml",
            "html": "text/html",
        }.get(language)
        is_xml = "xml" in (content_type or "") or language == "xml"
        sample = read_sample(body.raw, None if is_xml else content_type, source, variables)
        if sample and sample.is_json and not is_xml:
            return BodyDraft("json", content_type or "application/json", sample)
        if is_xml:
            return BodyDraft("xml", content_type or "application/xml", sample)
        return BodyDraft("text", content_type or "text/plain", sample)
    if body.mode == "urlencoded":
        fields = [p for p in body.urlencoded if p.key]
        return BodyDraft("urlencoded", "application/x-www-form-urlencoded", None, fields)
    if body.mode == "formdata":
        fields = [p for p in body.formdata if p.key]
        return BodyDraft("multipart", "multipart/form-data", None, fields)
    if body.mode == "file":
        return BodyDraft("binary", declared or "application/octet-stream", None)
    if body.mode == "graphql":
        variables_sample = read_sample(body.graphql_variables, None, source, variables)
        return BodyDraft(
            "graphql", "application/json", variables_sample, graphql_query=body.graphql_query
        )
    return None


def read_headers(
    request: RawRequest, variables: Variables, auth: RawAuth | None
) -> list[HeaderDraft]:
    auth_header = (auth.params.get("key") or "").lower() if auth and auth.type == "apikey" else ""
    out: list[HeaderDraft] = []
    seen: set[str] = set()
    for header in request.headers:
        key = header.key.strip()
        lowered = key.lower()
        if not key or lowered in seen or lowered in _RUNTIME_HEADERS or lowered == auth_header:
            continue
        if lowered == "authorization" or is_secret_header(key):
            continue  # credentials come from the client's auth settings
        seen.add(lowered)
        is_param = header.disabled or "{{" in header.value
        # A variable's value can hold what no header can (a line break): no example then.
        value = sendable_header_value(variables.resolve(header.value))
        out.append(HeaderDraft(key, value or "", header.description, is_param))
    return out


def status_of(example: RawExample) -> int:
    if example.code is not None and 100 <= example.code <= 599:
        return example.code
    return _STATUS_BY_PHRASE.get(example.status.strip().lower(), 200)


def read_example(
    example: RawExample, request: RawRequest, variables: Variables, fallback: RequestValues
) -> ExampleDraft:
    pairs = [(h.key, h.value) for h in example.headers if h.key and not h.disabled]
    headers = redact_headers(pairs)
    content_type = _content_type(headers)
    if content_type is None and (example.preview_language or "").lower() == "json":
        content_type = "application/json"
    body = read_sample(example.body, content_type, f"example:{example.name}", variables)
    original = example.original_request
    call = fallback
    if original is not None:
        call = request_values(original, variables, f"original-request:{example.name}")
    return ExampleDraft(
        name=example.name,
        status=status_of(example),
        headers=headers,
        content_type=content_type,
        body=body,
        request=call,
    )


def request_values(
    request: RawRequest, variables: Variables, source: str, split: SplitUrl | None = None
) -> RequestValues:
    """The concrete values a request was made with: path values by position
    (mapped to python names later), enabled query pairs, headers, body.
    ``split`` is ``request.url`` already split, when the caller has it."""
    if split is None:
        split = split_url(request.url, variables)
    path_values = path_values_of(request, split, variables)
    query = [
        (q.key, redact_query_value(q.key, _resolved(q.value, variables)))
        for q in split.query
        if q.key and not q.disabled
    ]
    # Values filled in by variables are trimmed like any header value; one that no
    # request could carry (a line break) was not sent as recorded: it is left out.
    resolved = [
        (h.key, sendable_header_value(variables.resolve(h.value)))
        for h in request.headers
        if h.key and not h.disabled
    ]
    header_pairs = redact_headers([(k, v) for k, v in resolved if v is not None])
    body_draft = read_body(request.body, header_pairs, variables, source)
    return RequestValues(
        path_params=path_values,
        query=query,
        headers=header_pairs,
        body=body_draft.sample if body_draft else None,
    )


def redact_query_value(key: str, value: str) -> str:
    # A flag like create_upload_token=true names a token but holds none.
    harmless = value.lower() in ("true", "false") or value.isdigit()
    return PLACEHOLDER if value and looks_secret(key) and not harmless else value


def path_values_of(request: RawRequest, split: SplitUrl, variables: Variables) -> dict[str, str]:
    """Example values of path parameters: ``:name`` values from ``url.variable``,
    ``{{name}}`` from the collection; positional keys ``#0``, ``#1`` too."""
    declared = {v.key: variables.resolve(v.value or "") for v in request.url.variables}
    out: dict[str, str] = {}
    index = 0
    for segment in split.segments:
        if not segment.is_param:
            continue
        value = declared.get(segment.text) or variables.get(segment.text) or ""
        if "{{" in value:
            value = ""
        out[f"#{index}"] = value
        index += 1
    return out


def make_draft(
    item: RawRequestItem,
    folders: list[RawFolder],
    auth: RawAuth | None,
    variables: Variables,
) -> Draft:
    request = item.request
    split = split_url(request.url, variables)
    headers = read_headers(request, variables, auth)
    header_pairs = [(h.key, h.value) for h in request.headers if not h.disabled]
    body = read_body(request.body, header_pairs, variables, "request")
    query = read_query([(q.key, q.value, q.disabled, q.description) for q in split.query])
    for q in query:
        if q.default is not None:
            q.default = redact_query_value(q.name, variables.resolve(q.default))
    descriptions = {v.key: v.description for v in request.url.variables}
    declared = {v.key: variables.resolve(v.value or "") for v in request.url.variables}
    draft = Draft(
        item=item,
        folders=folders,
        url=split,
        method=request.method.upper(),
        auth=auth,
        path_values={k: v for k, v in declared.items() if "{{" not in v},
        path_descriptions=descriptions,
        query=query,
        headers=headers,
        body=body,
        own=request_values(request, variables, "request", split),
    )
    draft.examples = [read_example(e, request, variables, draft.own) for e in item.examples]
    return draft
