"""Formatting the rendered tree: ruff's fixes (imports), then black.

ruff runs once over the whole folder (it is fast and multi-threaded); black
runs in-process, over several processes when there are many files. Both are
pinned in pyproject.toml, so the output is reproducible.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black

from generator.diagnostics import ExitCode, GeneratorError

LINE_LENGTH = 100
_MODE = black.Mode(line_length=LINE_LENGTH, target_versions={black.TargetVersion.PY311})
_PARALLEL_THRESHOLD = 24


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


def format_source(source: str) -> str:
    try:
        return black.format_file_contents(source, fast=True, mode=_MODE)
    except black.NothingChanged:
        return source


def _format_file(path: str) -> tuple[str, str | None]:
    text = Path(path).read_text(encoding="utf-8")
    try:
        formatted = format_source(text)
    except Exception as exc:  # black's InvalidInput and friends: a generator bug
        return path, f"{type(exc).__name__}: {str(exc)[:300]}"
    if formatted != text:
        Path(path).write_bytes(formatted.encode("utf-8"))
    return path, None


def run_black(folder: Path) -> None:
    files = sorted(str(p) for p in folder.rglob("*.py"))
    workers = min(len(files) // _PARALLEL_THRESHOLD, os.cpu_count() or 1)
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_format_file, files, chunksize=8))
    else:
        results = [_format_file(f) for f in files]
    for path, error in results:
        if error is not None:
            rel = os.path.relpath(path, folder)
            raise GeneratorError(
                f"black could not format generated {rel}: {error}", exit_code=ExitCode.INTERNAL
            )


def format_tree(folder: Path) -> None:
    run_ruff_fix(folder)
    run_black(folder)
