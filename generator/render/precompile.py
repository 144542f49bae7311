"""The built-in templates, compiled ahead of time into Python modules.

Jinja compiles a template (lexing, parsing, generating Python) the first time
it is loaded: about 75 ms for all of ours, paid by every ``generate`` run. The
modules in ``generator/render/compiled/`` are what Jinja would produce; they are
committed with the templates, like generated code, and loaded with Jinja's
``ModuleLoader``. ``compiled/SOURCES`` holds the hash of the templates they were
made from: when the templates change and the modules are not refreshed, the
environment simply compiles the templates as before (slower, same output), and
the test suite fails until they are refreshed:

    .venv/bin/python -m generator.render.precompile

(``scripts/generate.sh`` runs it before generating.)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from generator.inputs import TEMPLATES_DIR, templates_hash

COMPILED_DIR = Path(__file__).resolve().parent / "compiled"
STAMP = "SOURCES"
_HEADER = '"""Compiled built-in templates, written by generator/render/precompile.py."""\n'


def _stamp(templates: Path) -> str:
    """What the compiled modules depend on: the templates, and Jinja's code generator."""
    import jinja2

    return f"{templates_hash(templates)} jinja2-{jinja2.__version__}\n"


def compiled_are_current(templates: Path = TEMPLATES_DIR) -> bool:
    """Whether ``compiled/`` was made from the templates in ``templates`` as they are now."""
    try:
        return (COMPILED_DIR / STAMP).read_text(encoding="utf-8") == _stamp(templates)
    except OSError:
        return False


def compile_into(folder: Path) -> None:
    """Write the compiled modules of every built-in template into ``folder`` (new)."""
    from generator.render.environment import make_environment

    env = make_environment(precompiled=False)
    folder.mkdir(parents=True)
    env.compile_templates(folder, zip=None, ignore_errors=False)
    (folder / "__init__.py").write_text(_HEADER, encoding="utf-8")
    (folder / STAMP).write_text(_stamp(TEMPLATES_DIR), encoding="utf-8")


def main() -> int:
    """Recompile ``compiled/`` from the templates (always: it takes a tenth of a second)."""
    with tempfile.TemporaryDirectory(prefix="postman-codegen-compiled-") as work:
        fresh = Path(work) / "compiled"
        compile_into(fresh)
        shutil.rmtree(COMPILED_DIR, ignore_errors=True)
        shutil.copytree(fresh, COMPILED_DIR)
    print(f"compiled the templates into {COMPILED_DIR}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
