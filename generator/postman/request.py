"""A request (``item.request`` or a saved example's ``originalRequest``) to
``RawRequest``. Problems that leave no request to call raise ``Unusable``;
anything else is coerced or skipped with a warning."""

from __future__ import annotations

import re

from generator.postman.auth import parse_auth
from generator.postman.body import parse_body
from generator.postman.headers import parse_headers
from generator.postman.raw import RawRequest
from generator.postman.url import parse_url, split_url
from generator.postman.values import Unusable, Warnings, description, kind, label

# An HTTP method is an RFC 9110 token; anything else cannot be sent.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Z]+")


def parse_method(value: object) -> str:
    """Upper-cased method; missing or empty means GET, as in Postman."""
    if value is None:
        return "GET"
    if not isinstance(value, str):
        raise Unusable(f"its method is {kind(value)}, not a string")
    method = value.strip().upper()
    if not method:
        return "GET"
    if not _TOKEN.fullmatch(method):
        raise Unusable(f"its method {label(value)} is not an HTTP method")
    return method


def parse_request(value: object, where: str, warnings: Warnings) -> RawRequest:
    if isinstance(value, str):
        # The shortest form: the request is just a URL, sent with GET.
        if not value.strip():
            raise Unusable("it has no URL")
        return RawRequest(url=split_url(value))
    if value is None:
        raise Unusable("it has no request")
    if not isinstance(value, dict):
        raise Unusable(f"its request is {kind(value)}, not an object or a URL")
    method = parse_method(value.get("method"))
    url = parse_url(value.get("url"), f"{where}.url", warnings)
    return RawRequest(
        method=method,
        url=url,
        headers=parse_headers(value.get("header"), f"{where}.header", warnings),
        body=parse_body(value.get("body"), f"{where}.body", warnings),
        auth=parse_auth(value.get("auth"), f"{where}.auth", warnings),
        description=description(value.get("description")),
    )
