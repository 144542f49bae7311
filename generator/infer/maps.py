"""Objects whose keys are data, not field names: they become ``dict[str, T]``.

``{"0200000000000000": {...}, "0200000000000001": {...}}`` is a lookup table;
making a class with a field per id would be wrong on the next response. An
object is a map when

- every key looks like data: an integer, a hex id (8+ hex digits with a
  digit), a UUID, an ISO date or date-time, or text with ``/``, ``@`` or
  ``:`` (paths, URLs, e-mails, MIME types); or
- it has many keys (``MANY_KEYS`` or more) and every value is an object with
  the very same set of keys (records of one shape, keyed by name).
"""

from __future__ import annotations

import re

from generator.infer.shapes import Shape, merged, string_format

MANY_KEYS = 8

_MAYBE_DATA = re.compile(r"[\d/@:]")
_INTEGER = re.compile(r"-?\d+\Z")
_HEX_ID = re.compile(r"(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{8,}\Z")
_UUID_ANY_CASE = re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\Z")


def is_data_key(key: str) -> bool:
    if not _MAYBE_DATA.search(key):  # the common case, a plain field name: one cheap test
        return False
    if _INTEGER.match(key) or _HEX_ID.match(key) or _UUID_ANY_CASE.match(key):
        return True
    if any(c in key for c in "/@:"):
        return True
    return string_format(key) in ("date", "datetime")


def _uniform_records(shape: Shape) -> bool:
    if len(shape.fields) < MANY_KEYS:
        return False
    values = list(shape.fields.values())
    first = values[0].fields.keys()
    if not first:
        return False
    for value in values:
        # Every value an object (or null), all with the same keys.
        if value.objects != value.seen - value.nulls or value.fields.keys() != first:
            return False
    return True


def is_map(shape: Shape) -> bool:
    if not shape.fields:
        return False
    if all(is_data_key(key) for key in shape.fields):
        return True
    return _uniform_records(shape)


def map_values(shape: Shape) -> Shape:
    """One shape for all the map's values, so they get one type."""
    return merged(list(shape.fields.values()))
