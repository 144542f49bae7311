"""Flatten a request or response body into fields keyed by wire path.

Two sources, one shape: with inference, the models reachable from the body's
``TypeRef`` (field wire names, types, required-ness, descriptions, enums);
without it, the JSON keys seen in the samples. A path is a tuple of wire names,
with ``"[]"`` for list (and page) items and ``"{}"`` for map values, so two
collections can be compared by path whatever the models are called: inference
renames models (``DataFlow2``) when unrelated samples change, and that must not
look like a change of the API.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from generator.model.api import Api, Body, Endpoint
from generator.model.types import ModelDef, TypeRef

FieldPath = tuple[str, ...]
ITEM = "[]"
VALUE = "{}"
# Deep enough for real payloads; bounds the work on recursive models and samples.
MAX_DEPTH = 8


@dataclass(frozen=True)
class FieldInfo:
    """What is known about one position of a body.

    ``kinds`` is the shallow type used for comparison (``{"str", "none"}``,
    ``{"object"}``, ``{"list"}``); nested positions carry their own entries, so a
    change deep inside is reported once, where it happens."""

    kinds: frozenset[str]
    display: str  # the annotation shown to people: "list[Device] | None"
    required: bool = True
    description: str = ""
    enum: tuple[str, ...] | None = None
    host: str | None = None  # the model declaring the field (typed bodies)
    label: str = ""  # "Device.tags[]" (typed) or "device.tags[]" (samples)
    python_path: FieldPath = ()  # attribute names along the path (typed bodies)


@dataclass(frozen=True)
class FieldSet:
    fields: dict[FieldPath, FieldInfo]
    typed: bool  # from inferred models (required-ness and descriptions are meaningful)


def is_typed(api: Api) -> bool:
    """Whether inference ran: any body or response got a type."""
    return any(
        (e.body is not None and e.body.type is not None) or any(r.type for r in e.responses)
        for e in api.endpoints
    )


def join_label(segments: Iterable[str]) -> str:
    text = ""
    for segment in segments:
        text += segment if segment in (ITEM, VALUE) else (f".{segment}" if text else segment)
    return text


# -- typed: walk the models ------------------------------------------------------


def _variants(ref: TypeRef) -> tuple[TypeRef, ...]:
    return ref.args if ref.kind == "union" else (ref,)


def _shallow(ref: TypeRef, models: dict[str, ModelDef]) -> frozenset[str]:
    kinds = set()
    for v in _variants(ref):
        if v.kind == "model":
            model = models.get(v.name or "")
            kinds.add("enum" if model is not None and model.kind == "enum" else "object")
        else:
            kinds.add(v.kind)
    return frozenset(kinds)


def _enum_values(ref: TypeRef, models: dict[str, ModelDef]) -> tuple[str, ...] | None:
    values: list[str] = []
    found = False
    for v in _variants(ref):
        model = models.get(v.name or "") if v.kind == "model" else None
        if model is not None and model.kind == "enum":
            found = True
            values.extend(x for x in model.enum_values if x not in values)
    return tuple(sorted(values)) if found else None


@dataclass(frozen=True)
class _Place:
    path: FieldPath
    ref: TypeRef
    host: str | None
    host_path: FieldPath
    python_path: FieldPath
    open_models: frozenset[str]  # models on the way here: stops recursive types


def _children(place: _Place, models: dict[str, ModelDef]) -> list[tuple[_Place, bool, str]]:
    """(child place, required, description) for each position directly inside."""
    out: list[tuple[_Place, bool, str]] = []
    seen: set[str] = set()

    def add(
        segment: str,
        ref: TypeRef,
        host: str | None,
        host_path: FieldPath,
        python: str,
        opened: frozenset[str],
        required: bool,
        description: str,
    ) -> None:
        if segment in seen:  # union variants declaring the same field: first wins
            return
        seen.add(segment)
        child = _Place(
            place.path + (segment,), ref, host, host_path, place.python_path + (python,), opened
        )
        out.append((child, required, description))

    for v in _variants(place.ref):
        if v.kind in ("list", "page") and v.args:
            add(
                ITEM,
                v.args[0],
                place.host,
                place.host_path + (ITEM,),
                ITEM,
                place.open_models,
                True,
                "",
            )
        elif v.kind == "dict" and v.args:
            add(
                VALUE,
                v.args[0],
                place.host,
                place.host_path + (VALUE,),
                VALUE,
                place.open_models,
                True,
                "",
            )
        elif v.kind == "model" and v.name and v.name not in place.open_models:
            model = models.get(v.name)
            if model is None or model.kind != "object":
                continue
            opened = place.open_models | {v.name}
            for f in model.fields:
                add(
                    f.name,
                    f.type,
                    model.name,
                    (f.name,),
                    f.python_name,
                    opened,
                    f.required,
                    f.description,
                )
    return out


def typed_fields(root: TypeRef | None, models: dict[str, ModelDef]) -> dict[FieldPath, FieldInfo]:
    if root is None:
        return {}
    out: dict[FieldPath, FieldInfo] = {
        (): FieldInfo(_shallow(root, models), root.annotation(), enum=_enum_values(root, models))
    }
    stack = [_Place((), root, None, (), (), frozenset())]
    while stack:
        place = stack.pop()
        if len(place.path) >= MAX_DEPTH:
            continue
        for child, required, description in _children(place, models):
            out[child.path] = FieldInfo(
                kinds=_shallow(child.ref, models),
                display=child.ref.annotation(),
                required=required,
                description=description,
                enum=_enum_values(child.ref, models),
                host=child.host,
                label=(
                    f"{child.host}.{join_label(child.host_path)}"
                    if child.host
                    else join_label(child.path)
                ),
                python_path=child.python_path,
            )
            stack.append(child)
    return out


# -- untyped: the JSON keys of the samples ----------------------------------------


def _json_kind(value: Any) -> str | None:
    if value is None:
        return None  # null says nothing about the type: ignored
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"  # 1 vs 1.5 in two examples is not a type change
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "object"
    return "unknown"


def sample_fields(values: list[Any]) -> dict[FieldPath, FieldInfo]:
    """Paths seen in the JSON samples; a key is required when every object seen at
    its parent has it."""
    kinds: dict[FieldPath, set[str]] = {}
    present: dict[FieldPath, int] = {}
    objects: dict[FieldPath, int] = {}
    stack: list[tuple[FieldPath, Any]] = [((), v) for v in values]
    while stack:
        path, value = stack.pop()
        kind = _json_kind(value)
        bucket = kinds.setdefault(path, set())
        if kind is not None:
            bucket.add(kind)
        if len(path) >= MAX_DEPTH:
            continue
        if isinstance(value, dict):
            objects[path] = objects.get(path, 0) + 1
            for key, item in value.items():
                child = path + (str(key),)
                present[child] = present.get(child, 0) + 1
                stack.append((child, item))
        elif isinstance(value, list):
            stack.extend((path + (ITEM,), item) for item in value)
    out: dict[FieldPath, FieldInfo] = {}
    for path, found in kinds.items():
        required = not path or path[-1] == ITEM or present.get(path, 0) >= objects.get(path[:-1], 0)
        out[path] = FieldInfo(
            frozenset(found),
            " | ".join(sorted(found)) or "null",
            required=required,
            label=join_label(path),
            python_path=path,
        )
    return out


# -- one endpoint's request and response ---------------------------------------------


def _form_fields(body: Body) -> dict[FieldPath, FieldInfo]:
    out: dict[FieldPath, FieldInfo] = {}
    for f in body.form_fields:
        kind = "file" if f.is_file else "str"
        out[(f.name,)] = FieldInfo(
            frozenset({kind}),
            kind,
            f.required,
            f.description,
            label=f.name,
            python_path=(f.python_name,),
        )
    return out


def request_fields(endpoint: Endpoint, models: dict[str, ModelDef], typed: bool) -> FieldSet:
    body = endpoint.body
    if body is None:
        return FieldSet({}, typed)
    if body.form_fields:
        return FieldSet(_form_fields(body), True)
    if typed:
        return FieldSet(typed_fields(body.type, models), True)
    samples = [*body.samples, *(x.request.body for x in endpoint.examples if x.request.body)]
    return FieldSet(sample_fields([s.json_value for s in samples if s.is_json]), False)


def response_fields(endpoint: Endpoint, models: dict[str, ModelDef], typed: bool) -> FieldSet:
    """The successful (2xx) responses together: what a call returns."""
    if typed:
        types = [
            r.type
            for r in endpoint.responses
            if r.type is not None and not r.is_error and 200 <= r.status < 300
        ]
        root = TypeRef.union_of(*types) if types else None
        return FieldSet(typed_fields(root, models), True)
    values = [
        x.body.json_value
        for x in endpoint.examples
        if 200 <= x.status < 300 and x.body is not None and x.body.is_json
    ]
    return FieldSet(sample_fields(values), False)
