"""Nothing lost: a failed run leaves ``--out`` byte-identical, and a good run
never deletes or changes a file the generator did not write (per its manifest)."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import generator.pipeline as pipeline
import generator.render.write as write
from generator.render.write import MANIFEST_NAME
from tests.hostile.helpers import cli, collection, folder, request, snapshot, write_json

PACKAGE = "shop"


def _collection(*extra: Any) -> dict[str, Any]:
    return collection(
        folder("Orders", request("List orders", "https://api.shop.io/orders")),
        folder("Users", request("Get user", "https://api.shop.io/users/:id")),
        *extra,
    )


def _full_snapshot(root: Path) -> dict[str, object]:
    """Files with bytes, plus folders, symlinks and permission bits."""
    tree: dict[str, object] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            tree[rel] = ("link", os.readlink(path))
        elif path.is_dir():
            tree[rel] = ("dir", path.stat().st_mode)
        else:
            tree[rel] = ("file", path.read_bytes(), path.stat().st_mode)
    return tree


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """A generated project the user has worked in."""
    source = write_json(tmp_path / f"{PACKAGE}.json", _collection())
    out = tmp_path / "out"
    assert cli(capsys, "generate", str(source), "--out", str(out)).code == 0
    (out / "NOTES.md").write_text("my notes\n")
    (out / PACKAGE / "custom.py").write_text("# hand-written helper\n")
    (out / PACKAGE / "resources" / "extra").mkdir()
    (out / PACKAGE / "resources" / "extra" / "x.py").write_text("x = 1\n")
    (out / ".git" / "refs").mkdir(parents=True)
    (out / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (out / ".github" / "workflows").mkdir(parents=True)
    (out / ".github" / "workflows" / "ci.yml").write_text("on: push\n")
    (out / ".env").write_text("SHOP_API_KEY=do-not-lose\n")
    (out / "empty-dir").mkdir()
    (out / "script.sh").write_text("#!/bin/sh\n")
    (out / "script.sh").chmod(0o755)
    (out / "link-to-notes").symlink_to("NOTES.md")
    (out / PACKAGE / "__pycache__").mkdir(exist_ok=True)
    return source, out


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


# --- failures leave --out byte-identical ---------------------------------------------


def _fail_with(exc: BaseException) -> Callable[..., Any]:
    def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise exc

    return fail


FAILURES: dict[str, tuple[str, str, BaseException, int]] = {
    # name: (module, attribute, exception, exit code)
    "template error": ("generator.pipeline", "render_package_files", KeyError("boom"), 3),
    # The tests render in a forked process: its error must come back as this one.
    "template error in the tests": ("generator.pipeline", "render_tests", KeyError("boom"), 3),
    "formatter error": (
        "generator.pipeline",
        "format_files",
        pipeline.GeneratorError(
            "black could not format x.py", exit_code=pipeline.ExitCode.INTERNAL
        ),
        3,
    ),
    "formatter crash": ("generator.pipeline", "format_files", RuntimeError("black crashed"), 3),
    "disk full while writing": (
        "generator.pipeline",
        "write_files",
        OSError(errno.ENOSPC, "No space left on device"),
        2,
    ),
    "disk full writing the manifest": (
        "generator.pipeline",
        "write_manifest",
        OSError(errno.ENOSPC, "No space left on device"),
        2,
    ),
    "interrupted while formatting": (
        "generator.pipeline",
        "format_files",
        KeyboardInterrupt(),
        130,
    ),
    "interrupted while carrying files": (
        "generator.pipeline",
        "carry_user_files",
        KeyboardInterrupt(),
        130,
    ),
}


@pytest.mark.parametrize("name", list(FAILURES))
def test_a_failed_run_leaves_out_untouched(
    name: str,
    project: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source, out = project
    module, attribute, exc, code = FAILURES[name]
    before = _full_snapshot(out)
    write_json(source, _collection(request("New endpoint", "https://api.shop.io/new")))
    monkeypatch.setattr(f"{module}.{attribute}", _fail_with(exc))
    run = cli(capsys, "generate", str(source), "--out", str(out))
    assert run.code == code, run
    assert len(run.err_lines) == 1 and run.err.startswith("error: "), run.err
    assert _full_snapshot(out) == before
    assert _leftovers(out) == []


def test_bad_input_leaves_out_untouched(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = project
    before = _full_snapshot(out)
    source.write_text('{"info": {"name": "x"}, "item": [')
    assert cli(capsys, "generate", str(source), "--out", str(out)).code == 2
    assert _full_snapshot(out) == before and _leftovers(out) == []


@pytest.mark.parametrize("step", [1, 2])
def test_a_failure_while_swapping_restores_out(
    step: int,
    project: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The swap is renames; the n-th rename failing rolls back the ones before."""
    source, out = project
    before = _full_snapshot(out)
    real_replace = os.replace
    calls = {"n": 0}

    def flaky_replace(src: Any, dst: Any) -> None:
        calls["n"] += 1
        if calls["n"] == step + 1:  # the first rename moves out aside
            raise OSError(errno.EIO, "I/O error")
        real_replace(src, dst)

    monkeypatch.setattr(write.os, "replace", flaky_replace)
    run = cli(capsys, "generate", str(source), "--out", str(out))
    monkeypatch.setattr(write.os, "replace", real_replace)
    assert run.code == 2, run
    assert _full_snapshot(out) == before
    assert _leftovers(out) == []


