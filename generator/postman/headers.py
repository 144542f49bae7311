"""Headers: an array of ``{key, value}`` objects, or one ``"Key: value\\n"`` string
(v1 exports and some saved examples)."""

from __future__ import annotations

from generator.postman.raw import RawHeader
from generator.postman.values import Warnings, description, entries, is_disabled, kind, text


def parse_header_lines(value: str) -> list[RawHeader]:
    """Postman's bulk-edit text: one ``Key: value`` per line, ``//`` disables a line."""
    headers: list[RawHeader] = []
    for line in value.splitlines():
        line = line.strip()
        if not line:
            continue
        disabled = line.startswith("//")
        if disabled:
            line = line[2:].lstrip()
        key, sep, rest = line.partition(":")
        headers.append(
            RawHeader(key=key.strip(), value=rest.strip() if sep else "", disabled=disabled)
        )
    return headers


def parse_headers(value: object, where: str, warnings: Warnings) -> list[RawHeader]:
    """Duplicate keys are kept, in order: some APIs need repeated headers."""
    if isinstance(value, str):
        return parse_header_lines(value)
    if value is not None and not isinstance(value, list):
        warnings.add(where, f"headers are {kind(value)}, not an array; ignored")
        return []
    headers: list[RawHeader] = []
    for _at, entry in entries(value, where, "header", warnings):
        # Saved examples sometimes spell the key ``name``.
        key = entry.get("key", entry.get("name"))
        headers.append(
            RawHeader(
                key=text(key),
                value=text(entry.get("value")),
                description=description(entry.get("description")),
                disabled=is_disabled(entry),
            )
        )
    return headers
