"""A mock server over a collection's saved examples, like Postman's mock servers.

A request is matched to an endpoint by method and path template; the endpoint's
saved example is picked by the ``x-mock-response-name`` / ``x-mock-response-code``
request headers, else by how well the example's recorded query and path values
match the request's, else the first 2xx one. Unknown routes get a 404 whose JSON
body lists the nearest endpoints. Built on the endpoint model, so it serves
exactly what the generated client and its tests are made from.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from generator.model.api import Api, Endpoint, Example
from generator.render.filters import comment

NAME_HEADER = "x-mock-response-name"
CODE_HEADER = "x-mock-response-code"
# Headers of a saved response that described its recorded transfer (length,
# compression), not the body served again.
_TRANSFER_HEADERS = frozenset(
    {"content-length", "transfer-encoding", "connection", "content-encoding", "keep-alive"}
)
_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
MAX_NEAR_MATCHES = 5


@dataclass
class MockResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    example: str | None = None  # the saved example served, for the log


@dataclass
class Route:
    """An endpoint's path template as one regular expression per segment."""

    endpoint: Endpoint
    segments: list[re.Pattern[str]]
    params: int  # fewer parameters: a more specific route, tried first
    prefix: list[str] = field(default_factory=list)  # base URL path, e.g. ["api", "v2"]

    @classmethod
    def of(cls, endpoint: Endpoint) -> Route:
        patterns = []
        for segment in endpoint.path.strip("/").split("/"):
            parts = _PARAM.split(segment)  # literal, name, literal, name, ...
            regex = "".join(
                f"(?P<{part}>.+)" if odd else re.escape(part) for odd, part in _alternate(parts)
            )
            patterns.append(re.compile(f"^{regex}$"))
        prefix = [s for s in urlsplit(endpoint.base_url).path.split("/") if s]
        return cls(endpoint, patterns, len(endpoint.path_params), prefix)

    def match(self, segments: list[str]) -> dict[str, str] | None:
        """Path values by python name, when the request path is this route's."""
        for candidate in (segments, _without_prefix(segments, self.prefix)):
            if candidate is None or len(candidate) != len(self.segments):
                continue
            values: dict[str, str] = {}
            for pattern, text in zip(self.segments, candidate, strict=True):
                found = pattern.match(text)
                if found is None:
                    break
                values.update(found.groupdict())
            else:
                return values
        return None


def _alternate(parts: list[str]) -> list[tuple[bool, str]]:
    return [(index % 2 == 1, part) for index, part in enumerate(parts)]


def _without_prefix(segments: list[str], prefix: list[str]) -> list[str] | None:
    if prefix and segments[: len(prefix)] == prefix:
        return segments[len(prefix) :]
    return None


def served_headers(example: Example) -> list[tuple[str, str]]:
    """The headers to answer with when serving ``example`` again (here and in the
    generated tests): not the transfer ones, none that cannot go on the wire, and
    the example's content type where it saved no header for it."""
    served = [
        (k, v)
        for k, v in example.headers
        if k.lower() not in _TRANSFER_HEADERS
        and _HEADER_NAME.match(k)
        and v.isascii()
        and v.isprintable()
    ]
    if example.content_type and not any(k.lower() == "content-type" for k, _ in served):
        served.append(("Content-Type", example.content_type))
    return served


def _is_success(example: Example) -> bool:
    return 200 <= example.status < 300


def _rank(
    example: Example, query: list[tuple[str, str]], values: dict[str, str]
) -> tuple[int, int]:
    """How well an example's recorded request matches this one: query, then path."""
    recorded = example.request.query
    query_score = sum(1 if pair in query else -1 for pair in recorded)
    path_score = sum(1 for k, v in example.request.path_params.items() if v and values.get(k) == v)
    return query_score, path_score


def _body_bytes(example: Example) -> bytes:
    sample = example.body
    if sample is None:
        return b""
    if sample.is_json:
        try:
            json.loads(sample.text)
        except ValueError:  # lenient JSON (comments, {{variables}}): serve it strict
            return json.dumps(sample.json_value).encode()
    return sample.text.encode()


def _error(status: int, message: str, **extra: Any) -> MockResponse:
    body = {"error": "mockRequestNotFoundError", "message": message, **extra}
    headers = [("Content-Type", "application/json")]
    return MockResponse(status, headers, json.dumps(body, ensure_ascii=False).encode())


