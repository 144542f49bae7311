"""``postman-codegen diff``: API-level changes between two collections."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import generator.pipeline as pipeline
from tests.drift.conftest import Project
from tests.drift.revision import EXPECTED, add_noise

Capsys = pytest.CaptureFixture[str]
Json = dict[str, Any]


def write(path: Path, document: Json) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def run_diff(
    project: Project,
    old: Json,
    new: Json,
    capsys: Capsys,
    monkeypatch: pytest.MonkeyPatch,
    *extra: str,
) -> tuple[int, str, str]:
    a = write(project.root / "old.json", old)
    b = write(project.root / "new.json", new)
    return project.run("diff", str(a), str(b), *extra, capsys=capsys, monkeypatch=monkeypatch)


def changes_of(out: str) -> list[Json]:
    changes: list[Json] = json.loads(out)["changes"]
    return changes


def test_the_six_upstream_changes(
    project: Project,
    original: Json,
    revision: Json,
    capsys: Capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, _ = run_diff(project, original, revision, capsys, monkeypatch, "--format", "json")
    assert code == 0
    changes = changes_of(out)
    assert {(c["level"], c["kind"]) for c in changes} == EXPECTED
    assert len(changes) == 6
    by_kind = {c["kind"]: c for c in changes}
    assert by_kind["param-added"]["symbol"] == (
        "client.data_flows.list_data_flows(device_connector_id=...)"
    )
    assert by_kind["endpoint-added"]["symbol"].startswith(
        "client.assets_devices.get_device_status("
    )
    assert by_kind["endpoint-removed"]["symbol"].startswith(
        "client.custom_fields.delete_custom_field("
    )
    assert by_kind["request-field-renamed"]["symbol"] == (
        'client.data_flows.create_data_flow(body={"passThrough": ...})'
    )
    assert "region" in by_kind["response-field-added"]["message"]
    assert json.loads(out)["bump"] == "major"


def test_same_six_changes_without_inference(
    project: Project,
    original: Json,
    revision: Json,
    capsys: Capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fallback: JSON keys of the samples instead of inferred models."""
    monkeypatch.setattr(pipeline, "_apply_overrides_and_infer", lambda api, target: (api, []))
    code, out, _ = run_diff(project, original, revision, capsys, monkeypatch, "--format", "json")
    assert {(c["level"], c["kind"]) for c in changes_of(out)} == EXPECTED
    assert len(changes_of(out)) == 6


def test_volatile_noise_is_no_change(
    project: Project, original: Json, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    noisy = copy.deepcopy(original)
    add_noise(noisy)
    code, out, _ = run_diff(project, original, noisy, capsys, monkeypatch, "--fail-on", "any")
    assert code == 0
    assert out.startswith("no API changes")


def test_fail_on(
    project: Project,
    original: Json,
    revision: Json,
    capsys: Capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert (
        run_diff(project, original, revision, capsys, monkeypatch, "--fail-on", "breaking")[0] == 1
    )
    docs_only = copy.deepcopy(original)
    docs_only["item"][0]["item"][0]["request"]["description"] = "Reworded."
    assert (
        run_diff(project, original, docs_only, capsys, monkeypatch, "--fail-on", "breaking")[0] == 0
    )
    assert run_diff(project, original, docs_only, capsys, monkeypatch, "--fail-on", "any")[0] == 1


def test_markdown_is_a_readable_changelog(
    project: Project,
    original: Json,
    revision: Json,
    capsys: Capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, out, _ = run_diff(project, original, revision, capsys, monkeypatch, "--format", "markdown")
    assert out.startswith("## API changes")
    assert "### Breaking changes (2)" in out
    assert "### Non-breaking changes (3)" in out
    assert "### Documentation only (1)" in out
    assert "`client.data_flows.list_data_flows(device_connector_id=...)`" in out


def test_text_output(
    project: Project,
    original: Json,
    revision: Json,
    capsys: Capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, out, _ = run_diff(project, original, revision, capsys, monkeypatch)
    assert out.splitlines()[0].startswith(
        "6 API change(s): 2 breaking, 3 non-breaking, 1 docs-only"
    )
    assert "BREAKING" in out


def test_bad_input_is_exit_2(
    project: Project, original: Json, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project.root / "broken.json").write_text("{")
    good = write(project.root / "good.json", original)
    code, out, err = project.run(
        "diff", str(good), "broken.json", capsys=capsys, monkeypatch=monkeypatch
    )
    assert code == 2 and out == ""
    assert err.startswith("error: ") and "broken.json" in err
