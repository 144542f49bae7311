"""A template that builds the wrong request or result makes the generated tests fail.

Each case overrides one template through a user templates folder (the way users
customise output) with one deliberate mistake, renders akenza with it, and runs
the generated tests that must catch it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.render.environment import TEMPLATES_DIR, make_environment
from generator.render.plan import render_files
from generator.render.write import write_files
from tests.generated_tests.projects import akenza_target, generated_akenza, run_pytest

# (template, text to remove, a generated test that must then fail)
MISTAKES = [
    pytest.param(
        "macros.jinja",
        "            query={ {%- for k, v in m.query %}{{ k }}: {{ v }}"
        '{{ ", " if not loop.last }}{% endfor %}},\n',
        "tests/test_workspaces.py::test_workspaces_list_workspaces__200_workspace_page",
        id="query-parameters-dropped",
    ),
    pytest.param(
        "package/_exceptions.py.jinja",
        "    404: NotFoundError,\n",
        "tests/test_workspaces.py::test_workspaces_get_workspace_by_id__404_workspace_not_found",
        id="404-not-mapped-to-NotFoundError",
    ),
]


def _render_with(override: Path, project: Path) -> None:
    built, _ = generated_akenza()
    files = render_files(built.api, akenza_target(), make_environment(user_templates=override))
    write_files(project, files)


@pytest.mark.parametrize(("template", "removed", "catching_test"), MISTAKES)
def test_a_wrong_template_fails_the_generated_tests(
    template: str, removed: str, catching_test: str, tmp_path: Path
) -> None:
    original = (TEMPLATES_DIR / template).read_text(encoding="utf-8")
    assert removed in original, f"{template} changed: update this mistake"
    override = tmp_path / "templates" / template
    override.parent.mkdir(parents=True)
    override.write_text(original.replace(removed, ""), encoding="utf-8")
    project = tmp_path / "project"
    _render_with(tmp_path / "templates", project)

    run = run_pytest(project, catching_test)
    assert run.returncode == 1, run.stdout[-3000:]
    assert "1 failed" in run.stdout, run.stdout[-3000:]


def test_the_unchanged_templates_pass_the_same_tests(tmp_path: Path) -> None:
    """The control: rendered the same way without an override, the tests pass."""
    project = tmp_path / "project"
    _render_with(tmp_path / "no-overrides", project)
    run = run_pytest(project, *(str(p.values[2]) for p in MISTAKES))
    assert run.returncode == 0, run.stdout[-3000:]
