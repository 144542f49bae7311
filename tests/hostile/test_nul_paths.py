"""A NUL character in a path argument (possible when ``main`` is called from
Python, not from a shell): a one-line usage error naming the argument (exit 2),
not an internal error from deep inside pathlib ("embedded null byte")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.helpers import assert_one_line_error, cli, collection, request, write_json


def _collection(tmp_path: Path) -> Path:
    return write_json(tmp_path / "ok.postman_collection.json", collection(request("List things")))


def test_nul_in_collection_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    run = cli(capsys, "generate", str(tmp_path / "a\0b.json"), "--out", str(out))
    assert_one_line_error(run, "COLLECTION", "NUL")
    assert not out.exists()


def test_nul_in_out_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = cli(capsys, "generate", str(_collection(tmp_path)), "--out", str(tmp_path / "o\0x"))
    assert_one_line_error(run, "--out", "NUL")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.postman_collection.json"]


def test_nul_in_config_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = cli(capsys, "inspect", "--config", str(tmp_path / "py\0project.toml"))
    assert_one_line_error(run, "--config", "NUL")