class MockApi:
    """Answers requests with the saved examples of ``api``; no network of its own."""

    def __init__(self, api: Api) -> None:
        self.api = api
        routes = [Route.of(endpoint) for endpoint in api.endpoints]
        self.routes = sorted(routes, key=lambda r: r.params)  # stable: document order kept

    def respond(self, method: str, target: str, headers: dict[str, str]) -> MockResponse:
        """The response to ``method target`` (``headers``: lower-case names)."""
        split = urlsplit(target)
        segments = [unquote(s) for s in split.path.strip("/").split("/")]
        query = parse_qsl(split.query, keep_blank_values=True)
        matched = [(r, v) for r in self.routes if (v := r.match(segments)) is not None]
        # HEAD is GET without the body (HTTP semantics), unless the collection has HEADs.
        methods = [method.upper(), "GET"] if method.upper() == "HEAD" else [method.upper()]
        for wanted in methods:
            for route, values in matched:
                if route.endpoint.method == wanted:
                    return self._example(route.endpoint, query, values, headers)
        return _error(
            404,
            f"No endpoint matches {method.upper()} {split.path}.",
            near_matches=self.near_matches(method, split.path, [r for r, _ in matched]),
        )

    def _example(
        self,
        endpoint: Endpoint,
        query: list[tuple[str, str]],
        values: dict[str, str],
        headers: dict[str, str],
    ) -> MockResponse:
        examples = list(endpoint.examples)
        name, code = headers.get(NAME_HEADER), headers.get(CODE_HEADER)
        if name is not None:
            examples = [e for e in examples if e.name == name] or [
                e for e in examples if e.name.lower() == name.lower()
            ]
        if code is not None:
            examples = [e for e in examples if str(e.status) == code.strip()]
        if not examples:
            asked = f" ({NAME_HEADER}: {name!r}, {CODE_HEADER}: {code!r})" if name or code else ""
            return _error(
                404,
                f"{endpoint.method} {endpoint.path} has no saved example{asked}.",
                examples=[{"name": e.name, "status": e.status} for e in endpoint.examples],
            )
        # Best recorded match; among equals a 2xx one; among those the first saved.
        chosen = max(
            examples,
            key=lambda e: (*_rank(e, query, values), _is_success(e), -examples.index(e)),
        )
        return self._serve(chosen)

    def _serve(self, example: Example) -> MockResponse:
        # 204 and 304 responses have no body, whatever the example saved.
        body = b"" if example.status in (204, 304) else _body_bytes(example)
        return MockResponse(example.status, served_headers(example), body, example.name)

    def near_matches(self, method: str, path: str, same_path: list[Route]) -> list[str]:
        """Endpoints the request probably meant: its path with another method, then
        the templates that read most alike (its own method first)."""
        by_path: dict[str, list[Endpoint]] = {}
        for route in self.routes:
            by_path.setdefault(route.endpoint.path, []).append(route.endpoint)
        found = [r.endpoint for r in same_path]
        for close in difflib.get_close_matches(path, list(by_path), n=MAX_NEAR_MATCHES, cutoff=0.6):
            found += sorted(by_path[close], key=lambda e: e.method != method.upper())
        names = [f"{e.method} {e.path}" for e in found]
        return list(dict.fromkeys(names))[:MAX_NEAR_MATCHES]


class MockServer:
    """``MockApi`` over HTTP: a threading stdlib server, loopback unless asked."""

    def __init__(
        self, api: Api, host: str = "127.0.0.1", port: int = 0, *, log: bool = False
    ) -> None:
        self.mock = MockApi(api)
        self.log = log
        self._server = ThreadingHTTPServer((host, port), _handler_for(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        text = host.decode() if isinstance(host, bytes) else host
        return f"http://[{text}]:{port}" if ":" in text else f"http://{text}:{port}"

    def serve_forever(self) -> None:
        self._server.serve_forever(poll_interval=0.1)

    def start(self) -> MockServer:
        """Serve in a background thread (for tests and embedding)."""
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def _handler_for(server: MockServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "postman-codegen-mock"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)  # unread bodies would break keep-alive
            headers = {k.lower(): v for k, v in self.headers.items()}
            response = server.mock.respond(self.command, self.path, headers)
            # The example's own headers; Date and Server only where it saved none.
            self.send_response_only(response.status)
            saved = {key.lower() for key, _ in response.headers}
            if "server" not in saved:
                self.send_header("Server", self.version_string())
            if "date" not in saved:
                self.send_header("Date", self.date_time_string())
            for key, value in response.headers:
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(response.body)
            if server.log:
                # Collection and request text reach the terminal escaped (no control codes).
                served = f' (example "{comment(response.example)}")' if response.example else ""
                line = f"{comment(self.command)} {comment(self.path)} -> {response.status}"
                print(line + served, file=sys.stderr)

        def __getattr__(self, name: str) -> Any:
            # http.server dispatches to do_<METHOD>: answer every method, custom ones too.
            if name.startswith("do_"):
                return self._answer
            raise AttributeError(name)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # _answer logs one line per request, with the example served

    return Handler
