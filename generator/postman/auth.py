"""Auth blocks at collection, folder and request level, to ``RawAuth``.

``null``, a missing block and ``{"type": "inherit"}`` all mean "inherit from the
parent" and become None; ``noauth`` is kept because it stops inheritance.
Settings come as an array of ``{key, value}`` (v2.1) or as an object (v2.0);
both become a ``{name: text}`` dict.
"""

from __future__ import annotations

from generator.postman.headers import is_header_name
from generator.postman.raw import RawAuth
from generator.postman.values import Warnings, entries, kind, label, text


def _params(value: object, where: str, warnings: Warnings) -> dict[str, str]:
    if isinstance(value, dict):
        return {str(name): text(setting) for name, setting in value.items()}
    params: dict[str, str] = {}
    for at, entry in entries(value, where, "auth setting", warnings):
        name = entry.get("key")
        if not isinstance(name, str):
            warnings.add(at, "auth setting has no key; skipped")
            continue
        params[name] = text(entry.get("value"))
    return params


def parse_auth(value: object, where: str, warnings: Warnings) -> RawAuth | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        warnings.add(where, f"auth is {kind(value)}, not an object; inherited instead")
        return None
    scheme = value.get("type")
    if scheme is None and not value:
        return None
    if not isinstance(scheme, str):
        warnings.add(where, f"auth type is {kind(scheme)}, not a string; inherited instead")
        return None
    scheme = scheme.strip()
    if scheme.lower() in ("", "inherit"):
        return None
    # The settings live under the type's own key: {"type": "bearer", "bearer": [...]}.
    params = _params(value.get(scheme), f"{where}.{scheme}", warnings)
    if scheme.lower() == "apikey" and not is_header_name(params.get("key", "x-api-key")):
        if params.get("in", "header").lower() != "query":
            # The client could never send it; Postman's default name is used instead.
            warnings.add(
                f"{where}.{scheme}",
                f"API key header name {label(params['key'])} is not a valid HTTP header "
                "name; x-api-key is used instead",
            )
            del params["key"]
    return RawAuth(type=scheme.lower(), params=params)
