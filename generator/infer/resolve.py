"""Shapes -> ``TypeRef``s and ``ModelDef``s, once groups have names.

A *family* is every shape that describes one position: a model's field across
all its occurrences, the items of those fields' arrays, and so on. Its type is
the union of what was seen, after the merge rules (see RULES.md):

- int with float -> float; bool stays apart from int;
- strings -> ``datetime``/``date``/``uuid`` only when every string had that form;
- arrays -> ``list[item type]``; only-empty arrays -> ``list[Any]``;
- records -> their model; pages -> ``Page[item]``; maps -> ``dict[str, value]``;
  only ``{}`` -> ``dict[str, Any]``; only null -> ``Any``;
- null seen -> ``X | None``; anything else conflicting -> a union.

A model's field is required when every object of the model had it, else
optional (default ``None``, and its type admits ``None``); request-body fields
are always optional (only the overrides file makes them required). A type
containing ``Any`` is marked ``evidence="no-evidence"`` and says so.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.build.redact import PLACEHOLDER
from generator.build.variables import looks_secret
from generator.infer.names import Hint, field_python_names, preferred_hint
from generator.infer.shapes import Shape
from generator.infer.walk import PARENT, Walk
from generator.model.types import ModelDef, ModelField, TypeRef

EXAMPLE_LENGTH = 80
# What json.dumps(value, ensure_ascii=False, separators=(", ", ": ")) uses, made once.
_EXAMPLE_JSON = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
ANY = TypeRef(kind="any")
# Shared instances: TypeRef is frozen, and families are resolved by the thousand.
_SCALAR: dict[str, TypeRef] = {
    kind: TypeRef(kind=kind) for kind in ("bool", "int", "float", "str", "datetime", "date", "uuid")
}
_FORMAT_KINDS = frozenset({"datetime", "date", "uuid"})
_FORMAT_TEXT = {
    "datetime": "ISO 8601 date-time",
    "date": "ISO 8601 date",
    "uuid": "UUID",
}


@dataclass
class _Model:
    """A model being built: its member shapes and the count of ``{}`` it must accept."""

    name: str
    role: str
    members: list[Shape] = field(default_factory=list)
    hints: list[Hint] = field(default_factory=list)
    extra_empty: int = 0


def example_text(key: str, value: Any) -> str | None:
    """A short JSON rendering of one sample value; secrets never leave the sample."""
    if value is None:
        return None
    if looks_secret(key):
        return json.dumps(PLACEHOLDER)
    text = _EXAMPLE_JSON.encode(value)
    if len(text) > EXAMPLE_LENGTH:
        text = text[: EXAMPLE_LENGTH - 3] + "..."
    return text


class Resolver:
    """Types of families, with the names the groups were given."""

    def __init__(
        self, walk: Walk, group_of: list[int], names: list[str], hints: list[list[Hint]]
    ) -> None:
        self.walk = walk
        self.groups = [_Model(name, "", hints=h) for name, h in zip(names, hints, strict=True)]
        self.group_by_shape: dict[int, int] = {}
        self._model_refs: dict[int, TypeRef] = {}
        for index, occ in enumerate(walk.occurrences):
            g = group_of[index]
            self.group_by_shape[id(occ.shape)] = g
            self.groups[g].members.append(occ.shape)
            self.groups[g].role = occ.role

    # -- types ------------------------------------------------------------------
    def _model_ref(self, group: int) -> TypeRef:
        """One shared ``TypeRef`` per model (TypeRef is frozen)."""
        ref = self._model_refs.get(group)
        if ref is None:
            ref = self._model_refs[group] = TypeRef.model(self.groups[group].name)
        return ref

    def resolve(self, family: Sequence[Shape]) -> TypeRef:
        return self._resolve(family)[0]

    def _resolve(self, family: Sequence[Shape]) -> tuple[TypeRef, int, int]:
        """The family's type, and how many values it saw: in all, and null."""
        seen = bools = numbers = floats = strs = lists = objects = nulls = 0
        for shape in family:  # one pass: families can hold thousands of shapes
            seen += shape.seen
            bools += shape.bools
            numbers += shape.ints + shape.floats
            floats += shape.floats
            strs += shape.strs
            lists += shape.lists
            objects += shape.objects
            nulls += shape.nulls
        variants: list[TypeRef] = []
        if bools:
            variants.append(_SCALAR["bool"])
        if numbers:
            variants.append(_SCALAR["float" if floats else "int"])
        if strs:
            variants.append(self._string(family))
        if lists:
            items = [s.items for s in family if s.items is not None]
            variants.append(TypeRef.list_of(self.resolve(items) if items else ANY))
        if objects:
            variants.extend(self._objects(family))
        if not variants:  # only null (or nothing): no evidence
            return ANY, seen, nulls
        ref = variants[0] if len(variants) == 1 else TypeRef.union_of(*variants)
        return (ref.optional() if nulls else ref), seen, nulls

    @staticmethod
    def _string(family: Sequence[Shape]) -> TypeRef:
        formats: set[str] = set()
        for shape in family:
            if shape.strs:  # only strings have formats
                formats.update(shape.formats)
                if len(formats) > 1:
                    break  # mixed: "str" whatever else comes
        only = formats.pop() if len(formats) == 1 else "str"
        return _SCALAR[only] if only in _FORMAT_KINDS else _SCALAR["str"]

    def _objects(self, family: Sequence[Shape]) -> list[TypeRef]:
        records: list[int] = []  # groups, in order
        pages: list[Shape] = []
        any_page = False
        maps: list[Shape] = []
        empty = 0
        for shape in family:
            if not shape.objects:
                continue
            form = self.walk.forms[id(shape)]
            if form == "record":
                group = self.group_by_shape[id(shape)]
                if group not in records:
                    records.append(group)
            elif form == "page":
                any_page = True
                inner = self.walk.inner.get(id(shape))  # None: every page was empty
                if inner is not None:
                    pages.append(inner)
            elif form == "map":
                maps.append(self.walk.inner[id(shape)])
            else:
                empty += shape.objects
        out = [self._model_ref(g) for g in records]
        if any_page:
            out.append(TypeRef.page_of(self.resolve(pages) if pages else ANY))
        if maps:
            out.append(TypeRef.dict_of(self.resolve(maps)))
        if empty and records:
            # `{}` next to a record is that record with nothing set: its fields get optional.
            self.groups[records[0]].extra_empty += empty
        elif empty and not maps:
            out.append(TypeRef.dict_of(ANY))
        return out

    # -- models -----------------------------------------------------------------
    def models(self) -> list[ModelDef]:
        """One ``ModelDef`` per group. Call after resolving the slots' roots: a ``{}``
        seen anywhere may still make a model's fields optional."""
        families = [self._families(group) for group in self.groups]
        # All resolved before any model is made: resolving may add to a model's
        # count of ``{}`` (``extra_empty``), and so change which fields are required.
        resolved = [[(k, f, *self._resolve(f)) for k, f in fam.items()] for fam in families]
        return [self._model(g, fields) for g, fields in zip(self.groups, resolved, strict=True)]

    @staticmethod
    def _families(group: _Model) -> dict[str, list[Shape]]:
        out: dict[str, list[Shape]] = {}
        for member in group.members:
            for key, child in member.fields.items():
                family = out.get(key)
                if family is None:
                    out[key] = [child]
                else:
                    family.append(child)
        return out

    def _model(
        self, group: _Model, fields: list[tuple[str, list[Shape], TypeRef, int, int]]
    ) -> ModelDef:
        total = sum(m.objects for m in group.members) + group.extra_empty
        python_names = field_python_names([key for key, *_ in fields])
        out: list[ModelField] = []
        for (key, family, ref, present, nulls), py in zip(fields, python_names, strict=True):
            # A request sample shows one way to call, not what the server demands:
            # inputs stay optional unless the overrides file says otherwise.
            required = group.role != "request" and present == total
            kinds = kinds_in(ref)  # one walk of the type answers every question below
            out.append(
                ModelField(
                    name=key,
                    python_name=py,
                    type=ref if required else ref.optional(),
                    required=required,
                    description=field_description(
                        family, ref, present, total, group.role, kinds, present > nulls
                    ),
                    example=None if kinds & _MODEL_KINDS else _first_example(key, family),
                    evidence="no-evidence" if "any" in kinds else "sampled",
                )
            )
        return ModelDef(
            name=group.name,
            description=self._description(group),
            fields=out,
            is_error=group.role == "error",
        )

    def _description(self, group: _Model) -> str:
        first = preferred_hint(group.hints)
        parent = self.groups[first.parent].name if first.parent is not None else "?"
        text = first.where.replace(PARENT, parent)
        places = len(group.hints) - 1
        if places:
            text += f" Seen in {places} more place{'s' if places > 1 else ''}."
        return text


