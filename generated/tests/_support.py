"""Helpers of the generated tests.

``FakeApi`` plays the server: it answers with the responses a test queues (the
saved examples of the collection) and records every request the client sends,
either in-process (``httpx.MockTransport``) or over a real HTTP server on
127.0.0.1 (``LiveServer``). ``assert_same`` and ``assert_parses`` compare
results with example bodies.
"""

from __future__ import annotations

import asyncio
import json
import ssl
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.parser import BytesParser
from email.policy import HTTP
from enum import Enum
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, quote, unquote
from uuid import UUID

import httpx
from pydantic import BaseModel, TypeAdapter

from akenza import Akenza, AsyncAkenza

# Credentials every test client gets; the expected auth headers are built from them.
CREDENTIALS: dict[str, str] = {"bearer_token": "test-bearer-token", "api_key": "test-api-key"}
# Names of the other base URLs (endpoints on another host): all point at the fake API.
BASE_URL_KEYS: list[str] = ["dataGatewayUrl"]
MOCK_BASE_URL = "http://api.test"


@dataclass
class Recorded:
    """A request as the server received it."""

    method: str
    path: str  # percent-encoded, as sent
    query: list[tuple[str, str]]
    headers: httpx.Headers
    body: bytes

    @classmethod
    def of(cls, method: str, target: str, headers: Any, body: bytes) -> Recorded:
        path, _, query = target.partition("?")
        pairs = parse_qsl(query, keep_blank_values=True)
        return cls(method, path, pairs, httpx.Headers(headers), body)


@dataclass
class Reply:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


def _encode_text(text: str, headers: Sequence[tuple[str, str]]) -> bytes:
    """Text in the charset its Content-Type names (UTF-8 when none or unknown)."""
    for key, value in headers:
        if key.lower() != "content-type":
            continue
        for parameter in value.split(";")[1:]:
            name, _, charset = parameter.strip().partition("=")
            if name.lower() == "charset":
                try:
                    return text.encode(charset.strip('"'))
                except (LookupError, UnicodeEncodeError):
                    break
    return text.encode()


