"""Inference over every corpus collection: consistent, valid and deterministic models."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.build import build_api
from generator.config import target_for_collection
from generator.infer import infer_types
from generator.model.api import Api, Endpoint, Example, Response, Sample
from generator.naming import MAX_NAME_LENGTH, RUNTIME_NAMES
from tests.conftest import AKENZA, corpus_files
from tests.infer.helpers import api_of, sample

COLLECTIONS = [*corpus_files(), AKENZA]


def _built(path: Path) -> Api:
    from generator.postman import load_collection

    raw, _ = load_collection(path)
    api, _ = build_api(raw, target_for_collection(path, None, None))
    return api


def _check(api: Api) -> None:
    names = [m.name for m in api.models]
    assert len(names) == len({n.lower() for n in names}), "model names collide"
    assert not set(names) & (RUNTIME_NAMES | {api.client_class})
    for model in api.models:
        assert model.name.isidentifier() and model.name[0].isupper(), model.name
        assert len(model.name) <= MAX_NAME_LENGTH + 3, model.name  # room for a number
        python_names = [f.python_name for f in model.fields]
        assert len(python_names) == len(set(python_names)), model.name
        assert all(p.isidentifier() for p in python_names)
        assert len({f.name for f in model.fields}) == len(model.fields)
        for item in model.fields:
            assert item.type.model_names() <= set(names), (model.name, item.name)
            assert item.required or item.type.is_nullable or item.type.kind == "any"
    for endpoint in api.endpoints:
        refs = [r.type for r in endpoint.responses]
        refs.append(endpoint.body.type if endpoint.body else None)
        for ref in refs:
            if ref is not None:
                assert ref.model_names() <= set(names), endpoint.id
        for response in endpoint.responses:
            assert response.is_error == (response.status >= 400)


@pytest.mark.parametrize("path", COLLECTIONS, ids=lambda p: p.name.split(".")[0])
def test_corpus_collection_infers_consistently(path: Path) -> None:
    first, diagnostics = infer_types(_built(path))
    assert diagnostics == []
    _check(first)
    second, _ = infer_types(_built(path))
    assert first.model_dump_json() == second.model_dump_json()


def _synthetic_api(endpoints: int) -> Api:
    """Endpoints shaped like akenza's: 2-3 examples each, bodies of ~100 values."""
    made = []
    for i in range(endpoints):
        device = {
            "id": f"{i:016x}",
            "name": f"device {i}",
            "created": "2022-01-03T14:00:22.000+00:00",
            "online": i % 2 == 0,
            "tags": [{"id": f"t{i}", "name": "tag", "description": None}] * 3,
            "customFields": [
                {"meta": {"id": "m", "type": "STRING"}, "STRING": "x", "NUMBER": None}
            ],
            "loraProperties": {"deviceEui": "AF", "activationMode": "OTAA", "version": 1.0},
            "properties": {f"p{j}": j for j in range(10)},
            f"extra{i % 50}": [1, 2, 3],
        }
        page = {"content": [device, device], "totalElements": 2, "size": 20, "number": 0}
        examples = [
            Example(name="ok", status=200, body=sample(page if i % 3 == 0 else device)),
            Example(name="again", status=200, body=sample({**device, "name": "other"})),
            Example(name="missing", status=404, body=sample({"status": 404, "message": "no"})),
        ]
        made.append(
            Endpoint(
                id=f"GET /r{i}/devices/{{device_id}}",
                name=f"Get device {i % 40}",
                function=f"get_{i}",
                method="GET",
                path=f"/r{i}/devices/{{device_id}}",
                responses=[Response(status=200), Response(status=404)],
                examples=examples[: 2 + i % 2],
            )
        )
    return api_of(*made)


def _cpu_seconds(endpoints: int) -> float:
    api = _synthetic_api(endpoints)
    started = time.process_time()  # CPU time: other jobs on the machine do not count
    api, _ = infer_types(api)
    elapsed = time.process_time() - started
    _check(api)
    assert "Device" in {m.name for m in api.models}
    return elapsed


def test_inference_is_fast_and_linear_on_thousands_of_endpoints() -> None:
    small, large = _cpu_seconds(1000), _cpu_seconds(4000)
    # About 0.8 s of CPU for 4,000 endpoints here; generous bounds for slow machines.
    assert large < 3.0, large
    assert large < 8 * small, (small, large)  # quadratic would be 16 times


def test_unparsed_samples_are_ignored() -> None:
    point = Endpoint(
        id="GET /x",
        name="Get x",
        function="get_x",
        method="GET",
        path="/x",
        responses=[Response(status=200)],
        examples=[Example(name="e", status=200, body=Sample(source="e", text="<xml/>"))],
    )
    api, _ = infer_types(api_of(point))
    assert api.endpoint("GET /x").responses[0].type is None
    assert api.models == []
