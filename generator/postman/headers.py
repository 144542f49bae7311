"""Headers: an array of ``{key, value}`` objects, or one ``"Key: value\\n"`` string
(v1 exports and some saved examples)."""

from __future__ import annotations

import re

from generator.postman.raw import RawHeader
from generator.postman.values import (
    Warnings,
    description,
    entries,
    is_disabled,
    kind,
    label,
    text,
)

# RFC 9110: a header name is a token; a value is visible characters (and any
# non-ASCII, sent as UTF-8) with spaces and tabs between them. A line break in a
# value would let it add headers of its own to the request; other control
# characters are refused by HTTP clients (httpx) and servers alike.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_BREAKS = re.compile(r"[\r\n\x00]")
_CONTROLS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
# Optional whitespace around a value is not part of it (RFC 9110, section 5.5).
_OWS = " \t"
_LINE_END = re.compile(r"\r\n|\r|\n")


def is_header_name(name: str) -> bool:
    return _TOKEN.fullmatch(name) is not None


def header_value(value: str) -> str:
    """A value as HTTP carries it: without the spaces and tabs around it."""
    return value.strip(_OWS)


def sendable_header_value(value: str) -> str | None:
    """``value`` trimmed as HTTP carries it, or None when no request can carry it
    (a line break or another control character): for values that collection
    variables filled in after loading, which ``parse_headers`` never saw."""
    value = header_value(value)
    return None if _CONTROLS.search(value) else value


def _unsendable(header: RawHeader) -> str | None:
    """Why a header cannot be sent as written, or None when it can."""
    if header.key and not is_header_name(header.key):
        return "its name is not a valid HTTP header name"
    if _BREAKS.search(header.value):
        return "its value contains a line break or NUL"
    if _CONTROLS.search(header.value):
        return "its value contains a control character"
    return None


def parse_header_lines(value: str) -> list[RawHeader]:
    """Postman's bulk-edit text: one ``Key: value`` per line, ``//`` disables a line.
    Only CR and LF end a line (not U+2028 and the like, which may be in a value)."""
    headers: list[RawHeader] = []
    for line in _LINE_END.split(value):
        line = line.strip(_OWS)
        if not line:
            continue
        disabled = line.startswith("//")
        if disabled:
            line = line[2:].lstrip(_OWS)
        key, sep, rest = line.partition(":")
        headers.append(
            RawHeader(key=key.strip(), value=header_value(rest) if sep else "", disabled=disabled)
        )
    return headers


def parse_headers(value: object, where: str, warnings: Warnings) -> list[RawHeader]:
    """Duplicate keys are kept, in order: some APIs need repeated headers."""
    if isinstance(value, str):
        lines = parse_header_lines(value)
        for header in lines:
            if (problem := _unsendable(header)) is not None:
                warnings.add(where, f"header {label(header.key)} skipped: {problem}")
        return [header for header in lines if _unsendable(header) is None]
    if value is not None and not isinstance(value, list):
        warnings.add(where, f"headers are {kind(value)}, not an array; ignored")
        return []
    headers: list[RawHeader] = []
    for at, entry in entries(value, where, "header", warnings):
        # Saved examples sometimes spell the key ``name``.
        key = entry.get("key", entry.get("name"))
        header = RawHeader(
            key=text(key).strip(),
            value=header_value(text(entry.get("value"))),
            description=description(entry.get("description")),
            disabled=is_disabled(entry),
        )
        problem = _unsendable(header)
        if problem is not None:
            warnings.add(at, f"header {label(header.key)} skipped: {problem}")
            continue
        headers.append(header)
    return headers
