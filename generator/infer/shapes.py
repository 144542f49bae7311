"""JSON samples -> shapes: what was seen at one position of a body, counted.

A ``Shape`` accumulates every value observed at one position (the root, a
field, the items of an array) over all samples of one slot. It keeps counts,
not values, so merging many samples costs one pass over them, and the merge
rules (required / nullable / int+float / string formats) become arithmetic on
the counts. Array items of one array are observed into a single item shape.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

# Cheap prefilters; the real check is ``fromisoformat`` (rejects month 13 etc.).
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?\Z"
)
# Lower case only: ``UUID`` dumps lower case, so upper-case ids would not round-trip.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


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
            # Python 3.11 reads 'Z' but not 9 fractional digits; pydantic reads both.
            datetime.fromisoformat(re.sub(r"(\.\d{6})\d+", r"\1", text))
        except ValueError:
            return "str"
        return "datetime"
    if n == 36 and _UUID.match(text):
        return "uuid"
    return "str"


class Shape:
    """Counts of what was observed at one position.

    ``seen`` counts every observation, nulls included; ``fields[k].seen`` is how
    many of the ``objects`` observations had key ``k``. ``items`` is ``None``
    until a non-empty array was seen. ``example`` is the first non-null value.
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
        self.formats: dict[str, int] = {}  # "datetime"/"date"/"uuid"/"str" -> count
        self.lists = 0
        self.items: Shape | None = None
        self.objects = 0
        self.fields: dict[str, Shape] = {}
        self.example: Any = None

    @property
    def has_value(self) -> bool:
        """Seen as something other than null."""
        return self.seen > self.nulls

    def observe(self, value: Any) -> None:
        """Add one JSON value (as ``json.loads`` returns it) to the counts."""
        self.seen += 1
        if value is None:
            self.nulls += 1
            return
        if self.example is None:
            self.example = value
        # bool before int: True is an int in Python, never in JSON.
        if isinstance(value, bool):
            self.bools += 1
        elif isinstance(value, int):
            self.ints += 1
        elif isinstance(value, float):
            self.floats += 1
        elif isinstance(value, str):
            self.strs += 1
            # Most strings cannot be a date or UUID: skip the full check for them.
            n = len(value)
            maybe = (value[4:5] == "-" and (n == 10 or 16 <= n <= 40)) or value[8:9] == "-"
            fmt = string_format(value) if maybe else "str"
            self.formats[fmt] = self.formats.get(fmt, 0) + 1
        elif isinstance(value, list):
            self.lists += 1
            if value:
                items = self.items
                if items is None:
                    items = self.items = Shape()
                for item in value:
                    items.observe(item)
        elif isinstance(value, dict):
            self.objects += 1
            fields = self.fields
            for key, item in value.items():
                child = fields.get(key)
                if child is None:
                    child = fields[key] = Shape()
                child.observe(item)
        else:  # not a JSON value; count it as text rather than fail
            self.strs += 1
            self.formats["str"] = self.formats.get("str", 0) + 1

    def absorb(self, other: Shape) -> None:
        """Add ``other``'s counts to this shape (deep; ``other`` is not changed)."""
        self.seen += other.seen
        self.nulls += other.nulls
        self.bools += other.bools
        self.ints += other.ints
        self.floats += other.floats
        self.strs += other.strs
        for fmt, count in other.formats.items():
            self.formats[fmt] = self.formats.get(fmt, 0) + count
        self.lists += other.lists
        if other.items is not None:
            if self.items is None:
                self.items = Shape()
            self.items.absorb(other.items)
        self.objects += other.objects
        for key, child in other.fields.items():
            mine = self.fields.get(key)
            if mine is None:
                mine = self.fields[key] = Shape()
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
