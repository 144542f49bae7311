"""Problems with the file as a whole: each is one GeneratorError whose one-line
message names the file and, where there is one, the location."""

from __future__ import annotations

import gc
import gzip
import json
import time
from pathlib import Path
from typing import Any

import pytest
from postman_helpers import V21, collection, request_item, walk

from generator.diagnostics import ExitCode, GeneratorError
from generator.postman import (
    MAX_COLLECTION_BYTES,
    MAX_FOLDER_DEPTH,
    load_collection,
    load_collection_bytes,
)

GOOD = json.dumps(collection(request_item("one")))


def _write(tmp_path: Path, content: str | bytes, name: str = "c.postman_collection.json") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _error(path: Path) -> GeneratorError:
    with pytest.raises(GeneratorError) as caught:
        load_collection(path)
    error = caught.value
    line = error.one_line()
    assert "\n" not in line and line.startswith("error: ")
    assert path.name in line
    assert error.exit_code is ExitCode.BAD_INPUT
    return error


def test_good_file_loads(tmp_path: Path) -> None:
    parsed, warnings = load_collection(_write(tmp_path, GOOD))
    assert warnings == [] and [r.name for r in walk(parsed.items)] == ["one"]


def test_missing_file(tmp_path: Path) -> None:
    assert _error(tmp_path / "nope.json").message == "file not found"


def test_directory(tmp_path: Path) -> None:
    (tmp_path / "dir.json").mkdir()
    assert "directory" in _error(tmp_path / "dir.json").message


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, where chmod 000 does not stop reading.
    path = _write(tmp_path, GOOD)

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    assert "permission denied" in _error(path).message


@pytest.mark.parametrize("content", ["", "  \n\t\n"])
def test_empty_file(tmp_path: Path, content: str) -> None:
    assert "empty" in _error(_write(tmp_path, content)).message


def test_truncated_json(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, GOOD[:-10]))
    assert "ends unexpectedly" in error.message and "truncated" in error.message
    assert error.where is not None and error.where.startswith("line 1, column ")


def test_truncated_inside_a_string(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, '{\n  "info": {"name": "cut here'))
    assert "ends unexpectedly" in error.message
    assert error.where == "line 2, column 20"  # where the string starts


def test_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, '{\n  "info": {},\n  "item": [1 2]\n}'))
    assert error.message.startswith("invalid JSON: Expecting ',' delimiter")
    assert error.where == "line 3, column 14"
    assert "line 3, column 14" in error.one_line()


def test_trailing_garbage(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, GOOD + "\n}oops"))
    assert "after the end of the JSON document" in error.message
    assert error.where == "line 2, column 1"


@pytest.mark.parametrize(
    ("content", "kind"),
    [("[]", "an array"), ("42", "a number"), ('"x"', "a string"), ("null", "null")],
)
def test_root_that_is_not_an_object(tmp_path: Path, content: str, kind: str) -> None:
    assert _error(_write(tmp_path, content)).message.startswith(f"the JSON document is {kind},")


def test_object_that_is_not_a_collection_names_what_was_found(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, json.dumps({"name": "x", "requests_list": [], "a": 1})))
    assert error.message == (
        "not a Postman collection: expected 'info' and 'item' at the top level, "
        "found 'name', 'requests_list', 'a'"
    )


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ({"openapi": "3.0.0", "info": {"title": "t"}, "paths": {}}, "OpenAPI"),
        ({"name": "env", "values": [], "_postman_variable_scope": "environment"}, "environment"),
        ({}, "empty"),
    ],
)
def test_other_documents_are_named(tmp_path: Path, doc: dict[str, Any], expected: str) -> None:
    assert expected in _error(_write(tmp_path, json.dumps(doc))).message


def test_item_not_a_list(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, json.dumps({"info": {"name": "x"}, "item": {"a": 1}})))
    assert error.where == "item"
    assert error.message == "'item' is an object, not an array of requests and folders"


def test_info_not_an_object(tmp_path: Path) -> None:
    assert _error(_write(tmp_path, json.dumps({"info": "x", "item": []}))).where == "info"


def test_postman_collection_without_item_is_empty_with_a_warning(tmp_path: Path) -> None:
    parsed, warnings = load_collection(_write(tmp_path, json.dumps({"info": {"schema": V21}})))
    assert parsed.items == [] and [w.where for w in warnings] == ["item"]


def test_api_export_wrapper(tmp_path: Path) -> None:
    parsed, _ = load_collection(_write(tmp_path, json.dumps({"collection": json.loads(GOOD)})))
    assert [r.name for r in walk(parsed.items)] == ["one"]


# --- encodings -----------------------------------------------------------------

