"""Events (pre-request and test scripts) to ``RawScript``. Disabled events are
dropped: Postman does not run them either."""

from __future__ import annotations

from generator.postman.raw import RawScript
from generator.postman.values import Warnings, entries, flag, text


def _source(script: object) -> str:
    """``script.exec`` is an array of lines, one string, or null."""
    if isinstance(script, dict):
        script = script.get("exec")
    if isinstance(script, list):
        return "\n".join(text(line) for line in script)
    return text(script)


def parse_scripts(value: object, where: str, warnings: Warnings) -> list[RawScript]:
    scripts: list[RawScript] = []
    for _at, entry in entries(value, where, "event", warnings):
        if flag(entry.get("disabled")):
            continue
        scripts.append(
            RawScript(listen=text(entry.get("listen")), exec=_source(entry.get("script")))
        )
    return scripts
