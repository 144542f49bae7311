"""Fixtures for the drift tests: a scratch project generated once per session,
copied per test; a local upstream; the CLI run in-process.

Nothing here touches the repository's own collection, config or ``generated/``:
every test works on a copy under pytest's temporary folder."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.config import Target, load_target
from tests.drift.revision import changed_revision
from tests.drift.server import Upstream

REPO = Path(__file__).resolve().parents[2]
AKENZA = REPO / "collections" / "akenza.postman_collection.json"
COLLECTION = "collections/akenza.postman_collection.json"

CONFIG = """\
[project]
name = "scratch"
version = "7.7.7"  # the generator's own version: sync must never touch it

[tool.postman-codegen]
collection = "collections/akenza.postman_collection.json"
out = "generated"
package = "akenza"
client-class = "Akenza"
env-prefix = "AKENZA"
project-name = "akenza"
overrides = "collections/akenza.overrides.toml"
extensions = "collections/akenza.extensions"
# Where `sync` fetches from; empty: not known, pass --source.
upstream = ""
version = "0.1.0"  # of the generated package
"""


@dataclass
class Project:
    root: Path

    @property
    def config(self) -> Path:
        return self.root / "pyproject.toml"

    @property
    def collection(self) -> Path:
        return self.root / COLLECTION

    @property
    def out(self) -> Path:
        return self.root / "generated"

    @property
    def target(self) -> Target:
        return load_target(self.config)

    def run(
        self, *argv: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> tuple[int, str, str]:
        """The CLI, in-process (a subprocess per call would cost a second each)."""
        capsys.readouterr()
        monkeypatch.chdir(self.root)
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    def write_collection(self, document: dict[str, Any]) -> None:
        self.collection.write_text(json.dumps(document, indent=2), encoding="utf-8")


def tree_hash(root: Path) -> dict[str, str]:
    """Every file under ``root`` with its hash: 'changed nothing' made checkable."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@dataclass(frozen=True)
class Baseline:
    root: Path
    generate_seconds: float


@pytest.fixture(scope="session")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Baseline:
    from generator.pipeline import generate

    root = tmp_path_factory.mktemp("baseline")
    (root / "collections").mkdir()
    # The real target's inputs, copied: the tests may change them at will.
    for name in (AKENZA.name, "akenza.overrides.toml", "akenza.extensions"):
        source = AKENZA.parent / name
        if source.is_dir():
            shutil.copytree(source, root / "collections" / name)
        else:
            shutil.copy(source, root / "collections" / name)
    (root / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    started = time.perf_counter()
    generate(load_target(root / "pyproject.toml"))
    return Baseline(root, time.perf_counter() - started)


@pytest.fixture
def project(baseline: Baseline, tmp_path: Path) -> Project:
    from generator.drift.check import quick_check
    from generator.pipeline import generate

    root = tmp_path / "project"
    shutil.copytree(baseline.root, root)
    project = Project(root)
    if quick_check(project.target) is None:
        # The generator or its templates changed since the session began (a tree
        # being edited): start from what they generate now.
        generate(project.target)
    return project


@pytest.fixture(scope="session")
def original() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(AKENZA.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def revision(original: dict[str, Any]) -> dict[str, Any]:
    return changed_revision(original)


@pytest.fixture
def upstream() -> Iterator[Upstream]:
    with Upstream() as server:
        yield server


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests to 127.0.0.1 must not be sent to a proxy from the environment."""
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    for name in ("POSTMAN_API_KEY", "POSTMAN_API_BASE"):
        monkeypatch.delenv(name, raising=False)
