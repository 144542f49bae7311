"""``mypy --strict`` on example_program.py against the generated package."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).with_name("example_program.py")


def test_example_program_type_checks(generated_dir: Path, tmp_path: Path) -> None:
    env = {**os.environ, "MYPYPATH": str(generated_dir)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-warn-unused-configs",
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            str(EXAMPLE),
        ],
        cwd=generated_dir,  # its pyproject.toml: strict, pydantic plugin
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
