"""Writing the generated tree: atomically, with a manifest, sparing user files.

The new tree is built in a staging folder beside ``--out`` and swapped in with
renames, so a failed run leaves the old folder as it was. The manifest lists
the files the generator wrote (with hashes): a regeneration deletes the ones it
no longer produces and never touches anything it did not create (files, links,
folders, hidden ones included): those are moved, not copied, into the new tree.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path, PurePosixPath

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
    not the user's work and are not listed (they are still kept on regeneration)."""
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


def _kept_entries(out: Path, staging: Path) -> list[str]:
    """What of ``out`` survives a regeneration: every file, link and folder that is
    not a file the generator wrote (per the old manifest), as the largest pieces
    that can move whole (a ``.git`` or an empty folder is one entry). Folders
    that hold generated files, or that the new tree has too, are entered and
    judged file by file."""
    generated = set(manifest_files(read_manifest(out))) | {MANIFEST_NAME}
    holding = {str(parent) for rel in generated for parent in PurePosixPath(rel).parents}
    kept: list[str] = []
    pending = [PurePosixPath()]
    while pending:
        folder = pending.pop()
        for child in sorted((out / folder).iterdir()):
            rel = folder / child.name
            if str(rel) in generated and not child.is_dir():
                continue  # replaced by the new tree
            real_dir = child.is_dir() and not child.is_symlink()
            new = staging / rel
            if real_dir and (str(rel) in holding or (new.is_dir() and not new.is_symlink())):
                pending.append(rel)
            else:
                kept.append(str(rel))
    return sorted(kept)


def staging_folder(out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.parent / f".{out.name}.staging-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    return staging


def carry_user_files(out: Path, staging: Path) -> None:
    """Check that everything the user keeps in ``out`` fits into the new tree: a
    user's file where the generator now writes one is an error, before any change."""
    if out.exists() and not out.is_dir():
        raise GeneratorError("--out exists and is not a folder", source=str(out))
    if not out.exists():
        return
    for rel in _kept_entries(out, staging):
        target = staging / rel
        if target.exists() or target.is_symlink():
            raise GeneratorError(
                f"refusing to overwrite {rel}: it was not written by postman-codegen "
                "(move it away, or delete it, and run again)",
                source=str(out),
            )


def swap_in(staging: Path, out: Path) -> None:
    """Put the new tree in place of ``out`` and move the user's files into it.

    Only renames, on one file system: user files keep their bytes, modes, links
    and timestamps, and a ``.git`` or ``.venv`` costs nothing to keep. If any
    step fails (or is interrupted) the steps before are undone, so ``out`` is
    left as it was."""
    if not out.exists():
        os.replace(staging, out)
        return
    kept = _kept_entries(out, staging)
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if old.exists():
        shutil.rmtree(old)
    os.replace(out, old)
    moved: list[str] = []
    try:
        os.replace(staging, out)
        for rel in kept:
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(old / rel, out / rel)
            moved.append(rel)
    except BaseException:
        for rel in reversed(moved):
            os.replace(out / rel, old / rel)
        if out.exists():
            os.replace(out, staging)  # the caller removes the staging folder
        os.replace(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)
