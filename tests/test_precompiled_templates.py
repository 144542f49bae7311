"""The compiled built-in templates (generator/render/compiled) match the templates."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator.config import load_target
from generator.pipeline import build
from generator.render import precompile
from generator.render.environment import make_environment
from generator.render.plan import render_files

REPO = Path(__file__).resolve().parents[1]


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_committed_modules_are_what_the_templates_compile_to(tmp_path: Path) -> None:
    fresh = tmp_path / "compiled"
    precompile.compile_into(fresh)
    committed = _files(precompile.COMPILED_DIR)
    assert committed == _files(
        fresh
    ), "generator/render/compiled is stale: run `.venv/bin/python -m generator.render.precompile`"
    assert precompile.compiled_are_current()


def _uses_compiled(env: jinja2.Environment) -> bool:
    loader = env.loader
    assert isinstance(loader, jinja2.ChoiceLoader)
    return any(isinstance(each, jinja2.ModuleLoader) for each in loader.loaders)


def test_compiled_and_source_templates_render_the_same() -> None:
    target = load_target(REPO / "pyproject.toml")
    api = build(target).api
    compiled = make_environment()
    assert _uses_compiled(compiled)
    assert render_files(api, target, compiled) == render_files(
        api, target, make_environment(precompiled=False)
    )


def test_stale_modules_are_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / "compiled"
    precompile.compile_into(stale)
    (stale / precompile.STAMP).write_text("0" * 64 + " jinja2-0\n", encoding="utf-8")
    monkeypatch.setattr(precompile, "COMPILED_DIR", stale)
    assert not precompile.compiled_are_current()
    assert not _uses_compiled(make_environment())
