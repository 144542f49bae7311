"""Header values as HTTP carries them: spaces and tabs around a value are not
part of it (trimmed); a value no request can carry (a line break, another
control character) skips its header with a warning; a collection variable that
fills in such a value leaves no example behind. Non-ASCII values are sent as
UTF-8, and the generated tests expect exactly that, in-process and over HTTP."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from generator.postman.headers import parse_header_lines, sendable_header_value
from tests.generated_tests.projects import run_pytest
from tests.hostile.helpers import cli, collection, request, write_json
from tests.postman.postman_helpers import parse


def _headers(header: Any) -> tuple[list[tuple[str, str]], list[str]]:
    """The headers a request keeps, and the warnings, for this ``header`` value."""
    parsed, warnings = parse(collection(request("r", header=header)))
    item = parsed.items[0]
    kept = [(h.key, h.value) for h in item.request.headers]  # type: ignore[union-attr]
    return kept, [f"{w.where}: {w.message}" for w in warnings]


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("  padded  ", "padded"),
        ("\tpadded\t", "padded"),
        ("tab\tinside", "tab\tinside"),
        ("space inside", "space inside"),
        ("\u00a0nbsp\u3000", "\u00a0nbsp\u3000"),  # not HTTP whitespace: data
        ("caf\u00e9 \u8bbe\u5907", "caf\u00e9 \u8bbe\u5907"),
        ("   ", ""),
    ],
)
def test_values_are_trimmed_of_http_whitespace_only(value: str, kept: str) -> None:
    assert _headers([{"key": "X-Value", "value": value}]) == ([("X-Value", kept)], [])


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("line\nbreak", "line break or NUL"),
        ("carriage\rreturn", "line break or NUL"),
        ("nul\x00", "line break or NUL"),
        ("bell\x07", "control character"),
        ("\x1b[31mred\x1b[0m", "control character"),
        ("delete\x7f", "control character"),
        ("vertical\x0btab", "control character"),
    ],
)
def test_values_no_request_can_carry_skip_the_header(value: str, reason: str) -> None:
    kept, warnings = _headers([{"key": "X-Bad", "value": value}, {"key": "X-Ok", "value": "1"}])
    assert kept == [("X-Ok", "1")]
    assert warnings == [
        f"item[0].request.header[0]: header 'X-Bad' skipped: its value contains a {reason}"
    ]


def test_header_lines_split_on_line_ends_only() -> None:
    text = "X-A:  one \u2028 two \r\nX-B:\tthree\t\r// X-C: off \nX-D: caf\u00e9\x85"
    assert [(h.key, h.value, h.disabled) for h in parse_header_lines(text)] == [
        ("X-A", "one \u2028 two", False),
        ("X-B", "three", False),
        ("X-C", "off", True),
        ("X-D", "caf\u00e9\x85", False),
    ]


def test_header_lines_with_a_control_character_skip_that_line() -> None:
    kept, warnings = _headers("X-A: 1\nX-B: bell\x07\nX-C: 3")
    assert kept == [("X-A", "1"), ("X-C", "3")]
    assert warnings == [
        "item[0].request.header: header 'X-B' skipped: its value contains a control character"
    ]


@pytest.mark.parametrize(
    ("value", "sent"),
    [(" a ", "a"), ("a\tb", "a\tb"), ("a\nb", None), ("\r", None), ("a\x01", None), ("", "")],
)
def test_values_filled_in_by_variables(value: str, sent: str | None) -> None:
    assert sendable_header_value(value) == sent


def _collection() -> dict[str, Any]:
    original = {
        "method": "GET",
        "url": "https://api.example.com/things",
        "header": [
            {"key": "X-Padded", "value": " \tpadded\t "},
            {"key": "X-Broken", "value": "{{broken}}"},
            {"key": "X-Spaced", "value": "{{spaced}}"},
            {"key": "X-Text", "value": "caf\u00e9 \u202e\u8bbe\u5907 \u2028"},
        ],
    }
    return collection(
        {
            "name": "Get things",
            "request": {
                **original,
                "header": [
                    *original["header"],
                    {"key": "X-Fixed", "value": "  fixed value  "},
                    {"key": "X-Bell", "value": "bell\x07"},
                ],
            },
            "response": [
                {
                    "name": "ok",
                    "code": 200,
                    "originalRequest": original,
                    "header": [{"key": "Content-Type", "value": "application/json"}],
                    "body": '{"id": 1}',
                }
            ],
        },
        variable=[
            {"key": "broken", "value": "line one\r\nX-Injected: 1"},
            {"key": "spaced", "value": "  spaced  "},
        ],
    )


def test_generated_client_and_tests_send_headers_as_http_carries_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_json(tmp_path / "headers.postman_collection.json", _collection())
    out = tmp_path / "out"
    run = cli(capsys, "generate", str(path), "--out", str(out))
    assert run.code == 0, run
    assert run.err_lines == [
        "warning: item[0].request.header[5]: header 'X-Bell' skipped: "
        "its value contains a control character"
    ]
    client = (out / "headers" / "_client.py").read_text(encoding="utf-8")
    strings = {
        node.value
        for node in ast.walk(ast.parse(client))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert "fixed value" in strings and "  fixed value  " not in strings
    assert "X-Injected" not in client
    tests = (out / "tests" / "test_client_methods.py").read_text(encoding="utf-8")
    assert "X-Injected" not in tests and '"padded"' in tests and '"spaced"' in tests
    result = run_pytest(out, "tests", timeout=300)
    assert result.returncode == 0, result.stdout[-3000:]
    assert " passed" in result.stdout
