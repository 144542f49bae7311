"""Saved examples of one endpoint whose 2xx bodies disagree (a 200 list, a 201
JSON string, a 202 object): the method returns the first 2xx response's type,
the client returns other bodies as received (best effort), and the generated
tests expect exactly that instead of parsing every body into the return type."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.generated_tests.projects import run_pytest
from tests.hostile.helpers import cli, collection, write_json

_PAGE = {
    "content": [{"id": 1, "name": "a"}],
    "totalElements": 1,
    "totalPages": 1,
    "number": 0,
    "size": 20,
}


def _example(code: int, body: Any) -> dict[str, Any]:
    return {
        "name": f"answers {code}",
        "code": code,
        "header": [{"key": "Content-Type", "value": "application/json"}],
        "body": json.dumps(body),
    }


def _endpoint(name: str, url: str, first: Any) -> dict[str, Any]:
    return {
        "name": name,
        "request": {"method": "GET", "url": url},
        "response": [
            _example(200, first),
            _example(201, "just a string"),
            _example(202, {"job": 7, "state": "queued"}),
            _example(203, ""),  # a JSON string too: `""`
            _example(204, None),
        ],
    }


@pytest.mark.parametrize(
    "first",
    [
        [{"id": 1, "name": "a"}],  # a list of models
        {"id": 1, "name": "a"},  # a model
        _PAGE,  # a page: the method returns a page object
    ],
    ids=["list", "model", "page"],
)
def test_generated_tests_pass_when_2xx_bodies_disagree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: Any
) -> None:
    url = "https://api.example.com/things?page=0&size=20"
    doc = collection(_endpoint("List things", url, first))
    path = write_json(tmp_path / "shapes.postman_collection.json", doc)
    out = tmp_path / "out"
    run = cli(capsys, "generate", str(path), "--out", str(out))
    assert run.code == 0, run
    tests = (out / "tests" / "test_client_methods.py").read_text(encoding="utf-8")
    # The first 2xx parses into the return type; the others are compared as sent.
    assert tests.count("assert_parses(result, body") == 1
    assert tests.count("assert_same(page_of(result), body)") == 3  # 201, 202, 203
    result = run_pytest(out, "tests", timeout=300)
    assert result.returncode == 0, result.stdout[-3000:]
