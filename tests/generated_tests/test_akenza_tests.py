"""The tests generated for the akenza client: one per endpoint and saved example, passing."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

from generator.render.testplan import case_modules
from tests.generated_tests.projects import generated_akenza, run_pytest

AKENZA_ENDPOINTS = 74
AKENZA_EXAMPLES = 86


def test_every_endpoint_and_every_example_has_a_test() -> None:
    built, _ = generated_akenza()
    api = built.api
    cases = [case for module in case_modules(api) for case in module.cases]
    examples = Counter((c.endpoint_id, c.example) for c in cases if c.example is not None)
    assert len(api.endpoints) == AKENZA_ENDPOINTS
    assert {c.endpoint_id for c in cases} == {e.id for e in api.endpoints}
    saved = Counter((e.id, x.name) for e in api.endpoints for x in e.examples)
    assert sum(saved.values()) == AKENZA_EXAMPLES
    assert examples == saved  # each saved example exactly once
    assert len({c.name for c in cases}) == len(cases)
    assert not [c.name for c in cases if c.skip]


def _outcomes(report: Path) -> dict[str, str]:
    """Test id -> passed / failed / skipped, from a JUnit XML report."""
    out: dict[str, str] = {}
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        name = f"{case.get('classname')}::{case.get('name')}"
        failed = case.find("failure") is not None or case.find("error") is not None
        out[name] = (
            "failed" if failed else "skipped" if case.find("skipped") is not None else "passed"
        )
    return out


def test_generated_tests_pass_and_cover_every_case(tmp_path: Path) -> None:
    built, project = generated_akenza()
    started = time.perf_counter()
    run = run_pytest(project, f"--junitxml={tmp_path / 'report.xml'}")
    elapsed = time.perf_counter() - started
    assert run.returncode == 0, run.stdout[-5000:]
    outcomes = _outcomes(tmp_path / "report.xml")
    assert set(outcomes.values()) == {"passed"}
    cases = [(m.name, c.name) for m in case_modules(built.api) for c in m.cases]
    for module, name in cases:
        assert outcomes[f"tests.{module}::{name}"] == "passed"
        for client in ("sync", "async"):  # and again over real HTTP
            assert outcomes[f"tests.test_over_http::test_over_http[{client}-{name}]"] == "passed"
    for module in ("test_client_auth", "test_client_pagination", "test_client_retries"):
        ran = [k for k in outcomes if k.startswith(f"tests.{module}::")]
        assert {k.rsplit("[", 1)[1] for k in ran} == {"sync]", "async]"}, module
    assert elapsed < 60, f"the generated tests took {elapsed:.1f} s"