class FakeApi:
    """The API as the tests see it: queued replies out, recorded requests in.

    ``call`` builds a client (sync or async, per ``asynchronous``) whose
    requests reach this object, and runs one method call with it.
    """

    def __init__(self, *, asynchronous: bool = False, base_url: str | None = None) -> None:
        self.asynchronous = asynchronous
        self.live = base_url is not None
        self.base_url = base_url or MOCK_BASE_URL
        self.requests: list[Recorded] = []
        self._replies: list[Reply] = []
        self._http_clients: list[httpx.Client] = []

    # -- the server side ------------------------------------------------------------------
    def serve(
        self,
        status: int,
        *,
        headers: Sequence[Sequence[str]] = (),
        json_body: Any = None,
        text: str | None = None,
    ) -> None:
        """Queue a reply; the last one queued answers every further request."""
        pairs = [(str(k), str(v)) for k, v in headers]
        body = b""
        if json_body is not None:
            body = json.dumps(json_body).encode()
        elif text is not None:
            body = _encode_text(text, pairs)
        self._replies.append(Reply(status, pairs, body))

    def reply(self, request: Recorded) -> Reply:
        self.requests.append(request)
        if not self._replies:
            return Reply(404, [], b"no reply queued")
        return self._replies.pop(0) if len(self._replies) > 1 else self._replies[0]

    def _handle(self, request: httpx.Request) -> httpx.Response:
        target = request.url.raw_path.decode("ascii")
        reply = self.reply(Recorded.of(request.method, target, request.headers, request.content))
        return httpx.Response(reply.status, headers=reply.headers, content=reply.body)

    # -- the client side ------------------------------------------------------------------
    def _settings(self, options: Mapping[str, Any]) -> dict[str, Any]:
        return {
            **CREDENTIALS,
            "base_url": self.base_url,
            "base_urls": {key: self.base_url for key in BASE_URL_KEYS},
            "max_retries": 0,
            **options,
        }

    def call(self, method: Callable[[Any], Any], **options: Any) -> Any:
        """``method(client)`` with a fresh client; ``options`` override its settings."""
        if self.asynchronous:
            return asyncio.run(self._call_async(method, options))
        transport = None if self.live else httpx.MockTransport(self._handle)
        http_client = httpx.Client(transport=transport, verify=_tls())
        self._http_clients.append(http_client)  # open until the test ends: pages fetch lazily
        return method(Akenza(http_client=http_client, **self._settings(options)))

    async def _call_async(self, method: Callable[[Any], Any], options: Mapping[str, Any]) -> Any:
        # An async client belongs to one event loop: made, used and closed in this one.
        transport = None if self.live else httpx.MockTransport(self._handle)
        async with httpx.AsyncClient(transport=transport, verify=_tls()) as http_client:
            client = AsyncAkenza(http_client=http_client, **self._settings(options))
            return await method(client)

    def close(self) -> None:
        for http_client in self._http_clients:
            http_client.close()

    # -- assertions -----------------------------------------------------------------------
    def assert_request(
        self,
        method: str,
        path: str,
        *,
        query: Sequence[Sequence[str]] = (),
        headers: Mapping[str, str] | None = None,
        absent_headers: Sequence[str] = (),
        json_body: Any = None,
        content: bytes = b"",
        form: Sequence[Sequence[str]] | None = None,
        multipart: Sequence[Sequence[Any]] | None = None,
    ) -> Recorded:
        """The one request sent was exactly this (headers: at least these)."""
        assert len(self.requests) == 1, f"expected one request, got {len(self.requests)}"
        sent = self.requests[0]
        assert sent.method == method
        assert _normal_path(sent.path) == _normal_path(path)
        assert _grouped(sent.query) == _grouped(query), f"query {sent.query}"
        for name, value in (headers or {}).items():
            assert sent.headers.get(name) == value, f"header {name}: {sent.headers.get(name)!r}"
        for name in absent_headers:
            assert name not in sent.headers, f"unexpected header {name}"
        if json_body is not None:
            assert json.loads(sent.body) == json_body
        elif form is not None:
            assert parse_qsl(sent.body.decode(), keep_blank_values=True) == [tuple(p) for p in form]
        elif multipart is not None:
            content_type = sent.headers.get("content-type", "")
            assert content_type.startswith("multipart/form-data; boundary="), content_type
            expected = [
                (form_name(n), None if f is None else form_name(f), c) for n, f, c in multipart
            ]
            assert multipart_parts(content_type, sent.body) == expected
        else:
            assert sent.body == content
        return sent


def _grouped(pairs: Sequence[Sequence[str]]) -> dict[str, list[str]]:
    """Values by key: the order of keys is free, the order of a key's values is not."""
    out: dict[str, list[str]] = {}
    for key, value in pairs:
        out.setdefault(key, []).append(value)
    return out


def _normal_path(path: str) -> str:
    """A path with each segment percent-encoded one way: ``[`` and ``%5B`` are the
    same, ``%2F`` (a slash inside a parameter) and ``/`` are not."""
    return "/".join(quote(unquote(s), safe="!$&'()*+,;=:@") for s in path.split("/"))


# How a browser (and httpx) writes a field or file name into Content-Disposition
# (HTML's multipart/form-data encoding): ``"`` and control characters but ESC are
# percent-encoded; a backslash is escaped, so a header parser reads it back as one.
_FORM_NAME_ESCAPES = {'"': "%22", **{chr(c): f"%{c:02X}" for c in range(0x20) if c != 0x1B}}


def form_name(name: str) -> str:
    """A multipart field or file name as a server reads it back from the request."""
    return "".join(_FORM_NAME_ESCAPES.get(c, c) for c in name)


