"""Escaping filters: the only way collection text reaches generated files.

Every string from a collection (names, descriptions, values, examples) is
rendered through one of these:

- ``literal``: a Python literal (``repr`` with unprintables escaped);
- ``docstring``: text inside a ``\"\"\"...\"\"\"`` docstring;
- ``comment``: one line, safe after ``#`` and inside a docstring;
- ``markdown``: README text (no raw HTML, no unprintables);
- ``toml_string``: a TOML basic string.

Each makes the text inert where it lands: it can never close the string it
sits in, become code, or break the file's encoding (lone surrogates, which JSON
allows, cannot be written as UTF-8 and are escaped like other unprintables).
"""

from __future__ import annotations

import json
from typing import Any

from generator.naming import Namespace, safe_identifier, screaming_snake_case
from generator.render.format import LINE_LENGTH

MAX_DOC_CHARS = 4000
MAX_MARKDOWN_CHARS = 4000


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def escape_unprintable(text: str) -> str:
    """Unprintable characters (controls, line separators, bidi overrides,
    surrogates, BOMs) as visible escapes; newlines and tabs kept."""
    if text.isprintable():
        return text
    return "".join(
        ch if ch == "\n" or ch == "\t" or ch.isprintable() else _escape_char(ch) for ch in text
    )


def _escaped_string(value: str) -> str:
    # repr escapes quotes, backslashes and non-printables (including surrogates),
    # so nothing in the value can end the literal or hide code from a reader.
    text = repr(value)
    return text if text.isprintable() else escape_unprintable(text)


# Nesting below this depth is written by plain recursion (fast); deeper values,
# which a hostile example body can hold, by the iterative walk (stack-safe).
_RECURSION_DEPTH = 60


class _TooDeep(Exception):
    pass


def literal(value: Any) -> str:
    """A Python literal for a str/int/float/bool/None/list/dict value."""
    try:
        return _literal_shallow(value, _RECURSION_DEPTH)
    except _TooDeep:
        return _literal_deep(value)


def _scalar_literal(item: Any) -> str:
    if isinstance(item, str):
        return _escaped_string(item)
    if item is None or isinstance(item, bool | int):
        return repr(item)
    if isinstance(item, float):
        finite = item == item and item not in (float("inf"), float("-inf"))
        return repr(item) if finite else "None"
    return _escaped_string(str(item))


def _literal_shallow(item: Any, depth: int) -> str:
    if isinstance(item, list | tuple):
        if not depth:
            raise _TooDeep
        return "[" + ", ".join([_literal_shallow(e, depth - 1) for e in item]) + "]"
    if isinstance(item, dict):
        if not depth:
            raise _TooDeep
        entries = [
            _escaped_string(str(k)) + ": " + _literal_shallow(e, depth - 1) for k, e in item.items()
        ]
        return "{" + ", ".join(entries) + "}"
    return _scalar_literal(item)


