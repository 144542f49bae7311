"""Postman Collection v1 to the v2.1 document shape, so one parser handles both.

v1 keeps every request in a flat ``requests`` array and builds the tree from
ids: ``folders_order``/``order`` at the top, and on each folder. The result puts
folders first, then requests, at every level (the order Postman runs them);
a request no folder references goes into the folder named by its ``folder``
field, else to the top level. Each folder and request is placed once, so
cycles and repeated references cannot loop or duplicate. The tree is built with
a work list, never recursion.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping

from generator.diagnostics import GeneratorError
from generator.postman.values import Warnings, kind, optional_text, text

V1_SCHEMA = "https://schema.getpostman.com/json/collection/v1.0.0/collection.json"

# v1 ``currentHelper`` names to v2 auth types.
_HELPERS = {
    "basicAuth": "basic",
    "bearerAuth": "bearer",
    "digestAuth": "digest",
    "oAuth1": "oauth1",
    "oAuth2": "oauth2",
    "hawkAuth": "hawk",
    "awsSigV4": "awsv4",
    "ntlmAuth": "ntlm",
    "akamai": "edgegrid",
    "edgegridAuth": "edgegrid",
}

_Doc = dict[str, object]


def is_v1(doc: Mapping[str, object]) -> bool:
    if "item" in doc or "info" in doc:
        return False
    return "requests" in doc or ("folders" in doc and "order" in doc)


def _ids(value: object) -> list[str]:
    return [text(entry) for entry in value] if isinstance(value, list) else []


def _by_id(value: object, name: str, source: str, warnings: Warnings) -> list[Mapping[str, object]]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise GeneratorError(
            f"v1 collection: '{name}' is {kind(value)}, not an array", source=source, where=name
        )
    found: list[Mapping[str, object]] = []
    for index, entry in enumerate(value):
        if isinstance(entry, dict):
            found.append(entry)
        else:
            warnings.add(f"{name}[{index}]", f"entry is {kind(entry)}, not an object; skipped")
    return found


def _url(request: Mapping[str, object]) -> object:
    url = request.get("url")
    variables = request.get("pathVariableData")
    if not isinstance(variables, list) or not variables:
        path_variables = request.get("pathVariables")
        variables = (
            [{"key": k, "value": v} for k, v in path_variables.items()]
            if isinstance(path_variables, dict)
            else []
        )
    query = request.get("queryParams")
    if not variables and not (isinstance(query, list) and query) or not isinstance(url, str):
        return url
    converted: _Doc = {"raw": url}
    if variables:
        converted["variable"] = variables
    if isinstance(query, list) and query:
        converted["query"] = query
    return converted


def _form(data: object) -> object:
    if not isinstance(data, list):
        return data
    fields: list[object] = []
    for entry in data:
        if isinstance(entry, dict) and entry.get("type") == "file" and "src" not in entry:
            # v1 kept a form file's path in ``value``; v2 keeps it in ``src``.
            entry = {**entry, "src": entry.get("value")}
        fields.append(entry)
    return fields


def _body(request: Mapping[str, object]) -> object:
    mode = request.get("dataMode")
    data = request.get("data")
    raw = request.get("rawModeData")
    if mode is None:
        return {"mode": "raw", "raw": raw} if isinstance(raw, str) and raw else None
    if mode == "raw":
        body: _Doc = {"mode": "raw", "raw": raw if raw is not None else data}
        if request.get("dataOptions") is not None:
            body["options"] = request.get("dataOptions")
        return body
    if mode in ("params", "urlencoded"):
        if not data:
            return None  # v1 writes dataMode "params" with no data on every GET
        key = "formdata" if mode == "params" else "urlencoded"
        return {"mode": key, key: _form(data)}
    if mode == "binary":
        return {"mode": "file", "file": {"src": None}}
    if mode == "graphql":
        return {"mode": "graphql", "graphql": request.get("graphqlModeData")}
    return {"mode": mode}  # unknown: the parser reports it


def _auth(request: Mapping[str, object]) -> object:
    auth = request.get("auth")
    if isinstance(auth, dict):
        return auth  # later v1 exports already use the v2 auth shape
    helper = request.get("currentHelper")
    if not isinstance(helper, str) or helper in ("", "normal"):
        return None
    scheme = _HELPERS.get(helper, helper.lower())
    attributes = request.get("helperAttributes")
    params = (
        {k: v for k, v in attributes.items() if k != "id"} if isinstance(attributes, dict) else {}
    )
    return {"type": scheme, scheme: params}


def _events(request: Mapping[str, object]) -> object:
    events = request.get("events")
    if isinstance(events, list):
        return events
    converted: list[object] = []
    for listen, key in (("prerequest", "preRequestScript"), ("test", "tests")):
        script = request.get(key)
        if isinstance(script, str) and script.strip():
            converted.append(
                {"listen": listen, "script": {"type": "text/javascript", "exec": script}}
            )
    return converted


def _request(request: Mapping[str, object]) -> _Doc:
    headers = request.get("headerData")
    if not isinstance(headers, list) or not headers:
        headers = request.get("headers")
    return {
        "method": request.get("method"),
        "url": _url(request),
        "header": headers,
        "body": _body(request),
        "auth": _auth(request),
        "description": request.get("description"),
    }


def _response(response: object, requests: Mapping[str, Mapping[str, object]]) -> object:
    if not isinstance(response, dict):
        return response  # the parser reports it
    code = response.get("responseCode")
    original = response.get("request")
    if isinstance(original, str):
        original = requests.get(original)
    return {
        "name": response.get("name"),
        "code": code.get("code") if isinstance(code, dict) else code,
        "status": code.get("name") if isinstance(code, dict) else response.get("status"),
        "header": response.get("headers"),
        "body": response.get("text"),
        "_postman_previewlanguage": response.get("language"),
        "originalRequest": _request(original) if isinstance(original, dict) else None,
    }


def _item(request: Mapping[str, object], requests: Mapping[str, Mapping[str, object]]) -> _Doc:
    responses = request.get("responses")
    return {
        "name": request.get("name"),
        "request": _request(request),
        "response": (
            [_response(r, requests) for r in responses] if isinstance(responses, list) else []
        ),
        "event": _events(request),
    }


def convert_v1(doc: Mapping[str, object], source: str, warnings: Warnings) -> _Doc:
    requests = _by_id(doc.get("requests"), "requests", source, warnings)
    folders = _by_id(doc.get("folders"), "folders", source, warnings)
    request_by_id = {text(r["id"]): r for r in requests if r.get("id") is not None}
    folder_by_id = {text(f["id"]): f for f in folders if f.get("id") is not None}

    top: list[object] = []
    folder_items: dict[str, list[object]] = {}  # id -> item list of the placed folder
    placed_requests: set[str] = set()

    def place_requests(ids: list[str], into: list[object]) -> None:
        for request_id in ids:
            found = request_by_id.get(request_id)
            if found is not None and request_id not in placed_requests:
                placed_requests.add(request_id)
                into.append(_item(found, request_by_id))

    def open_folder(folder_id: str, into: list[object], work: deque[str]) -> None:
        folder = folder_by_id.get(folder_id)
        if folder is None or folder_id in folder_items:
            return
        items: list[object] = []
        folder_items[folder_id] = items
        into.append(
            {
                "name": folder.get("name"),
                "description": folder.get("description"),
                "auth": folder.get("auth"),
                "event": folder.get("events"),
                "item": items,
            }
        )
        work.append(folder_id)

    def fill(work: deque[str]) -> None:
        # Each folder gets its sub-folders (opened now, filled later), then its requests.
        while work:
            folder_id = work.popleft()
            folder, items = folder_by_id[folder_id], folder_items[folder_id]
            for child in _ids(folder.get("folders_order")):
                open_folder(child, items, work)
            place_requests(_ids(folder.get("order")), items)

    nested = {child for f in folders for child in _ids(f.get("folders_order"))}
    top_ids = _ids(doc.get("folders_order")) or [i for i in folder_by_id if i not in nested]
    work: deque[str] = deque()
    for folder_id in top_ids:
        open_folder(folder_id, top, work)
    fill(work)
    # Folders only reachable through a cycle, or from nowhere, go to the top.
    for folder_id in folder_by_id:
        open_folder(folder_id, top, work)
        fill(work)
    place_requests(_ids(doc.get("order")), top)
    for request in requests:
        request_id = text(request.get("id"))
        if request.get("id") is not None and request_id in placed_requests:
            continue
        parent = folder_items.get(text(request.get("folder")), top)
        parent.append(_item(request, request_by_id))
        placed_requests.add(request_id)

    return {
        "info": {
            "name": doc.get("name"),
            "description": doc.get("description"),
            "_postman_id": optional_text(doc.get("id")),
            "schema": V1_SCHEMA,
        },
        "item": top,
        "variable": doc.get("variables"),
        "auth": doc.get("auth"),
        "event": doc.get("events"),
    }
