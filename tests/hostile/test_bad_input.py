"""Unusable files and unusable items, end to end through the CLI.

A file that cannot be a collection is one ``error:`` line on stderr and exit 2,
never a traceback; an unusable item inside a good collection is skipped with a
warning naming it (exit 0), or fails the run under ``--strict`` (exit 2).
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from generator.naming import MAX_NAME_LENGTH
from generator.postman import MAX_COLLECTION_BYTES, MAX_FOLDER_DEPTH
from tests.hostile.helpers import (
    assert_one_line_error,
    cli,
    collection,
    import_everything,
    request,
    snapshot,
    write_json,
)

GOOD = json.dumps(collection(request("List things")))


def _generate(capsys: pytest.CaptureFixture[str], path: Path, out: Path, *extra: str):  # type: ignore[no-untyped-def]
    return cli(capsys, "generate", str(path), "--out", str(out), *extra)


def _nested_folders(levels: int) -> str:
    """Folders ``levels`` deep, written as text (``json.dumps`` would recurse)."""
    leaf = json.dumps(request("leaf"))
    return (
        '{"info": {"name": "deep"}, "item": ['
        + '{"name": "f", "item": [' * levels
        + leaf
        + "]}" * levels
        + "]}"
    )


UNUSABLE_FILES: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "empty"),
    "blank": (b" \n\t\n", "empty"),
    "truncated": (GOOD[:-7].encode(), "truncated"),
    "trailing garbage": (GOOD.encode() + b"\n}garbage", "after the end of the JSON"),
    "two documents": (GOOD.encode() + GOOD.encode(), "after the end of the JSON"),
    "array root": (b"[" + GOOD.encode() + b"]", "is an array, not an object"),
    "number root": (b"42", "is a number, not an object"),
    "string root": (b'"a collection"', "is a string, not an object"),
    "null root": (b"null", "not an object"),
    "not a collection": (b'{"name": "x", "values": [1]}', "not a collection"),
    "unrelated object": (b'{"foo": 1, "bar": [2]}', "not a Postman collection"),
    "openapi": (b'{"openapi": "3.0.0", "paths": {}}', "OpenAPI"),
    "missing info": (json.dumps({"item": [request("a")]}).encode(), "'info' is missing"),
    "info not an object": (json.dumps({"info": 3, "item": []}).encode(), "'info' is a number"),
    "item not a list": (
        json.dumps({"info": {"name": "x"}, "item": {"name": "a"}}).encode(),
        "'item' is an object",
    ),
    "item a string": (json.dumps({"info": {"name": "x"}, "item": "a"}).encode(), "'item' is"),
    "broken utf-16": (codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le") + b"\x00", "UTF-16"),
    "latin-1": (GOOD.replace("List", "Lïst").encode("latin-1"), "not UTF-8"),
    "binary": (b"\x00\x01\x02\xff\xfe\xfd" * 10, "error"),
    "gzip": (b"\x1f\x8b\x08\x00" + b"\x00" * 20, "gzip"),
    "5000 nested folders": (_nested_folders(5000).encode(), "nested too deep"),
    "5000 nested arrays": (b'{"info": {}, "item": ' + b"[" * 5000 + b"]" * 5000 + b"}", "deep"),
}


@pytest.mark.parametrize("name", list(UNUSABLE_FILES))
def test_unusable_file_is_one_line_and_exit_2(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, phrase = UNUSABLE_FILES[name]
    path = tmp_path / "c.postman_collection.json"
    path.write_bytes(data)
    run = _generate(capsys, path, tmp_path / "out")
    assert_one_line_error(run, str(path), phrase)
    assert not (tmp_path / "out").exists()


def test_missing_file_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_one_line_error(_generate(capsys, tmp_path / "nope.json", tmp_path / "o"), "not found")
    assert_one_line_error(_generate(capsys, tmp_path, tmp_path / "o"), "directory")


def test_inspect_reports_bad_input_the_same_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.json"
    path.write_bytes(b"[]")
    assert_one_line_error(cli(capsys, "inspect", str(path), "--format", "json"), "not an object")


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    ],
    ids=["utf-8 BOM", "utf-16-le BOM", "utf-16-be BOM"],
)
def test_files_with_a_bom_are_read(
    encode, tmp_path: Path, capsys: pytest.CaptureFixture[str]  # type: ignore[no-untyped-def]
) -> None:
    # UTF-8 with a BOM is what Windows editors save. The loader also decodes
    # UTF-16 (JSON allows it), so a UTF-16 export works instead of failing.
    path = tmp_path / "c.json"
    path.write_bytes(encode(GOOD))
    run = _generate(capsys, path, tmp_path / "out")
    assert run.code == 0, run
    assert "list_things" in (tmp_path / "out" / "c" / "_client.py").read_text()


def test_postman_v1_is_converted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    v1 = {
        "id": "c1",
        "name": "Old",
        "order": ["r1"],
        "requests": [
            {"id": "r1", "name": "Get thing", "method": "GET", "url": "https://x.io/things/:id"}
        ],
    }
    run = _generate(capsys, write_json(tmp_path / "old.json", v1), tmp_path / "out")
    assert run.code == 0, run
    assert "def get_thing(" in (tmp_path / "out" / "old" / "_client.py").read_text()


def test_folders_at_the_depth_limit_generate_an_importable_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Each resource module imports its children: nesting is capped in the
    # resource tree so importing the package cannot exhaust the stack.
    path = tmp_path / "deep.json"
    path.write_text(_nested_folders(MAX_FOLDER_DEPTH))
    run = _generate(capsys, path, tmp_path / "out")
    assert run.code == 0, run
    assert "nested deeper than" in run.err
    import_everything(tmp_path / "out", "deep")


def test_100000_character_names_give_bounded_identifiers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long = "very long name " * 7000
    doc = collection(
        {
            "name": long,
            "description": long,
            "item": [request(long, "https://api.example.com/" + "p" * 100_000, description=long)],
        },
        name=long,
    )
    out = tmp_path / "out"
    run = _generate(capsys, write_json(tmp_path / "long.json", doc), out)
    assert run.code == 0, run
    files = snapshot(out)
    names = [Path(p).stem for p in files]
    assert all(len(n) <= MAX_NAME_LENGTH + 4 for n in names), names
    client = (out / "long" / "_client.py").read_text()
    assert f"def {'very_long_name_' * 3}" in client
    # Docstrings and the README are shortened too; only the path must stay whole.
    assert max(len(text) for text in files.values()) < 250_000
    import_everything(out, "long")


def test_50_mb_collection_works(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = json.dumps({"field": "x" * 3000, "numbers": list(range(200))})
    item = request(
        "Create thing",
        method="POST",
        header=[{"key": "Content-Type", "value": "application/json"}],
        body={"mode": "raw", "raw": body},
    )
    item["response"] = [{"name": "ok", "code": 200, "body": body}]
    unit = json.dumps(item)
    count = 50 * 1024 * 1024 // len(unit) + 1
    path = tmp_path / "big.json"
    path.write_text('{"info": {"name": "big"}, "item": [' + ",".join([unit] * count) + "]}")
    run = _generate(capsys, path, tmp_path / "out")
    assert run.code == 0, run
    assert "(1 endpoints" in run.out


def test_oversized_file_is_a_clear_size_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:  # sparse: takes no disk space
        stream.truncate(MAX_COLLECTION_BYTES + 1)
    assert_one_line_error(_generate(capsys, path, tmp_path / "out"), "limited to")


# --- unusable items inside a good collection ---------------------------------------

BAD_ITEMS = [
    ({"name": "No URL", "request": {"method": "GET"}}, "no URL"),
    ({"name": "Number URL", "request": {"url": 42}}, "number"),
    ({"name": "Number method", "request": {"url": "https://x.io/a", "method": 7}}, "method"),
    ({"name": "Bad method", "request": {"url": "https://x.io/a", "method": "GET X"}}, "method"),
    ({"name": "Both", "request": {"url": "https://x.io/b"}, "item": []}, "both"),
    ({"name": "Neither"}, "neither"),
    ("just a string", "not an object"),
    ({"name": "Folder of junk", "item": 5}, "not an array"),
]


def _with_bad_items() -> dict[str, object]:
    items: list[object] = [request("Good one", "https://x.io/good")]
    items.extend(item for item, _ in BAD_ITEMS)
    items.append(request("Good two", "https://x.io/other"))
    return collection(*items)


def test_unusable_items_are_skipped_with_a_named_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    run = _generate(capsys, write_json(tmp_path / "items.json", _with_bad_items()), out)
    assert run.code == 0, run
    warnings = [line for line in run.err_lines if line.startswith("warning: ")]
    assert len(warnings) == len(BAD_ITEMS), run.err
    for (item, reason), line in zip(BAD_ITEMS, warnings, strict=True):
        assert reason in line, line
        if isinstance(item, dict):
            assert f"'{item['name']}'" in line, line
    client = (out / "items" / "_client.py").read_text()
    assert "def good_one(" in client and "def good_two(" in client
    import_everything(out, "items")


def test_unusable_items_fail_a_strict_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    path = write_json(tmp_path / "items.json", _with_bad_items())
    assert_one_line_error(_generate(capsys, path, out, "--strict"), "--strict", "No URL")
    assert not out.exists()


def test_messages_never_carry_terminal_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = "\x1b]0;owned\x07\x1b[2J\r\nnext line\u202e"
    doc = collection({"name": evil, "request": {"method": "GET"}}, request("ok"))
    run = _generate(capsys, write_json(tmp_path / "c.json", doc), tmp_path / "out")
    assert run.code == 0 and len(run.err_lines) == 1, run
    assert all(ch.isprintable() for ch in run.err_lines[0]), run.err
    assert "\\x1b" in run.err_lines[0]
    run = _generate(
        capsys, write_json(tmp_path / "c.json", {"info": {}, "item": evil}), tmp_path / "o"
    )
    assert_one_line_error(run, "'item' is a string")
