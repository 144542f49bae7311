"""Command line: ``postman-codegen generate | check | inspect | diff | sync | mock``.

Exit codes: 0 ok, 1 drift or check failure, 2 bad input or usage, 3 internal
error (a bug in a template or the formatter). Errors are one line on stderr.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from generator import __version__
from generator.config import (
    Target,
    check_setting,
    find_config,
    load_target,
    target_for_collection,
)
from generator.diagnostics import Diagnostic, ExitCode, GeneratorError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(ExitCode.BAD_INPUT)


def _add_target_options(parser: argparse.ArgumentParser, *, collection: bool = True) -> None:
    if collection:
        parser.add_argument("collection", nargs="?", type=Path, help="Postman collection file")
    parser.add_argument("--config", type=Path, help="TOML file with [tool.postman-codegen]")
    parser.add_argument("--out", type=Path, help="output folder of the generated project")
    parser.add_argument("--package", help="import name of the generated package")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")


def resolve_target(args: argparse.Namespace) -> Target:
    """Config from --config, else pyproject.toml; a COLLECTION argument overrides it."""
    collection: Path | None = getattr(args, "collection", None)
    for name, value in (("COLLECTION", collection), ("--config", args.config), ("--out", args.out)):
        # The OS cannot take it (ValueError "embedded null byte" deep in pathlib otherwise).
        if value is not None and "\0" in str(value):
            raise GeneratorError(f"{name}: a path cannot contain a NUL character")
    config = args.config or (None if collection else find_config(Path.cwd()))
    if config is not None:
        target = load_target(config)
        if collection is not None:
            target = target.with_changes(collection=collection)
    elif collection is not None:
        target = target_for_collection(collection, args.out, args.package)
    else:
        raise GeneratorError(
            "no collection given and no [tool.postman-codegen] config found "
            "(pass COLLECTION or --config)"
        )
    if args.out is not None:
        target = target.with_changes(out=args.out)
    if args.package is not None:
        target = target.with_changes(package=check_setting("--package", args.package))
    return target


def terminal_line(text: str) -> str:
    """One line, with control characters (terminal escape sequences in a
    collection's names) shown as escapes instead of reaching the terminal."""
    from generator.render.filters import escape_unprintable  # rendering's: load it on use

    return escape_unprintable(" ".join(text.split()))


def report(diagnostics: Sequence[Diagnostic]) -> None:
    for d in diagnostics:
        print(terminal_line(str(d)), file=sys.stderr)


def cmd_generate(args: argparse.Namespace) -> int:
    from generator.pipeline import generate

    target = resolve_target(args)
    show = sys.stderr.isatty()

    def progress(message: str) -> None:
        if show:
            print(f"postman-codegen: {message}...", file=sys.stderr)

    built = generate(target, strict=args.strict, progress=progress)
    if _kept_until_exit is not None:
        _kept_until_exit.append(built)
    report(built.diagnostics)
    print(
        f"generated {target.out} ({len(built.api.endpoints)} endpoints, "
        f"{len(built.api.models)} models)"
    )
    return ExitCode.OK


def cmd_inspect(args: argparse.Namespace) -> int:
    from generator.inspect import api_summary
    from generator.pipeline import build

    target = resolve_target(args)
    built = build(target, strict=args.strict)
    report(built.diagnostics)
    summary = api_summary(built.api)
    if args.format == "json":
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        for endpoint in summary["endpoints"]:
            chain = ".".join(["client", *endpoint["resource_chain"], endpoint["function"]])
            print(terminal_line(f"{endpoint['method']:7} {endpoint['path']}  ->  {chain}()"))
    return ExitCode.OK


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="postman-codegen", description=__doc__.split("\n")[0])
    parser.add_argument("--version", action="version", version=f"postman-codegen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    generate = commands.add_parser("generate", help="generate the client project")
    _add_target_options(generate)
    generate.set_defaults(func=cmd_generate)

    inspect = commands.add_parser("inspect", help="print the endpoint model")
    _add_target_options(inspect)
    inspect.add_argument("--format", choices=["json", "text"], default="text")
    inspect.set_defaults(func=cmd_inspect)

    for register in _extra_commands():
        register(commands)
    return parser


def _extra_commands() -> list[Callable[[Any], None]]:
    """Commands that live with their feature (drift, mock, bench)."""
    found: list[Callable[[Any], None]] = []
    for module_name in (
        "generator.drift.commands",
        "generator.mock_commands",
        "generator.bench_commands",
    ):
        try:
            module = __import__(module_name, fromlist=["register"])
        except ImportError:
            continue
        found.append(module.register)
    return found


def _escape_unencodable_output() -> None:
    """Collection text may hold lone surrogates (valid JSON, not UTF-8): print them
    as ``\\udxxx`` escapes (also valid inside JSON strings) instead of crashing."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _escape_unencodable_output()
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        code = int(args.func(args))
    except GeneratorError as exc:
        print(terminal_line(exc.one_line()), file=sys.stderr)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line and exit 3, the traceback on request
        if os.environ.get("POSTMAN_CODEGEN_DEBUG"):
            raise
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        print(
            f"error: internal error ({detail}); set POSTMAN_CODEGEN_DEBUG=1 for the traceback",
            file=sys.stderr,
        )
        return int(ExitCode.INTERNAL)
    return code


# Set by ``run``: large results are parked here, so that the process exits
# without first freeing them object by object (a second or so at 4,000 requests).
_kept_until_exit: list[object] | None = None


def run() -> NoReturn:
    """The ``postman-codegen`` command: :func:`main`, then a prompt exit.

    Everything is written and flushed by then; tearing down the heap (the
    endpoint model, the interpreter's modules) would only cost time.
    """
    global _kept_until_exit
    _kept_until_exit = []
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
