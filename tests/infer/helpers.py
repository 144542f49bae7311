"""Small hand-built APIs for inference tests: endpoints with JSON samples."""

from __future__ import annotations

import json
from typing import Any

from generator.infer import infer_types
from generator.model.api import (
    Api,
    Body,
    Endpoint,
    Example,
    ExampleRequest,
    Resource,
    Response,
    Sample,
)
from generator.model.types import ModelDef, ModelField

NO_BODY = object()


def sample(value: Any, source: str = "request") -> Sample:
    return Sample(source=source, text=json.dumps(value), json_value=value, is_json=True)


def endpoint(
    method: str,
    path: str,
    name: str = "",
    *,
    body: Any = NO_BODY,
    responses: list[tuple[int, Any]] | None = None,
    original_bodies: list[Any] | None = None,
) -> Endpoint:
    """An endpoint with a JSON request body sample (``body``) and one example per
    ``(status, response body)``; ``original_bodies`` are the examples' request bodies."""
    examples = []
    for index, (status, value) in enumerate(responses or []):
        request = ExampleRequest()
        if original_bodies is not None and index < len(original_bodies):
            request = ExampleRequest(
                body=sample(original_bodies[index], f"original-request:{index}")
            )
        examples.append(
            Example(name=f"example {index}", status=status, body=sample(value, f"example:{index}"))
        )
        examples[-1].request = request
    samples = [] if body is NO_BODY else [sample(body)]
    has_body = body is not NO_BODY or original_bodies is not None
    return Endpoint(
        id=f"{method} {path}",
        name=name,
        function=name.replace(" ", "_").lower() or "call",
        method=method,
        path=path,
        body=Body(mode="json", samples=samples) if has_body else None,
        responses=[Response(status=s) for s in sorted({s for s, _ in responses or []})],
        examples=examples,
    )


def api_of(*endpoints: Endpoint, client_class: str = "Client") -> Api:
    root = Resource(name="", python_name="", class_name="", module="")
    return Api(
        name="test",
        package="test_api",
        client_class=client_class,
        env_prefix="TEST",
        root=root,
        endpoints=list(endpoints),
    )


def infer(*endpoints: Endpoint) -> Api:
    api, diagnostics = infer_types(api_of(*endpoints))
    assert diagnostics == []
    return api


def responses_of(
    values: list[Any], path: str = "/things/{thing_id}", name: str = "Get thing"
) -> Api:
    """One GET endpoint whose 200 examples are ``values``."""
    return infer(endpoint("GET", path, name, responses=[(200, v) for v in values]))


def field(model: ModelDef, wire: str) -> ModelField:
    for item in model.fields:
        if item.name == wire:
            return item
    raise KeyError(wire)


def annotation(model: ModelDef, wire: str) -> str:
    return field(model, wire).type.annotation()


def response_annotation(api: Api, endpoint_id: str, status: int = 200) -> str:
    for response in api.endpoint(endpoint_id).responses:
        if response.status == status:
            assert response.type is not None
            return response.type.annotation()
    raise KeyError(status)
