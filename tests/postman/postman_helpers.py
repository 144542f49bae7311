"""Small helpers shared by the tests of the Postman input stage."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.diagnostics import Diagnostic
from generator.postman import parse_collection
from generator.postman.raw import RawCollection, RawFolder, RawItem, RawRequestItem

V21 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
V20 = "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"


def collection(*items: Any, schema: str = V21, **top: Any) -> dict[str, Any]:
    """A minimal v2.1 document around the given items."""
    return {"info": {"name": "Test", "schema": schema}, "item": list(items), **top}


def request_item(name: str = "r", **request: Any) -> dict[str, Any]:
    request.setdefault("url", "https://api.example.com/x")
    return {"name": name, "request": request}


def parse(doc: dict[str, Any]) -> tuple[RawCollection, list[Diagnostic]]:
    return parse_collection(doc, "test.postman_collection.json")


def parse_ok(doc: dict[str, Any]) -> RawCollection:
    """Parse and insist on no warnings."""
    parsed, warnings = parse(doc)
    assert warnings == []
    return parsed


def walk(items: list[RawItem]) -> Iterator[RawRequestItem]:
    """Request items in document order."""
    stack = list(reversed(items))
    while stack:
        item = stack.pop()
        if isinstance(item, RawFolder):
            stack.extend(reversed(item.items))
        else:
            yield item


def only_request(doc: dict[str, Any]) -> RawRequestItem:
    requests = list(walk(parse_ok(doc).items))
    assert len(requests) == 1
    return requests[0]