def test_a_user_file_where_a_new_file_goes_is_refused(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = project
    mine = out / PACKAGE / "resources" / "billing.py"
    mine.write_text("# mine\n")
    before = _full_snapshot(out)
    write_json(source, _collection(folder("Billing", request("Pay", "https://api.shop.io/pay"))))
    run = cli(capsys, "generate", str(source), "--out", str(out))
    assert run.code == 2 and "refusing to overwrite" in run.err, run
    assert "billing.py" in run.err
    assert _full_snapshot(out) == before and _leftovers(out) == []


def test_out_that_is_a_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_json(tmp_path / "c.json", _collection())
    out = tmp_path / "out"
    out.write_text("not a folder")
    run = cli(capsys, "generate", str(source), "--out", str(out))
    assert run.code == 2 and len(run.err_lines) == 1 and "not a folder" in run.err, run
    assert out.read_text() == "not a folder"


# --- a good run spares the user's files --------------------------------------------------


def test_regeneration_keeps_every_user_file(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = project
    manifest = json.loads((out / MANIFEST_NAME).read_text())
    generated = set(manifest["files"]) | {MANIFEST_NAME}
    mine = {k: v for k, v in _full_snapshot(out).items() if k not in generated}
    # The Users folder goes away, a Billing folder comes: the tree changes shape.
    write_json(
        source,
        collection(
            folder("Orders", request("List orders", "https://api.shop.io/o")),
            folder("Billing", request("Pay", "https://api.shop.io/pay")),
        ),
    )
    run = cli(capsys, "generate", str(source), "--out", str(out))
    assert run.code == 0, run
    after = _full_snapshot(out)
    assert {k: after.get(k) for k in mine} == mine
    assert not (out / PACKAGE / "resources" / "users.py").exists()
    assert (out / PACKAGE / "resources" / "billing.py").exists()
    assert _leftovers(out) == []


def test_out_without_a_manifest_is_never_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder the generator did not make: its files are all the user's."""
    source = write_json(tmp_path / f"{PACKAGE}.json", _collection())
    out = tmp_path / "existing"
    out.mkdir()
    (out / "README.md").write_text("my project\n")
    before = snapshot(out)
    run = cli(capsys, "generate", str(source), "--out", str(out))
    assert run.code == 2 and "README.md" in run.err, run
    assert snapshot(out) == before
    (out / "README.md").unlink()
    (out / "keep.txt").write_text("keep\n")
    assert cli(capsys, "generate", str(source), "--out", str(out)).code == 0
    assert (out / "keep.txt").read_text() == "keep\n"
