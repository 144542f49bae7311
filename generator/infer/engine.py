"""``infer_types``: samples -> typed bodies and named models, overrides applied.

Steps: gather each slot's samples into a shape (``slots``), walk the shapes to
find records, pages and maps (``walk``), group identical and near-identical
records into models (``dedupe``), name them (``names``), turn shapes into
types (``resolve``), apply the overrides file (``overrides``), then keep only
the models something uses, sorted by name.
"""

from __future__ import annotations

from generator.diagnostics import Diagnostic
from generator.infer.dedupe import cluster
from generator.infer.names import assign_names
from generator.infer.overrides import Overrides, apply_type_overrides
from generator.infer.resolve import ANY, Resolver
from generator.infer.slots import Slot, slots
from generator.infer.usage import model_users, response_for
from generator.infer.walk import Walk
from generator.model.api import Api, Resource
from generator.model.types import ModelDef, TypeRef
from generator.naming import RUNTIME_NAMES, Namespace
from generator.postman.load import _gc_paused


def infer_types(api: Api, overrides: Overrides | None = None) -> tuple[Api, list[Diagnostic]]:
    """Fill ``body.type``, ``response.type``/``is_error`` and ``api.models``.

    ``api`` is changed in place (copying thousands of endpoints would cost more
    than inference itself) and returned for convenience.
    """
    # Shapes are many small acyclic objects: collections would rescan the whole Api.
    # They all die when _infer returns, before the collector runs again.
    with _gc_paused():
        api.models = _infer(api, reserved_names(api, overrides))
    for endpoint in api.endpoints:
        for response in endpoint.responses:
            is_error = response.status >= 400
            if response.is_error != is_error:  # assigning a pydantic field is not free
                response.is_error = is_error
        body = endpoint.body
        if body is not None and body.mode == "json" and body.type is None:
            body.type = ANY  # a JSON body without a usable sample
    diagnostics = apply_type_overrides(api, overrides) if overrides else []
    api.models = _used_models(api)
    return api, diagnostics


def _infer(api: Api, reserved: set[str]) -> list[ModelDef]:
    """Type every slot of ``api`` (in place) and return the models."""
    found = list(slots(api.endpoints))
    walk = Walk()
    for slot in found:
        walk.slot(slot)
    group_of = cluster(walk.occurrences)
    hints = walk.hints(group_of)
    names = assign_names(hints, Namespace(reserved))
    resolver = Resolver(walk, group_of, names, hints)
    for slot in found:
        _set_type(slot, resolver.resolve([slot.shape]))
    return resolver.models()


def reserved_names(api: Api, overrides: Overrides | None) -> set[str]:
    """Names models must not take: the runtime's, the client's, and the names the
    overrides file gives (so a rename or an enum never collides with inference)."""
    taken = set(RUNTIME_NAMES) | {api.client_class, f"Async{api.client_class}"}
    stack: list[Resource] = [api.root]
    while stack:
        resource = stack.pop()
        taken.update({f"{resource.class_name}Resource", f"Async{resource.class_name}Resource"})
        stack.extend(resource.children)
    if overrides is not None:
        taken.update(overrides.declared_names())
    return taken


def _set_type(slot: Slot, ref: TypeRef) -> None:
    if slot.status is None:
        assert slot.endpoint.body is not None
        slot.endpoint.body.type = ref
    else:
        response_for(slot.endpoint, slot.status).type = ref


def _used_models(api: Api) -> list[ModelDef]:
    """The models some endpoint uses, each with those endpoints, sorted by name."""
    users = model_users(api)
    used = [m for m in api.models if m.name in users]
    for model in used:
        model.used_by = users[model.name]
    return sorted(used, key=lambda m: m.name)
