"""``check``: is the committed output exactly what the inputs generate?

Full path: generate into a temporary folder and compare byte for byte with
``target.out`` (ignoring cache folders; files the user added, i.e. not listed
in the committed manifest, are kept by ``generate`` and so are not drift).

Quick path, taken unless ``--full``: the manifest written with the output holds
hashes of every input (collection, overrides, templates, the generator's own
files, the settings that reach the output, the formatter versions) and of every
file written. When all input hashes still match and every listed file still
has its hash, regenerating would reproduce the same bytes, so nothing is
generated. What the hashes cannot see (another Python version, a library
other than the formatters and Jinja behaving differently) is what ``--full``,
run in CI, is for.

Either way nothing is written into the project: generation goes to a
temporary folder outside it.
"""

from __future__ import annotations

import difflib
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from generator.config import Target
from generator.render.write import MANIFEST_NAME, manifest_files, read_manifest, sha256

# Folders tools create inside the output; they are never generated.
IGNORED_DIRS = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"})

INPUT_NAMES = {
    "collection": "the collection",
    "overrides": "the overrides file",
    "extensions": "the extension templates",
    "templates": "the templates",
    "generator_version": "the generator version",
    "generator_source": "the generator's code",
    "settings": "the [tool.postman-codegen] settings",
    "toolchain": "the formatter versions",
}


@dataclass
class CheckResult:
    in_sync: bool
    quick: bool  # decided from the manifest, without generating
    changed_inputs: list[str] = field(default_factory=list)
    hand_edited: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # generate would create these
    removed: list[str] = field(default_factory=list)  # generate would delete these
    changed: list[str] = field(default_factory=list)
    user_files: list[str] = field(default_factory=list)
    diffs: dict[str, list[str]] = field(default_factory=dict)


def tree_files(folder: Path) -> dict[str, Path]:
    """Relative POSIX path → file, without tool caches."""
    if not folder.is_dir():
        return {}
    found: dict[str, Path] = {}
    for path in folder.rglob("*"):
        rel = path.relative_to(folder)
        if any(part in IGNORED_DIRS for part in rel.parts[:-1]) or not path.is_file():
            continue
        found[rel.as_posix()] = path
    return found


def _hash_or_none(path: Path | None) -> str | None:
    return sha256(path.read_bytes()) if path is not None and path.is_file() else None


def changed_inputs(recorded: object, current: dict[str, str]) -> list[str]:
    old = recorded if isinstance(recorded, dict) else {}
    keys = sorted(set(old) | set(current))
    return [k for k in keys if old.get(k) != current.get(k)]


def hand_edits(out: Path, manifest: dict[str, object] | None) -> list[str]:
    """Generated files whose bytes no longer match the hash the generator wrote."""
    files = tree_files(out)
    return sorted(
        rel
        for rel, digest in manifest_files(manifest).items()
        if _hash_or_none(files.get(rel)) != digest
    )


def _manifest_is_canonical(out: Path, manifest: dict[str, object]) -> bool:
    """The manifest file is byte for byte what the writer produces for its data
    (a hand-edited manifest must not vouch for the quick path)."""
    text = (out / MANIFEST_NAME).read_text(encoding="utf-8")
    return text == json.dumps(manifest, indent=2, sort_keys=True) + "\n"


def quick_check(target: Target) -> CheckResult | None:
    """The verdict from hashes alone, or None when only generating can tell."""
    from generator.inputs import input_hashes

    manifest = read_manifest(target.out)
    if manifest is None or not _manifest_is_canonical(target.out, manifest):
        return None
    try:
        inputs = input_hashes(target)
    except OSError:  # a missing input: the full path reports it as bad input
        return None
    if changed_inputs(manifest.get("inputs"), inputs) or hand_edits(target.out, manifest):
        return None
    return CheckResult(in_sync=True, quick=True)


def unified(rel: str, old: bytes, new: bytes, max_lines: int) -> list[str]:
    if b"\0" in old or b"\0" in new:
        return [f"binary file {rel} differs"]
    lines = list(
        difflib.unified_diff(
            old.decode("utf-8", "replace").splitlines(),
            new.decode("utf-8", "replace").splitlines(),
            f"committed/{rel}",
            f"regenerated/{rel}",
            n=2,
            lineterm="",
        )
    )
    if len(lines) > max_lines:
        rest = len(lines) - max_lines
        lines = lines[:max_lines] + [f"... ({rest} more diff lines)"]
    return lines


def compare_trees(committed: Path, fresh: Path, max_lines: int) -> CheckResult:
    manifest = read_manifest(committed)
    listed = set(manifest_files(manifest))
    old, new = tree_files(committed), tree_files(fresh)
    result = CheckResult(in_sync=True, quick=False)
    for rel in sorted(set(old) | set(new)):
        if rel not in new:
            # Files the generator never wrote survive a regeneration untouched.
            if manifest is not None and rel not in listed and rel != MANIFEST_NAME:
                result.user_files.append(rel)
            else:
                result.removed.append(rel)
        elif rel not in old:
            result.added.append(rel)
        else:
            before, after = old[rel].read_bytes(), new[rel].read_bytes()
            if before != after:
                result.changed.append(rel)
                result.diffs[rel] = unified(rel, before, after, max_lines)
    result.in_sync = not (result.added or result.removed or result.changed)
    return result


def run_check(target: Target, *, full: bool = False, max_lines: int = 40) -> CheckResult:
    """Compare ``target.out`` with what the inputs generate (see the module doc)."""
    from generator.inputs import input_hashes

    if not full:
        verdict = quick_check(target)
        if verdict is not None:
            return verdict
    from generator.pipeline import generate_to_temp  # heavy: only when generating

    manifest = read_manifest(target.out)
    _built, fresh = generate_to_temp(target)
    try:
        result = compare_trees(target.out, fresh, max_lines)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    if manifest is not None:
        result.changed_inputs = changed_inputs(manifest.get("inputs"), input_hashes(target))
        result.hand_edited = hand_edits(target.out, manifest)
    return result


def describe(result: CheckResult, out: Path, max_files: int = 20) -> str:
    """The report printed by ``check``."""
    if result.in_sync:
        how = (
            "input and file hashes match the manifest" if result.quick else "regenerated, identical"
        )
        extra = f"; {len(result.user_files)} user file(s) ignored" if result.user_files else ""
        return f"in sync: {out} ({how}{extra})\n"
    lines = [f"drift: {out} differs from what its inputs generate"]
    if result.changed_inputs:
        names = ", ".join(INPUT_NAMES.get(k, k) for k in result.changed_inputs)
        lines.append(f"changed since the last generate: {names}")
    if result.hand_edited:
        lines.append("edited by hand (differ from the manifest): " + ", ".join(result.hand_edited))
    lines += [f"added: {name}" for name in result.added]
    lines += [f"removed: {name}" for name in result.removed]
    lines += [f"changed: {name}" for name in result.changed]
    # The manifest's diff repeats the other files' hashes; alone, it shows which input moved.
    diffs = [d for rel, d in result.diffs.items() if rel != MANIFEST_NAME or len(result.diffs) == 1]
    for diff in diffs[:max_files]:
        lines += diff
    if len(diffs) > max_files:
        lines.append(f"... diffs of {len(diffs) - max_files} more file(s) not shown")
    lines.append("run `postman-codegen generate` to update it, then commit the result")
    return "\n".join(lines) + "\n"
