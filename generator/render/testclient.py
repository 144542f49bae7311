"""The client-level generated tests: auth modes, pagination and retries.

Each needs one endpoint to call; these functions pick it and plan the call
(``testcalls``). When the API has nothing of the kind (no auth, no paginated
list) the view carries the reason, and the test is skipped with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.model.api import Api, AuthScheme, Endpoint, ExampleRequest
from generator.render.filters import literal
from generator.render.testcalls import (
    PlannedCall,
    auth_expectation,
    auth_header_names,
    auth_scheme,
    plan_call,
)
from generator.render.views import method_view


@dataclass
class ProbeView:
    """One endpoint call for a client-level test, or the reason there is none."""

    call: str = ""
    setup: list[tuple[str, str]] = field(default_factory=list)
    skip: str | None = None


def _probe(planned: PlannedCall) -> ProbeView:
    return ProbeView(planned.expression, planned.setup)


def _recorded(endpoint: Endpoint) -> ExampleRequest:
    """The values to call with: the first saved example's, else the request's own."""
    return endpoint.examples[0].request if endpoint.examples else endpoint.call


@dataclass
class AuthView:
    probe: ProbeView
    env: dict[str, str] = field(default_factory=dict)  # variable -> value the test sets
    no_credentials: dict[str, None] = field(default_factory=dict)  # client kwargs
    headers: dict[str, str] = field(default_factory=dict)  # sent with the env credentials
    query: list[tuple[str, str]] = field(default_factory=list)
    absent_headers: list[str] = field(default_factory=list)  # for an API without auth


def _env_names(api: Api) -> dict[str, str]:
    # Imported here: plan.py imports this package's entry point at its top.
    from generator.render.plan import client_view

    return {c.name: c.env for c in client_view(api).credentials}


def auth_view(api: Api) -> AuthView:
    env_names = _env_names(api)
    env_values = {name: f"env-{name.replace('_', '-')}" for name in env_names}
    with_scheme: list[tuple[Endpoint, AuthScheme]] = []
    for endpoint in api.endpoints:
        scheme = auth_scheme(api, endpoint)
        if scheme is not None:
            with_scheme.append((endpoint, scheme))
    view = AuthView(
        ProbeView(),
        env={env_names[name]: value for name, value in env_values.items()},
        no_credentials={name: None for name in env_names},
    )
    if with_scheme:
        endpoint, scheme = with_scheme[0]
        view.probe = _probe(plan_call(api, endpoint, _recorded(endpoint)))
        view.headers, view.query = auth_expectation(scheme, env_values)
        return view
    view.absent_headers = auth_header_names(api) or ["Authorization"]
    without = [e for e in api.endpoints if not e.auth]
    if not without:
        view.probe.skip = (
            "no endpoint authenticates in a way the client applies itself"
            if api.endpoints
            else "the collection has no requests"
        )
        return view
    view.probe = _probe(plan_call(api, without[0], _recorded(without[0])))
    return view


@dataclass
class PaginationView:
    probe: ProbeView
    first: str = "{}"  # Python literals of the two pages served
    second: str = "{}"
    first_page_param: str | None = None  # the ``page`` value of the first request


def pagination_view(api: Api) -> PaginationView:
    for endpoint in api.endpoints:
        if not method_view(endpoint).uses_page:
            continue
        for example in endpoint.examples:
            value = example.body.json_value if example.body is not None else None
            if 200 <= example.status < 300 and isinstance(value, dict) and value.get("content"):
                first = {**value, "number": 0, "first": True, "last": False, "totalPages": 2}
                second = {**value, "number": 1, "first": False, "last": True, "totalPages": 2}
                page = next((v for k, v in example.request.query if k == "page"), None)
                return PaginationView(
                    _probe(plan_call(api, endpoint, example.request)),
                    literal(first),
                    literal(second),
                    page,
                )
    return PaginationView(
        ProbeView(skip="no paginated list endpoint has a saved example page with items")
    )


def retries_view(api: Api) -> ProbeView:
    """A call to retry: a GET if there is one (any method is retried after a 503)."""
    if not api.endpoints:
        return ProbeView(skip="the collection has no requests")
    endpoint = next((e for e in api.endpoints if e.method == "GET"), api.endpoints[0])
    return _probe(plan_call(api, endpoint, _recorded(endpoint)))
