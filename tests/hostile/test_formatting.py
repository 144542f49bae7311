"""Long names and values: the format stage's output stays exactly black's.

ruff's formatter and black differ where a line cannot fit: a lambda body, a
parameter whose annotation and default are too long (see
generator/render/format.py). Such files must come out as black writes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hostile.helpers import black_check, cli, collection, request, ruff_check, write_json

LONG = "a_parameter_name_long_enough_to_fill_most_of_a_line_of_code_x"


def test_long_parameters_and_calls_are_formatted_as_black_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = {
        "raw": "https://api.example.io/things",
        "protocol": "https",
        "host": ["api", "example", "io"],
        # A long name with a long default: ruff would split ``str | None`` over two lines.
        "path": ["a_resource_with_a_rather_long_name_as_well", "things"],
        "query": [{"key": LONG, "value": "-170475743507016876032-and-some-more"}],
    }
    path = write_json(
        tmp_path / "long.postman_collection.json",
        collection(request(f"Get {LONG} with a very long operation name", url)),
    )
    out = tmp_path / "out"
    run = cli(capsys, "generate", str(path), "--out", str(out))
    assert run.code == 0, run
    client = (out / "long" / "_client.py").read_text("utf-8")
    assert f"{LONG[:50]}" in client
    assert ": (\n" in client  # black's spelling of the long parameter: the annotation wrapped
    black_check(out)
    ruff_check(out)


@pytest.mark.parametrize("ending", ['"""', '"', '\\"', "\\", "'''"])
def test_docstrings_ending_in_quotes_are_formatted_as_black_does(
    ending: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """black puts a space before the closing quotes when a docstring ends with a
    quote, escaped or not; ruff's formatter not after an escaped one."""
    text = f"Text that ends in {ending}"
    doc = collection(
        {"name": text, "description": text, "item": [request(text, description=text)]},
        name="Quotes",
    )
    doc["info"]["description"] = text
    path = write_json(tmp_path / "quotes.postman_collection.json", doc)
    out = tmp_path / "out"
    run = cli(capsys, "generate", str(path), "--out", str(out))
    assert run.code == 0, run
    black_check(out)
    ruff_check(out)


def test_long_field_annotations_are_formatted_as_black_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 60-character field name typed by a long model name: ruff leaves the line
    too long, black wraps the annotation in parentheses."""
    inner = {"a_nested_object_key_that_is_long_enough_to_name_a_long_model_x": {"v": 1}}
    body = {LONG: inner}
    item = request("Get things", "https://api.example.io/things")
    item["response"] = [{"name": "ok", "code": 200, "body": json.dumps(body), "header": []}]
    path = write_json(tmp_path / "fields.postman_collection.json", collection(item))
    out = tmp_path / "out"
    run = cli(capsys, "generate", str(path), "--out", str(out))
    assert run.code == 0, run
    black_check(out)
    ruff_check(out)
