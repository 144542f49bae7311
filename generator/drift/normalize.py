"""The pinned collection: unwrapped, without volatile fields, stably written.

Exports of an unchanged API still differ: fresh ``_postman_id``/``id``s,
``_exporter_id``, Postman API bookkeeping (``updatedAt``, ``owner``...), new
``Date`` headers in examples, another key order. ``strip_volatile`` drops the
ids and bookkeeping before the copy is written; ``same_collection`` also
ignores ``Date`` header values and key order, so an upstream that only changed
those leaves the pinned file alone.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from generator.diagnostics import GeneratorError

# Bookkeeping in ``info`` that Postman rewrites on every export or API read.
_INFO_VOLATILE = frozenset(
    {
        "_postman_id",
        "_exporter_id",
        "_collection_link",
        "uid",
        "owner",
        "createdAt",
        "updatedAt",
        "lastUpdatedBy",
        "fork",
        "publishedId",
    }
)
# On items (requests, folders) and saved responses of v2 collections. Only there:
# v1 collections link requests to folders by ``id``, URL variables use ``id`` as key.
_ITEM_VOLATILE = frozenset({"id", "uid", "_postman_id"})


def unwrap(document: Any, label: str) -> dict[str, Any]:
    """The collection itself: the Postman API answers ``{"collection": {...}}``."""
    if isinstance(document, dict) and isinstance(document.get("collection"), dict):
        if "info" not in document and "item" not in document:
            document = document["collection"]
    if not isinstance(document, dict):
        raise GeneratorError(
            "the answer is not a Postman collection (not a JSON object)", source=label
        )
    return document


def _is_v2(document: dict[str, Any]) -> bool:
    return isinstance(document.get("info"), dict) and isinstance(document.get("item"), list)


def _walk_items(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every item and saved response of a v2 collection (iteratively: exports nest deep)."""
    found: list[dict[str, Any]] = []
    stack = [i for i in document.get("item", []) if isinstance(i, dict)]
    while stack:
        item = stack.pop()
        found.append(item)
        stack.extend(i for i in item.get("item", []) if isinstance(i, dict))
        found.extend(r for r in item.get("response", []) or [] if isinstance(r, dict))
    return found


def strip_volatile(document: dict[str, Any]) -> dict[str, Any]:
    """A copy without the ids and bookkeeping; v1 collections are left as they are."""
    doc = copy.deepcopy(document)
    if not _is_v2(doc):
        return doc
    doc["info"] = {k: v for k, v in doc["info"].items() if k not in _INFO_VOLATILE}
    for node in _walk_items(doc):
        for key in _ITEM_VOLATILE & node.keys():
            del node[key]
    return doc


def _without_dates(document: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(document)
    if not _is_v2(doc):
        return doc
    for node in _walk_items(doc):
        headers = node.get("header") if "originalRequest" in node or "code" in node else None
        if isinstance(headers, list):
            node["header"] = [
                h
                for h in headers
                if not (isinstance(h, dict) and str(h.get("key", "")).lower() == "date")
            ]
    return doc


def same_collection(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Equal but for volatile fields and key order (dict equality ignores order)."""
    return _without_dates(strip_volatile(a)) == _without_dates(strip_volatile(b))


def dump(document: dict[str, Any]) -> bytes:
    """The file format of the pinned copy (Postman's own: 2-space indent, UTF-8)."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
