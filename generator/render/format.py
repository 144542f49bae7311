"""Formatting the rendered tree: ruff's fixes (imports), then black.

ruff runs once over the whole folder (it is fast and multi-threaded). black
runs on every generated ``.py`` file, every time: the output is exactly what
``black`` makes of it (``black --check`` passes), nothing is skipped and
nothing is cached between runs. Both are pinned in pyproject.toml, so the
output is reproducible.

Speed (measured in bench/README.md): black is nearly all of the time, so

- ruff's formatter runs first as a head start: black then mostly finds its
  own style and makes one pass instead of two (``run_ruff_format``); where
  ruff's style would survive black, black gets the unformatted text instead,
  so the result is what black makes of the rendered code (``_ruff_kept``);
- black runs in worker processes, one per available core, largest files
  first, with the garbage collector's automatic runs off (one collection
  after each file);
- the workers are started by :func:`prepare` when a generation begins, so
  forking them and importing black overlap with parsing and inference, and
  they are forked while the parent is still small; the parent never imports
  black unless it formats in-process (tiny trees, one core).

Scheduling cannot change the output: each file is formatted on its own by
the same pure function.
"""

from __future__ import annotations

import atexit
import gc
import multiprocessing
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.diagnostics import ExitCode, GeneratorError

if TYPE_CHECKING:
    from black.mode import Mode

LINE_LENGTH = 100
# Below this much Python source, forking workers costs more than it saves.
_PARALLEL_MIN_BYTES = 120_000

_mode: Mode | None = None
_pool: ProcessPoolExecutor | None = None


def _black_mode() -> Mode:
    global _mode
    if _mode is None:
        from black.mode import Mode, TargetVersion

        _mode = Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311})
    return _mode


def _ruff_executable() -> str:
    candidate = Path(sys.executable).parent / "ruff"
    if candidate.exists():
        return str(candidate)
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


