"""The generated tests of real collections pass (skips only with a known reason).

All 30 collections of the corpus by default (the projects are generated once per
session, see ``tests/conftest.py``). ``POSTMAN_CODEGEN_CORPUS_TESTS=subset`` runs
only a subset that covers every kind of input the tests handle (API key / bearer /
OAuth 2 / OAuth 1 fallback / no auth, JSON, XML, text, form, multipart and binary
bodies, non-JSON examples, v1 format, an empty collection), for quick local runs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import GeneratedProject, corpus_files

SUBSET = (
    "adyen-binlookup-v54",  # API key header, JSON examples
    "adyen-management-webhooks-v3",  # no requests at all
    "awhere-api-v1",  # v1 format, urlencoded body, no auth
    "docusign-maestro-api",  # OAuth 2, examples with path values
    "microsoft-identity-platform-oauth2",  # urlencoded bodies, non-JSON examples
    "sabre-lodging-v2025-04",  # XML bodies and example responses
    "salesforce-api",  # binary and multipart file bodies
    "twitter-api-v2",  # OAuth 1 endpoints, form data, 75 examples
)
# Why a generated test may skip; anything else skipping is a bug.
KNOWN_SKIPS = (
    "no paginated list endpoint has a saved example page with items",
    "no endpoint authenticates in a way the client applies itself",
    "the collection has no requests",
    "is informational, not a final response to serve",
    "got empty parameter set",  # test_over_http.py of a collection without requests
)
_SKIP_LINE = re.compile(r"^SKIPPED \[\d+\] [^:]+:\d+: (.*)$", re.MULTILINE)


def _selected() -> list[Path]:
    files = corpus_files()
    if os.environ.get("POSTMAN_CODEGEN_CORPUS_TESTS", "all") == "all":
        return files
    return [f for f in files if f.name.split(".")[0] in SUBSET]


@dataclass(frozen=True)
class Run:
    name: str
    returncode: int
    output: str
    seconds: float


def _run_tests(project: GeneratedProject) -> Run:
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs"],
        cwd=project.out,
        capture_output=True,
        text=True,
        timeout=900,
    )
    return Run(project.name, run.returncode, run.stdout + run.stderr, time.perf_counter() - started)


@pytest.fixture(scope="module")
def runs(generated_corpus: list[GeneratedProject]) -> dict[str, Run]:
    """The generated tests of each selected project (generated once per session)."""
    wanted = {f.name.split(".")[0] for f in _selected()}
    projects = [p for p in generated_corpus if p.name in wanted]
    # Each run is its own pytest process: threads only wait for them.
    with ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1)) as pool:
        return {run.name: run for run in pool.map(_run_tests, projects)}


@pytest.mark.parametrize("name", [f.name.split(".")[0] for f in _selected()])
def test_generated_tests_pass(runs: dict[str, Run], name: str) -> None:
    run = runs[name]
    assert run.returncode in (0, 5), f"{name} ({run.seconds:.0f} s):\n{run.output[-6000:]}"
    unknown = [r for r in _SKIP_LINE.findall(run.output) if not any(k in r for k in KNOWN_SKIPS)]
    assert not unknown, f"{name}: unexpected skips {unknown}"
