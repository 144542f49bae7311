"""Rewriting the generated package's ``version`` in the config file, minimally.

Only the one ``version = "..."`` line of the ``[tool.postman-codegen]`` table
changes (comments and layout stay); ``[project].version`` of the generator
itself is never touched. The result is parsed again to prove it says what was
meant before anything is written.
"""

from __future__ import annotations

import re
import tomllib

from generator.diagnostics import GeneratorError

_SECTION = re.compile(r'^\s*\[\s*tool\s*\.\s*(?:"postman-codegen"|postman-codegen)\s*\]\s*(#.*)?$')
_ANY_TABLE = re.compile(r"^\s*\[")
_VERSION = re.compile(r"""^(?P<head>\s*version\s*=\s*)(?P<value>"[^"]*"|'[^']*')(?P<tail>.*)$""")


def _region(lines: list[str], in_tool_table: bool) -> tuple[int, int]:
    """[start, end) of the lines holding the generator's keys."""
    if not in_tool_table:  # a standalone config: keys before the first table
        end = next((i for i, line in enumerate(lines) if _ANY_TABLE.match(line)), len(lines))
        return 0, end
    start = next((i + 1 for i, line in enumerate(lines) if _SECTION.match(line)), None)
    if start is None:
        raise GeneratorError("cannot find the [tool.postman-codegen] table to update")
    end = next((i for i in range(start, len(lines)) if _ANY_TABLE.match(lines[i])), len(lines))
    return start, end


def _read_version(text: str) -> tuple[bool, object]:
    data = tomllib.loads(text)
    table = data.get("tool", {}).get("postman-codegen")
    if isinstance(table, dict):
        return True, table.get("version")
    return False, data.get("version")


def with_version(text: str, version: str, where: str) -> str:
    """``text`` (the config file) with the generated package's version set."""
    try:
        in_tool_table, _old = _read_version(text)
    except tomllib.TOMLDecodeError as exc:
        raise GeneratorError(f"invalid TOML: {exc}", source=where) from None
    lines = text.splitlines(keepends=True)
    start, end = _region(lines, in_tool_table)
    new_line = f'version = "{version}"'
    for i in range(start, end):
        match = _VERSION.match(lines[i].rstrip("\r\n"))
        if match:
            ending = lines[i][len(lines[i].rstrip("\r\n")) :]
            lines[i] = f'{match["head"]}"{version}"{match["tail"]}{ending}'
            break
    else:
        newline = "\r\n" if text.endswith("\r\n") else "\n"
        if lines and not lines[-1].endswith(("\n", "\r")):
            lines[-1] += newline
        lines.insert(start, new_line + newline)
    result = "".join(lines)
    try:
        _, written = _read_version(result)
    except tomllib.TOMLDecodeError:
        written = None
    if written != version:
        raise GeneratorError(
            "could not update the version line safely (edit it by hand)", source=where
        )
    return result
