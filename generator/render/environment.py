"""The Jinja environment: templates from the project, user overrides first."""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.inputs import TEMPLATES_DIR
from generator.naming import screaming_snake_case
from generator.render.filters import (
    comment,
    docstring,
    enum_members,
    literal,
    markdown,
    markdown_line,
    toml_string,
    whole_docstring,
)


def _enum_member(value: str) -> str:
    return screaming_snake_case(str(value), "VALUE")


def make_environment(
    user_templates: Path | None = None, *, precompiled: bool = True
) -> jinja2.Environment:
    """The environment the project is rendered with: ``user_templates`` first, then
    the built-in templates, loaded precompiled when those are current (see
    precompile.py) and compiled from the template files otherwise."""
    from generator.render.precompile import COMPILED_DIR, compiled_are_current

    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(user_templates)))
    if precompiled and compiled_are_current(TEMPLATES_DIR):
        loaders.append(jinja2.ModuleLoader(str(COMPILED_DIR)))
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
    env.filters["whole_docstring"] = whole_docstring
    env.filters["comment"] = comment
    env.filters["toml"] = toml_string
    env.filters["md"] = markdown
    env.filters["md_line"] = markdown_line
    env.filters["enum_members"] = enum_members
    env.filters["enum_member"] = _enum_member
    return env
