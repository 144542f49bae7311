"""Formatting the rendered tree: black's style, at ruff's speed.

The output is exactly what ``black`` makes of it (``black --check`` passes),
but black is slow (about 30 s of CPU for 750,000 lines, where ruff's
formatter takes half a second), so black only formats what ruff cannot:

1. ``ruff check --fix`` sorts imports and drops the unused ones;
2. ``ruff format`` formats every file: its formatter is built to match black,
   and on the code our templates print it does, with these exceptions:
3. a docstring whose last line is too long for the closing quotes: black
   puts them on a line of their own, ruff not always; the templates print
   them where black would (the ``whole_docstring`` filter); and a docstring
   that ends with an escaped quote: black adds a space before the closing
   quotes, ruff does not; the filters end it with ``\x22`` instead;
4. a lambda whose body is too long for its line: ruff wraps the body in
   parentheses, black splits inside it;
5. a parameter or model field whose annotation and default do not fit on
   its line: ruff splits an ``X | None`` union over two lines or leaves the
   line too long, black wraps the annotation in parentheses (found by the
   hostile-input sweep: 60-character names with long types or defaults).
   Files where ruff did 4. or 5. (``_ruff_differs_from_black``: rare, long
   names or values) go to black, from the text as it was before ruff's
   formatter; black's output is then what is written.

Every generated tree in the test suite (the akenza client, 30 real
collections, the golden projects, the hostile property-test samples) is
checked with ``black --check``: a new difference between the two formatters
fails the tests, and belongs in this list. Both tools are pinned in
pyproject.toml, so the output is reproducible; nothing is cached between runs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator.diagnostics import ExitCode, GeneratorError

if TYPE_CHECKING:
    from black.mode import Mode

LINE_LENGTH = 100
# A lambda whose body ruff put in parentheses: ``lambda client: (`` ending a line.
_PARENTHESISED_LAMBDA = re.compile(r"lambda[^:\n]*:[ \t]*\($", re.MULTILINE)
# A parameter's annotation ruff split at ``|``: ``name: str`` then ``| None = ...,``.
_SPLIT_UNION = re.compile(r"^[ \t]+\w+: [^\n]*[^,\n]\n[ \t]+\| [^\n]*,$", re.MULTILINE)
# An annotated field or parameter: ``name: Annotation = ...`` or ``name: Annotation,``.
_ANNOTATED = re.compile(r"^[ \t]+\w+: [\w\[\]., |]+(?: = .*|,)$", re.MULTILINE)


def _ruff_executable() -> str:
    candidate = Path(sys.executable).parent / "ruff"
    if candidate.exists():
        return str(candidate)
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


def _run_ruff(folder: Path, arguments: list[str], what: str) -> None:
    result = subprocess.run(
        [_ruff_executable(), *arguments], cwd=folder, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise GeneratorError(
            f"ruff {what} the generated code: {result.stderr.strip()[:300]}",
            exit_code=ExitCode.INTERNAL,
        )


def run_ruff_fix(folder: Path, files: list[str]) -> None:
    """ruff's fixes (import sorting, unused imports) over ``files`` (relative to ``folder``),
    with the settings of the generated project's pyproject.toml."""
    if files:
        arguments = ["check", "--fix", "--exit-zero", "--quiet", "--no-cache", "--", *files]
        _run_ruff(folder, arguments, "failed on")


def run_ruff_format(folder: Path, files: list[str]) -> None:
    """ruff's formatter with black's settings, over ``files`` (relative to ``folder``)."""
    if files:
        settings = ["--line-length", str(LINE_LENGTH), "--target-version", "py311"]
        _run_ruff(
            folder, ["format", "--quiet", "--no-cache", *settings, "--", *files], "could not format"
        )


def _black_mode() -> Mode:
    from black.mode import Mode, TargetVersion

    return Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311})


def format_with_black(source: str) -> str:
    """``source`` as black formats it (the pinned black, our line length)."""
    from black import format_file_contents
    from black.report import NothingChanged

    try:
        return format_file_contents(source, fast=True, mode=_black_mode())
    except NothingChanged:
        return source


def _ruff_differs_from_black(before: str, after: str) -> bool:
    """Whether ruff's formatter did something black would not (see the module doc, 4.
    and 5.): a lambda body it wrapped in parentheses, an annotation it split at ``|``
    or left on a line that is too long."""
    lambdas = len(_PARENTHESISED_LAMBDA.findall(after)) > len(_PARENTHESISED_LAMBDA.findall(before))
    if lambdas or _SPLIT_UNION.search(after) is not None:
        return True
    # An annotated line ruff left too long: black wraps the annotation in parentheses.
    return any(len(m.group(0)) > LINE_LENGTH for m in _ANNOTATED.finditer(after))


def format_tree(folder: Path) -> None:
    """Format every ``.py`` file under ``folder`` in place, as black would."""
    format_files(folder, sorted(folder.rglob("*.py")))


def format_files(folder: Path, paths: list[Path]) -> None:
    """Format ``paths`` (files under ``folder``, the generated project) in place, as
    black would. ``folder`` must hold the project's pyproject.toml already."""
    relative = [path.relative_to(folder).as_posix() for path in paths]
    run_ruff_fix(folder, relative)
    # The check for what black would do otherwise compares with the text from
    # before ruff's formatter, and black then formats that text.
    before = {path: path.read_text(encoding="utf-8") for path in paths}
    run_ruff_format(folder, relative)
    for path, source in before.items():
        if _ruff_differs_from_black(source, path.read_text(encoding="utf-8")):
            path.write_bytes(_black_or_error(source, path, folder).encode("utf-8"))


def _black_or_error(source: str, path: Path, folder: Path) -> str:
    try:
        return format_with_black(source)
    except Exception as exc:  # black's InvalidInput and friends: a generator bug
        raise GeneratorError(
            f"black could not format generated {os.path.relpath(path, folder)}: "
            f"{type(exc).__name__}: {str(exc)[:300]}",
            exit_code=ExitCode.INTERNAL,
        ) from exc
