"""Which models the endpoints use, and where responses live.

Overrides can replace a response type or leave an enum unused, so which models
are needed is decided at the end, by reachability from the endpoints' types.
"""

from __future__ import annotations

from generator.model.api import Api, Endpoint, Response
from generator.model.types import ModelDef


def response_for(endpoint: Endpoint, status: int) -> Response:
    """The endpoint's response for ``status``, added (in status order) when missing."""
    for response in endpoint.responses:
        if response.status == status:
            return response
    response = Response(status=status, is_error=status >= 400)
    endpoint.responses.append(response)
    endpoint.responses.sort(key=lambda r: r.status)
    return response


def model_users(api: Api) -> dict[str, list[str]]:
    """Each model an endpoint reaches (through its body or response types, and
    the fields of the models those name), with the ids of those endpoints, sorted."""
    refers = {model.name: _referred(model) for model in api.models}
    users: dict[str, list[str]] = {}
    for endpoint in api.endpoints:
        roots = [r.type for r in endpoint.responses if r.type is not None]
        if endpoint.body is not None and endpoint.body.type is not None:
            roots.append(endpoint.body.type)
        stack = [name for ref in roots for name in ref.model_names()]
        seen: set[str] = set()
        while stack:
            name = stack.pop()
            if name in seen or name not in refers:
                continue
            seen.add(name)
            stack.extend(refers[name])
        for name in seen:
            users.setdefault(name, []).append(endpoint.id)
    return {name: sorted(set(ids)) for name, ids in users.items()}


def _referred(model: ModelDef) -> set[str]:
    """The models the fields of ``model`` name."""
    names: set[str] = set()
    for f in model.fields:
        if f.type.kind == "model" or f.type.args:  # scalars name none: skip the walk
            names |= f.type.model_names()
    return names