TEXT = json.dumps(collection(request_item("café ✓")), ensure_ascii=False)


@pytest.mark.parametrize(
    "encoded",
    [
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM, native order
        b"\xff\xfe" + TEXT.encode("utf-16-le"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # no BOM: told apart by its zero bytes
        TEXT.encode("utf-32"),
    ],
    ids=["utf8-bom", "utf16", "utf16le-bom", "utf16be-bom", "utf16le-no-bom", "utf32"],
)
def test_unicode_encodings_are_decoded(tmp_path: Path, encoded: bytes) -> None:
    parsed, _ = load_collection(_write(tmp_path, encoded))
    assert [r.name for r in walk(parsed.items)] == ["café ✓"]


def test_latin1_file_is_a_clear_error(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, TEXT.replace("✓", "").encode("latin-1")))
    assert error.message.startswith("the file is not UTF-8 text (byte 0xE9 at line 1")


def test_broken_utf16_is_a_clear_error(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, b"\xff\xfe" + TEXT.encode("utf-16-le") + b"\x00"))
    assert "UTF-16-LE" in error.message


def test_gzip_file_is_named(tmp_path: Path) -> None:
    assert "gzip" in _error(_write(tmp_path, gzip.compress(GOOD.encode()))).message


# --- size ------------------------------------------------------------------------


def test_size_limit_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(200 * 1024 * 1024)  # sparse: nothing is written
    error = _error(path)
    assert error.message == "the file is 200.0 MB; collections are limited to 100 MB"
    assert MAX_COLLECTION_BYTES == 100 * 1024 * 1024


def test_size_limit_on_bytes() -> None:
    with pytest.raises(GeneratorError, match="limited to"):
        load_collection_bytes(GOOD.encode(), "mem.json", max_bytes=10)


def test_50_mb_collection_loads_quickly(tmp_path: Path) -> None:
    # Many small requests: the realistic worst case (a few big bodies parse fast).
    item = request_item(
        "List things",
        header=[{"key": "Accept", "value": "application/json"}],
        url={
            "raw": "{{baseUrl}}/v3/things/:id?page=0&size=20",
            "host": ["{{baseUrl}}"],
            "path": ["v3", "things", ":id"],
            "query": [{"key": "page", "value": "0"}, {"key": "size", "value": "20"}],
            "variable": [{"key": "id", "value": ""}],
        },
    )
    item["response"] = [{"name": "ok", "code": 200, "body": '{"a": 1}', "header": []}]
    unit = json.dumps(item)
    count = 50 * 1024 * 1024 // len(unit) + 1
    text = '{"info": {"name": "big"}, "item": [' + ",".join([unit] * count) + "]}"
    path = _write(tmp_path, text)
    assert path.stat().st_size > 50 * 1024 * 1024
    started = time.perf_counter()
    parsed, warnings = load_collection(path)
    elapsed = time.perf_counter() - started
    assert warnings == [] and len(parsed.items) == count
    assert elapsed < 15, f"50 MB took {elapsed:.1f}s"
    assert gc.isenabled()  # paused while parsing only


# --- nesting ---------------------------------------------------------------------


def _nested(levels: int) -> str:
    """Folders ``levels`` deep, built as text: json.dumps itself would recurse."""
    leaf = json.dumps(request_item("leaf"))
    opening = '{"name": "f", "item": [' * levels
    return '{"info": {"name": "deep"}, "item": [' + opening + leaf + "]}" * levels + "]}"


def test_5000_nested_folders_is_a_clear_error_not_a_recursion_error(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, _nested(5000)))
    assert "nested too deep" in error.message


def test_folders_deeper_than_the_limit(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, _nested(MAX_FOLDER_DEPTH + 1)))
    assert error.message == (
        f"folders nested too deep (limit {MAX_FOLDER_DEPTH} levels): "
        f"folder 'f' is at level {MAX_FOLDER_DEPTH + 1}"
    )
    assert error.where is not None and error.where.startswith("item[0].item[0].item[0]. (")
    assert len(error.one_line()) < 300


def test_folders_at_the_limit_work(tmp_path: Path) -> None:
    parsed, warnings = load_collection(_write(tmp_path, _nested(MAX_FOLDER_DEPTH)))
    (leaf,) = walk(parsed.items)
    assert leaf.name == "leaf" and leaf.where == "item[0]." * MAX_FOLDER_DEPTH + "item[0]"


def test_100000_character_name_just_works(tmp_path: Path) -> None:
    name = "n" * 100_000
    parsed, warnings = load_collection(_write(tmp_path, json.dumps(collection(request_item(name)))))
    assert warnings == [] and next(walk(parsed.items)).name == name
