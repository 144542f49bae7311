"""An unusable overrides file is one ``error:`` line and exit 2, never a traceback:
status-code keys that only look like numbers (``"²".isdigit()`` is true, but
``int("²")`` fails), bad encodings, TOML errors, a folder instead of a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.helpers import assert_one_line_error, cli, collection, request, write_json


def _project(folder: Path, overrides: bytes) -> Path:
    write_json(folder / "shop.postman_collection.json", collection(request("List things")))
    (folder / "shop.overrides.toml").write_bytes(overrides)
    config = folder / "pyproject.toml"
    config.write_text(
        "[tool.postman-codegen]\n"
        'collection = "shop.postman_collection.json"\n'
        'out = "out"\n'
        'overrides = "shop.overrides.toml"\n',
        encoding="utf-8",
    )
    return config


def _responses(status: str) -> bytes:
    return f'[endpoints."GET /things".responses]\n"{status}" = "str"\n'.encode()


@pytest.mark.parametrize(
    "status",
    [
        "²",  # superscript two: isdigit() but not int()
        "²⁰⁰",
        "٢٠٠",  # Arabic-Indic digits: int() takes them, HTTP does not
        "２００",  # full-width digits
        "𝟐𝟎𝟎",  # mathematical bold digits
        "20²",
        "0x1F4",
        " 200",
        "200 ",
        "+200",
        "-200",
        "2_00",
        "99",
        "600",
        "",
    ],
)
def test_a_status_key_that_is_no_status_code_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], status: str
) -> None:
    config = _project(tmp_path, _responses(status))
    run = cli(capsys, "inspect", "--config", str(config))
    assert_one_line_error(run, "shop.overrides.toml", "responses", "not an HTTP status code")


def test_a_real_status_key_is_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _project(tmp_path, _responses("201"))
    run = cli(capsys, "inspect", "--config", str(config))
    assert run.code == 0, run
    assert "Traceback" not in run.err


@pytest.mark.parametrize(
    ("content", "phrase"),
    [
        (b"\xff\xfe\x00[models", "cannot read overrides"),
        (b"[models.X\n", "invalid TOML"),
        (b"[endpoints]\nx = 5\n", "endpoints.x"),
        (b'[endpoints."GET /things"]\nresponses = ["200"]\n', "responses"),
        (b"\x00" * 10, "invalid TOML"),
    ],
)
def test_an_unusable_overrides_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, phrase: str
) -> None:
    config = _project(tmp_path, content)
    run = cli(capsys, "inspect", "--config", str(config))
    assert_one_line_error(run, "shop.overrides.toml", phrase)


def test_an_overrides_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _project(tmp_path, b"")
    (tmp_path / "shop.overrides.toml").unlink()
    (tmp_path / "shop.overrides.toml").mkdir()
    run = cli(capsys, "inspect", "--config", str(config))
    assert_one_line_error(run, "shop.overrides.toml", "cannot read overrides")
