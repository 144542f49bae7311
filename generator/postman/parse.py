"""A collection document (v2.0, v2.1, or v1 converted) to the raw model.

The folder tree is walked with an explicit stack, so nesting depth is bounded
by ``MAX_FOLDER_DEPTH`` (a clear error) and never by Python's recursion limit.
An item that cannot become a request is skipped with a warning naming it; the
rest of the collection is still parsed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import PurePath

from generator.diagnostics import Diagnostic, GeneratorError
from generator.postman.auth import parse_auth
from generator.postman.document import find_collection
from generator.postman.example import parse_examples
from generator.postman.limits import MAX_FOLDER_DEPTH
from generator.postman.raw import RawCollection, RawFolder, RawItem, RawRequestItem
from generator.postman.request import parse_request
from generator.postman.scripts import parse_scripts
from generator.postman.url import parse_variables
from generator.postman.values import Unusable, Warnings, description, kind, label, text

# One level of the walk: the remaining children, where they go, their location prefix.
_Frame = tuple[Iterator[tuple[int, object]], list[RawItem], str]


def _named(what: str, name: str) -> str:
    return f"{what} {label(name)}" if name.strip() else f"unnamed {what}"


def _folder(value: Mapping[str, object], name: str, where: str, warnings: Warnings) -> RawFolder:
    return RawFolder(
        name=name,
        where=where,
        description=description(value.get("description")),
        auth=parse_auth(value.get("auth"), f"{where}.auth", warnings),
        variables=parse_variables(value.get("variable"), f"{where}.variable", warnings),
        scripts=parse_scripts(value.get("event"), f"{where}.event", warnings),
    )


def _request_item(
    value: Mapping[str, object], name: str, where: str, warnings: Warnings
) -> RawRequestItem | None:
    # Warnings of a request that is then skipped would only be noise.
    local = Warnings()
    try:
        request = parse_request(value.get("request"), f"{where}.request", local)
    except Unusable as problem:
        warnings.add(where, f"{_named('request', name)} skipped: {problem.reason}")
        return None
    item = RawRequestItem(
        name=name,
        where=where,
        request=request,
        examples=parse_examples(value.get("response"), f"{where}.response", local),
        description=description(value.get("description")),
        scripts=parse_scripts(value.get("event"), f"{where}.event", local),
    )
    warnings.items.extend(local.items)
    return item


def _item_name(value: Mapping[str, object]) -> str:
    name = value.get("name")
    request = value.get("request")
    if name is None and isinstance(request, dict):
        name = request.get("name")  # some exporters only name the request
    return text(name)


def parse_items(items: list[object], source: str, warnings: Warnings) -> list[RawItem]:
    top: list[RawItem] = []
    stack: list[_Frame] = [(iter(enumerate(items)), top, "")]
    while stack:
        children, siblings, prefix = stack[-1]
        step = next(children, None)
        if step is None:
            stack.pop()
            continue
        index, value = step
        where = f"{prefix}item[{index}]"
        if not isinstance(value, dict):
            warnings.add(where, f"item is {kind(value)}, not an object; skipped")
            continue
        name = _item_name(value)
        is_folder = "item" in value
        if is_folder and "request" in value:
            warnings.add(
                where,
                f"{_named('item', name)} has both 'request' and 'item' "
                "(a request and a folder at once); skipped",
            )
            continue
        if not is_folder:
            if "request" not in value:
                warnings.add(
                    where, f"{_named('item', name)} has neither 'request' nor 'item'; skipped"
                )
                continue
            request_item = _request_item(value, name, where, warnings)
            if request_item is not None:
                siblings.append(request_item)
            continue
        sub_items = value.get("item")
        if sub_items is None:
            sub_items = []
        if not isinstance(sub_items, list):
            warnings.add(
                where,
                f"{_named('folder', name)} skipped: its 'item' is {kind(sub_items)}, not an array",
            )
            continue
        if len(stack) > MAX_FOLDER_DEPTH:
            raise GeneratorError(
                f"folders nested too deep (limit {MAX_FOLDER_DEPTH} levels): "
                f"{_named('folder', name)} is at level {len(stack)}",
                source=source,
                where=_short_where(where),
            )
        folder = _folder(value, name, where, warnings)
        siblings.append(folder)
        stack.append((iter(enumerate(sub_items)), folder.items, f"{where}."))
    return top


def _short_where(where: str) -> str:
    """A location hundreds of levels deep, shortened to its two ends."""
    parts = where.split(".")
    if len(parts) <= 6:
        return where
    return ".".join(parts[:3]) + f". ({len(parts) - 6} more) ." + ".".join(parts[-3:])


def _collection_name(info: Mapping[str, object], doc: Mapping[str, object], source: str) -> str:
    name = info.get("name", doc.get("name"))
    if name is not None:
        return text(name)
    # No name at all: the file name is the best stand-in.
    stem = PurePath(source).name
    for suffix in (".json", ".postman_collection", ".postman"):
        stem = stem.removesuffix(suffix)
    return stem


def parse_collection(
    doc: Mapping[str, object], source: str
) -> tuple[RawCollection, list[Diagnostic]]:
    """Normalise a parsed JSON document; raises ``GeneratorError`` when the
    document as a whole is not a usable collection."""
    warnings = Warnings()
    found = find_collection(doc, source, warnings)
    body = found.document
    info_value = body.get("info")
    info: Mapping[str, object] = info_value if isinstance(info_value, dict) else {}
    variables = body.get("variable")
    if variables is None:
        variables = body.get("variables")  # the v2.0 spelling
    postman_id = info.get("_postman_id", info.get("id"))
    collection = RawCollection(
        name=_collection_name(info, body, source),
        description=description(info.get("description")),
        schema_version=found.schema_version,
        postman_id=text(postman_id) if postman_id is not None else None,
        variables=parse_variables(variables, "variable", warnings),
        auth=parse_auth(body.get("auth"), "auth", warnings),
        scripts=parse_scripts(body.get("event"), "event", warnings),
    )
    collection.items = parse_items(found.items, source, warnings)
    return collection, warnings.items
