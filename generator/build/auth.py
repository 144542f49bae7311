"""Effective auth of each request and the schemes the client exposes.

Postman inherits auth down the folder tree: a missing, null or ``inherit``
block takes the parent's, ``noauth`` stops. Each distinct way of sending a
credential becomes one ``AuthScheme``; credential VALUES are never read.
"""

from __future__ import annotations

from typing import Literal

from generator.model.api import AuthScheme
from generator.postman.raw import RawAuth

# Postman types that send "Authorization: Bearer <token>".
_BEARER_TYPES = {"bearer", "oauth2", "jwt"}
_BASIC_TYPES = {"basic"}


def effective_auth(chain: list[RawAuth | None]) -> RawAuth | None:
    """The auth that applies to a request, given the blocks from the collection
    down to the request itself. None means no auth."""
    current: RawAuth | None = None
    for block in chain:
        if block is None or block.type in ("inherit", ""):
            continue
        current = block
    if current is None or current.type == "noauth":
        return None
    return current


def scheme_for(auth: RawAuth) -> AuthScheme:
    kind = auth.type.lower()
    if kind == "apikey":
        header = auth.params.get("key") or "x-api-key"
        location: Literal["header", "query"] = (
            "query" if auth.params.get("in", "header").lower() == "query" else "header"
        )
        return AuthScheme(
            id=f"apikey:{location}:{header.lower()}",
            kind="apikey",
            postman_type=auth.type,
            location=location,
            param_name=header,
            client_args=["api_key"],
            description=f"API key sent in the `{header}` {location}.",
        )
    if kind in _BEARER_TYPES:
        return AuthScheme(
            id="bearer",
            kind="bearer" if kind != "oauth2" else "oauth2",
            postman_type=auth.type,
            client_args=["bearer_token"],
            description="Token sent as `Authorization: Bearer <token>`.",
        )
    if kind in _BASIC_TYPES:
        return AuthScheme(
            id="basic",
            kind="basic",
            postman_type=auth.type,
            client_args=["username", "password"],
            description="HTTP basic auth.",
        )
    return AuthScheme(
        id=kind or "other",
        kind="other",
        postman_type=auth.type,
        description=(
            f"`{auth.type}` auth is not built in: pass an `httpx.Client(auth=...)` "
            "as `http_client`, or the headers it needs as `default_headers`."
        ),
    )


def merge_schemes(found: list[AuthScheme]) -> list[AuthScheme]:
    """Unique schemes in order of first use; a second API-key header gets its own argument."""
    unique: dict[str, AuthScheme] = {}
    for scheme in found:
        unique.setdefault(scheme.id, scheme)
    out: list[AuthScheme] = []
    api_keys = 0
    for scheme in unique.values():
        if scheme.kind == "apikey":
            api_keys += 1
            if api_keys > 1:
                scheme = scheme.model_copy(update={"client_args": [f"api_key_{api_keys}"]})
        out.append(scheme)
    # oauth2 and bearer share one scheme id, so "bearer" appears once.
    return out
