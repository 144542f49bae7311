"""A throwaway upstream on 127.0.0.1: canned replies per path, in a thread."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/json"
    delay: float = 0.0  # seconds before answering: a slow upstream
    api_key: str | None = None  # answer 401 unless X-Api-Key is this


class Upstream:
    def __init__(self) -> None:
        self.routes: dict[str, Reply] = {}
        self.seen_keys: list[str | None] = []
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the http.server API)
                reply = upstream.routes.get(self.path, Reply(b'{"error": "not found"}', 404))
                upstream.seen_keys.append(self.headers.get("X-Api-Key"))
                if reply.api_key is not None and self.headers.get("X-Api-Key") != reply.api_key:
                    reply = Reply(
                        b'{"error": {"name": "AuthenticationError", '
                        b'"message": "Invalid API Key."}}',
                        401,
                    )
                time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except OSError:
                    pass  # the client gave up (the timeout tests): nothing to tell

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def __enter__(self) -> Upstream:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
