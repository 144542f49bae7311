"""Comparing two flattened bodies (``fields.FieldSet``) of one endpoint.

The direction decides the severity: the request is *input* (the API must keep
accepting what callers send), the response is *output* (callers must keep
understanding what the API returns). So a type that widens is fine in a
request and breaking in a response; a narrowing the other way round.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from generator.drift.changes import Change, Level
from generator.drift.fields import FieldInfo, FieldPath, FieldSet
from generator.drift.similar import pair_renames

Side = Literal["request", "response"]

# What each kind of value also accepts: an int is a valid float, a date a valid str.
_ALSO = {"float": {"int"}, "str": {"datetime", "date", "uuid"}}


def covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Every value of ``narrow`` is a value of ``wide``."""
    if "any" in wide:
        return True
    return all(k in wide or any(k in _ALSO.get(w, ()) for w in wide) for k in narrow)


@dataclass(frozen=True)
class FieldChange:
    kind: str  # after "request-"/"response-": "field-added", "body-type-changed", ...
    level: Level
    path: FieldPath  # in the NEW body, or the OLD one for removals
    info: FieldInfo  # NEW side, or OLD for removals
    message: str
    old: str | None = None
    new: str | None = None


class _Rules:
    """Severity per change for one side (see README.md, "Severity rules")."""

    def __init__(self, side: Side) -> None:
        self.side = side
        self.noun = "request body field" if side == "request" else "response field"

    def added(self, info: FieldInfo) -> Level:
        # A new required input breaks callers that do not send it; output may grow.
        return "breaking" if self.side == "request" and info.required else "non-breaking"

    def type_changed(self, old: frozenset[str], new: frozenset[str]) -> Level:
        ok = covers(new, old) if self.side == "request" else covers(old, new)
        return "non-breaking" if ok else "breaking"

    def required_changed(self, now_required: bool) -> Level:
        # Request: a field becoming required breaks callers. Response: a field
        # becoming optional breaks readers that expect it.
        breaking = now_required if self.side == "request" else not now_required
        return "breaking" if breaking else "non-breaking"

    def enum_changed(self, removed: set[str], added: set[str]) -> Level:
        # Request: removed values are rejected. Response: a new value fails the
        # strict enum parsing of clients generated from the old collection.
        return "breaking" if (removed if self.side == "request" else added) else "non-breaking"


def _label(info: FieldInfo) -> str:
    return info.label or "(body)"


