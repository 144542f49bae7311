"""Two collections → the changes of the generated client's API.

Both collections go through the generator's own stages (load → build → infer,
with the target's overrides), so the comparison sees what users of the client
see: methods, parameters, body and response fields. Anything the model does
not carry is ignored by construction: ``_postman_id``, item ids, example dates
and ``Date`` headers, key order.

Endpoints are paired in two passes: same method, route (path with parameter
names blanked) and host first; then, among the rest, the same Python symbol
(a moved or re-methoded endpoint). What remains was removed or added.
"""

from __future__ import annotations

from pathlib import Path

from generator.config import Target
from generator.drift import symbols
from generator.drift.changes import Change, merged
from generator.drift.endpoints import EndpointDiff, Side, model_index, normalized_path
from generator.drift.fields import is_typed
from generator.model.api import Api, Endpoint, Resource

_Route = tuple[str, str, str]


def load_api(collection: Path, target: Target) -> Api:
    """The model the generator would render for ``collection`` under ``target``."""
    from generator.pipeline import build  # imports the formatters: only when needed

    return build(target.with_changes(collection=collection)).api


def empty_api(target: Target) -> Api:
    """The API of no collection (a first ``sync``): everything is an addition."""
    root = Resource(name="", python_name="", class_name="", module="")
    return Api(
        name="",
        package=target.package,
        client_class=target.client_class,
        env_prefix=target.env_prefix,
        root=root,
    )


def _route(endpoint: Endpoint) -> _Route:
    return (endpoint.method, normalized_path(endpoint.path), endpoint.base_url_variable or "")


def _symbol(endpoint: Endpoint) -> tuple[str, ...]:
    return (*endpoint.resource, endpoint.function)


def match_endpoints(
    old: Api, new: Api
) -> tuple[list[tuple[Endpoint, Endpoint]], list[Endpoint], list[Endpoint]]:
    """(pairs in NEW order, removed in OLD order, added in NEW order)."""
    by_route: dict[_Route, list[Endpoint]] = {}
    for e in old.endpoints:
        by_route.setdefault(_route(e), []).append(e)
    partner: dict[int, Endpoint] = {}  # id() of a NEW endpoint -> its OLD one
    taken: set[int] = set()
    for e in new.endpoints:
        candidates = by_route.get(_route(e), [])
        if candidates:
            found = candidates.pop(0)
            partner[id(e)] = found
            taken.add(id(found))
    by_symbol = {_symbol(e): e for e in old.endpoints if id(e) not in taken}
    for e in new.endpoints:
        if id(e) not in partner:
            found_by_symbol = by_symbol.pop(_symbol(e), None)
            if found_by_symbol is not None:
                partner[id(e)] = found_by_symbol
                taken.add(id(found_by_symbol))
    pairs = [(partner[id(e)], e) for e in new.endpoints if id(e) in partner]
    removed = [e for e in old.endpoints if id(e) not in taken]
    added = [e for e in new.endpoints if id(e) not in partner]
    return pairs, removed, added


def _resources(root: Resource) -> dict[tuple[str, ...], Resource]:
    found: dict[tuple[str, ...], Resource] = {}
    stack: list[tuple[tuple[str, ...], Resource]] = [((), root)]
    while stack:
        chain, resource = stack.pop()
        found[chain] = resource
        stack.extend(((*chain, c.python_name), c) for c in resource.children)
    return found


def _client_changes(old: Api, new: Api) -> list[Change]:
    out: list[Change] = []
    if old.base_url != new.base_url and old.endpoints:
        out.append(
            Change(
                "non-breaking",
                "base-url-changed",
                "",
                "client.base_url",
                "default base URL changed",
                old.base_url,
                new.base_url,
            )
        )
    if old.description.strip() != new.description.strip() and old.endpoints:
        out.append(
            Change("docs-only", "api-description-changed", "", "client", "API description changed")
        )
    old_resources = _resources(old.root)
    for chain, resource in _resources(new.root).items():
        before = old_resources.get(chain)
        if (
            chain
            and before is not None
            and before.description.strip() != resource.description.strip()
        ):
            out.append(
                Change(
                    "docs-only",
                    "resource-description-changed",
                    "",
                    symbols.chain(list(chain)),
                    f"`{resource.name}` description changed",
                )
            )
    return out


def diff_apis(old: Api, new: Api) -> list[Change]:
    """Every change from ``old`` to ``new``, in the order of the new API."""
    typed = is_typed(old) and is_typed(new)
    old_side = Side(old, model_index(old), typed)
    new_side = Side(new, model_index(new), typed)
    pairs, removed, added = match_endpoints(old, new)
    added_ids = {id(e) for e in added}
    pair_of = {id(a): b for b, a in pairs}
    changes = _client_changes(old, new)
    for e in new.endpoints:
        if id(e) in added_ids:
            changes.append(
                Change(
                    "non-breaking",
                    "endpoint-added",
                    e.id,
                    symbols.any_call(e),
                    "endpoint added",
                )
            )
        elif id(e) in pair_of:
            changes += EndpointDiff(old_side, new_side, pair_of[id(e)], e).run()
    for e in removed:
        changes.append(
            Change(
                "breaking",
                "endpoint-removed",
                e.id,
                symbols.any_call(e),
                "endpoint removed",
            )
        )
    return merged(changes)
