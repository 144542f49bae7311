"""Request bodies, to ``RawBody``.

``body: {}``, a null body and a disabled body are no body (None); an explicit
``mode: "none"`` is kept as mode none. A body without ``mode`` takes the mode of
the one content key it has (old exports), else it is no body.
"""

from __future__ import annotations

from generator.postman.raw import RawBody, RawFormParam
from generator.postman.values import (
    Warnings,
    description,
    entries,
    flag,
    is_disabled,
    kind,
    label,
    optional_text,
    text,
)

_CONTENT_MODES = ("raw", "urlencoded", "formdata", "file", "graphql")


def _sources(value: object) -> list[str]:
    """A form file's ``src``: a path, a list of paths, or null."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [text(src) for src in value if src is not None and src != ""]
    return [text(value)]


def _form(value: object, where: str, warnings: Warnings) -> list[RawFormParam]:
    params: list[RawFormParam] = []
    for _at, entry in entries(value, where, "form field", warnings):
        is_file = entry.get("type") == "file"
        params.append(
            RawFormParam(
                key=text(entry.get("key")),
                value=optional_text(entry.get("value")),
                type="file" if is_file else "text",
                src=_sources(entry.get("src")),
                description=description(entry.get("description")),
                disabled=is_disabled(entry),
                content_type=optional_text(entry.get("contentType")) or None,
            )
        )
    return params


def _language(options: object) -> str | None:
    if isinstance(options, dict):
        raw = options.get("raw")
        if isinstance(raw, dict):
            language = raw.get("language")
            if isinstance(language, str) and language:
                return language
    return None


def _graphql(body: RawBody, value: object, where: str, warnings: Warnings) -> None:
    if value is None:
        return
    if not isinstance(value, dict):
        warnings.add(where, f"graphql body is {kind(value)}, not an object; ignored")
        return
    body.graphql_query = optional_text(value.get("query"))
    # Variables are text in the raw model; an object is written back as JSON.
    body.graphql_variables = optional_text(value.get("variables"))


def _file(value: object) -> str | None:
    if isinstance(value, dict):
        return optional_text(value.get("src")) or None
    return optional_text(value) or None


def parse_body(value: object, where: str, warnings: Warnings) -> RawBody | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        warnings.add(where, f"body is {kind(value)}, not an object; ignored")
        return None
    if not value or flag(value.get("disabled")):
        return None
    mode = value.get("mode")
    if mode is None:
        present = [m for m in _CONTENT_MODES if value.get(m) is not None]
        if len(present) != 1:
            return None
        mode = present[0]
    if not isinstance(mode, str):
        warnings.add(f"{where}.mode", f"body mode is {kind(mode)}, not a string; body ignored")
        return None
    mode = mode.strip().lower()
    body = RawBody(mode=mode)
    if mode == "raw":
        body.raw = optional_text(value.get("raw"))
        body.language = _language(value.get("options"))
    elif mode in ("urlencoded", "formdata"):
        params = _form(value.get(mode), f"{where}.{mode}", warnings)
        if mode == "urlencoded":
            body.urlencoded = params
        else:
            body.formdata = params
    elif mode == "file":
        body.file_src = _file(value.get("file"))
    elif mode == "graphql":
        _graphql(body, value.get("graphql"), f"{where}.graphql", warnings)
    elif mode in ("none", ""):
        body.mode = "none"
    else:
        warnings.add(f"{where}.mode", f"unknown body mode {label(mode)}; body ignored")
        return None
    return body
