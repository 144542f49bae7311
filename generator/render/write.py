"""Writing the generated tree: atomically, with a manifest, sparing user files.

The new tree is built in a staging folder beside ``--out`` and swapped in with
renames, so a failed run leaves the old folder as it was. The manifest lists
the files the generator wrote (with hashes): a regeneration deletes the ones it
no longer produces and never touches files it did not create.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from generator.diagnostics import GeneratorError

MANIFEST_NAME = ".postman-codegen-manifest.json"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_manifest(folder: Path) -> dict[str, object] | None:
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def manifest_files(manifest: dict[str, object] | None) -> dict[str, str]:
    files = (manifest or {}).get("files")
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}


def write_manifest(folder: Path, inputs: dict[str, str]) -> None:
    files: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name != MANIFEST_NAME:
            files[path.relative_to(folder).as_posix()] = sha256(path.read_bytes())
    manifest = {"inputs": dict(sorted(inputs.items())), "files": files}
    text = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
    (folder / MANIFEST_NAME).write_text(text, encoding="utf-8")


def write_files(folder: Path, files: dict[str, str]) -> None:
    for rel, text in sorted(files.items()):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))


def user_files(out: Path) -> list[str]:
    """Files in ``out`` that the generator did not write (per the old manifest).

    Caches (``__pycache__``) and hidden folders (``.mypy_cache``, ``.venv``) are
    not the user's work and are not carried over."""
    if not out.is_dir():
        return []
    generated = set(manifest_files(read_manifest(out))) | {MANIFEST_NAME}
    found: list[str] = []
    for path in out.rglob("*"):
        rel = path.relative_to(out)
        folders = rel.parts[:-1]
        if not path.is_file() or rel.as_posix() in generated:
            continue
        if any(part == "__pycache__" or part.startswith(".") for part in folders):
            continue
        found.append(rel.as_posix())
    return sorted(found)


def staging_folder(out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.parent / f".{out.name}.staging-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    return staging


def carry_user_files(out: Path, staging: Path) -> None:
    """Copy files the user added to ``out`` into the new tree, untouched."""
    for rel in user_files(out):
        target = staging / rel
        if target.exists():
            raise GeneratorError(
                f"refusing to overwrite {rel}: it was not written by postman-codegen "
                "(move it away, or delete it, and run again)",
                source=str(out),
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(out / rel, target)


def swap_in(staging: Path, out: Path) -> None:
    """Replace ``out`` with ``staging`` using renames."""
    if out.exists():
        old = out.parent / f".{out.name}.old-{os.getpid()}"
        if old.exists():
            shutil.rmtree(old)
        os.replace(out, old)
        try:
            os.replace(staging, out)
        except OSError:
            os.replace(old, out)
            raise
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, out)