def multipart_parts(content_type: str, body: bytes) -> list[tuple[str, str | None, str]]:
    """(field name, file name, content) of each part of a multipart/form-data body."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    parts = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        filename = part.get_param("filename", header="content-disposition")
        payload = part.get_payload(decode=True)
        content = (payload or b"").decode("utf-8", "replace")
        parts.append((str(name), None if filename is None else str(filename), content))
    return parts


@cache
def _tls() -> ssl.SSLContext:
    # One context for every test client: building one per client costs ~20 ms.
    return ssl.create_default_context()


# -- comparing results with example bodies ----------------------------------------------
def to_json(value: Any) -> Any:
    """A result as JSON data: models as the API spells them, only the fields it sent."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, Enum):
        return to_json(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    return value


def _instant(text: str) -> datetime | date | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _same_scalar(actual: Any, expected: Any) -> bool:
    if isinstance(actual, bool) or isinstance(expected, bool):
        return actual is expected
    if actual == expected:
        return True
    if isinstance(actual, str) and isinstance(expected, str):
        # Date-times are compared as instants: "...08:09:06Z" is "...08:09:06.000+00:00".
        moments = _instant(actual), _instant(expected)
        if None not in moments and type(moments[0]) is type(moments[1]):
            return moments[0] == moments[1]
        try:
            return UUID(actual) == UUID(expected)
        except ValueError:
            return False
    return False


def _differences(actual: Any, expected: Any, where: str = "$") -> Iterator[str]:
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected.keys() | actual.keys():
            if key not in actual:
                yield f"{where}.{key}: missing"
            elif key not in expected:
                yield f"{where}.{key}: unexpected {actual[key]!r}"
            else:
                yield from _differences(actual[key], expected[key], f"{where}.{key}")
    elif isinstance(expected, list) and isinstance(actual, list):
        if len(actual) != len(expected):
            yield f"{where}: {len(actual)} items, expected {len(expected)}"
        for index, (a, e) in enumerate(zip(actual, expected, strict=False)):
            yield from _differences(a, e, f"{where}[{index}]")
    elif not _same_scalar(actual, expected):
        yield f"{where}: {actual!r} != {expected!r}"


def assert_same(actual: Any, expected: Any) -> None:
    """``actual`` (a result) holds exactly the JSON ``expected`` (an example body)."""
    problems = list(_differences(to_json(actual), expected))
    assert not problems, "result differs from the example:\n" + "\n".join(problems[:20])


def page_of(result: Any) -> Any:
    """The page behind a page object (a list method's result), else the result itself."""
    if isinstance(result, BaseModel) or not hasattr(result, "page"):
        return result
    return result.page


def all_items(result: Any) -> Any:
    """Every item of a list method's result, all pages: a list, or (async) a coroutine of one."""
    if hasattr(result, "__aiter__"):

        async def collect() -> list[Any]:
            return [item async for item in result]

        return collect()
    return list(result)


def assert_parses(actual: Any, expected: Any, annotation: Any) -> None:
    """The example body parses into ``annotation``; the result is that parsed value."""
    parsed = TypeAdapter(annotation).validate_python(expected)
    value = page_of(actual)
    assert value == parsed, f"result is not the parsed {annotation}: {value!r}"
    assert_same(value, expected)


# -- a real HTTP server on 127.0.0.1 ------------------------------------------------------
class LiveServer:
    """A stdlib HTTP server in a thread that hands every request to ``fake``."""

    def __init__(self) -> None:
        self.fake: FakeApi | None = None
        handler = _handler_for(self)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        # A short poll interval: shutting down waits for one poll.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> LiveServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def _handler_for(server: LiveServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            fake = server.fake
            assert fake is not None, "no test is using the live server"
            # http.server decodes header bytes as latin-1: encode them back, so that
            # httpx.Headers reads a UTF-8 value as the client sent it (as in-process).
            raw = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in self.headers.items()]
            request = Recorded.of(self.command, self.path, raw, body)
            reply = fake.reply(request)
            self.send_response(reply.status)
            for key, value in reply.headers:
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(reply.body)

        def __getattr__(self, name: str) -> Any:
            # http.server dispatches to do_<METHOD>: answer every method, custom ones too.
            if name.startswith("do_"):
                return self._answer
            raise AttributeError(name)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: pytest shows failures, not every request

    return Handler
