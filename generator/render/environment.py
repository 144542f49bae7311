"""The Jinja environment: templates from the project, user overrides first."""

from __future__ import annotations

import json
from pathlib import Path

import jinja2

from generator.render.filters import comment, docstring, literal
from generator.naming import screaming_snake_case

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"


def _toml(value: str) -> str:
    return json.dumps(value, ensure_ascii=True)


def _markdown(text: str | None) -> str:
    """Text for a Markdown file: no raw HTML, no template markers left active."""
    return (text or "").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "")


def _enum_member(value: str) -> str:
    return screaming_snake_case(str(value), "VALUE")


def make_environment(user_templates: Path | None = None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(user_templates)))
    loaders.append(jinja2.FileSystemLoader(str(TEMPLATES_DIR)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["literal"] = literal
    env.filters["docstring"] = docstring
    env.filters["comment"] = comment
    env.filters["toml"] = _toml
    env.filters["md"] = _markdown
    env.filters["enum_member"] = _enum_member
    return env
