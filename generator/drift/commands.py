"""``postman-codegen check | diff | sync``: argument parsing and output only;
the work is in ``check``, ``diff`` and ``sync``. Found by ``cli._extra_commands``.

Exit codes as everywhere: 0 fine, 1 drift (``check``) or a ``--fail-on``
match (``diff``), 2 bad input or an unreachable upstream, 3 a generator bug.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from generator.config import Target, find_config, load_target, target_for_collection
from generator.diagnostics import ExitCode, GeneratorError


def _config_file(args: argparse.Namespace) -> Path:
    config: Path | None = args.config or find_config(Path.cwd())
    if config is None:
        raise GeneratorError("no [tool.postman-codegen] config found here (pass --config FILE)")
    return config


def cmd_check(args: argparse.Namespace) -> int:
    from generator.drift.check import describe, run_check

    target = load_target(_config_file(args))
    result = run_check(target, full=args.full, max_lines=args.diff_lines)
    sys.stdout.write(describe(result, target.out))
    return ExitCode.OK if result.in_sync else ExitCode.DRIFT


def _diff_target(args: argparse.Namespace) -> Target:
    """Names and overrides of the project's config when there is one, so the
    changelog speaks of the same symbols as the committed client."""
    config: Path | None = args.config or find_config(Path.cwd())
    if config is not None:
        return load_target(config)
    return target_for_collection(args.old, None, None)


def cmd_diff(args: argparse.Namespace) -> int:
    from generator.drift.diff import diff_apis, load_api
    from generator.drift.report import render

    target = _diff_target(args)
    changes = diff_apis(load_api(args.old, target), load_api(args.new, target))
    sys.stdout.write(render(changes, args.format, old=str(args.old), new=str(args.new)))
    if args.fail_on == "any" and changes:
        return ExitCode.DRIFT
    if args.fail_on == "breaking" and any(c.level == "breaking" for c in changes):
        return ExitCode.DRIFT
    return ExitCode.OK


def cmd_sync(args: argparse.Namespace) -> int:
    from generator.drift.report import as_markdown, render
    from generator.drift.sync import run_sync

    config = _config_file(args)
    target = load_target(config)
    result = run_sync(
        target,
        config,
        args.source,
        apply_bump=args.bump,
        timeout=args.timeout,
        dry_run=args.dry_run,
    )
    out = sys.stdout
    out.write(f"upstream: {result.source}\n")
    if not result.collection_changed and not result.regenerated:
        out.write(
            "up to date: the pinned collection matches upstream and "
            f"{target.out.name}/ is in sync\n"
        )
    elif not result.collection_changed:
        out.write(f"the pinned collection matches upstream; regenerated {target.out.name}/\n")
    else:
        out.write(render(result.changes, args.format))
        verb = "would update" if args.dry_run else "updated"
        out.write(f"{verb} {target.collection.name}")
        out.write(f"; regenerated {target.out.name}/\n" if result.regenerated else "\n")
        if result.new_version is not None:
            out.write(f"version bump: {result.bump} ({result.version} -> {result.new_version})\n")
        else:
            out.write(f"suggested version bump: {result.bump} " "(run with --bump to apply it)\n")
    if args.changelog is not None:
        text = as_markdown(result.changes, title=f"Upstream changes ({result.source})")
        args.changelog.write_text(text, encoding="utf-8")
    return ExitCode.OK


def register(subparsers: Any) -> None:
    """Add ``check``, ``diff`` and ``sync`` to the CLI's subcommands."""
    check = subparsers.add_parser(
        "check", help="fail when the committed output differs from a fresh generation"
    )
    check.add_argument("--config", type=Path, help="TOML file with [tool.postman-codegen]")
    check.add_argument(
        "--full", action="store_true", help="always regenerate (skip the manifest hash shortcut)"
    )
    check.add_argument(
        "--diff-lines",
        type=int,
        default=40,
        metavar="N",
        help="lines of unified diff shown per changed file (default 40)",
    )
    check.set_defaults(func=cmd_check)

    diff = subparsers.add_parser("diff", help="API changes between two collections")
    diff.add_argument("old", type=Path, help="the old collection")
    diff.add_argument("new", type=Path, help="the new collection")
    diff.add_argument("--config", type=Path, help="config for names and overrides")
    diff.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    diff.add_argument(
        "--fail-on",
        choices=["breaking", "any"],
        help="exit 1 when a breaking change (or any change) is found",
    )
    diff.set_defaults(func=cmd_diff)

    sync = subparsers.add_parser(
        "sync", help="fetch the upstream collection, show its changes, regenerate"
    )
    sync.add_argument(
        "--source",
        help="URL, postman:<collection-uid> or file " "(default: `upstream` in the config)",
    )
    sync.add_argument("--config", type=Path, help="TOML file with [tool.postman-codegen]")
    sync.add_argument(
        "--bump",
        action="store_true",
        help="apply the suggested version bump to the config's `version`",
    )
    sync.add_argument(
        "--dry-run", action="store_true", help="fetch and show the changes, write nothing"
    )
    sync.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="network timeout (default 30)",
    )
    sync.add_argument(
        "--format",
        choices=["text", "markdown"],
        default="text",
        help="format of the changelog on stdout",
    )
    sync.add_argument(
        "--changelog",
        type=Path,
        metavar="FILE",
        help="also write the changelog as Markdown to FILE (a PR body)",
    )
    sync.set_defaults(func=cmd_sync)
