"""The benchmark: ``generate`` and ``check`` at several sizes, then the generated client.

    .venv/bin/python bench/run.py                 # full run, writes bench/results.json
    .venv/bin/python bench/run.py --quick         # 200 requests + akenza, 2 runs each
    .venv/bin/postman-codegen bench [same options]

Every timed run is cold: a new process (``bench/child.py``, which goes through
``generator.cli.main``) writing into a folder that does not exist yet; nothing
is cached between runs (ruff runs with ``--no-cache``; black, where it runs,
in-process without its cache). The collections are written before timing starts.

Reported per case: median wall time of the whole process (interpreter start
to exit), time per request, the median of each phase as the pipeline measures
it (imports, parse, infer, render, write, format; render and format run in two
processes side by side, so their sums can exceed the wall time), peak RSS as
the kernel reports it for the run (``wait4``: the largest single process) and,
from one extra sampled run, the peak of the sum over the process tree (``/proc``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from generator.bench_commands import add_options  # noqa: E402
from generator.config import load_target  # noqa: E402

# The peer pipeline (Postman -> OpenAPI converter -> openapi-python-client),
# as measured for the issue on a 2-core machine: seconds and peak MB.
PEER = {200: (2.4, None), 1000: (6.6, 97), 4000: (26.0, 226)}


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = []
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu or platform.processor(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_at_start": load,
    }


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            text = Path(f"/proc/{pid}/task/{tid}/children").read_text()
        except OSError:
            continue
        out.extend(int(c) for c in text.split())
    return out


def _tree_pss(pid: int) -> int:
    """Sum of proportional set sizes (bytes) over ``pid`` and its descendants.

    PSS splits pages shared between processes (forked workers share the
    parent's) among them, so the sum is the tree's real memory."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            for line in Path(f"/proc/{current}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) * 1024
                    break
        except OSError:
            continue
        stack.extend(_children(current))
    return total


