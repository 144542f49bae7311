"""Shared pieces of the hostile-input tests: collections, the CLI, output trees."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main

V21 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"


def collection(*items: Any, name: str = "Hostile", **top: Any) -> dict[str, Any]:
    return {"info": {"name": name, "schema": V21}, "item": list(items), **top}


def request(
    name: str, url: Any = "https://api.example.com/things", **fields: Any
) -> dict[str, Any]:
    return {"name": name, "request": {"url": url, **fields}}


def folder(name: str, *items: Any, **fields: Any) -> dict[str, Any]:
    return {"name": name, "item": list(items), **fields}


def write_json(path: Path, doc: Any) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    """Run the CLI in-process, as a user would, and capture what it prints."""
    capsys.readouterr()
    try:
        code = main(list(argv))
    except SystemExit as stop:  # argparse usage errors
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def assert_one_line_error(run: Run, *phrases: str) -> None:
    """Exit 2, exactly one ``error:`` line on stderr, no traceback, nothing on stdout."""
    assert run.code == 2, run
    assert run.out == "", run
    assert len(run.err_lines) == 1, run.err
    line = run.err_lines[0]
    assert line.startswith("error: ") and "Traceback" not in run.err, line
    for phrase in phrases:
        assert phrase in line, line


def snapshot(folder: Path, skip: str = "") -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too) with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != skip
    }


def output_text(folder: Path) -> str:
    """All generated text, for grepping (manifest included)."""
    return "\n".join(data.decode("utf-8") for data in snapshot(folder).values())


IMPORT_ALL = """
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
for module in pkgutil.walk_packages(package.__path__, sys.argv[1] + "."):
    importlib.import_module(module.name)
print("imported")
"""


def import_everything(project: Path, package: str, timeout: float = 120) -> None:
    """Import every module of a generated package in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL, package],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0 and "imported" in result.stdout, result.stderr[-3000:]


def black_check(project: Path) -> None:
    """``black --check`` with the generated project's settings: the format stage's
    output must be exactly black's (see generator/render/format.py)."""
    black = Path(sys.executable).parent / "black"
    result = subprocess.run(
        [str(black), "--check", "--diff", "--quiet", "-l", "100", "-t", "py311", "."],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def ruff_check(project: Path) -> None:
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run(
        [str(ruff), "check", "--no-cache", "--quiet", "."],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]
