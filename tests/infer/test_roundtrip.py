"""Every JSON example validates against its generated type and dumps back to itself.

For akenza and every corpus collection, the generated ``types`` package is
imported; each response body (and, without overrides, each request body) is
validated with ``TypeAdapter(T)`` and dumped by alias without unset fields.
The dump must equal the sample, date-times compared as instants.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from pydantic import TypeAdapter

from generator.config import Target, load_target, target_for_collection
from generator.model.api import Api
from generator.model.types import TypeRef
from generator.pipeline import build, generate_to_temp
from tests.conftest import REPO, GeneratedProject


def _instant(text: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        # More than 6 fractional digits: compare at microseconds, as Python can.
        head, dot, rest = text.partition(".")
        digits = len(rest) - len(rest.lstrip("0123456789"))
        if not dot or digits <= 6:
            return None
        return _instant(f"{head}.{rest[:6]}{rest[digits:]}")
    return parsed


def same(dumped: Any, sample: Any) -> bool:
    if isinstance(sample, dict):
        return (
            isinstance(dumped, dict)
            and dumped.keys() == sample.keys()
            and all(same(dumped[k], v) for k, v in sample.items())
        )
    if isinstance(sample, list):
        return (
            isinstance(dumped, list)
            and len(dumped) == len(sample)
            and all(same(d, s) for d, s in zip(dumped, sample, strict=True))
        )
    if isinstance(sample, bool) or isinstance(dumped, bool):
        return dumped is sample
    if isinstance(sample, str) and isinstance(dumped, str) and dumped != sample:
        return _instant(dumped) is not None and _instant(dumped) == _instant(sample)
    return bool(dumped == sample)


@contextmanager
def generated_types(folder: Path, package: str) -> Iterator[dict[str, Any]]:
    """The generated ``types`` module's names, for evaluating annotations."""

    def forget() -> None:
        for name in [m for m in sys.modules if m == package or m.startswith(f"{package}.")]:
            del sys.modules[name]

    forget()
    sys.path.insert(0, str(folder))
    try:
        module = importlib.import_module(f"{package}.types")
        namespace = {"Any": Any, "datetime": datetime, "date": date, "UUID": UUID}
        namespace.update(vars(module))
        yield namespace
    finally:
        sys.path.remove(str(folder))
        forget()


def _python_type(ref: TypeRef, namespace: dict[str, Any]) -> Any:
    return eval(ref.annotation(), namespace)  # noqa: S307 - our own annotation text


def _samples(api: Api, requests: bool) -> Iterator[tuple[str, TypeRef, Any]]:
    for endpoint in api.endpoints:
        types = {r.status: r.type for r in endpoint.responses}
        for example in endpoint.examples:
            ref, body = types.get(example.status), example.body
            if body is not None and body.is_json and ref is not None:
                yield f"{endpoint.id} -> {example.status} {example.name}", ref, body.json_value
        request = endpoint.body
        if not requests or request is None or request.type is None:
            continue
        samples = [*request.samples, *(e.request.body for e in endpoint.examples)]
        for sample in samples:
            if sample is not None and sample.is_json:
                yield f"{endpoint.id} <- {sample.source}", request.type, sample.json_value


def roundtrip_failures(api: Api, namespace: dict[str, Any], requests: bool) -> list[str]:
    failures: list[str] = []
    adapters: dict[str, TypeAdapter[Any]] = {}
    for where, ref, value in _samples(api, requests):
        annotation = ref.annotation()
        if annotation not in adapters:
            adapters[annotation] = TypeAdapter(_python_type(ref, namespace))
        adapter = adapters[annotation]
        try:
            parsed = adapter.validate_python(value)
        except Exception as exc:  # a validation error is a failure to report, not to raise
            failures.append(f"{where}: {annotation}: {str(exc)[:300]}")
            continue
        dumped = adapter.dump_python(parsed, mode="json", by_alias=True, exclude_unset=True)
        if not same(dumped, value):
            failures.append(f"{where}: {annotation}: dump differs from the sample")
    return failures


def _akenza(overrides: bool) -> tuple[Target, Api, Path]:
    target = load_target(REPO / "pyproject.toml")
    if not overrides:
        target = target.with_changes(overrides=None)
    built, folder = generate_to_temp(target)
    return target, built.api, folder


@pytest.mark.parametrize("overrides", [True, False], ids=["overrides", "inferred-only"])
def test_akenza_examples_round_trip(overrides: bool) -> None:
    target, api, folder = _akenza(overrides)
    try:
        with generated_types(folder, target.package) as namespace:
            # With overrides, requests are not checked: the file types them as the API
            # takes them, and one example sends an invalid timestamp on purpose.
            failures = roundtrip_failures(api, namespace, requests=not overrides)
            if overrides:  # enums accept values the API adds later
                device = namespace["Device"].model_validate(
                    {**_first_device(api), "onlineState": "HIBERNATING"}
                )
                assert device.online_state.value == "HIBERNATING"
                assert (
                    namespace["DeviceOnlineState"]("ONLINE")
                    is namespace["DeviceOnlineState"].ONLINE
                )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert failures == []
    assert sum(1 for _ in _samples(api, requests=False)) >= 70  # 86 examples, 14 empty


def _first_device(api: Api) -> dict[str, Any]:
    body = api.endpoint("GET /v3/devices/{device_id}").examples[0].body
    assert body is not None and isinstance(body.json_value, dict)
    return body.json_value


def test_corpus_examples_round_trip(generated_corpus: list[GeneratedProject]) -> None:
    failures: list[str] = []
    checked = 0
    for project in generated_corpus:
        target = target_for_collection(project.collection, project.out, None)
        api = build(target).api
        with generated_types(project.out, project.package) as namespace:
            failures += [f"{project.name}: {f}" for f in roundtrip_failures(api, namespace, True)]
        checked += sum(1 for _ in _samples(api, requests=True))
    assert failures == []
    assert checked > 1000


def test_same_compares_date_times_as_instants() -> None:
    assert same({"at": "2022-01-01T00:00:00Z"}, {"at": "2022-01-01T00:00:00.000+00:00"})
    assert same("2022-12-13T20:05:57.422438Z", "2022-12-13T20:05:57.422438959Z")
    assert not same("2022-01-01T00:00:01Z", "2022-01-01T00:00:00Z")
    assert not same(1, True)
    assert same(5.0, 5)
    assert not same({"a": 1}, {"a": 1, "b": None})
