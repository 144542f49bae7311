"""The generated tests of real collections pass (skips only with a known reason).

By default a subset of the corpus that covers every kind of input the tests
handle (API key / bearer / OAuth 2 / OAuth 1 fallback / no auth, JSON, XML, text,
form, multipart and binary bodies, non-JSON examples, v1 format, an empty
collection). Set ``POSTMAN_CODEGEN_CORPUS_TESTS=all`` for all 30 collections
(about 3 minutes on 2 cores, generation included).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import corpus_files

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
    if os.environ.get("POSTMAN_CODEGEN_CORPUS_TESTS") == "all":
        return files
    return [f for f in files if f.name.split(".")[0] in SUBSET]


@dataclass(frozen=True)
class Run:
    name: str
    returncode: int
    output: str
    seconds: float


def _generate_and_test(job: tuple[str, str]) -> Run:
    from generator.config import target_for_collection
    from generator.pipeline import generate

    collection, out = Path(job[0]), Path(job[1])
    started = time.perf_counter()
    generate(target_for_collection(collection, out, None))
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs"],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=900,
    )
    name = collection.name.split(".")[0]
    return Run(name, run.returncode, run.stdout + run.stderr, time.perf_counter() - started)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    files = _selected()
    if not files:
        pytest.skip("corpus folder not found")
    root = tmp_path_factory.mktemp("corpus-tests")
    jobs = [(str(f), str(root / f.name.split(".")[0])) for f in files]
    with ProcessPoolExecutor(max_workers=max(1, min(len(jobs), os.cpu_count() or 1))) as pool:
        return {run.name: run for run in pool.map(_generate_and_test, jobs)}


@pytest.mark.parametrize("name", [f.name.split(".")[0] for f in _selected()])
def test_generated_tests_pass(runs: dict[str, Run], name: str) -> None:
    run = runs[name]
    assert run.returncode in (0, 5), f"{name} ({run.seconds:.0f} s):\n{run.output[-6000:]}"
    unknown = [r for r in _SKIP_LINE.findall(run.output) if not any(k in r for k in KNOWN_SKIPS)]
    assert not unknown, f"{name}: unexpected skips {unknown}"
