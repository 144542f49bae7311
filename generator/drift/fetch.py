"""Getting the upstream collection: an http(s) URL, ``postman:<uid>`` (the
Postman API) or a file.

Every failure (DNS, refused connection, timeout, an HTTP error status, a body
that is not JSON, a body that is too big) is a ``GeneratorError`` with one
line naming the source, so ``sync`` exits 2 before it has changed anything.
The API key is only ever sent as a header, never shown.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote, urlsplit, urlunsplit

import httpx

from generator.diagnostics import GeneratorError
from generator.postman import MAX_COLLECTION_BYTES

POSTMAN_API = "https://api.getpostman.com"
API_BASE_ENV = "POSTMAN_API_BASE"  # another API address, for tests and proxies
API_KEY_ENV = "POSTMAN_API_KEY"
DEFAULT_TIMEOUT = 30.0


@dataclass(frozen=True)
class Source:
    kind: Literal["url", "postman", "file"]
    location: str  # the URL to get, or the file path
    label: str  # how messages name it: no credentials, no query string


def _safe_label(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def parse_source(text: str, base: Path, env: Mapping[str, str]) -> Source:
    """``base`` is the folder relative file paths start from."""
    text = text.strip()
    if text.startswith("postman:"):
        uid = text.removeprefix("postman:").strip()
        if not uid:
            raise GeneratorError("postman: needs a collection uid (postman:<uid>)")
        api = (env.get(API_BASE_ENV) or POSTMAN_API).rstrip("/")
        url = f"{api}/collections/{quote(uid, safe='-')}"
        return Source("postman", url, f"postman:{uid}")
    if text.startswith(("http://", "https://")):
        return Source("url", text, _safe_label(text))
    path = Path(text.removeprefix("file://")).expanduser()
    path = path if path.is_absolute() else base / path
    return Source("file", str(path), text)


def _fail(source: Source, message: str) -> GeneratorError:
    return GeneratorError(message, source=source.label)


def _read_file(source: Source) -> bytes:
    path = Path(source.location)
    try:
        if path.stat().st_size > MAX_COLLECTION_BYTES:
            raise _fail(source, "the file is larger than the collection size limit")
        return path.read_bytes()
    except FileNotFoundError:
        raise _fail(source, "file not found") from None
    except IsADirectoryError:
        raise _fail(source, "this is a directory, not a collection file") from None
    except OSError as exc:
        raise _fail(source, f"cannot read the file: {exc.strerror or exc}") from None


def _is_dns_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return True
        seen = seen.__cause__ or seen.__context__
    text = str(exc).lower()
    return "name or service not known" in text or "name resolution" in text or "nodename" in text


def _error_detail(body: bytes) -> str:
    """The message of an API's JSON error body (Postman: ``{"error": {"message"}}``)."""
    try:
        data = json.loads(body.decode("utf-8", "replace"))
    except ValueError:
        return ""
    error = data.get("error") if isinstance(data, dict) else None
    message = error.get("message") if isinstance(error, dict) else error
    return f": {' '.join(str(message).split())[:200]}" if message else ""


def _status_error(source: Source, response: httpx.Response, body: bytes) -> GeneratorError:
    code = response.status_code
    detail = _error_detail(body)
    if source.kind == "postman" and code in (401, 403):
        return _fail(
            source,
            f"the Postman API rejected the API key (HTTP {code}); " f"check {API_KEY_ENV}{detail}",
        )
    if source.kind == "postman" and code == 404:
        return _fail(source, f"no such collection on the Postman API (HTTP 404){detail}")
    reason = response.reason_phrase or ""
    return _fail(source, f"upstream answered HTTP {code} {reason}".rstrip() + detail)


def _download(source: Source, headers: dict[str, str], timeout: float) -> tuple[bytes, str]:
    """(body, content type). ``timeout`` bounds every wait and the whole download,
    so a server that trickles bytes cannot hold a CI job forever."""
    deadline = time.monotonic() + timeout
    try:
        with httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=5) as client:
            with client.stream("GET", source.location, headers=headers) as response:
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_COLLECTION_BYTES:
                        raise _fail(source, "the answer is larger than the collection size limit")
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout("download deadline")
                    chunks.append(chunk)
                body = b"".join(chunks)
                if response.status_code >= 400:
                    raise _status_error(source, response, body[:4096])
                return body, response.headers.get("content-type", "")
    except httpx.TimeoutException:
        raise _fail(source, f"timed out after {timeout:g} s") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise _fail(source, f"not a usable URL: {exc}") from None
    except httpx.ConnectError as exc:
        host = urlsplit(source.location).hostname or source.location
        if _is_dns_failure(exc):
            raise _fail(source, f"cannot resolve host {host!r} (DNS lookup failed)") from None
        raise _fail(source, f"cannot connect to {host}: {exc or type(exc).__name__}") from None
    except httpx.HTTPError as exc:
        raise _fail(source, f"download failed: {type(exc).__name__}: {exc}") from None


def _parse(source: Source, body: bytes, content_type: str) -> Any:
    try:
        return json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        start = " ".join(body[:60].decode("utf-8", "replace").split())
        kind = f" ({content_type.split(';')[0]})" if content_type else ""
        raise _fail(source, f"the answer is not JSON{kind}: {start!r}") from None


def fetch(
    source: Source, *, timeout: float = DEFAULT_TIMEOUT, env: Mapping[str, str] | None = None
) -> Any:
    """The parsed JSON document behind ``source``."""
    env = os.environ if env is None else env
    if source.kind == "file":
        return _parse(source, _read_file(source), "")
    headers = {"Accept": "application/json"}
    if source.kind == "postman":
        key = env.get(API_KEY_ENV, "").strip()
        if not key:
            raise _fail(source, f"set {API_KEY_ENV} to read collections from the Postman API")
        headers["X-Api-Key"] = key
    body, content_type = _download(source, headers, timeout)
    return _parse(source, body, content_type)
