"""Every real collection in the corpus becomes a package that lints, type-checks and imports."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, GeneratedProject

BIN = Path(sys.executable).parent


def _manifest_counts() -> dict[str, int]:
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return {
            row["file"].split(".")[0]: int(row["request_count"])
            for row in csv.DictReader(handle, delimiter="\t")
        }


def test_every_request_is_represented(generated_corpus: list[GeneratedProject]) -> None:
    """Each request is its own method or merged into its endpoint; none is skipped."""
    expected = _manifest_counts()
    for project in generated_corpus:
        assert project.requests_merged == expected[project.name], project.name
        assert project.endpoints <= project.requests_merged
        assert not [w for w in project.warnings if "skipped" in w], project.warnings


def test_empty_collection_gives_a_valid_empty_client(
    generated_corpus: list[GeneratedProject],
) -> None:
    empty = [p for p in generated_corpus if p.endpoints == 0]
    assert empty, "the corpus has a collection without requests (adyen webhooks)"
    for project in empty:
        code = f"import {project.package} as p; print(type(p.{_client_class(project)}()))"
        run = subprocess.run(
            [sys.executable, "-c", code], cwd=project.out, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr


def _client_class(project: GeneratedProject) -> str:
    init = (project.out / project.package / "__init__.py").read_text(encoding="utf-8")
    return init.split("from ._client import ", 1)[1].split(",", 1)[0].strip()


def test_ruff_and_black_pass(generated_corpus: list[GeneratedProject]) -> None:
    folders = [str(p.out) for p in generated_corpus]
    ruff = subprocess.run(
        [str(BIN / "ruff"), "check", "--no-cache", *folders],
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout[-3000:]
    black = subprocess.run(
        [str(BIN / "black"), "--check", "-q", "-l", "100", "-t", "py311", *folders],
        capture_output=True,
        text=True,
    )
    assert black.returncode == 0, black.stderr[-3000:]


def test_mypy_strict_passes(generated_corpus: list[GeneratedProject], tmp_path: Path) -> None:
    packages = [str(p.out / p.package) for p in generated_corpus]
    run = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--cache-dir", str(tmp_path / "cache"), *packages],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout[-5000:]


@pytest.mark.parametrize("index", range(30))
def test_package_imports(generated_corpus: list[GeneratedProject], index: int) -> None:
    if index >= len(generated_corpus):
        pytest.skip("fewer collections in the corpus")
    project = generated_corpus[index]
    code = (
        f"import {project.package}, {project.package}.types, importlib, pkgutil\n"
        f"import {project.package}.resources as r\n"
        "for m in pkgutil.iter_modules(r.__path__):\n"
        f"    importlib.import_module('{project.package}.resources.' + m.name)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=project.out, capture_output=True, text=True
    )
    assert run.returncode == 0, f"{project.name}: {run.stderr[-2000:]}"