def _literal_deep(value: Any) -> str:
    """:func:`literal` without recursion, so a deeply nested example body
    cannot exhaust the stack."""
    out: list[str] = []
    # A stack of things still to write: values, or text already decided.
    stack: list[tuple[bool, Any]] = [(False, value)]
    while stack:
        is_text, item = stack.pop()
        if is_text:
            out.append(item)
        elif isinstance(item, list | tuple):
            parts: list[tuple[bool, Any]] = [(True, "[")]
            for index, element in enumerate(item):
                parts.extend([(True, ", ")] if index else [])
                parts.append((False, element))
            parts.append((True, "]"))
            stack.extend(reversed(parts))
        elif isinstance(item, dict):
            parts = [(True, "{")]
            for index, (key, element) in enumerate(item.items()):
                parts.extend([(True, ", ")] if index else [])
                parts.extend([(False, str(key)), (True, ": "), (False, element)])
            parts.append((True, "}"))
            stack.extend(reversed(parts))
        else:
            out.append(_scalar_literal(item))
    return "".join(out)


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Tabs after the docstring's space indentation would mix tabs and spaces.
    lines = [line.rstrip().expandtabs(4) for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + " ..."


def _docstring_safe(text: str) -> str:
    """Unprintables spelled as escapes, then every backslash doubled (so the
    docstring holds the escape as visible text, never a control character or a
    surrogate), ``\"\"\"`` broken up, and no quote left where the closing quotes go."""
    text = escape_unprintable(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if not text.endswith('"'):
        return text
    if (len(text) - 1 - len(text[:-1].rstrip("\\"))) % 2:
        # An escaped quote last: black puts a space before the closing quotes,
        # ruff's formatter does not. The same character as an escape both leave alone.
        return text[:-2] + "\\x22"
    return text + " "


def docstring(text: str | None, indent: int = 0, limit: int = MAX_DOC_CHARS) -> str:
    """Text safe inside a normal (not raw) triple-quoted docstring, re-indented."""
    text = _docstring_safe(_shorten(_normalise(text or ""), limit))
    pad = " " * indent
    return "\n".join((pad + line) if line else "" for line in text.split("\n")).lstrip(" ")


def whole_docstring(text: str | None, indent: int = 0, limit: int = MAX_DOC_CHARS) -> str:
    """:func:`docstring` for a docstring's whole text, closing quotes placed as black does.

    black puts the closing quotes of a docstring of several lines on a line of
    their own when the last line and the quotes would pass the line length;
    ruff's formatter, which formats the output, does not always (it leaves a
    last line that is too long by itself as it is). Our text never ends in a
    backslash (they are doubled), so black's exception for one does not apply.
    """
    text = docstring(text, indent, limit)
    if "\n" in text:
        last = text.rsplit("\n", 1)[1]
        if len(last) + 3 > LINE_LENGTH and indent + 3 <= LINE_LENGTH:
            return text + "\n" + " " * indent
    return text


def comment(text: str | None, limit: int = 200) -> str:
    """One line of text, safe after ``#`` and inside a docstring alike: templates
    put short names in both places, and one filter for both cannot be misused."""
    flat = " ".join(_normalise(text or "").split())
    return _docstring_safe(_shorten(flat, limit))


def markdown(text: str | None, limit: int = MAX_MARKDOWN_CHARS) -> str:
    """Text for the README: no raw HTML, no carriage returns or other
    unprintables (Markdown is not code, but a README should not carry markup
    or terminal escapes from a collection)."""
    text = _shorten((text or "").replace("\r\n", "\n").replace("\r", "\n"), limit)
    return escape_unprintable(text.replace("<", "&lt;").replace(">", "&gt;"))


def markdown_line(text: str | None, limit: int = 200) -> str:
    """Markdown text on one line (headings, list entries, inline code)."""
    return markdown(" ".join((text or "").split()), limit).replace("`", "'")


def toml_string(value: str) -> str:
    """A TOML basic string: quotes and backslashes escaped, unprintables as
    ``\\uXXXX``/``\\UXXXXXXXX`` (TOML has no surrogate pairs; a lone surrogate,
    which has no escape at all, becomes U+FFFD)."""
    out: list[str] = []
    for ch in value:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\\uFFFD")
        elif ch.isprintable():
            out.append(ch)
        else:
            out.append(f"\\u{code:04X}" if code < 0x10000 else f"\\U{code:08X}")
    return '"' + "".join(out) + '"'


def enum_members(values: list[Any]) -> list[tuple[str, str]]:
    """``(MEMBER_NAME, literal)`` for each enum value, names distinct: ``"a-b"`` and
    ``"a_b"`` both spell ``A_B``, and an Enum cannot have one name twice."""
    names = Namespace()
    return [
        (names.claim(safe_identifier(screaming_snake_case(str(v), "VALUE"))), literal(v))
        for v in values
    ]


def json_literal(text: str) -> str:
    """A JSON value rendered as a Python literal (for example bodies in tests)."""
    return literal(json.loads(text))
