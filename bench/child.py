"""One cold benchmark run, in its own process: ``generate`` or ``check``.

Run by ``bench/run.py`` as ``python bench/child.py RESULT.json generate|check ARGS...``
(ARGS are the CLI's own). It goes through ``generator.cli.main``, exactly the
code path of ``postman-codegen``; the only addition is a wrapper around
``pipeline.build`` that keeps the per-phase ``Timings``, and the time the
imports took. The result is written as JSON to RESULT.json.
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()

import json  # noqa: E402
import sys  # noqa: E402


def main() -> int:
    result_path, command, *argv = sys.argv[1:]
    import generator.pipeline as pipeline
    from generator import cli

    imported = time.perf_counter()
    captured: list[object] = []
    original_build = pipeline.build

    def build(*args: object, **kwargs: object) -> object:
        built = original_build(*args, **kwargs)  # type: ignore[arg-type]
        captured.append(built)
        return built

    pipeline.build = build  # type: ignore[assignment]
    code: int
    if command == "check-fallback":
        code = _check_fallback(argv)
    else:
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


def _check_fallback(argv: list[str]) -> int:
    """``check`` before generator/drift has it: generate to a temp folder, compare."""
    import filecmp
    import shutil
    from pathlib import Path

    from generator import cli
    from generator.pipeline import generate_to_temp
    from generator.render.write import MANIFEST_NAME

    args = cli.make_parser().parse_args(["generate", *argv])
    target = cli.resolve_target(args)
    _built, folder = generate_to_temp(target)
    try:
        fresh = {p.relative_to(folder) for p in folder.rglob("*") if p.is_file()}
        old = {
            p.relative_to(target.out)
            for p in target.out.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }
        same = fresh == old and all(
            filecmp.cmp(folder / rel, target.out / rel, shallow=False)
            for rel in sorted(fresh)
            if rel.name != MANIFEST_NAME
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
