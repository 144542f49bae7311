"""End-to-end golden tests: small collections → committed expected output, byte for byte.

Refresh the expected trees after an intended change with:

    UPDATE_GOLDENS=1 .venv/bin/pytest tests/test_golden.py
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.config import target_for_collection
from generator.pipeline import generate
from generator.render.write import MANIFEST_NAME

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "collection.json").is_file())


def _tree(folder: Path) -> dict[str, bytes]:
    """The generated files; the manifest is left out: it records hashes of the
    generator's own code, which would make every refactoring a golden change."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.name != MANIFEST_NAME
    }


@pytest.mark.parametrize("case", CASES)
def test_output_matches_golden(case: str, tmp_path: Path) -> None:
    collection = GOLDEN / case / "collection.json"
    out = tmp_path / "out"
    generate(target_for_collection(collection, out, case.replace("-", "_")))
    expected_dir = GOLDEN / case / "expected"
    if os.environ.get("UPDATE_GOLDENS"):
        shutil.rmtree(expected_dir, ignore_errors=True)
        shutil.copytree(
            out, expected_dir, ignore=shutil.ignore_patterns("__pycache__", MANIFEST_NAME)
        )
    actual, expected = _tree(out), _tree(expected_dir)
    assert sorted(actual) == sorted(expected), "file list differs: UPDATE_GOLDENS=1 to refresh"
    for name in expected:
        assert actual[name] == expected[name], f"{case}/{name} differs: UPDATE_GOLDENS=1 to refresh"
