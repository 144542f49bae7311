"""The call a generated test makes, and the request that call must send.

Both come from one recorded request: a saved example's ``originalRequest`` or
the endpoint's own request. Its values become the method's arguments, and the
same values, as the collection recorded them, are the expected request. The
expectation is never derived from the generated method, so a template that
drops, renames or mis-encodes anything makes its test fail.

Every value reaches test code through ``literal``; names come from the
endpoint model (already identifiers).
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from urllib.parse import quote

from generator.model.api import Api, AuthScheme, Endpoint, ExampleRequest, Param, Sample
from generator.model.types import TypeRef
from generator.render.filters import literal
from generator.render.views import method_view

# File parts the tests upload (Postman saves file paths, never contents).
FILE_CONTENT = "example file content"
BINARY_CONTENT = b"example binary content"
_PATH_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def fake_credentials(api: Api) -> dict[str, str]:
    """The credential values every test client gets: ``api_key="test-api-key"``."""
    names = [arg for scheme in api.auth_schemes for arg in scheme.client_args]
    return {name: f"test-{name.replace('_', '-')}" for name in dict.fromkeys(names)}


@dataclass
class ExpectedRequest:
    method: str
    path: str  # with path parameters filled in and percent-encoded
    query: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)  # present with these values
    absent_headers: list[str] = field(default_factory=list)
    body: str | None = None  # an ``assert_request`` keyword argument, e.g. "json_body=sent"


@dataclass
class PlannedCall:
    expression: str  # ``client.devices.get_device("02...", workspace_id="29...")``
    setup: list[tuple[str, str]]  # locals defined before the call: (name, Python literal)
    request: ExpectedRequest


# -- authentication ---------------------------------------------------------------------
BUILT_IN_AUTH = ("apikey", "bearer", "oauth2", "basic")


def auth_scheme(api: Api, endpoint: Endpoint) -> AuthScheme | None:
    """The scheme the client must use: the endpoint's first one it can apply itself."""
    schemes = {s.id: s for s in api.auth_schemes}
    for scheme_id in endpoint.auth:
        scheme = schemes.get(scheme_id)
        if scheme is not None and scheme.kind in BUILT_IN_AUTH:
            return scheme
    return None


