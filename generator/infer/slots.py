"""Where bodies are typed: one *slot* per request body and per response status.

A slot gathers every JSON sample of its position: the request body sample and
each example's original-request body for the request slot, each example's
response body for the response slot of that status. Samples with the same
text count once (Postman copies the request into each example).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from generator.infer.names import Role
from generator.infer.shapes import Shape, shape_of
from generator.model.api import Endpoint, Sample


class Slot(NamedTuple):  # a tuple: cheap to make, one per body and status
    endpoint: Endpoint
    role: Role
    status: int | None  # None for the request body
    shape: Shape
    samples: int  # distinct JSON samples behind the shape

    @property
    def where(self) -> str:
        if self.status is None:
            return f"request body of `{self.endpoint.id}`"
        return f"response of `{self.endpoint.id}` ({self.status})"


def _json_values(samples: list[Sample | None]) -> list[Any]:
    values: list[Any] = []
    texts: set[str] = set()
    for sample in samples:
        if sample is None or not sample.is_json:
            continue
        key = sample.text.strip()
        if key in texts:
            continue
        texts.add(key)
        values.append(sample.json_value)
    return values


def request_slot(endpoint: Endpoint) -> Slot | None:
    body = endpoint.body
    if body is None or body.mode != "json":
        return None
    samples: list[Sample | None] = list(body.samples)
    samples.extend(example.request.body for example in endpoint.examples)
    values = _json_values(samples)
    if not values:
        return None
    return Slot(endpoint, "request", None, shape_of(values), len(values))


def response_slots(endpoint: Endpoint) -> Iterator[Slot]:
    for status in sorted({e.status for e in endpoint.examples}):
        values = _json_values([e.body for e in endpoint.examples if e.status == status])
        if values:
            role: Role = "error" if status >= 400 else "response"
            yield Slot(endpoint, role, status, shape_of(values), len(values))


def slots(endpoints: list[Endpoint]) -> Iterator[Slot]:
    for endpoint in endpoints:
        request = request_slot(endpoint)
        if request is not None:
            yield request
        yield from response_slots(endpoint)
