"""The small type language of the overrides file, read into ``TypeRef``s.

    type  := atom ("|" atom)*
    atom  := NAME | NAME "[" type ("," type)* "]"

Scalars: ``str int float bool None Any datetime date UUID`` (``uuid`` too);
generics: ``list[T]``, ``dict[str, T]``, ``Page[T]``; any other name is a
model or enum (checked when the overrides are applied, since models come
from inference). Examples: ``"datetime"``, ``"list[Tag]"``,
``"dict[str, Any]"``, ``"str | None"``, ``"OutputConnectorType"``.
"""

from __future__ import annotations

import functools
import re

from generator.model.types import TypeKind, TypeRef

_TOKEN = re.compile(r"\s*(?:([A-Za-z_][A-Za-z0-9_]*)|(\S))")
_SCALARS: dict[str, TypeKind] = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "None": "none",
    "Any": "any",
    "datetime": "datetime",
    "date": "date",
    "UUID": "uuid",
    "uuid": "uuid",
}
_GENERIC_ARITY = {"list": 1, "dict": 2, "Page": 1}
# Python spellings that mean something we do not model: say what to write instead.
_INSTEAD = {
    "object": "Any",
    "Optional": "X | None",
    "Union": "X | Y",
    "List": "list[X]",
    "Dict": "dict[str, X]",
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
}


class TypeSyntaxError(ValueError):
    pass


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens: list[str] = []
        pos = 0
        while pos < len(text):
            match = _TOKEN.match(text, pos)
            if match is None:  # only trailing blanks are left
                break
            self.tokens.append(match.group(1) or match.group(2))
            pos = match.end()
        self.pos = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        token = self.peek()
        if token is None:
            raise TypeSyntaxError(f"expected {repr(expected) if expected else 'a type'} at the end")
        if expected is not None and token != expected:
            raise TypeSyntaxError(f"expected {expected!r}, found {token!r}")
        self.pos += 1
        return token

    def union(self) -> TypeRef:
        variants = [self.atom()]
        while self.peek() == "|":
            self.take("|")
            variants.append(self.atom())
        return TypeRef.union_of(*variants)

    def atom(self) -> TypeRef:
        name = self.take()
        if not (name[0].isalpha() or name[0] == "_"):
            raise TypeSyntaxError(f"expected a type name, found {name!r}")
        if name in _INSTEAD:
            raise TypeSyntaxError(f"{name!r} is not supported: write {_INSTEAD[name]!r}")
        if self.peek() != "[":
            if name in _GENERIC_ARITY:
                raise TypeSyntaxError(f"{name} needs its item type: {name}[...]")
            kind = _SCALARS.get(name)
            return TypeRef(kind=kind) if kind else TypeRef.model(name)
        if name not in _GENERIC_ARITY:
            raise TypeSyntaxError(f"{name!r} takes no type arguments")
        self.take("[")
        args = [self.union()]
        while self.peek() == ",":
            self.take(",")
            args.append(self.union())
        self.take("]")
        if len(args) != _GENERIC_ARITY[name]:
            raise TypeSyntaxError(f"{name} takes {_GENERIC_ARITY[name]} type argument(s)")
        if name == "list":
            return TypeRef.list_of(args[0])
        if name == "Page":
            return TypeRef.page_of(args[0])
        if args[0].kind != "str":
            raise TypeSyntaxError("dict keys are always str: write dict[str, X]")
        return TypeRef.dict_of(args[1])


@functools.lru_cache(maxsize=1024)  # an overrides file spells the same types many times
def parse_type(text: str) -> TypeRef:
    """``"list[Tag] | None"`` -> the ``TypeRef``; ``TypeSyntaxError`` says what is wrong."""
    parser = _Parser(text)
    if not parser.tokens:
        raise TypeSyntaxError("empty type")
    ref = parser.union()
    if parser.peek() is not None:
        raise TypeSyntaxError(f"unexpected {parser.peek()!r}")
    return ref
