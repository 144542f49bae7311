"""One generated test per saved example (or per endpoint without examples).

A case serves the example's response, makes the call with the example's
request values (``testcalls``), asserts that request, and then asserts the
result: the body parsed into the method's return type and equal to the sample,
the documented error class with the parsed error body, or ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.mock import served_headers
from generator.model.api import Api, Endpoint, Example
from generator.naming import Namespace, snake_case
from generator.render.filters import literal
from generator.render.testcalls import ExpectedRequest, plan_call
from generator.render.views import MethodView, method_view

# Statuses whose responses carry no body (HTTP says so; clients ignore one).
_NO_BODY_STATUSES = frozenset({204, 205, 304})
# The error class the client raises per status: the contract of _exceptions.py.
_ERROR_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
_TYPE_NAMES = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def error_class(status: int) -> str:
    if status >= 500:
        return "InternalServerError"
    return _ERROR_CLASSES.get(status, "APIStatusError")


@dataclass
class Reply:
    status: int
    headers: list[tuple[str, str]]
    body: str | None  # a ``FakeApi.serve`` keyword argument: "json_body=body", "text=text"


@dataclass
class Case:
    name: str
    doc: str  # collection text: the template escapes it
    endpoint_id: str
    example: str | None  # the saved example's name; None: the endpoint's own request
    call: str
    setup: list[tuple[str, str]]
    request: ExpectedRequest
    reply: Reply | None
    raises: str | None = None  # "akenza.NotFoundError"
    uses_result: bool = False
    checks: list[str] = field(default_factory=list)
    type_names: set[str] = field(default_factory=set)  # names the checks use
    skip: str | None = None


def _served_headers(example: Example, json_type: str | None) -> list[tuple[str, str]]:
    headers = served_headers(example)
    if json_type is not None:
        # A JSON sample is served as JSON even when the example forgot its header.
        headers = [(k, v) for k, v in headers if k.lower() != "content-type"]
        headers.insert(0, ("Content-Type", json_type))
    return headers


def _reply(example: Example, as_text: bool) -> tuple[Reply, list[tuple[str, str]], str]:
    """The reply to serve, the locals it needs, and its body kind (json/text/empty).
    ``as_text``: the method returns the body as text, so the test compares text."""
    sample = example.body
    status = example.status
    if status in _NO_BODY_STATUSES or sample is None or not sample.text.strip():
        return Reply(status, _served_headers(example, None), None), [], "empty"
    if sample.is_json and sample.json_value is not None and not as_text:
        declared = example.content_type or ""
        headers = _served_headers(example, declared if "json" in declared else "application/json")
        return (
            Reply(status, headers, "json_body=body"),
            [("body", literal(sample.json_value))],
            "json",
        )
    reply = Reply(status, _served_headers(example, None), "text=text")
    return reply, [("text", literal(sample.text))], "text"


def _names(annotation: str) -> set[str]:
    return set(_TYPE_NAMES.findall(annotation))


def _error_checks(case: Case, example: Example, view: MethodView, kind: str, package: str) -> None:
    case.raises = f"{package}.{error_class(example.status)}"
    case.checks.append(f"assert raised.value.status_code == {example.status}")
    models = dict(view.errors)
    sample = example.body
    value = sample.json_value if sample is not None else None
    if kind == "json" and example.status in models and isinstance(value, dict | list):
        case.checks.append(f"assert_parses(raised.value.body, body, {models[example.status]})")
        case.type_names |= _names(models[example.status])
    elif kind == "json":
        case.checks.append("assert_same(raised.value.body, body)")
    elif kind == "text":
        case.checks.append("assert raised.value.body == text")
    else:
        case.checks.append("assert not raised.value.body")


def _typed_like_result(endpoint: Endpoint, status: int) -> bool:
    """Whether ``status``'s response has the type the method returns: that of the
    first 2xx response (see ``views.method_view``), or no type of its own."""
    successes = [r for r in endpoint.responses if 200 <= r.status < 300]
    own = next((r.type for r in successes if r.status == status), None)
    return own is None or not successes or own == successes[0].type


def _success_checks(case: Case, example: Example, view: MethodView, kind: str) -> None:
    case.uses_result = True
    if view.returns == "None":
        case.checks.append("assert result is None")
    elif kind == "empty":
        # No body: nothing to parse; a text method still returns the (empty) text.
        empty = '== ""' if view.returns == "str" else "is None"
        case.checks.append(f"assert page_of(result) {empty}")
    elif kind == "text":
        case.checks.append("assert page_of(result) == text")
    elif view.returns == "Any":
        case.checks.append("assert_same(result, body)")
    elif not _typed_like_result(view.endpoint, example.status):
        # Another 2xx with another type (a 201 string beside a 200 list): the method
        # validates against its return type and returns the data as received.
        case.checks.append("assert_same(page_of(result), body)")
    else:
        annotation = f"Page[{view.cast_to}]" if view.uses_page else view.returns
        case.checks.append(f"assert_parses(result, body, {annotation})")
        case.type_names |= _names(annotation)


def example_case(api: Api, endpoint: Endpoint, example: Example, name: str) -> Case:
    view = method_view(endpoint)
    planned = plan_call(api, endpoint, example.request)
    as_text = 200 <= example.status < 300 and view.returns == "str"
    reply, reply_setup, kind = _reply(example, as_text)
    case = Case(
        name=name,
        doc=f'Example "{example.name}": {endpoint.method} {endpoint.path} '
        f"answers {example.status}.",
        endpoint_id=endpoint.id,
        example=example.name,
        call=planned.expression,
        setup=planned.setup + reply_setup,
        request=planned.request,
        reply=reply,
    )
    if example.status < 200:
        case.skip = f"status {example.status} is informational, not a final response to serve"
    elif example.status < 300:
        _success_checks(case, example, view, kind)
    else:
        _error_checks(case, example, view, kind, api.package)
    return case


def request_case(api: Api, endpoint: Endpoint, name: str) -> Case:
    """No saved example: the endpoint's own request values, and any answer."""
    planned = plan_call(api, endpoint, endpoint.call)
    return Case(
        name=name,
        doc=f"{endpoint.method} {endpoint.path} sends the request's own values.",
        endpoint_id=endpoint.id,
        example=None,
        call=planned.expression,
        setup=planned.setup,
        request=planned.request,
        reply=Reply(204, [], None),
    )


def endpoint_cases(api: Api, endpoint: Endpoint, names: Namespace) -> list[Case]:
    stem = "_".join(["test", *endpoint.resource, endpoint.function])
    if not endpoint.examples:
        return [request_case(api, endpoint, names.claim(f"{stem}__request"))]
    return [
        example_case(
            api,
            endpoint,
            example,
            names.claim(f"{stem}__{example.status}_{snake_case(example.name, 'example')[:40]}"),
        )
        for example in endpoint.examples
    ]
