"""Collection text reaches the output only as inert text.

One collection carries payloads (quote breakers, backslashes, Jinja markers,
control characters, ``__import__(...)``) in every name, description, value,
header, body and example. The generated project must compile, pass ruff,
import, and run its own tests, while the payloads' marker file never appears;
and the text must survive as data (wire names exact, docstrings readable).
"""

from __future__ import annotations

import ast
import re
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.generated_tests.projects import run_pytest
from tests.hostile.helpers import (
    cli,
    import_everything,
    output_text,
    ruff_check,
    write_json,
)
from tests.hostile.payloads import JINJA_HIDDEN, hostile_collection, payloads

# Calls that only a payload could have put into the generated code.
_FORBIDDEN_CALLS = {"system", "touch", "__import__", "exec", "eval", "popen"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("inject")
    marker = root / "MARKER"
    path = write_json(root / "hostile.postman_collection.json", hostile_collection(str(marker)))
    from generator.cli import main

    assert main(["generate", str(path), "--out", str(root / "out")]) == 0
    return root / "out", marker


def _modules(out: Path) -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in out.rglob("*.py")}


def test_generation_succeeds_and_every_file_is_utf8(generated: tuple[Path, Path]) -> None:
    out, marker = generated
    assert (out / "hostile" / "_client.py").is_file()
    output_text(out)  # decodes every file as UTF-8
    assert not marker.exists()


def test_no_payload_became_code(generated: tuple[Path, Path]) -> None:
    out, _ = generated
    for path, module in _modules(out).items():
        for node in ast.walk(module):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                assert called not in _FORBIDDEN_CALLS, (path, ast.unparse(node))


def test_wire_names_are_kept_exactly(generated: tuple[Path, Path]) -> None:
    out, marker = generated
    constants = {
        node.value
        for module in _modules(out).values()
        for node in ast.walk(module)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    # Every payload is a query key somewhere: it must be in the code verbatim,
    # except lone surrogates, which the loader makes U+FFFD (UTF-8 cannot hold them).
    wanted = [re.sub("[\ud800-\udfff]", "\ufffd", text) for text in payloads(str(marker))]
    assert [text for text in wanted if text not in constants] == []


def test_docstrings_keep_the_text_readable(generated: tuple[Path, Path]) -> None:
    out, marker = generated
    text = output_text(out)
    assert JINJA_HIDDEN in text  # Jinja never evaluated collection text
    client = (out / "hostile" / "_client.py").read_text()
    # The collection name, a docstring breaker, is the client's docstring, escaped.
    first = payloads(str(marker))[0]
    assert first.replace('"""', '\\"\\"\\"') in client


def test_pyproject_and_readme_are_inert(generated: tuple[Path, Path]) -> None:
    out, _ = generated
    pyproject = tomllib.loads((out / "pyproject.toml").read_text())
    assert set(pyproject) == {"build-system", "project", "tool"}
    assert "evil" not in pyproject["tool"]
    readme = (out / "README.md").read_text()
    # Code blocks show code literally; everywhere else HTML must be escaped.
    prose = "".join(readme.split("```")[::2])
    assert "<script>" not in prose and "&lt;script&gt;" in prose
    assert "\x1b" not in readme and "\r" not in readme


def test_ruff_passes(generated: tuple[Path, Path]) -> None:
    ruff_check(generated[0])


@pytest.fixture(scope="module")
def generated_tests_run(generated: tuple[Path, Path]) -> subprocess.CompletedProcess[str] | None:
    """The generated project's own tests, run once (None when it has none)."""
    out, _ = generated
    if not (out / "tests").is_dir():
        return None
    return run_pytest(out, "tests", timeout=900)


def test_importing_and_running_the_generated_tests_executes_nothing(
    generated: tuple[Path, Path], generated_tests_run: subprocess.CompletedProcess[str] | None
) -> None:
    out, marker = generated
    import_everything(out, "hostile")
    if generated_tests_run is not None:
        # Every test module was imported and every test ran (pass or fail).
        assert " passed" in generated_tests_run.stdout, generated_tests_run.stdout[-3000:]
    assert not marker.exists()


def test_generated_tests_pass_on_hostile_text(
    generated_tests_run: subprocess.CompletedProcess[str] | None,
) -> None:
    assert (
        generated_tests_run is None or generated_tests_run.returncode == 0
    ), generated_tests_run.stdout[-3000:]


def test_inspect_output_is_valid_json_with_the_text(
    generated: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import json

    _, marker = generated
    path = write_json(tmp_path / "c.json", hostile_collection(str(marker)))
    run = cli(capsys, "inspect", str(path), "--format", "json")
    assert run.code == 0
    summary = json.loads(run.out)
    names = {e["name"] for e in summary["endpoints"]}
    assert payloads(str(marker))[1] in names
