"""One model per kind of object, however many places show it.

Every object seen as a record (not a page, map or ``{}``) is an *occurrence*.
Occurrences of one role (response, error or request body) are grouped:

1. **Identical**: the same set of keys and no conflicting field kinds.
2. **Near-identical**: groups whose key sets have a Jaccard similarity of at
   least ``JACCARD`` (0.8) and no conflicting field kinds are merged, fields
   missing on one side becoming optional. Candidate pairs come from prefix
   filtering (only sets that share one of their rarest keys are compared), so
   the cost stays near linear instead of comparing every pair.
3. **Summary and detail**: groups whose places suggest the same name (the
   list of ``/devices`` and ``GET /devices/{id}`` both say ``Device``) are
   merged when the smaller key set is at least half the size of the larger
   and at least ``OVERLAP`` (0.8) of its keys are in the larger one, again
   without conflicting kinds. Only groups of one name are compared.

Two kinds conflict when a shared field was seen as disjoint kinds (``str`` in
one, ``number`` in the other); null and ``[]``/``{}`` carry no kind, so they
never conflict.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from generator.infer.shapes import Shape, kind_mask

JACCARD = 0.8
OVERLAP = 0.8
SIZE_RATIO = 0.5
_MAX_SAME_NAME = 64  # groups of one name compared pairwise; more is not one entity

Kinds = dict[str, int]  # field -> kind bits (see shapes.kind_mask); 0: only null/nothing


def _kinds(shape: Shape) -> Kinds:
    return {key: kind_mask(child) for key, child in shape.fields.items()}


def _compatible(a: Kinds, b: Kinds) -> bool:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    for key, kinds in small.items():
        other = large.get(key, 0)
        if other and kinds and not kinds & other:
            return False
    return True


def _absorb(into: Kinds, other: Kinds) -> None:
    for key, kinds in other.items():
        into[key] = into.get(key, 0) | kinds


class Occurrence(NamedTuple):  # a tuple: one is made per record seen, so it must be cheap
    shape: Shape
    role: str
    label: str = ""  # the class name its place suggests; "" when the place says nothing


class _Groups:
    """Union-find over groups, each with the merged field kinds of its members."""

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.kinds: list[Kinds] = []
        self.keys: list[frozenset[str]] = []
        self.role: list[str] = []
        self.labels: list[list[str]] = []

    def add(self, keys: frozenset[str], kinds: Kinds, role: str) -> int:
        self.parent.append(len(self.parent))
        self.kinds.append(dict(kinds))
        self.keys.append(keys)
        self.role.append(role)
        self.labels.append([])
        return len(self.parent) - 1

    def label(self, g: int) -> str:
        """The label most members carry (ties: the first seen); "" when none has one."""
        labels = [label for label in self.labels[g] if label]
        if not labels:
            return ""
        counts = Counter(labels)
        best = max(counts.values())
        return next(label for label in labels if counts[label] == best)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union_if_compatible(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not _compatible(self.kinds[ra], self.kinds[rb]):
            return
        low, high = min(ra, rb), max(ra, rb)  # the earlier group keeps its place
        self.parent[high] = low
        _absorb(self.kinds[low], self.kinds[high])


def _exact_groups(occurrences: Sequence[Occurrence], groups: _Groups) -> list[int]:
    """Group per occurrence: same role and keys, first compatible group wins."""
    by_keys: dict[tuple[str, frozenset[str]], list[int]] = {}
    group_of: list[int] = []
    for occ in occurrences:
        keys = frozenset(occ.shape.fields)
        kinds = _kinds(occ.shape)
        candidates = by_keys.get((occ.role, keys))
        if candidates is None:
            candidates = by_keys[occ.role, keys] = []
        for g in candidates:
            known = groups.kinds[g]
            if known == kinds:  # the common case: compatible, and absorbing adds nothing
                break
            if _compatible(known, kinds):
                _absorb(known, kinds)
                break
        else:
            g = groups.add(keys, kinds, occ.role)
            candidates.append(g)
        group_of.append(g)
        groups.labels[g].append(occ.label)
    return group_of


def _merge_similar(groups: _Groups) -> None:
    """Union groups of one role whose key sets are near-identical (prefix filtering)."""
    frequency: dict[tuple[str, str], int] = {}
    for g, keys in enumerate(groups.keys):
        for key in keys:
            token = (groups.role[g], key)
            frequency[token] = frequency.get(token, 0) + 1
    index: dict[tuple[str, str], list[int]] = {}
    for g, keys in enumerate(groups.keys):
        size = len(keys)
        if size < 2:
            continue
        role = groups.role[g]
        # Rarest keys first; sets with J >= t must share one of the first p.
        tokens = sorted(((role, k) for k in keys), key=lambda t: (frequency[t], t[1]))
        prefix = size - math.ceil(JACCARD * size) + 1
        seen: set[int] = set()
        for token in tokens[:prefix]:
            for other in index.get(token, ()):
                if other in seen:
                    continue
                seen.add(other)
                if _similar(keys, groups.keys[other]):
                    groups.union_if_compatible(other, g)
            index.setdefault(token, []).append(g)


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    small, large = sorted((len(a), len(b)))
    if small < JACCARD * large:
        return False
    common = len(a & b)
    return common >= JACCARD * (len(a) + len(b) - common)


def _contained(a: frozenset[str], b: frozenset[str]) -> bool:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < SIZE_RATIO * len(large):
        return False
    return len(small & large) >= OVERLAP * len(small)


def _merge_same_name(groups: _Groups) -> None:
    """Union groups of one role and label when one is (nearly) a summary of the other."""
    by_label: dict[tuple[str, str], list[int]] = {}
    for g in range(len(groups.keys)):
        label = groups.label(g)
        if label:
            by_label.setdefault((groups.role[g], label), []).append(g)
    for members in by_label.values():
        members = members[:_MAX_SAME_NAME]
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if _contained(groups.keys[a], groups.keys[b]):
                    groups.union_if_compatible(a, b)


def cluster(occurrences: Sequence[Occurrence]) -> list[int]:
    """The model number of each occurrence: 0, 1, ... in order of first occurrence."""
    groups = _Groups()
    group_of = _exact_groups(occurrences, groups)
    _merge_similar(groups)
    _merge_same_name(groups)
    numbers: dict[int, int] = {}
    out: list[int] = []
    for g in group_of:
        root = groups.find(g)
        out.append(numbers.setdefault(root, len(numbers)))
    return out
