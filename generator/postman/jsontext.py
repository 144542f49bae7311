"""Text to a JSON value, with one-line errors that give line and column.

Nesting deeper than the interpreter's recursion limit (1,000 levels of
``{``/``[`` by default, i.e. ~500 folders) makes ``json.loads`` raise RecursionError; that
is reported as "nested too deep" rather than raising the limit, which could
overflow the C stack instead. Control characters inside strings are accepted
(``strict=False``): hand-edited collections contain literal tabs.
"""

from __future__ import annotations

import json
import sys

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


def parse_json(text: str, source: str) -> object:
    try:
        return json.loads(text, strict=False)
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
