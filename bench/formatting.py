"""The format stage against black: what it costs, and that black would change nothing.

    .venv/bin/python bench/formatting.py [--sizes 200,1000] [--akenza]

For each collection the project is rendered once into a folder, then:

- ``stage``: the generator's format stage (``format_files``: ruff's fixes,
  ruff's formatter, black for the files where the two formatters differ),
  wall time;
- ``black``: black over the formatted result, in this process (CPU time), as
  ``black --check`` would run it: the cost the format stage avoids;
- ``changed``: how many files black would change. It must be 0: the stage's
  output is black's output. The script exits 1 otherwise.
"""

from __future__ import annotations

import argparse
import shutil
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
from generator.render.environment import make_environment  # noqa: E402
from generator.render.format import format_files, format_with_black  # noqa: E402
from generator.render.plan import render_files  # noqa: E402
from generator.render.write import write_files  # noqa: E402


def measure(target: Target, folder: Path) -> dict[str, float | int]:
    files = render_files(build(target).api, target, make_environment())
    shutil.rmtree(folder, ignore_errors=True)
    write_files(folder, files)
    paths = sorted(folder / path for path in files if path.endswith(".py"))
    started = time.perf_counter()
    format_files(folder, paths)
    stage = time.perf_counter() - started
    started = time.process_time()
    changed = 0
    lines = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        lines += text.count("\n")
        changed += format_with_black(text) != text
    return {
        "files": len(paths),
        "lines": lines,
        "stage_s": round(stage, 3),
        "black_cpu_s": round(time.process_time() - started, 3),
        "changed": changed,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="200,1000")
    parser.add_argument("--akenza", action="store_true")
    args = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory(prefix="postman-codegen-fmt-") as work_dir:
        work = Path(work_dir)
        cases: list[tuple[str, Target]] = []
        for size in [int(s) for s in args.sizes.split(",") if s]:
            collection = work / f"synthetic-{size}.json"
            write_collection(collection, size)
            cases.append((str(size), target_for_collection(collection, work / "out", "svc")))
        if args.akenza:
            cases.append(("akenza", load_target(ROOT / "pyproject.toml")))
        print("| case | files | lines | format stage | black over it (cpu) | black would change |")
        print("|---|---|---|---|---|---|")
        for name, target in cases:
            row = measure(target, work / f"tree-{name}")
            failed = failed or row["changed"] != 0
            print(
                f"| {name} | {row['files']} | {row['lines']} | {row['stage_s']} s "
                f"| {row['black_cpu_s']} s | {row['changed']} |"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
