"""Request URLs: a plain string or a Postman URL object, to ``RawUrl``.

Text is kept as written (no percent-decoding, ``{{variables}}`` and ``:params``
untouched). Splitting never cuts inside ``{{...}}``, since variable names may
contain dots or slashes. A string URL is split the way Postman does it:
``protocol://host:port/path?query#fragment``; the fragment is only kept in ``raw``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from generator.postman.raw import RawQueryParam, RawUrl, RawVariable
from generator.postman.values import (
    Unusable,
    Warnings,
    description,
    entries,
    is_disabled,
    kind,
    optional_text,
    text,
)

_PROTOCOL = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*|\{\{[^{}]*\}\})://")


@lru_cache(maxsize=8)
def _separator(sep: str) -> re.Pattern[str]:
    # A {{variable}} is matched as a whole, so a separator inside it is never seen.
    return re.compile(r"\{\{.*?\}\}|" + re.escape(sep))


def split_outside_vars(value: str, sep: str) -> list[str]:
    if "{{" not in value or sep not in value:
        return value.split(sep)
    parts: list[str] = []
    start = 0
    for match in _separator(sep).finditer(value):
        if match.group() == sep:
            parts.append(value[start : match.start()])
            start = match.end()
    parts.append(value[start:])
    return parts


def _cut(value: str, sep: str) -> tuple[str, str | None]:
    """Split at the first ``sep`` outside a variable: (before, after or None)."""
    if "{{" not in value or sep not in value:
        before, found, after = value.partition(sep)
        return before, (after if found else None)
    for match in _separator(sep).finditer(value):
        if match.group() == sep:
            return value[: match.start()], value[match.end() :]
    return value, None


def parse_query_string(query: str) -> list[RawQueryParam]:
    """``a=1&b&c=`` -> a="1", b=None (no ``=``), c=""; empty pieces are dropped."""
    params: list[RawQueryParam] = []
    for piece in split_outside_vars(query, "&"):
        if not piece:
            continue
        key, value = _cut(piece, "=")
        params.append(RawQueryParam(key=key, value=value))
    return params


def _split_authority(authority: str) -> tuple[list[str], str | None]:
    """``user:pw@host.example:8080`` -> (["host", "example"], "8080")."""
    head, rest = _cut(authority, "@")
    host = rest if rest is not None else head  # credentials in the URL are dropped
    port: str | None = None
    if host.startswith("["):  # IPv6 literal: its colons are not a port
        end = host.find("]")
        if end != -1:
            after = host[end + 1 :]
            port = after[1:] if after.startswith(":") else None
            return [host[: end + 1]], port
    parts = split_outside_vars(host, ":")
    if len(parts) > 1:
        host, port = ":".join(parts[:-1]), parts[-1]
    return (split_outside_vars(host, ".") if host else []), port


def _raw_query(raw: str) -> list[RawQueryParam]:
    """The query parameters of a URL string: ``split_url(raw).query``, without
    splitting the rest of it."""
    rest, _fragment = _cut(raw.strip(), "#")
    _rest, query = _cut(rest, "?")
    return parse_query_string(query) if query is not None else []


def split_url(raw: str) -> RawUrl:
    """A URL string split into parts; ``raw`` keeps the text exactly as given."""
    rest = raw.strip()
    rest, _fragment = _cut(rest, "#")
    rest, query = _cut(rest, "?")
    protocol: str | None = None
    match = _PROTOCOL.match(rest)
    if match:
        protocol = match.group(1)
        rest = rest[match.end() :]
    authority, path = _cut(rest, "/")
    host, port = _split_authority(authority)
    return RawUrl(
        raw=raw,
        protocol=protocol,
        host=host,
        port=port,
        path=split_outside_vars(path, "/") if path is not None else [],
        query=parse_query_string(query) if query is not None else [],
    )


def _segments(value: object, sep: str) -> list[str] | None:
    """``host``/``path`` as an array, or as one string (split here); None if absent."""
    if value is None:
        return None
    if isinstance(value, str):
        if sep == "/":
            value = value.removeprefix("/")
        return split_outside_vars(value, sep) if value else []
    if isinstance(value, list):
        if all(type(s) is str for s in value):  # the usual export: a copy will do
            return list(value)
        # The schema allows path segments as {"type": "string", "value": "..."} too.
        return [text(s.get("value")) if isinstance(s, dict) else text(s) for s in value]
    return [text(value)]


def _query(value: object, where: str, warnings: Warnings) -> list[RawQueryParam]:
    if isinstance(value, str):
        return parse_query_string(value.removeprefix("?"))
    params: list[RawQueryParam] = []
    for _at, entry in entries(value, where, "query parameter", warnings):
        params.append(
            RawQueryParam(
                key=text(entry.get("key")),
                value=optional_text(entry.get("value")),
                description=description(entry.get("description")),
                disabled=is_disabled(entry),
            )
        )
    return params


def parse_variables(value: object, where: str, warnings: Warnings) -> list[RawVariable]:
    """A ``variable`` array (URL, folder or collection). Old exports name a
    variable by ``id`` instead of ``key``; a bare ``{name: value}`` object is accepted."""
    if value is None:  # the usual case (no path variables): no need for ``entries``
        return []
    if isinstance(value, dict):
        return [RawVariable(key=str(k), value=optional_text(v)) for k, v in value.items()]
    variables: list[RawVariable] = []
    for at, entry in entries(value, where, "variable", warnings):
        key = entry.get("key")
        if key is None:
            key = entry.get("id", entry.get("name"))
        if key is None:
            warnings.add(at, "variable has no key; skipped")
            continue
        variables.append(
            RawVariable(
                key=text(key),
                value=optional_text(entry.get("value")),
                type=optional_text(entry.get("type")),
                description=description(entry.get("description")),
                disabled=is_disabled(entry),
            )
        )
    return variables


def _from_object(url: Mapping[str, object], where: str, warnings: Warnings) -> RawUrl:
    raw_value = url.get("raw")
    raw = raw_value if isinstance(raw_value, str) else ""
    host = _segments(url.get("host"), ".")
    path = _segments(url.get("path"), "/")
    protocol = optional_text(url.get("protocol"))
    port = optional_text(url.get("port"))
    # Parsing ``raw`` is only needed when the parts are missing (it costs time on big files).
    needs_raw = not host and not path
    from_raw = split_url(raw) if needs_raw and raw.strip() else None
    if not host and not path:
        if from_raw is None:
            if raw_value is not None and not isinstance(raw_value, str):
                raise Unusable(f"its URL is {kind(raw_value)}, not a string")
            raise Unusable("it has no URL")
        # Only ``raw`` was exported: take the parts from it.
        host, path = from_raw.host, from_raw.path
        protocol = protocol or from_raw.protocol
        port = port or from_raw.port
    elif raw_value is not None and not isinstance(raw_value, str):
        warnings.add(f"{where}.raw", f"URL raw is {kind(raw_value)}, not a string; ignored")
    query_value = url.get("query")
    if query_value is None:
        # Some exports omit ``query`` and keep the parameters only in ``raw``.
        if from_raw is not None:
            query = from_raw.query
        else:
            query = _raw_query(raw) if raw.strip() else []
    else:
        query = _query(query_value, f"{where}.query", warnings)
    return RawUrl(
        raw=raw,
        protocol=protocol,
        host=host or [],
        port=port,
        path=path or [],
        query=query,
        variables=parse_variables(url.get("variable"), f"{where}.variable", warnings),
    )


def parse_url(value: object, where: str, warnings: Warnings) -> RawUrl:
    """The ``url`` of a request; raises ``Unusable`` when there is no usable URL."""
    if isinstance(value, str):
        if not value.strip():
            raise Unusable("it has no URL")
        return split_url(value)
    if isinstance(value, dict):
        return _from_object(value, where, warnings)
    if value is None:
        raise Unusable("it has no URL")
    raise Unusable(f"its URL is {kind(value)}, not a string or object")
