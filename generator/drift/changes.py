"""One entry of a changelog, its severity, and the version bump it implies.

Severities follow oasdiff's levels, read for a generated client:
``breaking`` (oasdiff ERR, and the WARN cases a typed client turns into
failures), ``non-breaking`` (INFO: additions, relaxations) and ``docs-only``
(nothing a program can observe). The rules per change kind are in README.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

Level = Literal["breaking", "non-breaking", "docs-only"]
Bump = Literal["major", "minor", "patch", "none"]

LEVELS: tuple[Level, ...] = ("breaking", "non-breaking", "docs-only")
_BUMP_FOR: dict[Level, Bump] = {"breaking": "major", "non-breaking": "minor", "docs-only": "patch"}


@dataclass
class Change:
    """``kind`` is a stable identifier (``param-added``); ``symbol`` is the Python
    expression a user of the generated client would touch."""

    level: Level
    kind: str
    endpoint: str  # "GET /v3/devices/{device_id}", "" for client-wide changes
    symbol: str
    message: str
    old: str | None = None
    new: str | None = None
    # Further endpoints hit by the same change (a field of a model they share).
    also: list[str] = field(default_factory=list)
    # What the change belongs to: a shared model's name, else the endpoint.
    scope: str = ""

    def merge_key(self) -> tuple[str, ...]:
        return (
            self.scope or self.endpoint,
            self.kind,
            self.level,
            self.message,
            self.old or "",
            self.new or "",
        )

    def as_json(self) -> dict[str, object]:
        return {
            "level": self.level,
            "kind": self.kind,
            "endpoint": self.endpoint,
            "symbol": self.symbol,
            "message": self.message,
            "old": self.old,
            "new": self.new,
            "also": list(self.also),
        }


def counts(changes: Iterable[Change]) -> dict[Level, int]:
    found: dict[Level, int] = {level: 0 for level in LEVELS}
    for change in changes:
        found[change.level] += 1
    return found


def suggested_bump(changes: Iterable[Change]) -> Bump:
    """major for breaking, minor for additions, patch for docs, none for nothing."""
    found = counts(changes)
    for level in LEVELS:
        if found[level]:
            return _BUMP_FOR[level]
    return "none"


def bumped(version: str, bump: Bump) -> str:
    """``1.4.2`` + minor = ``1.5.0``. Only plain ``X.Y.Z`` versions are bumped:
    guessing how to bump ``1.0rc1`` would be worse than refusing."""
    parts = version.split(".")
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts):
        raise ValueError(f"cannot bump version {version!r}: expected MAJOR.MINOR.PATCH")
    major, minor, patch = (int(p) for p in parts)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version


def merged(changes: list[Change]) -> list[Change]:
    """Fold identical changes of different endpoints into one entry.

    Inference shares models between endpoints, so one new field in the ``Device``
    model shows up under every endpoint returning a device; the changelog should
    say it once and list the endpoints it reaches."""
    out: list[Change] = []
    by_key: dict[tuple[str, ...], Change] = {}
    for change in changes:
        key = change.merge_key()
        first = by_key.get(key)
        if first is None:
            by_key[key] = change
            out.append(change)
        elif change.symbol != first.symbol and change.symbol not in first.also:
            first.also.append(change.symbol)
    return out
