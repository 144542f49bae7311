"""One cold benchmark run, in its own process: ``generate`` or ``check``.

Run by ``bench/run.py`` as ``python bench/child.py RESULT.json generate|check ARGS...``
(ARGS are the CLI's own). It goes through ``generator.cli.main`` and ends as
``generator.cli.run`` does (``os._exit``), the code path of ``postman-codegen``;
the only addition is a wrapper around
``pipeline.build`` that keeps the per-phase ``Timings``, and the time the
imports took. The result is written as JSON to RESULT.json.
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402


def main() -> int:
    result_path, command, *argv = sys.argv[1:]
    from generator import cli

    captured: list[object] = []
    # Only where the command builds: check's quick path never imports the pipeline.
    if command == "generate" or "--full" in argv:
        import generator.pipeline as pipeline

        original_build = pipeline.build

        def build(*args: object, **kwargs: object) -> object:
            built = original_build(*args, **kwargs)  # type: ignore[arg-type]
            captured.append(built)
            return built

        pipeline.build = build  # type: ignore[assignment]
    imported = time.perf_counter()
    code = cli.main([command, *argv])
    finished = time.perf_counter()
    phases: dict[str, float] = {}
    for built in captured:
        for phase, seconds in built.timings.phases.items():  # type: ignore[attr-defined]
            phases[phase] = phases.get(phase, 0.0) + seconds
    result = {
        "exit_code": code,
        "imports": imported - _STARTED,
        "in_process": finished - _STARTED,
        "phases": phases,
        "endpoints": len(captured[0].api.endpoints) if captured else None,  # type: ignore[attr-defined]
        "models": len(captured[0].api.models) if captured else None,  # type: ignore[attr-defined]
    }
    with open(result_path, "w", encoding="utf-8") as handle:
        json.dump(result, handle)
    return code


if __name__ == "__main__":
    exit_code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(exit_code)  # as ``postman-codegen`` exits: no heap teardown