def auth_expectation(
    scheme: AuthScheme, credentials: dict[str, str]
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The headers and query pairs ``scheme`` adds, given the credential values."""
    if scheme.kind == "apikey":
        pair = {scheme.param_name: credentials[scheme.client_args[0]]}
        return ({}, list(pair.items())) if scheme.location == "query" else (pair, [])
    if scheme.kind == "basic":
        user_pass = f"{credentials['username']}:{credentials['password']}".encode()
        return {"Authorization": "Basic " + base64.b64encode(user_pass).decode()}, []
    return {"Authorization": f"Bearer {credentials['bearer_token']}"}, []


def auth_header_names(api: Api) -> list[str]:
    """Headers any credential of this API travels in."""
    names: dict[str, None] = {}
    for scheme in api.auth_schemes:
        if scheme.kind == "apikey" and scheme.location == "header":
            names[scheme.param_name] = None
        elif scheme.kind in BUILT_IN_AUTH:
            names["Authorization"] = None
    return list(names)


# -- argument values --------------------------------------------------------------------
def typed_value(type_ref: TypeRef, text: str) -> object:
    """The Python value to pass for a recorded text: typed when the parameter is
    and the text round-trips exactly (so the wire value stays the recorded one)."""
    kind = type_ref.kind
    digits = text.removeprefix("-")
    if kind == "int" and digits.isascii() and digits.isdigit() and str(int(text)) == text:
        return int(text)
    if kind == "bool" and text in ("true", "false"):
        return text == "true"
    if kind == "float":
        try:
            number = float(text)
        except ValueError:
            return text
        return number if repr(number) == text else text
    return text


def _param_value(param: Param, texts: list[str]) -> object:
    if param.type.kind == "list" or len(texts) > 1:
        item = param.type.args[0] if param.type.kind == "list" else param.type
        return [typed_value(item, t) for t in texts]
    return typed_value(param.type, texts[0])


def _grouped(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in pairs:
        out.setdefault(key, []).append(value)
    return out


def first_sample(*candidates: Sample | None, json: bool) -> Sample | None:
    """The first recorded body usable for a JSON (``json=True``) or text argument."""
    for sample in candidates:
        if sample is None:
            continue
        if json and sample.is_json and sample.json_value is not None:
            return sample
        if not json and sample.text.strip():
            return sample
    return None


class _CallBuilder:
    """Collects arguments and the expected request while walking the parameters."""

    def __init__(self, api: Api, endpoint: Endpoint, recorded: ExampleRequest) -> None:
        self.api = api
        self.endpoint = endpoint
        self.recorded = recorded
        self.view = method_view(endpoint)
        self.positional: list[str] = []
        self.keywords: list[tuple[str, str]] = []
        self.setup: list[tuple[str, str]] = []
        self.request = ExpectedRequest(endpoint.method, endpoint.path)

    # -- path -----------------------------------------------------------------------------
    def path(self) -> None:
        positional = {a.name for a in self.view.positional}
        wire: dict[str, str] = {}
        for param in self.endpoint.path_params:
            # An empty recorded value would make an empty path segment: use the example.
            text = (
                self.recorded.path_params.get(param.python_name)
                or self.endpoint.call.path_params.get(param.python_name)
                or param.example
                or param.python_name
            )
            value = literal(typed_value(param.type, text))
            if param.python_name in positional:
                self.positional.append(value)
            else:
                self.keywords.append((param.python_name, value))
            wire[param.python_name] = quote(text, safe="")
        self.request.path = _PATH_PARAM.sub(
            lambda m: wire.get(m.group(1), m.group(0)), self.endpoint.path
        )

    # -- query ----------------------------------------------------------------------------
    def query(self, auth_keys: set[str]) -> None:
        given = _grouped([(k, v) for k, v in self.recorded.query if k not in auth_keys])
        for param in self.endpoint.query_params:
            if param.name in auth_keys:
                continue
            texts = given.pop(param.name, None)
            if texts is None and param.required and param.default is None:
                texts = [param.example or ""]  # required: the method cannot do without
            if texts is None:
                if param.default is not None:  # not recorded: the default must not be sent
                    self.keywords.append((param.python_name, "None"))
                continue
            self.keywords.append((param.python_name, literal(_param_value(param, texts))))
            self.request.query.extend((param.name, t) for t in texts)
        if given:  # recorded keys that are no parameter: sent as extra_query
            extra = {k: v[0] if len(v) == 1 else v for k, v in given.items()}
            self.keywords.append(("extra_query", literal(extra)))
            self.request.query.extend((k, t) for k, texts in given.items() for t in texts)

    # -- headers --------------------------------------------------------------------------
    def headers(self) -> None:
        recorded = {k.lower(): v for k, v in reversed(self.recorded.headers)}
        for param in self.endpoint.header_params:
            value = recorded.get(param.name.lower())
            if value is not None:
                self.keywords.append((param.python_name, literal(value)))
                self.request.headers[param.name] = value
        for key, value in self.endpoint.default_headers:
            self.request.headers.setdefault(key, value)

    def auth(self, scheme: AuthScheme | None, credentials: dict[str, str]) -> None:
        if scheme is None:
            if not self.endpoint.auth:  # no auth: no credential may leak into the request
                sent = {k.lower() for k in self.request.headers}
                self.request.absent_headers = [
                    h for h in auth_header_names(self.api) if h.lower() not in sent
                ]
            return
        headers, query = auth_expectation(scheme, credentials)
        self.request.headers.update(headers)
        self.request.query.extend(query)

    # -- body -----------------------------------------------------------------------------
    def body(self) -> None:
        body = self.endpoint.body
        if body is None:
            return
        candidates = (self.recorded.body, self.endpoint.call.body, *body.samples)
        if body.mode in ("json", "graphql"):
            sample = first_sample(*candidates, json=True)
            if sample is None and not body.required:
                return
            self.setup.append(("sent", literal(sample.json_value if sample else {})))
            self.keywords.append(("body", "sent"))
            self.request.body = "json_body=sent"
            # The collection's JSON type (application/json-patch+json, ...) is the API's.
            declared = body.content_type or ""
            self.request.headers["Content-Type"] = (
                declared if "json" in declared else "application/json"
            )
        elif body.mode in ("text", "xml"):
            sample = first_sample(*candidates, json=False)
            if sample is None and not body.required:
                return
            text = literal(sample.text if sample else "")
            self.keywords.append(("content", text))
            self.request.body = f"content={text}.encode()"
            self._declared_content_type()
        elif body.mode == "binary":
            self.keywords.append(("content", repr(BINARY_CONTENT)))
            self.request.body = f"content={BINARY_CONTENT!r}"
            self._declared_content_type()
        elif body.mode == "urlencoded":
            self._form()
        else:
            self._multipart()

    def _declared_content_type(self) -> None:
        """A raw body means nothing without its type: the collection's must be sent."""
        assert self.endpoint.body is not None
        if self.endpoint.body.content_type:
            self.request.headers["Content-Type"] = self.endpoint.body.content_type

    def _form(self) -> None:
        assert self.endpoint.body is not None
        pairs: list[tuple[str, str]] = []
        for f in self.endpoint.body.form_fields:
            if f.required or f.example is not None:
                value = f.example or ""
                self.keywords.append((f.python_name, literal(value)))
                pairs.append((f.name, value))
        self.request.body = f"form={literal(pairs)}"
        if pairs:
            self.request.headers["Content-Type"] = "application/x-www-form-urlencoded"

    def _multipart(self) -> None:
        assert self.endpoint.body is not None
        parts: list[tuple[str, str | None, str]] = []
        for f in self.endpoint.body.form_fields:
            if f.is_file:
                filename = f"{f.python_name}.txt"
                upload = (filename, FILE_CONTENT.encode(), "text/plain")
                self.keywords.append((f.python_name, repr(upload)))
                parts.append((f.name, filename, FILE_CONTENT))
            elif f.required or f.example is not None:
                self.keywords.append((f.python_name, literal(f.example or "")))
                parts.append((f.name, None, f.example or ""))
        # No part at all: httpx sends no body (and no multipart content type).
        self.request.body = f"multipart={literal(parts)}" if parts else None

    def finish(self) -> PlannedCall:
        chain = ".".join(["client", *self.endpoint.resource, self.endpoint.function])
        arguments = self.positional + [f"{k}={v}" for k, v in self.keywords]
        return PlannedCall(f"{chain}({', '.join(arguments)})", self.setup, self.request)


def plan_call(api: Api, endpoint: Endpoint, recorded: ExampleRequest) -> PlannedCall:
    """The call with ``recorded``'s values and the request it must send."""
    credentials = fake_credentials(api)
    scheme = auth_scheme(api, endpoint)
    auth_keys = {scheme.param_name} if scheme and scheme.location == "query" else set()
    builder = _CallBuilder(api, endpoint, recorded)
    builder.path()
    builder.query(auth_keys)
    builder.headers()
    builder.body()
    builder.auth(scheme, credentials)
    return builder.finish()