class _Walk:
    """Depth by depth, so that a rename found at one level maps the old paths
    below it before the next level is compared."""

    def __init__(self, old: FieldSet, new: FieldSet, side: Side) -> None:
        self.old, self.new = old.fields, new.fields
        self.typed = old.typed and new.typed
        self.rules = _Rules(side)
        self.renamed: dict[FieldPath, FieldPath] = {}
        self.common: set[FieldPath] = {()}  # NEW paths present on both sides
        self.out: list[FieldChange] = []

    def mapped(self, path: FieldPath) -> FieldPath:
        for cut in range(len(path), 0, -1):
            target = self.renamed.get(path[:cut])
            if target is not None:
                return target + path[cut:]
        return path

    def run(self) -> list[FieldChange]:
        depth = max((len(p) for p in [*self.old, *self.new]), default=0)
        for level in range(1, depth + 1):
            self.level(level)
        return self.out

    def level(self, depth: int) -> None:
        olds = {self.mapped(p): p for p in self.old if len(p) == depth}
        news = {p for p in self.new if len(p) == depth}
        olds = {m: p for m, p in olds.items() if m[:-1] in self.common}
        news = {p for p in news if p[:-1] in self.common}
        removed = [m for m in olds if m not in news]
        added = [p for p in self.new if p in news and p not in olds]  # keep NEW order

        def compatible(r: FieldPath, a: FieldPath) -> bool:
            old_kinds, new_kinds = self.old[olds[r]].kinds, self.new[a].kinds
            same = old_kinds == new_kinds or not old_kinds or not new_kinds
            return r[:-1] == a[:-1] and same

        pairs = pair_renames(removed, added, (lambda p: p[-1], lambda p: p[-1]), compatible)
        for r, a in pairs:
            self.renamed[olds[r]] = a
            olds[a] = olds.pop(r)
            removed.remove(r)
            added.remove(a)
            old_info, new_info = self.old[olds[a]], self.new[a]
            self.add(
                "field-renamed",
                "breaking",
                a,
                new_info,
                f"{self.rules.noun} renamed",
                _label(old_info),
                _label(new_info),
            )
        for m in removed:
            info = self.old[olds[m]]
            self.add(
                "field-removed",
                "breaking",
                olds[m],
                info,
                f"{self.rules.noun} `{_label(info)}` removed",
            )
        for a in added:
            info = self.new[a]
            optional = "required" if info.required else "optional"
            detail = f"{info.display}, {optional}" if self.typed else info.display
            self.add(
                "field-added",
                self.rules.added(info),
                a,
                info,
                f"{self.rules.noun} `{_label(info)}` added ({detail})",
            )
        for p in news:
            if p in olds:
                self.common.add(p)
                self.compare(p, self.old[olds[p]], self.new[p])

    def compare(self, path: FieldPath, old: FieldInfo, new: FieldInfo) -> None:
        name = f"{self.rules.noun} `{_label(new)}`"
        # An optional field is typed ``X | None``: its required-ness change says it all.
        moved = old.kinds ^ new.kinds
        only_optionality = self.typed and old.required != new.required and moved == {"none"}
        if old.kinds and new.kinds and moved and not only_optionality:
            self.add(
                "field-type-changed",
                self.rules.type_changed(old.kinds, new.kinds),
                path,
                new,
                f"{name} type changed",
                old.display,
                new.display,
            )
        # Samples say nothing reliable about required-ness. Field descriptions are not
        # compared: inference writes them from the samples ("Missing from some
        # examples"), and the overrides that could set them are the same on both sides.
        if not self.typed:
            return
        if old.required != new.required:
            state = "required" if new.required else "optional"
            self.add(
                "field-required-changed",
                self.rules.required_changed(new.required),
                path,
                new,
                f"{name} is now {state}",
            )
        if old.enum is not None and new.enum is not None and old.enum != new.enum:
            gone, came = set(old.enum) - set(new.enum), set(new.enum) - set(old.enum)
            self.add(
                "field-enum-changed",
                self.rules.enum_changed(gone, came),
                path,
                new,
                f"{name} enum values changed",
                ", ".join(old.enum),
                ", ".join(new.enum),
            )

    def add(
        self,
        kind: str,
        level: Level,
        path: FieldPath,
        info: FieldInfo,
        message: str,
        old: str | None = None,
        new: str | None = None,
    ) -> None:
        self.out.append(FieldChange(kind, level, path, info, message, old, new))


def root_changes(old: FieldSet, new: FieldSet, side: Side) -> list[FieldChange]:
    """The body as a whole: gained, lost, or changed its top-level type."""
    before, after = old.fields.get(()), new.fields.get(())
    noun = "request body" if side == "request" else "response body"
    if before is None and after is None:
        return []
    if before is None or after is None:
        if side == "request":
            return []  # the body itself appearing or going is compared on Endpoint.body
        if after is None:
            assert before is not None
            return [FieldChange("body-removed", "breaking", (), before, f"{noun} removed")]
        return [FieldChange("body-added", "non-breaking", (), after, f"{noun} added")]
    if before.kinds and after.kinds and before.kinds != after.kinds:
        level = _Rules(side).type_changed(before.kinds, after.kinds)
        return [
            FieldChange(
                "body-type-changed",
                level,
                (),
                after,
                f"{noun} type changed",
                before.display,
                after.display,
            )
        ]
    return []


def diff_bodies(
    old: FieldSet,
    new: FieldSet,
    side: Side,
    symbol: Callable[[FieldPath, FieldInfo], str],
    endpoint: str,
) -> list[Change]:
    """Changes between two bodies of one endpoint, as changelog entries."""
    found = root_changes(old, new, side)
    if () in old.fields and () in new.fields:
        found += _Walk(old, new, side).run()
    return [
        Change(
            level=c.level,
            kind=f"{side}-{c.kind}",
            endpoint=endpoint,
            symbol=symbol(c.path, c.info),
            message=c.message,
            old=c.old,
            new=c.new,
            # A field of a shared model is one change, however many endpoints use it.
            scope=f"model {c.info.host}" if c.info.host else "",
        )
        for c in found
    ]
