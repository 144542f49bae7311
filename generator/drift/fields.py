"""Flatten a request or response body into fields keyed by wire path.

Two sources, one shape: with inference, the models reachable from the body's
``TypeRef`` (field wire names, types, required-ness, enums);
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
from generator.model.types import ModelDef, ModelField, TypeRef

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
    enum: tuple[str, ...] | None = None
    host: str | None = None  # the model declaring the field (typed bodies)
    label: str = ""  # "Device.tags[]" (typed) or "device.tags[]" (samples)
    python_path: FieldPath = ()  # attribute names along the path (typed bodies)


@dataclass(frozen=True)
class FieldSet:
    fields: dict[FieldPath, FieldInfo]
    typed: bool  # from inferred models (required-ness is meaningful)


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
    required: bool
    host: str | None = None
    host_path: FieldPath = ()
    python_path: FieldPath = ()
    open_models: frozenset[str] = frozenset()  # models on the way here: stops recursion

    def inner(self, segment: str, ref: TypeRef) -> _Place:
        """A list item or map value: still part of the same field of the same model."""
        return _Place(
            self.path + (segment,),
            ref,
            True,
            self.host,
            self.host_path + (segment,),
            self.python_path + (segment,),
            self.open_models,
        )

    def field(self, model: ModelDef, f: ModelField) -> _Place:
        return _Place(
            self.path + (f.name,),
            f.type,
            f.required,
            model.name,
            (f.name,),
            self.python_path + (f.python_name,),
            self.open_models | {model.name},
        )


def _children(place: _Place, models: dict[str, ModelDef]) -> list[_Place]:
    """The positions directly inside ``place``; for a union, of all its variants
    (a field declared by two variants: the first wins)."""
    out: dict[str, _Place] = {}
    for v in _variants(place.ref):
        if v.kind in ("list", "page", "dict") and v.args:
            segment = VALUE if v.kind == "dict" else ITEM
            out.setdefault(segment, place.inner(segment, v.args[0]))
        elif v.kind == "model" and v.name and v.name not in place.open_models:
            model = models.get(v.name)
            if model is not None and model.kind == "object":
                for f in model.fields:
                    out.setdefault(f.name, place.field(model, f))
    return list(out.values())


def typed_fields(root: TypeRef | None, models: dict[str, ModelDef]) -> dict[FieldPath, FieldInfo]:
    if root is None:
        return {}
    out: dict[FieldPath, FieldInfo] = {}
    stack = [_Place((), root, True)]
    while stack:
        place = stack.pop()
        label = join_label(place.path)
        if place.host:
            label = f"{place.host}.{join_label(place.host_path)}"
        out[place.path] = FieldInfo(
            kinds=_shallow(place.ref, models),
            display=place.ref.annotation(),
            required=place.required,
            enum=_enum_values(place.ref, models),
            host=place.host,
            label=label,
            python_path=place.python_path,
        )
        if len(place.path) < MAX_DEPTH:
            stack.extend(_children(place, models))
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


def sample_fields(values: list[Any], *, request: bool = False) -> dict[FieldPath, FieldInfo]:
    """Paths seen in the JSON samples; a key is required when every object seen at
    its parent has it, except in requests: as in inference (``infer/RULES.md``), a
    request sample shows one way to call, not what the server demands."""
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
        seen_always = path[-1:] == (ITEM,) or present.get(path, 0) >= objects.get(path[:-1], 0)
        required = not path or (not request and seen_always)
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
    values = [s.json_value for s in samples if s.is_json]
    return FieldSet(sample_fields(values, request=True), False)


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
