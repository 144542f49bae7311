"""Escaping filters: the only way collection text reaches generated code.

Every string from a collection (names, descriptions, values, examples) is
rendered either as a Python literal (``literal``) or as docstring/comment text
(``docstring``, ``comment``). Both make the text inert: it can never close the
string it sits in, nor become code, nor break the file's encoding.
"""

from __future__ import annotations

import json
from typing import Any

MAX_DOC_CHARS = 4000


def _escape_unprintable(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if ch == "\n" or ch == "\t" or ch.isprintable():
            out.append(ch)
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        elif ord(ch) < 0x10000:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return "".join(out)


def literal(value: Any) -> str:
    """A Python literal for a str/int/float/bool/None/list/dict value."""
    if isinstance(value, str):
        text = repr(value)
        # repr keeps printable non-ASCII; escape what a source file must not hold raw.
        return _escape_unprintable(text) if not text.isprintable() else text
    if value is None or isinstance(value, bool | int):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if value == value and value not in (float("inf"), float("-inf")) else "None"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    return literal(str(value))


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def docstring(text: str | None, indent: int = 0, limit: int = MAX_DOC_CHARS) -> str:
    """Text safe inside a normal triple-quoted docstring, re-indented.

    Backslashes are doubled (so nothing is an escape), quotes cannot close the
    string, unprintable characters are written as escapes.
    """
    text = _normalise(text or "")
    if len(text) > limit:
        text = text[:limit].rstrip() + " ..."
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    text = _escape_unprintable(text)
    if text.endswith('"'):
        text += " "
    pad = " " * indent
    return "\n".join((pad + line) if line else "" for line in text.split("\n")).lstrip(" ")


def comment(text: str | None, limit: int = 200) -> str:
    """One line of text safe after ``#``."""
    flat = " ".join(_normalise(text or "").split())
    return _escape_unprintable(flat[:limit])


def json_literal(text: str) -> str:
    """A JSON value rendered as a Python literal (for example bodies in tests)."""
    return literal(json.loads(text))
