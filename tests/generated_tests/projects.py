"""Projects generated for these tests: the akenza client (once per process), and
running a generated project's own tests in a subprocess."""

from __future__ import annotations

import atexit
import functools
import shutil
import subprocess
import sys
from pathlib import Path

from generator.config import Target, load_target
from generator.pipeline import Built, generate_to_temp

REPO = Path(__file__).resolve().parents[2]


def akenza_target() -> Target:
    return load_target(REPO / "pyproject.toml")


@functools.cache
def generated_akenza() -> tuple[Built, Path]:
    """The akenza project, tests included, generated into a temporary folder."""
    built, folder = generate_to_temp(akenza_target())
    atexit.register(shutil.rmtree, folder, True)
    return built, folder


def run_pytest(project: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """The project's tests, as its developers run them (``pytest`` in its folder)."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
