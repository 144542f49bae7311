"""Text to a JSON value, with one-line errors that give line and column.

Nesting deeper than the interpreter's recursion limit (about 1,000 levels of
``{``/``[``, i.e. ~500 folders) makes ``json.loads`` raise RecursionError; that
is reported as "nested too deep" rather than raising the limit, which could
overflow the C stack instead. Control characters inside strings are accepted
(``strict=False``): hand-edited collections contain literal tabs.
"""

from __future__ import annotations

import json

from generator.diagnostics import GeneratorError


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
            "the JSON is nested too deep to read (over about 900 levels of objects and "
            "arrays); folders can be nested at most 200 levels",
            source=source,
        ) from None
    except json.JSONDecodeError as problem:
        raise GeneratorError(
            _reason(problem, text),
            source=source,
            where=f"line {problem.lineno}, column {problem.colno}",
        ) from None
