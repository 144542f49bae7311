"""``sync``: pin the upstream collection and regenerate, all or nothing.

Order of work: fetch, unwrap, drop volatile fields and validate — all before
touching the project, so a bad upstream changes nothing. Then the changelog
against the pinned copy, then the writes (pinned collection, config version
with ``--bump``) and ``generate``; if any of those fails, the files written
are put back (``generate`` itself swaps ``out`` in atomically).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.config import Target
from generator.diagnostics import GeneratorError
from generator.drift import fetch, normalize
from generator.drift.changes import Bump, Change, bumped, suggested_bump
from generator.drift.configfile import with_version
from generator.drift.diff import diff_apis, empty_api, load_api
from generator.postman import load_collection_bytes


@dataclass
class SyncResult:
    source: str
    changes: list[Change] = field(default_factory=list)
    collection_changed: bool = False
    regenerated: bool = False
    bump: Bump = "none"
    version: str = ""  # the generated package's version before the sync
    new_version: str | None = None  # set when --bump applied one


def _atomic_write(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.sync-{os.getpid()}")
    temporary.write_bytes(data)
    os.replace(temporary, path)


class _Undo:
    """Remembers files before they are overwritten, to put them back on failure."""

    def __init__(self) -> None:
        self.saved: dict[Path, bytes | None] = {}

    def write(self, path: Path, data: bytes) -> None:
        if path not in self.saved:
            self.saved[path] = path.read_bytes() if path.exists() else None
        _atomic_write(path, data)

    def restore(self) -> None:
        for path, data in self.saved.items():
            if data is None:
                path.unlink(missing_ok=True)
            else:
                _atomic_write(path, data)


def resolve_source(target: Target, given: str | None, env: Mapping[str, str]) -> fetch.Source:
    if given:  # typed by the user: relative to where they are
        return fetch.parse_source(given, Path.cwd(), env)
    if target.upstream and target.upstream.strip():
        return fetch.parse_source(target.upstream, target.root, env)
    raise GeneratorError(
        "no upstream collection is configured (the `upstream` key of [tool.postman-codegen] "
        "is empty or missing): pass --source URL | postman:<uid> | FILE"
    )


def _read_pinned(target: Target) -> dict[str, Any] | None:
    try:
        data = json.loads(target.collection.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return None  # unreadable pinned copy: the upstream replaces it wholesale
    return data if isinstance(data, dict) else None


def _changelog(
    target: Target, pinned: dict[str, Any] | None, new_bytes: bytes, label: str
) -> list[Change]:
    old_api = load_api(target.collection, target) if pinned is not None else empty_api(target)
    with tempfile.TemporaryDirectory(prefix="postman-codegen-sync-") as folder:
        candidate = Path(folder) / target.collection.name
        candidate.write_bytes(new_bytes)
        try:
            new_api = load_api(candidate, target)
        except GeneratorError as exc:
            exc.source = label  # not the temporary file's name
            raise
    return diff_apis(old_api, new_api)


def _up_to_date(target: Target) -> bool:
    from generator.drift.check import quick_check

    return quick_check(target) is not None


def run_sync(
    target: Target,
    config_file: Path,
    source_text: str | None,
    *,
    apply_bump: bool = False,
    timeout: float = fetch.DEFAULT_TIMEOUT,
    dry_run: bool = False,
    env: Mapping[str, str] | None = None,
) -> SyncResult:
    from generator.pipeline import generate

    env = os.environ if env is None else env
    source = resolve_source(target, source_text, env)
    upstream = normalize.unwrap(fetch.fetch(source, timeout=timeout, env=env), source.label)
    new_bytes = normalize.dump(normalize.strip_volatile(upstream))
    load_collection_bytes(new_bytes, source.label)  # a broken upstream stops here
    result = SyncResult(source=source.label, version=target.version)

    pinned = _read_pinned(target)
    result.collection_changed = pinned is None or not normalize.same_collection(pinned, upstream)
    if result.collection_changed:
        result.changes = _changelog(target, pinned, new_bytes, source.label)
        result.bump = suggested_bump(result.changes)
        if result.bump == "none":
            result.bump = "patch"  # examples or metadata changed: the output may too
    elif _up_to_date(target):
        return result
    if dry_run:
        return result

    new_target = target
    if apply_bump and result.collection_changed:
        try:
            result.new_version = bumped(target.version, result.bump)
        except ValueError as exc:
            raise GeneratorError(str(exc), source=str(config_file)) from None
        new_target = target.with_changes(version=result.new_version)
        # Bytes, not read_text: keep the file's line endings as they are.
        config_text = with_version(
            config_file.read_bytes().decode("utf-8"), result.new_version, str(config_file)
        )
    undo = _Undo()
    try:
        if result.collection_changed:
            undo.write(target.collection, new_bytes)
        if result.new_version is not None:
            undo.write(config_file, config_text.encode("utf-8"))
        generate(new_target)
    except BaseException:
        undo.restore()
        raise
    result.regenerated = True
    return result
