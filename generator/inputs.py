"""What a generation's output depends on, as hashes for the manifest.

Kept apart from the pipeline, and light to import: ``check`` compares these
hashes with the manifest without loading the parser, the model or Jinja.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import generator
from generator.config import Target
from generator.render.write import sha256

TEMPLATES_DIR = Path(generator.__file__).resolve().parents[1] / "templates"

GENERATOR_DIR = Path(generator.__file__).resolve().parent
# Code that never influences the generated files: hashing it would only make
# the committed manifest stale on every change to these commands.
_NOT_GENERATION = ("drift",)


def generator_source_hash() -> str:
    """Hash of the generator's own files (code and data, not docs): with it in the
    manifest, ``check`` can trust matching input hashes without regenerating."""
    parts: list[bytes] = []
    for path in sorted(GENERATOR_DIR.rglob("*")):
        rel = path.relative_to(GENERATOR_DIR)
        if (
            not path.is_file()
            or rel.parts[0] in _NOT_GENERATION
            or "__pycache__" in rel.parts
            or path.suffix in (".pyc", ".md")
        ):
            continue
        parts.append(rel.as_posix().encode() + b"\0" + path.read_bytes())
    return sha256(b"\0".join(parts))


def settings_hash(target: Target) -> str:
    """Hash of the config settings that reach the generated files (names, version)."""
    settings = {
        "package": target.package,
        "client_class": target.client_class,
        "env_prefix": target.env_prefix,
        "project_name": target.project_name,
        "version": target.version,
    }
    return sha256(json.dumps(settings, sort_keys=True).encode())


def toolchain_versions() -> str:
    """Versions of the libraries whose behaviour shapes the output (formatters, Jinja)."""
    found = []
    for name in ("black", "ruff", "jinja2"):
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} ?")
    return ", ".join(found)


def folder_hash(folder: Path) -> str:
    """Hash of every file below ``folder``, names included (a rename is a change)."""
    parts = [
        p.relative_to(folder).as_posix().encode() + b"\0" + p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    ]
    return sha256(b"\0".join(parts))


def templates_hash(folder: Path | None = None) -> str:
    """Hash of the template files (names included) under ``folder``, the built-in
    templates by default."""
    root = folder or TEMPLATES_DIR
    templates = sorted(p for p in root.rglob("*") if p.is_file())
    return sha256(
        b"".join(p.relative_to(root).as_posix().encode() + p.read_bytes() for p in templates)
    )


def input_hashes(target: Target) -> dict[str, str]:
    """What the output depends on, for the manifest: drift can say which input changed."""
    template_hash = templates_hash()
    inputs = {
        "collection": sha256(target.collection.read_bytes()),
        "generator_version": generator.__version__,
        "generator_source": generator_source_hash(),
        "settings": settings_hash(target),
        "templates": template_hash,
        "toolchain": toolchain_versions(),
    }
    if target.overrides is not None and target.overrides.is_file():
        inputs["overrides"] = sha256(target.overrides.read_bytes())
    if target.extensions is not None and target.extensions.is_dir():
        inputs["extensions"] = folder_hash(target.extensions)
    return inputs
