"""The whole pipeline: collection file → endpoint model → formatted files.

``cli.py`` and ``drift`` call these functions; each stage is its own package
(``postman``, ``build``, ``infer``, ``render``).
"""

from __future__ import annotations

import functools
import gc
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import jinja2

from generator.build import build_api
from generator.build.redact import known_secrets, redact_api
from generator.config import Target
from generator.diagnostics import Diagnostic, ExitCode, GeneratorError
from generator.forked import run_side_by_side
from generator.inputs import input_hashes
from generator.model.api import Api
from generator.postman import load_collection
from generator.render.environment import make_environment
from generator.render.format import format_files
from generator.render.plan import render_package_files, render_project_config, render_tests
from generator.render.write import (
    carry_user_files,
    staging_folder,
    swap_in,
    write_files,
    write_manifest,
)

_F = TypeVar("_F", bound=Callable[..., Any])


def _without_gc_pauses(function: _F) -> _F:
    """Run ``function`` with Python's cyclic garbage collector paused.

    A generation builds a large object graph (parsed collection, model,
    rendered text) that holds almost no reference cycles: the collector only
    re-scans it, again and again as it grows. That was 40% of parse + infer at
    4,000 requests, and made the time per request grow with the collection.
    The few cycles left are collected when the collector is back on.
    """

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not gc.isenabled():  # nested, or paused by the caller
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return wrapper  # type: ignore[return-value]


@dataclass
class Timings:
    phases: dict[str, float] = field(default_factory=dict)

    def measure(self, phase: str, started: float) -> float:
        now = time.perf_counter()
        self.phases[phase] = self.phases.get(phase, 0.0) + now - started
        return now


@dataclass
class Built:
    api: Api
    diagnostics: list[Diagnostic]
    timings: Timings


def _apply_overrides_and_infer(api: Api, target: Target) -> tuple[Api, list[Diagnostic]]:
    try:
        from generator.infer import infer_types
    except ImportError:  # inference not available yet: untyped client
        return api, []
    overrides = None
    if target.overrides is not None:
        from generator.infer.overrides import load_overrides

        overrides = load_overrides(target.overrides)
    try:
        from generator.infer.overrides import apply_naming_overrides
    except ImportError:
        apply_naming_overrides = None  # type: ignore[assignment]
    api, diagnostics = infer_types(api, overrides)
    if overrides is not None and apply_naming_overrides is not None:
        api, more = apply_naming_overrides(api, overrides)
        diagnostics = [*diagnostics, *more]
    return api, diagnostics


@_without_gc_pauses
def build(target: Target, *, strict: bool = False) -> Built:
    """Load, build and infer: the model the files are rendered from."""
    timings = Timings()
    started = time.perf_counter()
    raw, diagnostics = load_collection(target.collection)
    started = timings.measure("parse", started)
    try:
        secrets = known_secrets(raw)
        api, more = build_api(raw, target)
        del raw  # the endpoint model has all it needs: inference runs without the raw tree
        api, inferred = _apply_overrides_and_infer(api, target)
        # Last, so nothing built or inferred can carry a credential past it.
        redact_api(api, secrets)
    except GeneratorError as exc:
        raise exc.with_source(str(target.collection)) from None
    timings.measure("infer", started)
    diagnostics = [*diagnostics, *more, *inferred]
    if strict:
        problems = [d for d in diagnostics if d.level in ("warning", "error")]
        if problems:
            first = problems[0]
            raise GeneratorError(
                f"{first.message} (--strict; {len(problems)} problem(s))",
                source=str(target.collection),
                where=first.where,
            )
    return Built(api, diagnostics, timings)


def _rendered_written_formatted(
    render: Callable[[Api, Target, jinja2.Environment], dict[str, str]],
    folder: Path,
    built: Built,
    target: Target,
    env: jinja2.Environment,
) -> Callable[[], dict[str, float]]:
    """One part of the project, made start to end: its phase timings come back."""

    def work() -> dict[str, float]:
        timings = Timings()
        started = time.perf_counter()
        try:
            files = render(built.api, target, env)
        except Exception as exc:  # a template bug must not look like bad input
            raise GeneratorError(
                f"template error: {type(exc).__name__}: {str(exc)[:300]}",
                exit_code=ExitCode.INTERNAL,
            ) from exc
        write_files(folder, files)
        python_files = sorted(folder / path for path in files if path.endswith(".py"))
        del files  # on disk now: the formatter reads it from there
        started = timings.measure("render", started)
        format_files(folder, python_files)
        timings.measure("format", started)
        return timings.phases

    return work


@_without_gc_pauses
def render_into(folder: Path, built: Built, target: Target) -> None:
    """Render, write and format the generated project into an empty folder.

    The package and the tests are made side by side, on two cores when there
    are two: they depend on the model only, not on each other. Their phase
    times add up (``render``, ``format``) and so can exceed the wall time.
    """
    started = time.perf_counter()
    env = make_environment()
    write_files(folder, render_project_config(built.api, target, env))
    built.timings.measure("render", started)
    for phases in run_side_by_side(
        _rendered_written_formatted(render_package_files, folder, built, target, env),
        _rendered_written_formatted(render_tests, folder, built, target, env),
    ):
        for phase, seconds in phases.items():
            built.timings.phases[phase] = built.timings.phases.get(phase, 0.0) + seconds
    started = time.perf_counter()
    write_manifest(folder, input_hashes(target))
    built.timings.measure("write", started)


def generate(
    target: Target, *, strict: bool = False, progress: Callable[[str], None] | None = None
) -> Built:
    """Regenerate ``target.out``: all or nothing."""
    note = progress or (lambda _msg: None)
    note("reading collection")
    built = build(target, strict=strict)
    note(f"rendering {len(built.api.endpoints)} endpoints")
    out = target.out
    staging = staging_folder(out)
    try:
        render_into(staging, built, target)
        carry_user_files(out, staging)
        swap_in(staging, out)
    except OSError as exc:  # disk full, permissions: --out is left as it was
        reason = exc.strerror or type(exc).__name__
        raise GeneratorError(f"cannot write the output: {reason}", source=str(out)) from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return built


def generate_to_temp(target: Target, *, strict: bool = False) -> tuple[Built, Path]:
    """Generate into a new temporary folder (for ``check`` and tests); caller removes it."""
    built = build(target, strict=strict)
    folder = Path(tempfile.mkdtemp(prefix="postman-codegen-"))
    try:
        render_into(folder, built, target)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return built, folder
