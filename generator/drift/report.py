"""A changelog as text (terminal), Markdown (a PR comment) or JSON (machines)."""

from __future__ import annotations

import json
from typing import Literal

from generator.drift.changes import LEVELS, Change, Level, counts, suggested_bump

Format = Literal["text", "markdown", "json"]

_TITLES: dict[Level, str] = {
    "breaking": "Breaking changes",
    "non-breaking": "Non-breaking changes",
    "docs-only": "Documentation only",
}


def summary_line(changes: list[Change]) -> str:
    found = counts(changes)
    if not changes:
        return "no API changes"
    parts = ", ".join(f"{found[level]} {level}" for level in LEVELS if found[level])
    return (
        f"{len(changes)} API change(s): {parts}; suggested version bump: {suggested_bump(changes)}"
    )


def _values(change: Change) -> str:
    if change.old is None and change.new is None:
        return ""
    return f" ({change.old or '-'} -> {change.new or '-'})"


def as_text(changes: list[Change]) -> str:
    lines = [summary_line(changes)]
    for level in LEVELS:
        for c in (c for c in changes if c.level == level):
            where = f"{c.endpoint}: " if c.endpoint else ""
            lines.append(f"{level.upper():12}  {where}{c.message}{_values(c)}")
            lines += [f"{'':14}{symbol}" for symbol in (c.symbol, *c.also)]
    return "\n".join(lines) + "\n"


def code(text: str) -> str:
    """A Markdown code span that survives backticks inside ``text``."""
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _md_escape(text: str) -> str:
    # Messages quote names in backticks already; keep those, neutralise HTML.
    return text.replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ")


def as_markdown(changes: list[Change], title: str = "API changes") -> str:
    lines = [f"## {_md_escape(title)}", "", f"**{summary_line(changes)}**", ""]
    for level in LEVELS:
        picked = [c for c in changes if c.level == level]
        if not picked:
            continue
        lines += [f"### {_TITLES[level]} ({len(picked)})", ""]
        for c in picked:
            where = f"{code(c.endpoint)}: " if c.endpoint else ""
            values = ""
            if c.old is not None or c.new is not None:
                values = f" ({code(c.old or '-')} → {code(c.new or '-')})"
            lines.append(f"- {where}{_md_escape(c.message)}{values}  ")
            lines.append(f"  {code(c.symbol)}")
            lines += [f"  also {code(s)}" for s in c.also]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def as_json(changes: list[Change], **extra: object) -> str:
    found = counts(changes)
    document = {
        **extra,
        "summary": {level: found[level] for level in LEVELS},
        "bump": suggested_bump(changes),
        "changes": [c.as_json() for c in changes],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render(changes: list[Change], fmt: Format, **extra: object) -> str:
    if fmt == "markdown":
        return as_markdown(changes)
    if fmt == "json":
        return as_json(changes, **extra)
    return as_text(changes)
