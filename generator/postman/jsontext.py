"""Text to a JSON value, with one-line errors that give line and column.

Nesting deeper than the interpreter's recursion limit (1,000 levels of
``{``/``[`` by default, i.e. ~500 folders) makes ``json.loads`` raise RecursionError; that
is reported as "nested too deep" rather than raising the limit, which could
overflow the C stack instead. Control characters inside strings are accepted
(``strict=False``): hand-edited collections contain literal tabs.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from generator.diagnostics import GeneratorError
from generator.postman.limits import MAX_FOLDER_DEPTH


def _truncated(problem: json.JSONDecodeError, text: str) -> bool:
    # An unterminated string always runs to the end of the text.
    return problem.pos >= len(text.rstrip()) or problem.msg.startswith("Unterminated string")


def _reason(problem: json.JSONDecodeError, text: str) -> str:
    if problem.msg == "Extra data":
        return "unexpected text after the end of the JSON document (two documents, or garbage?)"
    if _truncated(problem, text):
        return f"the JSON ends unexpectedly ({problem.msg}); is the file truncated?"
    return f"invalid JSON: {problem.msg}"


# A \\uD800-\\uDFFF escape: the only way text read from UTF-8 can hold a surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _replace_lone_surrogates(doc: object) -> object:
    """``json.loads`` joins escaped surrogate pairs; any surrogate left is lone and
    cannot be written as UTF-8 (files, HTTP, pydantic all fail): make it U+FFFD."""

    def fix(value: object) -> object:
        return _SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value

    stack: list[object] = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            pairs = list(node.items())
            node.clear()  # rebuilt in place: keys may change, order must not
            node.update((fix(key), fix(value)) for key, value in pairs)
            stack.extend(v for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            node[:] = [fix(value) for value in node]
            stack.extend(v for v in node if isinstance(v, dict | list))
    return fix(doc)


def loads_without_lone_surrogates(text: str, *, strict: bool = True) -> Any:
    """``json.loads``, with lone surrogates (``"\\ud800"``) replaced by U+FFFD."""
    # Without keyword arguments json.loads reuses its decoder instead of making one.
    doc = json.loads(text) if strict else json.loads(text, strict=False)
    escaped = "\\" in text and _SURROGATE_ESCAPE.search(text)  # one-letter search first: cheaper
    return _replace_lone_surrogates(doc) if escaped else doc


def parse_json(text: str, source: str) -> object:
    try:
        return loads_without_lone_surrogates(text, strict=False)
    except RecursionError:
        raise GeneratorError(
            "the JSON is nested too deep to read (deeper than Python's limit of "
            f"{sys.getrecursionlimit()} levels); folders can be nested at most "
            f"{MAX_FOLDER_DEPTH} levels",
            source=source,
        ) from None
    except json.JSONDecodeError as problem:
        raise GeneratorError(
            _reason(problem, text),
            source=source,
            where=f"line {problem.lineno}, column {problem.colno}",
        ) from None
