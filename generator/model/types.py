"""Types of the generated code: type expressions and named models.

A ``TypeRef`` is a small tree (``list`` of ``model Device``, ``union`` of ...)
that inference produces and the renderer turns into an annotation with
``annotation()``. Deciding the Python spelling here keeps templates dumb.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

TypeKind = Literal[
    "any",  # no evidence (seen only as null / [] / {}): typed loosely, on purpose
    "none",
    "bool",
    "int",
    "float",
    "str",
    "datetime",
    "date",
    "uuid",
    "list",  # args[0] is the item type
    "dict",  # args[0] is the value type (keys are str)
    "model",  # name is a ModelDef (object or enum)
    "page",  # a Spring page of args[0]
    "union",  # args are the variants; a "none" variant makes it optional
]

_SCALARS: dict[str, str] = {
    "any": "Any",
    "none": "None",
    "bool": "bool",
    "int": "int",
    "float": "float",
    "str": "str",
    "datetime": "datetime",
    "date": "date",
    "uuid": "UUID",
}


class TypeRef(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: TypeKind
    args: tuple[TypeRef, ...] = ()
    name: str | None = None

    # -- constructors -------------------------------------------------------------
    @classmethod
    def scalar(cls, kind: TypeKind) -> TypeRef:
        return cls(kind=kind)

    @classmethod
    def list_of(cls, item: TypeRef) -> TypeRef:
        return cls(kind="list", args=(item,))

    @classmethod
    def dict_of(cls, value: TypeRef) -> TypeRef:
        return cls(kind="dict", args=(value,))

    @classmethod
    def model(cls, name: str) -> TypeRef:
        return cls(kind="model", name=name)

    @classmethod
    def page_of(cls, item: TypeRef) -> TypeRef:
        return cls(kind="page", args=(item,))

    @classmethod
    def union_of(cls, *variants: TypeRef) -> TypeRef:
        flat: list[TypeRef] = []
        for v in variants:
            for part in v.args if v.kind == "union" else (v,):
                if part not in flat:
                    flat.append(part)
        if any(p.kind == "any" for p in flat):
            return cls(kind="any")
        if len(flat) == 1:
            return flat[0]
        # None last, so annotations read "X | None".
        flat.sort(key=lambda p: p.kind == "none")
        return cls(kind="union", args=tuple(flat))

    def optional(self) -> TypeRef:
        if self.kind not in ("union", "none", "any"):
            # What union_of gives here, without its search: inference asks this a lot.
            return TypeRef(kind="union", args=(self, _NONE))
        return TypeRef.union_of(self, _NONE)

    # -- queries ------------------------------------------------------------------
    @property
    def is_nullable(self) -> bool:
        return self.kind == "none" or (
            self.kind == "union" and any(a.kind == "none" for a in self.args)
        )

    def walk(self) -> list[TypeRef]:
        """This type and every type inside it, depth first."""
        out = [self]
        for a in self.args:
            out.extend(a.walk())
        return out

    def model_names(self) -> set[str]:
        """The names of the models in this type (``{t.name for t in self.walk()
        if t.kind == "model" and t.name}``, without building the walk)."""
        names = {self.name} if self.kind == "model" and self.name else set()
        for arg in self.args:
            names |= arg.model_names()
        return names

    def annotation(self) -> str:
        """The Python annotation: ``list[Device] | None``, ``Page[Tag]``, ``dict[str, Any]``."""
        if self.kind in _SCALARS:
            return _SCALARS[self.kind]
        if self.kind == "list":
            return f"list[{self.args[0].annotation()}]"
        if self.kind == "dict":
            return f"dict[str, {self.args[0].annotation()}]"
        if self.kind == "page":
            return f"Page[{self.args[0].annotation()}]"
        if self.kind == "model":
            assert self.name
            return self.name
        return " | ".join(a.annotation() for a in self.args)


class ModelField(BaseModel):
    name: str  # the wire name, kept through an alias
    python_name: str
    type: TypeRef
    required: bool = True
    description: str = ""
    example: str | None = None  # a short JSON rendering of one sample value
    evidence: Literal["sampled", "no-evidence", "override"] = "sampled"


class ModelDef(BaseModel):
    """A named model: a pydantic class (``kind="object"``) or an enum."""

    name: str
    kind: Literal["object", "enum"] = "object"
    description: str = ""
    fields: list[ModelField] = Field(default_factory=list)
    enum_values: list[str] = Field(default_factory=list)
    is_error: bool = False
    used_by: list[str] = Field(default_factory=list)  # endpoint ids, for docs


TypeRef.model_rebuild()
_NONE = TypeRef(kind="none")  # shared: TypeRef is frozen
