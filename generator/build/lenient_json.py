"""Parsing the JSON that people actually paste into Postman bodies.

Real bodies contain ``//`` and ``/* */`` comments, unquoted ``{{variables}}``
standing for numbers or objects, and trailing commas. We repair those in a
string-aware way and parse; anything else is not JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from generator.build.variables import VARIABLE
from generator.postman.jsontext import loads_without_lone_surrogates


def _strip_outside_strings(text: str, replace_var: Callable[[str], str]) -> str:
    out: list[str] = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        ch = text[i]
        if in_string:
            out.append(ch)
            if ch == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if ch == '"':
                in_string = False
            i += 1
            continue
        if ch == '"':
            in_string = True
            out.append(ch)
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end == -1 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end == -1 else end + 2
        elif text.startswith("{{", i):
            match = VARIABLE.match(text, i)
            if match is None:
                out.append(ch)
                i += 1
            else:
                out.append(replace_var(match.group(1)))
                i = match.end()
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _drop_trailing_commas(text: str) -> str:
    out: list[str] = []
    in_string = False
    escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "]}":
            # Remove a comma (and the blanks after it) just before a closing bracket.
            j = len(out) - 1
            while j >= 0 and out[j] in " \t\r\n":
                j -= 1
            if j >= 0 and out[j] == ",":
                del out[j]
        out.append(ch)
    return "".join(out)


def parse_lenient_json(text: str, variable_value: Callable[[str], str | None]) -> tuple[bool, Any]:
    """Parse ``text`` as JSON, repairing Postman habits. Returns ``(ok, value)``.

    An unquoted ``{{name}}`` becomes the variable's value when that is itself
    JSON (a number, true/false, an object), otherwise the string ``"{{name}}"``.
    """
    stripped = text.strip()
    if not stripped or stripped[0] not in '{["-0123456789tfn':
        return False, None
    try:
        return True, loads_without_lone_surrogates(stripped)
    except (ValueError, RecursionError):
        pass

    def replace_var(name: str) -> str:
        value = variable_value(name)
        if value is not None:
            try:
                json.loads(value)
                return value
            except (ValueError, RecursionError):
                pass
        return json.dumps("{{" + name + "}}")

    repaired = _drop_trailing_commas(_strip_outside_strings(stripped, replace_var))
    try:
        return True, loads_without_lone_surrogates(repaired)
    except (ValueError, RecursionError):
        return False, None
