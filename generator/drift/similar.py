"""Pairing a removed name with an added one as a rename.

A removal plus an addition is reported as a rename only when the two are
interchangeable (same place, same type: the caller checks that) and the names
are alike; otherwise ``search`` removed and ``filter`` added would hide an
addition behind a rename.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")

SIMILARITY = 0.6


def _plain(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


def name_similarity(a: str, b: str) -> float:
    """1.0 when one name contains the other (``isPassThrough`` / ``passThrough``),
    else difflib's ratio of the lower-cased alphanumerics."""
    x, y = _plain(a), _plain(b)
    if not x or not y:
        return 0.0
    if x in y or y in x:
        return 1.0
    return SequenceMatcher(None, x, y).ratio()


def pair_renames(
    removed: Sequence[T],
    added: Sequence[U],
    names: tuple[Callable[[T], str], Callable[[U], str]],
    compatible: Callable[[T, U], bool],
) -> list[tuple[T, U]]:
    """Greedy pairing, most similar first; each item is paired at most once."""
    old_name, new_name = names
    scored = [
        (name_similarity(old_name(r), new_name(a)), i, j)
        for i, r in enumerate(removed)
        for j, a in enumerate(added)
        if compatible(r, a)
    ]
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[T, U]] = []
    for score, i, j in scored:
        if score < SIMILARITY or i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((removed[i], added[j]))
    return pairs