def run_child(args: list[str], *, sample_tree: bool = False) -> dict[str, Any]:
    """One child process; its wall time, max RSS (wait4) and its own JSON report."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        report_path = handle.name
    command = [sys.executable, str(BENCH / "child.py"), report_path, *args]
    peak_tree = 0
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not stop.is_set():
            peak_tree = max(peak_tree, _tree_pss(process.pid))
            stop.wait(0.005)

    sampler = threading.Thread(target=sample, daemon=True) if sample_tree else None
    if sampler is not None:
        sampler.start()
    assert process.stderr is not None
    stderr = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    stop.set()
    if sampler is not None:
        sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    try:
        report = json.loads(Path(report_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        report = {}
    finally:
        Path(report_path).unlink(missing_ok=True)
    return {
        "exit_code": process.returncode,
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "max_rss_mb": usage.ru_maxrss / 1024,
        "tree_peak_mb": peak_tree / 2**20 if sample_tree else None,
        "report": report,
        "stderr": stderr.decode("utf-8", "replace")[-2000:],
    }


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    phases: dict[str, list[float]] = {}
    for run in runs:
        report = run["report"]
        phases.setdefault("imports", []).append(report.get("imports", 0.0))
        for phase, seconds in report.get("phases", {}).items():
            phases.setdefault(phase, []).append(seconds)
    return {
        "runs": len(runs),
        "wall_median": _median([r["wall"] for r in runs]),
        "wall_min": min(r["wall"] for r in runs),
        "wall_max": max(r["wall"] for r in runs),
        "cpu_median": _median([r["cpu"] for r in runs]),
        "max_rss_mb": max(r["max_rss_mb"] for r in runs),
        "phases_median": {k: _median(v) for k, v in phases.items()},
        "walls": [round(r["wall"], 4) for r in runs],
    }


def write_config(path: Path, settings: dict[str, str]) -> Path:
    lines = ["[tool.postman-codegen]"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in settings.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def bench_case(
    name: str, config: Path, out: Path, requests: int, runs: int, check_runs: int
) -> dict[str, Any]:
    generate_args = ["generate", "--config", str(config)]
    timed: list[dict[str, Any]] = []
    for i in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        run = run_child(generate_args)
        if run["exit_code"] != 0:
            raise SystemExit(f"generate failed on {name}: {run['stderr']}")
        timed.append(run)
        print(
            f"  {name}: generate run {i + 1}/{runs}: {run['wall']:.2f}s "
            f"(cpu {run['cpu']:.2f}s, {run['max_rss_mb']:.0f} MB)",
            file=sys.stderr,
        )
    shutil.rmtree(out, ignore_errors=True)
    sampled = run_child(generate_args, sample_tree=True)
    result = summarise(timed)
    result["tree_peak_mb"] = sampled["tree_peak_mb"]
    result["requests"] = requests
    result["endpoints"] = timed[0]["report"].get("endpoints")
    result["models"] = timed[0]["report"].get("models")
    result["per_request_ms"] = result["wall_median"] / requests * 1000
    files = [p for p in out.rglob("*") if p.is_file()]
    result["files"] = len(files)
    result["python_lines"] = sum(
        p.read_text(encoding="utf-8").count("\n") for p in files if p.suffix == ".py"
    )

    # check on the unchanged tree just generated: the default (manifest hashes)
    # and --full (regenerate into a temporary folder and compare)
    for key, extra in (("check", []), ("check_full", ["--full"])):
        checks: list[dict[str, Any]] = []
        for i in range(check_runs):
            run = run_child(["check", "--config", str(config), *extra])
            if run["exit_code"] != 0:  # the generator changed since (others edit the tree)?
                print(
                    f"  warning: check {' '.join(extra)} exited {run['exit_code']} on an "
                    f"unchanged tree ({name}): {run['stderr'][-500:]}",
                    file=sys.stderr,
                )
            checks.append(run)
            print(
                f"  {name}: check {' '.join(extra)} run {i + 1}/{check_runs}: "
                f"{run['wall']:.2f}s",
                file=sys.stderr,
            )
        result[key] = summarise(checks)
        result[key]["exit_codes"] = [r["exit_code"] for r in checks]
    return result


def bench_client(generated: Path, runs: int) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        report_path = handle.name
    result = subprocess.run(
        [sys.executable, str(BENCH / "client.py"), str(generated), report_path, str(runs)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    try:
        if result.returncode != 0:
            raise SystemExit(f"client benchmark failed: {result.stderr[-3000:]}")
        return json.loads(Path(report_path).read_text(encoding="utf-8"))
    finally:
        Path(report_path).unlink(missing_ok=True)


STARTUP = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "postman-codegen --version": [sys.executable, "-m", "generator", "--version"],
    "import generator.pipeline": [sys.executable, "-c", "import generator.pipeline"],
    "import jinja2": [sys.executable, "-c", "import jinja2"],
    "import pydantic.BaseModel": [sys.executable, "-c", "from pydantic import BaseModel"],
}


def startup(runs: int) -> dict[str, float]:
    """Fixed costs: new-process time of the imports a generation pays (median, ms)."""
    out: dict[str, float] = {}
    for name, command in STARTUP.items():
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
            samples.append((time.perf_counter() - started) * 1000)
        out[name] = _median(samples)
    return out


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    gen = results["generate"]
    for size, (peer_s, _peer_mb) in PEER.items():
        case = gen.get(str(size))
        if case is None:
            continue
        limit = peer_s / 5
        rows.append(
            {
                "target": f"generate {size} requests <= {limit:.2f} s (peer {peer_s} s / 5)",
                "value": round(case["wall_median"], 3),
                "ok": case["wall_median"] <= limit,
            }
        )
        ratio = case["check"]["wall_median"] / case["wall_median"]
        rows.append(
            {
                "target": f"check {size} (unchanged tree) <= generate / 2",
                "value": round(ratio, 3),
                "ok": ratio <= 0.5,
            }
        )
    if "200" in gen and "4000" in gen:
        ratio = gen["4000"]["per_request_ms"] / gen["200"]["per_request_ms"]
        rows.append(
            {
                "target": "time per request at 4000 <= 1.5x at 200",
                "value": round(ratio, 3),
                "ok": ratio <= 1.5,
            }
        )
    if "4000" in gen:
        # as the issue measures it: the largest single process (RUSAGE_CHILDREN);
        # the whole tree's PSS is in the table beside it
        peak = gen["4000"]["max_rss_mb"]
        rows.append(
            {
                "target": "peak RSS at 4000 <= 300 MB (largest process)",
                "value": round(peak, 1),
                "ok": peak <= 300,
            }
        )
    client = results.get("client")
    if client:
        for mode in ("sync", "async"):
            ratio = client["calls"][mode]["ratio"]
            rows.append(
                {
                    "target": f"{mode} call overhead <= 1.3x raw httpx",
                    "value": round(ratio, 3),
                    "ok": ratio <= 1.3,
                }
            )
        ratio = client["imports"]["ratio"]
        rows.append(
            {
                "target": "import akenza <= 1.5x import httpx + pydantic",
                "value": round(ratio, 3),
                "ok": ratio <= 1.5,
            }
        )
    return rows


def _peer_cell(name: str, case: dict[str, Any]) -> str:
    peer = PEER.get(int(name)) if name.isdigit() else None
    if peer is None:
        return ""
    seconds, mb = peer
    speed = seconds / case["wall_median"]
    return f"{seconds} s{f', {mb} MB' if mb else ''} ({speed:.2f}x)"


def table(results: dict[str, Any]) -> str:
    lines = []
    m = results["machine"]
    lines.append(
        f"Machine: {m['nproc']} cores, {m['cpu']}, Python {m['python']}, "
        f"load average at start {m['load_average_at_start']}"
    )
    lines.append("")
    phase_names = ["imports", "parse", "infer", "render", "write", "format"]
    header = [
        "case",
        "requests",
        "py lines",
        "runs",
        "generate (median)",
        "cpu",
        "per request",
        *phase_names,
        "peak RSS (max proc / tree PSS)",
        "check",
        "check --full",
        "peer pipeline",
    ]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "|".join("---" for _ in header) + "|")
    for name, case in results["generate"].items():
        ph = case["phases_median"]
        tree = case["tree_peak_mb"]
        row = [
            name,
            str(case["requests"]),
            str(case["python_lines"]),
            str(case["runs"]),
            f"{case['wall_median']:.2f} s",
            f"{case['cpu_median']:.2f} s",
            f"{case['per_request_ms']:.2f} ms",
            *(f"{ph.get(p, 0.0):.2f}" for p in phase_names),
            f"{case['max_rss_mb']:.0f} / {tree:.0f} MB" if tree else f"{case['max_rss_mb']:.0f} MB",
            f"{case['check']['wall_median']:.2f} s",
            f"{case['check_full']['wall_median']:.2f} s",
            _peer_cell(name, case),
        ]
        lines.append("| " + " | ".join(row) + " |")
    if results.get("startup_ms"):
        lines.append("")
        lines.append("| fixed cost (new process, median) | ms |")
        lines.append("|---|---|")
        for name, ms in results["startup_ms"].items():
            lines.append(f"| {name} | {ms:.0f} |")
    client = results.get("client")
    if client:
        lines.append("")
        lines.append("| generated akenza client | value |")
        lines.append("|---|---|")
        for mode in ("sync", "async"):
            c = client["calls"][mode]
            lines.append(f"| {mode} call, raw httpx + json | {c['raw_us']:.1f} µs |")
            lines.append(
                f"| {mode} call, akenza client (typed result) | {c['client_us']:.1f} µs "
                f"({c['ratio']:.2f}x) |"
            )
        p = client["page"]
        lines.append(
            f"| parse a 1,000-item page into models | {p['ms']:.1f} ms "
            f"({p['us_per_item']:.1f} µs per item) |"
        )
        i = client["imports"]
        lines.append(f"| python -c pass | {i['baseline_ms']:.0f} ms |")
        lines.append(f"| import httpx + pydantic.BaseModel | {i['httpx_pydantic_ms']:.0f} ms |")
        lines.append(f"| import akenza | {i['akenza_ms']:.0f} ms ({i['ratio']:.2f}x) |")
        if "akenza_with_models_ms" in i:
            lines.append(
                f"| import akenza + load its models | {i['akenza_with_models_ms']:.0f} ms "
                f"({i['ratio_with_models']:.2f}x) |"
            )
    lines.append("")
    lines.append("| target | value | met |")
    lines.append("|---|---|---|")
    for row in results["targets"]:
        lines.append(f"| {row['target']} | {row['value']} | {'yes' if row['ok'] else 'NO'} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="postman-codegen benchmark")
    add_options(parser)
    return run(parser.parse_args(argv))


def run(args: argparse.Namespace) -> int:
    if args.quick:
        args.sizes, args.runs, args.runs_large, args.check_runs = "200", 2, 2, 2
    sizes = [int(s) for s in args.sizes.split(",") if s]

    work = Path(tempfile.mkdtemp(prefix="postman-codegen-bench-"))
    results: dict[str, Any] = {"machine": machine(), "generate": {}}
    # As an installed tool has it: ``pip install`` byte-compiles the package. An
    # editable install does not, and PYTHONDONTWRITEBYTECODE may keep Python from
    # doing it later; every timed run would then compile the generator's source.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generator")], check=True)
    try:
        cases: list[tuple[str, Path, Path, int, int]] = []
        for size in sizes:
            collection = work / f"synthetic-{size}.postman_collection.json"
            # In a process of its own: a child's peak RSS as the kernel reports it
            # starts from its parent's size at fork, so this process stays small.
            subprocess.run(
                [sys.executable, str(BENCH / "synth.py"), str(size), str(collection)], check=True
            )
            out = work / f"out-{size}"
            config = write_config(
                work / f"synthetic-{size}.toml",
                {"collection": str(collection), "out": str(out), "package": "synthetic"},
            )
            runs = args.runs_large if size >= 4000 else args.runs
            cases.append((str(size), config, out, size, runs))
        if not args.no_akenza:
            # the project's own akenza target (overrides, extensions), another out folder
            project = load_target(ROOT / "pyproject.toml")
            out = work / "out-akenza"
            settings = {
                "collection": str(project.collection),
                "out": str(out),
                "package": project.package,
                "client-class": project.client_class,
                "env-prefix": project.env_prefix,
            }
            for key, value in (
                ("project-name", project.project_name),
                ("overrides", project.overrides),
                ("extensions", project.extensions),
            ):
                if value is not None:
                    settings[key] = str(value)
            config = write_config(work / "akenza.toml", settings)
            cases.append(("akenza", config, out, _count_requests(project.collection), args.runs))
        for name, config, out, requests, runs in cases:
            print(f"{name}: {requests} requests, {runs} cold runs", file=sys.stderr)
            results["generate"][name] = bench_case(
                name, config, out, requests, runs, args.check_runs
            )
        print("startup: import times", file=sys.stderr)
        results["startup_ms"] = startup(max(args.runs, 5))
        if not args.no_client and not args.no_akenza:
            print("client: generated akenza client", file=sys.stderr)
            results["client"] = bench_client(work / "out-akenza", args.client_runs)
        results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
        results["targets"] = targets(results)
    finally:
        if args.keep:
            print(f"work folder kept: {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table(results))
    return 0


def _count_requests(path: Path) -> int:
    data = json.loads(path.read_text(encoding="utf-8"))
    stack = list(data.get("item", []))
    count = 0
    while stack:
        node = stack.pop()
        if "request" in node:
            count += 1
        stack.extend(node.get("item", []) or [])
    return count


if __name__ == "__main__":
    raise SystemExit(main())