def run_ruff_fix(folder: Path) -> None:
    result = subprocess.run(
        [_ruff_executable(), "check", "--fix", "--exit-zero", "--quiet", "--no-cache", "."],
        cwd=folder,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise GeneratorError(
            f"ruff failed on the generated code: {result.stderr.strip()[:300]}",
            exit_code=ExitCode.INTERNAL,
        )


def run_ruff_format(folder: Path) -> None:
    """A first formatting pass in Rust, so that black gets near-final code.

    black formats a file twice when its first pass changes anything (the
    second pass settles magic trailing commas); on code that is already in
    black's style it makes one pass and finds nothing to do. ruff's formatter
    is built to match black, so after it black mostly makes that one pass. It
    is only a head start: black still formats every file afterwards, and
    black's output is what is written.

    Where ruff's style differs from black's and black would keep ruff's
    version (ruff parenthesises a long lambda body, black leaves such
    parentheses alone), black is given the unformatted text instead, so the
    output stays what black makes of the rendered code (see ``_ruff_kept``).
    """
    # Python files only: ruff would also format code blocks in the README.
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.py"))
    if not files:
        return
    result = subprocess.run(
        [
            _ruff_executable(),
            "format",
            "--quiet",
            "--no-cache",
            "--line-length",
            str(LINE_LENGTH),
            "--target-version",
            "py311",
            "--",
            *files,
        ],
        cwd=folder,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise GeneratorError(
            f"ruff could not format the generated code: {result.stderr.strip()[:300]}",
            exit_code=ExitCode.INTERNAL,
        )


def format_source(source: str) -> str:
    """``source`` as black formats it (the pinned black, our line length)."""
    from black import format_file_contents
    from black.report import NothingChanged

    try:
        return format_file_contents(source, fast=True, mode=_black_mode())
    except NothingChanged:
        return source


def _closing_quotes_hint(text: str) -> str:
    """Put a module docstring's closing quotes on their own line where black will.

    The one place where ruff's formatter and black disagree on our output:
    black moves the closing quotes of a multi-line docstring to a line of
    their own when the last line would otherwise pass the line length; ruff
    leaves module docstrings as they are. Doing it here saves black its second
    pass over the file. Only a hint: black still formats the result, so a
    wrong guess costs time, never correctness.
    """
    if not text.startswith('"""'):
        return text
    end = text.find('"""', 3)
    while end != -1 and (len(text[:end]) - len(text[:end].rstrip("\\"))) % 2:
        end = text.find('"""', end + 1)
    if end == -1:
        return text
    body = text[3:end]
    if "\n" not in body or body.endswith(("\n", "\\", '"')):
        return text
    last = body.rsplit("\n", 1)[1]
    if len(last) + 3 <= LINE_LENGTH or last != last.rstrip():
        return text
    return text[:end] + "\n" + text[end:]


# A lambda whose body ruff put in parentheses: ``lambda client: (`` ending a line.
_LAMBDA_PARENS = re.compile(r"lambda[^:\n]*:[ \t]*\($", re.MULTILINE)


def _ruff_kept(raw: str, ruffed: str) -> bool:
    """Whether ruff's output can go to black in place of the rendered text:
    not when ruff made a change that black would keep but never make itself."""
    return len(_LAMBDA_PARENS.findall(ruffed)) <= len(_LAMBDA_PARENS.findall(raw))


def _format_file(path: str, raw_copy: str | None = None) -> tuple[str, str | None]:
    """Format one file in place; ``raw_copy``: a copy from before ruff's formatter."""
    text = Path(path).read_text(encoding="utf-8")
    source = text
    if raw_copy is not None and _LAMBDA_PARENS.search(text):
        raw = Path(raw_copy).read_text(encoding="utf-8")
        source = text if _ruff_kept(raw, text) else raw
    try:
        formatted = format_source(_closing_quotes_hint(source))
    except Exception as exc:  # black's InvalidInput and friends: a generator bug
        return path, f"{type(exc).__name__}: {str(exc)[:300]}"
    if formatted != text:
        Path(path).write_bytes(formatted.encode("utf-8"))
    if _in_worker:
        # black's syntax tree is full of parent <-> child cycles: collect it
        # once per file instead of letting automatic runs rescan it mid-file
        # (30% of black's time on our files).
        gc.collect()
    return path, None


_in_worker = False


def _warm_worker() -> None:
    """Import black and load its grammar before the first file arrives; then
    take the garbage collector's automatic runs off (see ``_format_file``)."""
    global _in_worker
    format_source("x = 1\n")
    if not _in_worker:
        _in_worker = True
        gc.freeze()  # everything imported so far: never scanned again
        gc.disable()


def _available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _context() -> Any:
    # fork: workers start in milliseconds and share the parent's imported code.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def prepare(workers: int | None = None) -> None:
    """Start the formatter workers now, in the background (idempotent).

    Called at the start of a generation, before the collection is parsed: the
    workers fork from a small parent and import black while the parent works.
    """
    global _pool
    if _pool is not None:
        return
    count = workers if workers is not None else _available_cores()
    if count < 2:
        return
    pool = ProcessPoolExecutor(max_workers=count, mp_context=_context(), initializer=_warm_worker)
    pool.submit(int)  # starts the workers now (a fork pool starts all of them at once)
    _pool = pool


def shutdown() -> None:
    """Stop the workers (after formatting, or when a generation fails)."""
    global _pool
    pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(shutdown)


def run_black(folder: Path, raw: dict[str, str] | None = None) -> None:
    """black over every ``.py`` file; ``raw``: paths of copies from before ruff's
    formatter (see ``_format_file``)."""
    raw = raw or {}
    files = sorted(folder.rglob("*.py"), key=lambda p: (-p.stat().st_size, str(p)))
    total = sum(p.stat().st_size for p in files)
    if _pool is None and total >= _PARALLEL_MIN_BYTES and len(files) > 1:
        prepare()
    results: list[tuple[str, str | None]]
    if _pool is not None:
        # Largest first, one file per task: the cores finish together.
        futures: list[Future[tuple[str, str | None]]] = [
            _pool.submit(_format_file, str(p), raw.get(str(p))) for p in files
        ]
        results = [f.result() for f in futures]
    else:
        results = [_format_file(str(p), raw.get(str(p))) for p in files]
    for path, error in sorted(results):
        if error is not None:
            rel = os.path.relpath(path, folder)
            raise GeneratorError(
                f"black could not format generated {rel}: {error}", exit_code=ExitCode.INTERNAL
            )


def format_tree(folder: Path) -> None:
    try:
        run_ruff_fix(folder)
        with tempfile.TemporaryDirectory(prefix="postman-codegen-raw-") as keep:
            # The guard of _ruff_kept needs the text from before ruff's formatter,
            # only for files that have a lambda at all: copies on disk, not in memory.
            raw: dict[str, str] = {}
            for index, path in enumerate(sorted(folder.rglob("*.py"))):
                text = path.read_text(encoding="utf-8")
                if "lambda" in text:
                    copy = Path(keep) / f"{index}.py"
                    copy.write_text(text, encoding="utf-8")
                    raw[str(path)] = str(copy)
            run_ruff_format(folder)
            run_black(folder, raw)
    finally:
        shutdown()
