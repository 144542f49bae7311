"""``postman-codegen check``: drift of the committed output, and its causes."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

import generator.inputs as inputs
import generator.pipeline as pipeline
import generator.render.environment as environment
from generator.drift.check import run_check
from generator.render.write import MANIFEST_NAME
from tests.drift.conftest import Baseline, Project, tree_hash

Capsys = pytest.CaptureFixture[str]


def causes(out: str) -> str:
    """The line naming the inputs that changed ("" when none did)."""
    prefix = "changed since the last generate: "
    return next((line[len(prefix) :] for line in out.splitlines() if line.startswith(prefix)), "")


def check(
    project: Project, capsys: Capsys, monkeypatch: pytest.MonkeyPatch, *extra: str
) -> tuple[int, str, str]:
    return project.run(
        "check", "--config", str(project.config), *extra, capsys=capsys, monkeypatch=monkeypatch
    )


def test_unchanged_tree_takes_the_quick_path(
    project: Project, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_generation(*args: object, **kwargs: object) -> None:
        raise AssertionError("the quick path must not generate")

    monkeypatch.setattr(pipeline, "generate_to_temp", no_generation)
    code, out, _ = check(project, capsys, monkeypatch)
    assert code == 0
    assert "in sync" in out and "hashes match" in out


def test_quick_path_costs_under_half_a_generation(project: Project, baseline: Baseline) -> None:
    started = time.perf_counter()
    result = run_check(project.target)
    elapsed = time.perf_counter() - started
    assert result.in_sync and result.quick
    assert elapsed <= baseline.generate_seconds / 2


def test_full_check_regenerates_and_matches(
    project: Project, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree_hash(project.root)
    code, out, _ = check(project, capsys, monkeypatch, "--full")
    assert (code, "regenerated, identical" in out) == (0, True)
    assert tree_hash(project.root) == before  # nothing written into the project


def test_collection_change_is_drift(
    project: Project, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = json.loads(project.collection.read_text())
    doc["item"][0]["item"][0]["request"]["description"] = "Lists every organization."
    project.write_collection(doc)
    code, out, _ = check(project, capsys, monkeypatch)
    assert code == 1
    assert "the collection" in causes(out)
    assert "changed: akenza/resources/organizations.py" in out
    assert "+        Lists every organization." in out


def test_overrides_change_is_drift(
    project: Project, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    overrides = project.root / "collections" / "akenza.overrides.toml"
    renamed = '\n[endpoints."GET /v3/tags"]\nfunction = "all_tags"\n'
    overrides.write_text(overrides.read_text() + renamed)
    code, out, _ = check(project, capsys, monkeypatch)
    assert code == 1
    assert "the overrides file" in causes(out)
    assert "changed: akenza/resources/tags.py" in out
    assert "+    def all_tags(" in out


def test_template_change_is_drift(
    project: Project, tmp_path: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(environment.TEMPLATES_DIR, templates)
    version = templates / "package" / "_version.py.jinja"
    version.write_text("# a template change\n" + version.read_text())
    monkeypatch.setattr(environment, "TEMPLATES_DIR", templates)
    monkeypatch.setattr(inputs, "TEMPLATES_DIR", templates)
    code, out, _ = check(project, capsys, monkeypatch)
    assert code == 1
    assert "the templates" in causes(out)
    assert "changed: akenza/_version.py" in out


def test_user_files_and_caches_are_not_drift(
    project: Project, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project.out / "NOTES.md").write_text("mine\n")
    for cache in ("akenza/__pycache__", ".mypy_cache/3.11", ".pytest_cache"):
        (project.out / cache).mkdir(parents=True)
        (project.out / cache / "junk.bin").write_bytes(b"\0junk")
    code, out, _ = check(project, capsys, monkeypatch)
    assert code == 0, out
    code, out, _ = check(project, capsys, monkeypatch, "--full")
    assert code == 0, out
    assert "1 user file(s) ignored" in out


def test_bad_collection_is_exit_2_with_one_line(
    project: Project, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.collection.write_text("{ not json")
    code, out, err = check(project, capsys, monkeypatch)
    assert code == 2
    assert out == ""
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1


def test_missing_config_is_exit_2(
    tmp_path: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = Project(tmp_path).run("check", capsys=capsys, monkeypatch=monkeypatch)
    assert code == 2
    assert "--config" in err


def test_hand_edits_are_drift_and_named(
    project: Project, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    edited = project.out / "akenza" / "_exceptions.py"
    edited.write_text(edited.read_text() + "# patched by hand\n")
    (project.out / "akenza" / "pagination.py").unlink()
    (project.out / "README.md").write_text("\n".join(f"line {i}" for i in range(500)))
    before = tree_hash(project.root)
    code, out, _ = check(project, capsys, monkeypatch, "--diff-lines", "10")
    assert code == 1
    assert (
        "edited by hand (differ from the manifest): README.md, akenza/_exceptions.py, "
        "akenza/pagination.py"
    ) in out
    assert "changed: akenza/_exceptions.py" in out
    assert "-# patched by hand" in out  # the unified diff, committed -> regenerated
    assert "added: akenza/pagination.py" in out  # generate would bring it back
    assert "more diff lines)" in out  # long diffs are cut
    assert len(out.splitlines()) < 60
    assert "the collection" not in causes(out)
    assert tree_hash(project.root) == before  # check writes nothing


def test_generator_change_is_drift(
    project: Project, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change to the generator's code defeats the quick path; even when no
    generated file changes, the manifest's recorded generator hash does."""
    monkeypatch.setattr(inputs, "generator_source_hash", lambda: "1" * 64)
    code, out, _ = check(project, capsys, monkeypatch)
    assert code == 1
    assert "the generator's code" in causes(out)
    assert f"changed: {MANIFEST_NAME}" in out