def kinds_in(ref: TypeRef) -> set[str]:
    """The kinds of ``ref`` and of every type inside it."""
    if not ref.args:  # a scalar or a model: nothing inside
        return {ref.kind}
    return {t.kind for t in ref.walk()}


_MODEL_KINDS = frozenset({"model", "page"})


def _first_example(key: str, family: Sequence[Shape]) -> str | None:
    for shape in family:
        if shape.example is not None:
            return example_text(key, shape.example)
    return None


def _no_evidence_text(family: Sequence[Shape]) -> str:
    seen = []
    if any(s.nulls for s in family):
        seen.append("null")
    if any(s.lists and s.items is None for s in family):
        seen.append("[]")
    if any(s.objects and not s.fields for s in family):
        seen.append("{}")
    shown = " or ".join(f"`{s}`" for s in seen) or "no values"
    return f"No evidence: the examples only show {shown} here, so it is typed loosely."


def field_description(
    family: Sequence[Shape],
    ref: TypeRef,
    present: int,
    total: int,
    role: str,
    kinds: set[str] | None = None,
    has_value: bool | None = None,
) -> str:
    """``kinds`` (``kinds_in(ref)``) and ``has_value`` (a value in the family was not
    null), when the caller has them."""
    if kinds is None:
        kinds = kinds_in(ref)
    parts: list[str] = []
    if "any" in kinds:
        parts.append(_no_evidence_text(family))
    for kind, text in _FORMAT_TEXT.items():
        if kind in kinds:
            parts.append(f"{text}.")
    if role != "request" and present < total:
        parts.append(f"Missing from some examples ({present} of {total} have it).")
    if has_value is None:
        has_value = any(s.has_value for s in family)
    if ref.is_nullable and has_value:
        parts.append("Null in some examples.")
    return " ".join(parts)
