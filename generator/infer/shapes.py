"""JSON samples -> shapes: what was seen at one position of a body, counted.

A ``Shape`` accumulates every value observed at one position (the root, a
field, the items of an array) over all samples of one slot. It keeps counts,
not values, so merging many samples costs one pass over them, and the merge
rules (required / nullable / int+float / string formats) become arithmetic on
the counts. Array items of one array are observed into a single item shape.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

# Cheap prefilters; the real check is ``fromisoformat`` (rejects month 13 etc.).
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?\Z"
)
# Lower case only: ``UUID`` dumps lower case, so upper-case ids would not round-trip.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


# Python 3.11 reads 'Z' but not 9 fractional digits; pydantic reads both.
_LONG_FRACTION = re.compile(r"(\.\d{6})\d+")


@functools.lru_cache(maxsize=32768)  # timestamps and dates recur across examples
def string_format(text: str) -> str:
    """``datetime``, ``date``, ``uuid`` or ``str``: the most specific form of ``text``."""
    n = len(text)
    if n == 10 and _DATE.match(text):
        try:
            date.fromisoformat(text)
        except ValueError:
            return "str"
        return "date"
    if 16 <= n <= 40 and text[4:5] == "-" and _DATETIME.match(text):
        try:
            if "." in text:
                text = _LONG_FRACTION.sub(_microseconds, text)
            datetime.fromisoformat(text)
        except ValueError:
            return "str"
        return "datetime"
    if n == 36 and _UUID.match(text):
        return "uuid"
    return "str"


# Shared empty (and read-only) fields: most shapes are leaves that never see an
# object; a dict of their own each would cost memory by the hundred thousand.
# Writers replace it with a dict on first use.
_NO_FIELDS: Mapping[str, Shape] = MappingProxyType({})
_NO_FORMATS: frozenset[str] = frozenset()


@functools.cache
def _formats_union(formats: frozenset[str], more: frozenset[str]) -> frozenset[str]:
    """Shared sets of string forms: there are only 15, whatever the number of shapes."""
    return formats | more


@functools.cache
def _formats_with(formats: frozenset[str], form: str) -> frozenset[str]:
    return _formats_union(formats, frozenset((form,)))


def _microseconds(match: re.Match[str]) -> str:
    return match.group(1)


class Shape:
    """Counts of what was observed at one position.

    ``seen`` counts every observation, nulls included; ``fields[k].seen`` is how
    many of the ``objects`` observations had key ``k``. ``items`` is ``None``
    until a non-empty array was seen. ``example`` is the first non-null value.
    ``formats`` are the forms the strings had ("datetime", "date", "uuid", "str").
    """

    __slots__ = (
        "seen",
        "nulls",
        "bools",
        "ints",
        "floats",
        "strs",
        "formats",
        "lists",
        "items",
        "objects",
        "fields",
        "example",
    )

    def __init__(self) -> None:
        self.seen = 0
        self.nulls = 0
        self.bools = 0
        self.ints = 0
        self.floats = 0
        self.strs = 0
        self.formats: frozenset[str] = _NO_FORMATS
        self.lists = 0
        self.items: Shape | None = None
        self.objects = 0
        self.fields: Mapping[str, Shape] = _NO_FIELDS
        self.example: Any = None

    @property
    def has_value(self) -> bool:
        """Seen as something other than null."""
        return self.seen > self.nulls

    def _own_fields(self) -> dict[str, Shape]:
        if self.fields is _NO_FIELDS:
            self.fields = {}
        return self.fields  # type: ignore[return-value]

    def observe(self, value: Any) -> None:
        """Add one JSON value (as ``json.loads`` returns it) to the counts."""
        self.seen += 1
        if value is None:
            self.nulls += 1
            return
        if self.example is None:
            self.example = value
        # Exact types first (what json.loads returns), most common first;
        # anything else takes the general path.
        kind = type(value)
        if kind is str:
            self._observe_str(value)
        elif kind is dict:
            self._observe_dict(value)
        elif kind is int:
            self.ints += 1
        elif kind is list:
            self._observe_list(value)
        elif kind is bool:
            self.bools += 1
        elif kind is float:
            self.floats += 1
        else:
            self._observe_other(value)

    def _observe_str(self, value: str) -> None:
        self.strs += 1
        # Most strings cannot be a date or UUID: skip the full check for them.
        n = len(value)
        maybe = (value[4:5] == "-" and (n == 10 or 16 <= n <= 40)) or value[8:9] == "-"
        form = string_format(value) if maybe else "str"
        if form not in self.formats:
            self.formats = _formats_with(self.formats, form)

    def _observe_list(self, value: list[Any]) -> None:
        self.lists += 1
        if value:
            items = self.items
            if items is None:
                items = self.items = Shape()
            for item in value:
                items.observe(item)

    def _observe_dict(self, value: dict[Any, Any]) -> None:
        self.objects += 1
        if not value:
            return
        fields = self._own_fields()
        for key, item in value.items():
            child = fields.get(key)
            if child is None:
                child = fields[key] = Shape()
            child.observe(item)

    def _observe_other(self, value: Any) -> None:
        # bool before int: True is an int in Python, never in JSON.
        if isinstance(value, bool):
            self.bools += 1
        elif isinstance(value, int):
            self.ints += 1
        elif isinstance(value, float):
            self.floats += 1
        elif isinstance(value, str):
            self._observe_str(value)
        elif isinstance(value, list):
            self._observe_list(value)
        elif isinstance(value, dict):
            self._observe_dict(value)
        else:  # not a JSON value; count it as text rather than fail
            self.strs += 1
            if "str" not in self.formats:
                self.formats = _formats_with(self.formats, "str")

    def absorb(self, other: Shape) -> None:
        """Add ``other``'s counts to this shape (deep; ``other`` is not changed)."""
        self.seen += other.seen
        self.nulls += other.nulls
        self.bools += other.bools
        self.ints += other.ints
        self.floats += other.floats
        self.strs += other.strs
        if other.formats:
            self.formats = _formats_union(self.formats, other.formats)
        self.lists += other.lists
        if other.items is not None:
            if self.items is None:
                self.items = Shape()
            self.items.absorb(other.items)
        self.objects += other.objects
        if other.fields:
            fields = self._own_fields()
            for key, child in other.fields.items():
                mine = fields.get(key)
                if mine is None:
                    mine = fields[key] = Shape()
                mine.absorb(child)
        if self.example is None:
            self.example = other.example


def shape_of(values: list[Any]) -> Shape:
    """One shape for several samples of the same position."""
    shape = Shape()
    for value in values:
        shape.observe(value)
    return shape


def merged(shapes: list[Shape]) -> Shape:
    """A new shape holding the counts of all ``shapes``."""
    out = Shape()
    for shape in shapes:
        out.absorb(shape)
    return out


BOOL, NUMBER, TEXT, ARRAY, OBJECT = 1, 2, 4, 8, 16


def kind_mask(shape: Shape) -> int:
    """The kinds a shape was seen as, as bits, ignoring null and the int/float and
    string-format distinctions: what two shapes must share to describe one thing."""
    return (
        (BOOL if shape.bools else 0)
        | (NUMBER if shape.ints or shape.floats else 0)
        | (TEXT if shape.strs else 0)
        | (ARRAY if shape.lists else 0)
        | (OBJECT if shape.objects else 0)
    )
