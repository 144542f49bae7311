"""``postman-codegen sync`` against an upstream served on 127.0.0.1."""

from __future__ import annotations

import json
import shutil
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

import generator.pipeline as pipeline
from generator.cli import main
from generator.diagnostics import GeneratorError
from tests.drift.conftest import Baseline, Project, tree_hash
from tests.drift.revision import add_noise
from tests.drift.server import Reply, Upstream

Capsys = pytest.CaptureFixture[str]
Json = dict[str, Any]


def serve(upstream: Upstream, document: Json, path: str = "/akenza.json") -> str:
    upstream.routes[path] = Reply(json.dumps(document).encode())
    return upstream.url(path)


def run(
    project: Project, capsys: Capsys, monkeypatch: pytest.MonkeyPatch, *argv: str
) -> tuple[int, str, str]:
    return project.run(
        *argv, "--config", str(project.config), capsys=capsys, monkeypatch=monkeypatch
    )


@dataclass(frozen=True)
class Synced:
    project: Project
    config_before: str
    code: int
    changelog: str


@pytest.fixture(scope="module")
def synced(
    baseline: Baseline, revision: Json, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Synced]:
    """One real ``sync --bump --changelog`` (generation is the slow part), shared
    by the tests that look at its result."""
    root = tmp_path_factory.mktemp("synced") / "project"
    shutil.copytree(baseline.root, root)
    project = Project(root)
    config_before = project.config.read_text()
    changelog = root.parent / "changelog.md"
    with Upstream() as upstream, pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.chdir(root)
        argv = ["sync", "--config", str(project.config), "--source", serve(upstream, revision)]
        code = main([*argv, "--bump", "--changelog", str(changelog)])
    yield Synced(project, config_before, code, changelog.read_text() if code == 0 else "")


