"""``postman-codegen bench``: the benchmark of bench/ (source checkouts only).

Found by ``cli._extra_commands``; importing this module costs nothing at CLI
start-up (the benchmark itself is loaded only when the command runs).
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path
from typing import Any

from generator.diagnostics import GeneratorError

BENCH_DIR = Path(__file__).resolve().parents[1] / "bench"


def add_options(parser: argparse.ArgumentParser) -> None:
    """The benchmark's options (shared with ``python bench/run.py``)."""
    parser.add_argument(
        "--sizes",
        default="200,1000,4000",
        help="comma-separated synthetic collection sizes in requests (default 200,1000,4000)",
    )
    parser.add_argument("--runs", type=int, default=5, help="cold generate runs per size")
    parser.add_argument("--runs-large", type=int, default=3, help="cold runs at >= 4000 requests")
    parser.add_argument("--check-runs", type=int, default=3, help="runs of check per size")
    parser.add_argument(
        "--client-runs", type=int, default=7, help="repetitions per client measurement (median)"
    )
    parser.add_argument("--no-akenza", action="store_true", help="skip the akenza collection")
    parser.add_argument("--no-client", action="store_true", help="skip the generated-client part")
    parser.add_argument("--quick", action="store_true", help="200 requests + akenza, 2 runs each")
    parser.add_argument(
        "--json",
        type=Path,
        default=BENCH_DIR / "results.json",
        help="where to write the results (default bench/results.json)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the work folder")


def cmd_bench(args: argparse.Namespace) -> int:
    runner = BENCH_DIR / "run.py"
    if not runner.is_file():
        raise GeneratorError("the benchmark is in the source checkout (bench/run.py), not here")
    spec = importlib.util.spec_from_file_location("postman_codegen_bench", runner)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return int(module.run(args))


def register(subparsers: Any) -> None:
    bench = subparsers.add_parser(
        "bench", help="benchmark generate/check at several sizes and the generated client"
    )
    add_options(bench)
    bench.set_defaults(func=cmd_bench)
