"""``postman-codegen mock``: serve a collection's saved examples over HTTP.

Registered by ``cli._extra_commands``; the server itself is ``generator.mock``.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
from typing import Any

from generator.diagnostics import ExitCode, GeneratorError


def register(commands: Any) -> None:
    """Add the ``mock`` command to the CLI's subparsers."""
    from generator.cli import _add_target_options

    parser = commands.add_parser(
        "mock",
        help="serve the collection's saved examples over HTTP (like a Postman mock server)",
        description=(
            "Serve the saved examples of a collection. Requests are matched by method and "
            "path; the x-mock-response-name / x-mock-response-code headers pick an example, "
            "otherwise the best match of query and path values, then the first 2xx one."
        ),
    )
    _add_target_options(parser)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback)")
    parser.add_argument("--port", type=int, default=0, help="port (0: any free port)")
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    parser.set_defaults(func=cmd_mock)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def cmd_mock(args: argparse.Namespace) -> int:
    from generator.cli import report, resolve_target
    from generator.mock import MockServer
    from generator.pipeline import build
    from generator.render.filters import comment

    target = resolve_target(args)
    built = build(target, strict=args.strict)
    report(built.diagnostics)
    api = built.api
    try:
        server = MockServer(api, args.host, args.port, log=not args.quiet)
    except OSError as exc:
        raise GeneratorError(f"cannot listen on {args.host}:{args.port}: {exc.strerror}") from None
    if not _is_loopback(args.host):
        print(
            f"warning: listening on {args.host}: the saved examples are reachable from the network",
            file=sys.stderr,
        )
    examples = sum(len(e.examples) for e in api.endpoints)
    print(f"mock server for {comment(api.name)}: {server.url}", flush=True)
    print(
        f"{len(api.endpoints)} endpoints, {examples} saved examples; "
        f"point the client at it with {api.env_prefix}_BASE_URL={server.url}",
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("mock server stopped", file=sys.stderr)
    finally:
        server.close()
    return int(ExitCode.OK)
