"""The format stage before and after: same rendered tree, old vs current ``format_tree``.

    .venv/bin/python bench/format_ab.py [--base 6a211ec] [--sizes 200,1000] [--akenza]

The old ``generator/render/format.py`` is taken from git (``--base``). Each
case is rendered once; both stages format their own copy of the tree, old and
new alternately (``--rounds`` times). Reported: median wall time and CPU time
of the stage (this process and its children: ruff, formatter workers), and
whether both trees end byte-identical.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.util
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from synth import write_collection  # noqa: E402

from generator.config import Target, load_target, target_for_collection  # noqa: E402
from generator.pipeline import build  # noqa: E402
from generator.render import format as new_format  # noqa: E402
from generator.render.environment import make_environment  # noqa: E402
from generator.render.plan import render_files  # noqa: E402
from generator.render.write import write_files  # noqa: E402


def load_old(base: str, work: Path) -> Any:
    source = subprocess.run(
        ["git", "show", f"{base}:generator/render/format.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = work / "old_format.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("old_format", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["old_format"] = module  # its workers pickle functions by module name
    spec.loader.exec_module(module)
    return module


def cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(format_tree: Any, tree: Path, copy: Path) -> tuple[float, float]:
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(tree, copy)
    started_cpu, started = cpu(), time.perf_counter()
    format_tree(copy)
    return time.perf_counter() - started, cpu() - started_cpu


def same_tree(a: Path, b: Path) -> bool:
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    return files_a == files_b and all(
        filecmp.cmp(a / rel, b / rel, shallow=False) for rel in files_a
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="6a211ec", help="git revision of the old format.py")
    parser.add_argument("--sizes", default="200,1000")
    parser.add_argument("--akenza", action="store_true")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="postman-codegen-ab-"))
    try:
        old = load_old(args.base, work)
        cases: list[tuple[str, Target]] = []
        for size in [int(s) for s in args.sizes.split(",") if s]:
            path = write_collection(work / f"synthetic-{size}.json", size)
            cases.append((str(size), target_for_collection(path, work / "out", "synthetic")))
        if args.akenza:
            cases.append(("akenza", load_target(ROOT / "pyproject.toml")))
        print("| case | py files | old: wall | old: cpu | new: wall | new: cpu | identical |")
        print("|---|---|---|---|---|---|---|")
        for name, target in cases:
            built = build(target)
            tree = work / f"tree-{name}"
            write_files(tree, render_files(built.api, target, make_environment()))
            del built
            results: dict[str, list[tuple[float, float]]] = {"old": [], "new": []}
            for _ in range(args.rounds):
                results["old"].append(timed(old.format_tree, tree, work / "a"))
                results["new"].append(timed(new_format.format_tree, tree, work / "b"))
            o_wall = statistics.median(w for w, _ in results["old"])
            o_cpu = statistics.median(c for _, c in results["old"])
            n_wall = statistics.median(w for w, _ in results["new"])
            n_cpu = statistics.median(c for _, c in results["new"])
            files = sum(1 for _ in tree.rglob("*.py"))
            same = same_tree(work / "a", work / "b")
            print(
                f"| {name} | {files} | {o_wall:.2f} s | {o_cpu:.2f} s | {n_wall:.2f} s "
                f"| {n_cpu:.2f} s | {'yes' if same else 'NO'} |",
                flush=True,
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
