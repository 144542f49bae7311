"""Where formatting time goes: black's CPU cost under each strategy, one process.

    .venv/bin/python bench/formatting.py [--sizes 200,1000] [--akenza]

For each collection the tree is rendered once and ruff's fixes applied, then
black (in this process, one core, CPU time) formats it:

- ``raw``: black on the rendered text, as the format stage first did; black
  makes two passes over every file its first pass changes;
- ``ruff+black``: ruff's formatter first, then black (one pass where ruff
  already produced black's style), with the guard of ``generator.render.format``;
- ``ruff+hint+black``: the same plus the module-docstring hint;
- ``+gc``: the same with the garbage collector as the format workers run it
  (no automatic collections, one after each file): what ``format_tree`` does;
- ``floor``: black (collector as above) on the final, black-clean text: a single pass that finds
  nothing to change, the least any run of black over the output can cost;
- ``parse``: black's parser alone over the final text.

All strategies must give byte-identical files; the script checks it.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from synth import write_collection  # noqa: E402

from generator.config import Target, load_target, target_for_collection  # noqa: E402
from generator.pipeline import build  # noqa: E402
from generator.render import format as fmt  # noqa: E402
from generator.render.environment import make_environment  # noqa: E402
from generator.render.plan import render_files  # noqa: E402
from generator.render.write import write_files  # noqa: E402


def _cpu() -> float:
    return time.process_time()


def measure(target: Target, work: Path) -> dict[str, float | int]:
    from black.parsing import lib2to3_parse

    mode = fmt._black_mode()
    built = build(target)
    files = render_files(built.api, target, make_environment())
    folder = work / "tree"
    shutil.rmtree(folder, ignore_errors=True)
    write_files(folder, files)
    fmt.run_ruff_fix(folder)
    raw = {str(p): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.py"))}

    def run_black(texts: dict[str, str], tuned_gc: bool = False) -> tuple[float, dict[str, str]]:
        gc.collect()
        if tuned_gc:  # as the format workers do: no automatic runs, one per file
            gc.freeze()
            gc.disable()
        started = _cpu()
        out: dict[str, str] = {}
        for path, text in texts.items():
            out[path] = fmt.format_source(text)
            if tuned_gc:
                gc.collect()
        spent = _cpu() - started
        if tuned_gc:
            gc.enable()
            gc.unfreeze()
        return spent, out

    result: dict[str, float | int] = {
        "files": len(raw),
        "lines": sum(t.count("\n") for t in raw.values()),
    }
    result["raw"], final = run_black(raw)

    started = time.perf_counter()
    ruff = subprocess.run(
        [
            fmt._ruff_executable(),
            "format",
            "--quiet",
            "--no-cache",
            "--line-length",
            str(fmt.LINE_LENGTH),
            "--target-version",
            "py311",
            "--",
            *sorted(str(Path(p).relative_to(folder)) for p in raw),
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
    )
    del ruff
    result["ruff_format_wall"] = time.perf_counter() - started
    ruffed = {p: Path(p).read_text(encoding="utf-8") for p in raw}
    guarded = {p: (ruffed[p] if fmt._ruff_kept(raw[p], ruffed[p]) else raw[p]) for p in raw}
    result["ruff+black"], out_b = run_black(guarded)
    hinted = {p: fmt._closing_quotes_hint(t) for p, t in guarded.items()}
    result["ruff+hint+black"], out_c = run_black(hinted)
    result["ruff+hint+black+gc"], out_e = run_black(hinted, tuned_gc=True)
    result["floor"], out_d = run_black(final, tuned_gc=True)
    started = _cpu()
    for text in final.values():
        lib2to3_parse(text, mode.target_versions)
    result["parse"] = _cpu() - started
    result["identical"] = int(final == out_b == out_c == out_d == out_e)
    result["black_changes_after_prepasses"] = sum(1 for p in raw if black_changes(hinted[p], mode))
    return result


def black_changes(text: str, mode: object) -> bool:
    import black

    try:
        black.format_file_contents(text, fast=True, mode=mode)  # type: ignore[arg-type]
    except black.NothingChanged:
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="200,1000")
    parser.add_argument("--akenza", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="postman-codegen-fmt-"))
    try:
        cases: list[tuple[str, Target]] = []
        for size in [int(s) for s in args.sizes.split(",") if s]:
            path = write_collection(work / f"synthetic-{size}.json", size)
            cases.append((str(size), target_for_collection(path, work / "out", "synthetic")))
        if args.akenza:
            cases.append(("akenza", load_target(ROOT / "pyproject.toml")))
        print(
            "| case | files | raw py lines | black on raw | ruff fmt (wall) | ruff+black "
            "| +hint | +gc (now) | floor: one pass | of which parse "
            "| files black still changes | identical |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|---|---|")
        for name, target in cases:
            r = measure(target, work)
            print(
                f"| {name} | {r['files']} | {r['lines']} | {r['raw']:.2f} s | "
                f"{r['ruff_format_wall']:.2f} s | {r['ruff+black']:.2f} s | "
                f"{r['ruff+hint+black']:.2f} s | {r['ruff+hint+black+gc']:.2f} s | "
                f"{r['floor']:.2f} s | {r['parse']:.2f} s | "
                f"{r['black_changes_after_prepasses']} | {'yes' if r['identical'] else 'NO'} |",
                flush=True,
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