def test_sync_pins_upstream_and_regenerates(
    synced: Synced, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = synced.project
    assert synced.code == 0
    pinned = json.loads(project.collection.read_text())
    assert "_postman_id" not in pinned["info"]  # volatile fields are not pinned
    resource = project.out / "akenza" / "resources" / "assets_devices.py"
    assert "def get_device_status(" in resource.read_text()
    code, out, _ = run(project, capsys, monkeypatch, "check")
    assert code == 0, out


def test_bump_rewrites_only_the_version_line(synced: Synced) -> None:
    before = synced.config_before.splitlines()
    after = synced.project.config.read_text().splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [
        (
            'version = "0.1.0"  # of the generated package',
            'version = "1.0.0"  # of the generated package',
        )
    ]
    assert '"1.0.0"' in (synced.project.out / "akenza" / "_version.py").read_text()


def test_changelog_file_for_a_pull_request(synced: Synced) -> None:
    assert synced.changelog.startswith("## Upstream changes")
    assert "6 API change(s): 2 breaking, 3 non-breaking, 1 docs-only" in synced.changelog
    assert "### Breaking changes (2)" in synced.changelog


def test_dry_run_reports_and_changes_nothing(
    project: Project,
    upstream: Upstream,
    revision: Json,
    capsys: Capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = serve(upstream, revision)
    before = tree_hash(project.root)
    code, out, err = run(project, capsys, monkeypatch, "sync", "--source", url, "--dry-run")
    assert code == 0, err
    assert "6 API change(s): 2 breaking, 3 non-breaking, 1 docs-only" in out
    assert "would update akenza.postman_collection.json" in out
    assert "suggested version bump: major (run with --bump to apply it)" in out
    assert tree_hash(project.root) == before


def test_check_fails_before_sync_and_passes_after(
    project: Project,
    upstream: Upstream,
    revision: Json,
    capsys: Capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pinned copy was updated by hand without regenerating: drift, healed by
    a sync from the same upstream (which has nothing new to pin)."""
    project.write_collection(revision)
    url = serve(upstream, revision)
    assert run(project, capsys, monkeypatch, "check")[0] == 1
    code, out, _ = run(project, capsys, monkeypatch, "sync", "--source", url)
    assert code == 0
    assert "regenerated generated/" in out
    assert run(project, capsys, monkeypatch, "check")[0] == 0


def test_postman_api_source(
    project: Project,
    upstream: Upstream,
    revision: Json,
    capsys: Capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``postman:<uid>`` with the API key from the environment; the answer's
    ``{"collection": ...}`` wrapper is removed; `upstream` in the config is the default."""
    upstream.routes["/collections/12-abc"] = Reply(
        json.dumps({"collection": revision}).encode(), api_key="PMAK-secret"
    )
    monkeypatch.setenv("POSTMAN_API_BASE", upstream.url(""))
    monkeypatch.setenv("POSTMAN_API_KEY", "PMAK-secret")
    config = project.config.read_text()
    project.config.write_text(config.replace('upstream = ""', 'upstream = "postman:12-abc"'))
    code, out, err = run(project, capsys, monkeypatch, "sync", "--dry-run")
    assert code == 0, err
    assert upstream.seen_keys == ["PMAK-secret"]
    assert "upstream: postman:12-abc" in out
    assert "6 API change(s)" in out
    assert "PMAK-secret" not in out + err


def test_file_source(
    project: Project, revision: Json, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project.root / "new.json").write_text(json.dumps(revision))
    code, out, _ = run(project, capsys, monkeypatch, "sync", "--source", "new.json", "--dry-run")
    assert code == 0
    assert "6 API change(s)" in out


def test_unchanged_upstream_changes_nothing(
    project: Project,
    upstream: Upstream,
    original: Json,
    capsys: Capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    noisy = json.loads(json.dumps(original))
    add_noise(noisy)  # a re-export: new ids, dates, key order
    url = serve(upstream, noisy)
    before = tree_hash(project.root)
    code, out, _ = run(project, capsys, monkeypatch, "sync", "--source", url)
    assert code == 0
    assert "up to date" in out
    assert tree_hash(project.root) == before


def test_failed_generation_restores_everything(
    project: Project,
    upstream: Upstream,
    revision: Json,
    capsys: Capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise GeneratorError("template exploded")

    monkeypatch.setattr(pipeline, "generate", broken)
    url = serve(upstream, revision)
    before = tree_hash(project.root)
    code, _, err = run(project, capsys, monkeypatch, "sync", "--source", url, "--bump")
    assert code == 2
    assert "template exploded" in err
    assert tree_hash(project.root) == before


FAILURES = {
    "server error": (Reply(b"oops", 500, "text/plain"), "HTTP 500"),
    "garbage": (Reply(b"<html>maintenance</html>", 200, "text/html"), "not JSON (text/html)"),
    "not a collection": (Reply(b"[1, 2, 3]"), "not a Postman collection"),
    "timeout": (Reply(b"{}", delay=2.0), "timed out after 0.3 s"),
}


@pytest.mark.parametrize("case", sorted(FAILURES))
def test_upstream_failures_change_nothing(
    case: str, project: Project, upstream: Upstream, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    reply, message = FAILURES[case]
    upstream.routes["/akenza.json"] = reply
    before = tree_hash(project.root)
    code, out, err = run(
        project,
        capsys,
        monkeypatch,
        "sync",
        "--source",
        upstream.url("/akenza.json"),
        "--timeout",
        "0.3",
        "--bump",
    )
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("error: ")
    assert message in err
    assert tree_hash(project.root) == before


def test_rejected_api_key(
    project: Project,
    upstream: Upstream,
    revision: Json,
    capsys: Capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    upstream.routes["/collections/12-abc"] = Reply(json.dumps(revision).encode(), api_key="right")
    monkeypatch.setenv("POSTMAN_API_BASE", upstream.url(""))
    monkeypatch.setenv("POSTMAN_API_KEY", "wrong")
    before = tree_hash(project.root)
    code, _, err = run(project, capsys, monkeypatch, "sync", "--source", "postman:12-abc")
    assert code == 2
    assert "rejected the API key (HTTP 401)" in err and "Invalid API Key" in err
    assert "wrong" not in err
    assert tree_hash(project.root) == before


def test_missing_api_key(project: Project, capsys: Capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(project, capsys, monkeypatch, "sync", "--source", "postman:12-abc")
    assert code == 2
    assert "POSTMAN_API_KEY" in err


def test_dns_failure(project: Project, capsys: Capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    before = tree_hash(project.root)
    code, _, err = run(
        project, capsys, monkeypatch, "sync", "--source", "https://upstream.invalid/akenza.json"
    )
    assert code == 2
    assert "cannot resolve host 'upstream.invalid'" in err
    assert tree_hash(project.root) == before


def test_connection_refused(
    project: Project, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, _, err = run(
        project, capsys, monkeypatch, "sync", "--source", f"http://127.0.0.1:{port}/akenza.json"
    )
    assert code == 2
    assert "cannot connect to 127.0.0.1" in err


def test_no_upstream_configured(
    project: Project, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(project, capsys, monkeypatch, "sync")
    assert code == 2
    assert "--source" in err
