"""Finding the collection in a parsed JSON document: unwrapping the Postman API's
``{"collection": {...}}``, converting v1, and saying clearly what a document is
when it is not a collection (an OpenAPI file, an environment, ...)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from generator.diagnostics import GeneratorError
from generator.postman.v1 import convert_v1, is_v1
from generator.postman.values import Warnings, kind, label

_SCHEMA_VERSION = re.compile(r"/v(\d+)\.(\d+)(?:\.(\d+))?/")
_DEFAULT_VERSION = "2.1.0"


@dataclass(frozen=True, slots=True)
class Found:
    document: Mapping[str, object]  # v2 shaped
    items: list[object]
    schema_version: str  # the version the file was written in


def _version(info: object) -> str:
    schema = info.get("schema") if isinstance(info, dict) else None
    match = _SCHEMA_VERSION.search(schema) if isinstance(schema, str) else None
    if match is None:
        return _DEFAULT_VERSION
    major, minor, patch = match.groups()
    return f"{major}.{minor}.{patch or 0}"


def _keys(doc: Mapping[str, object]) -> str:
    names = [label(str(key)) for key in list(doc)[:5]]
    more = len(doc) - len(names)
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")


def _not_a_collection(doc: Mapping[str, object]) -> str:
    if "openapi" in doc or "swagger" in doc:
        return (
            "this is an OpenAPI/Swagger document, not a Postman collection "
            "(import it into Postman and export the collection as v2.1)"
        )
    scope = doc.get("_postman_variable_scope")
    if isinstance(scope, str) or ("values" in doc and "item" not in doc and "name" in doc):
        return f"this is a Postman {scope or 'environment'} file, not a collection"
    if not doc:
        return "not a Postman collection: the JSON object is empty (expected 'info' and 'item')"
    return (
        "not a Postman collection: expected 'info' and 'item' at the top level, "
        f"found {_keys(doc)}"
    )


def _looks_like_postman(info: object) -> bool:
    schema = info.get("schema") if isinstance(info, dict) else None
    return isinstance(schema, str) and "postman" in schema


def find_collection(doc: Mapping[str, object], source: str, warnings: Warnings) -> Found:
    wrapped = doc.get("collection")
    if isinstance(wrapped, dict) and not ({"info", "item", "requests"} & doc.keys()):
        doc = wrapped  # the Postman API's export wrapper
    if is_v1(doc):
        converted = convert_v1(doc, source, warnings)
        items = converted["item"]
        assert isinstance(items, list)
        return Found(converted, items, "1.0.0")
    info = doc.get("info")
    if info is None and "item" in doc:
        # Any JSON with an "item" key would otherwise pass as an empty collection.
        raise GeneratorError(
            "not a Postman collection: 'info' is missing (expected 'info' and 'item' "
            "at the top level)",
            source=source,
            where="info",
        )
    if info is not None and not isinstance(info, dict):
        raise GeneratorError(
            f"'info' is {kind(info)}, not an object; this is not a Postman collection",
            source=source,
            where="info",
        )
    if "item" in doc:
        items = doc["item"]
        if not isinstance(items, list):
            raise GeneratorError(
                f"'item' is {kind(items)}, not an array of requests and folders",
                source=source,
                where="item",
            )
        return Found(doc, items, _version(info))
    if _looks_like_postman(info):
        warnings.add("item", "the collection has no 'item' array: it has no requests")
        return Found(doc, [], _version(info))
    raise GeneratorError(_not_a_collection(doc), source=source)
