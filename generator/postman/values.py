"""Small helpers shared by the parsers: coercing loosely typed JSON values to the
raw model's strings, collecting warnings, and the "skip this item" signal.

Real exports put booleans, numbers, objects and nulls where the schema says
string; these helpers turn any of them into text instead of failing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping

from generator.diagnostics import Diagnostic

# A label in a message never needs more than this; names can be 100,000 characters.
_MAX_LABEL = 60


class Unusable(Exception):
    """An item cannot be turned into a request; the walk skips it with a warning."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Warnings:
    """Collects the warnings of one parse, in the order they were found."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(Diagnostic("warning", where, message))


def text(value: object) -> str:
    """Any JSON value as text: strings as written, null as "", booleans and
    numbers in their JSON spelling (``true``, ``1.5``), objects and arrays as JSON."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    try:
        return json.dumps(value, ensure_ascii=False)
    except (RecursionError, ValueError, TypeError):
        # Only reachable for absurdly nested values; the text is not worth a crash.
        return ""


def optional_text(value: object) -> str | None:
    """Like ``text`` but keeps null as None (a query param ``?flag`` has no value)."""
    return None if value is None else text(value)


def description(value: object) -> str:
    """A description is a string, a ``{content, type}`` object or null."""
    if isinstance(value, dict):
        return text(value.get("content"))
    return text(value)


def flag(value: object) -> bool:
    """A boolean that some exports write as a string."""
    if isinstance(value, str):
        return value.strip().lower() == "true"
    return value is True


def is_disabled(entry: Mapping[str, object]) -> bool:
    """``disabled: true`` (v2) or ``enabled: false`` (v1 and some old v2 exports)."""
    if flag(entry.get("disabled")):
        return True
    enabled = entry.get("enabled")
    return enabled is False or (isinstance(enabled, str) and enabled.strip().lower() == "false")


def kind(value: object) -> str:
    """The JSON type of a value, for messages ("a number", "an array")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def label(name: str) -> str:
    """A name quoted for a message, shortened so that huge names stay readable."""
    flat = " ".join(name.split())
    if len(flat) > _MAX_LABEL:
        flat = flat[: _MAX_LABEL - 1] + "…"
    return f"'{flat}'"


def entries(
    value: object, where: str, what: str, warnings: Warnings
) -> Iterator[tuple[str, Mapping[str, object]]]:
    """The objects of a JSON array, with their locations; null is an empty array,
    anything else that is not an object is skipped with a warning."""
    if value is None:
        return
    if not isinstance(value, list):
        warnings.add(where, f"{what} is {kind(value)}, not an array; ignored")
        return
    for index, entry in enumerate(value):
        at = f"{where}[{index}]"
        if isinstance(entry, dict):
            yield at, entry
        else:
            warnings.add(at, f"{what} entry is {kind(entry)}, not an object; skipped")
