"""The backfill helpers (an extension of the akenza target): defaults and chunked bulk."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from types import ModuleType

import pytest

from tests.runtime.conftest import ClientFactory
from tests.runtime.server import MockServer, Reply

BULK = "/v3/devices/dev1/backfill/bulk"
SINGLE = "/v3/devices/dev1/backfill"


def test_backfill_fills_in_the_documented_defaults(
    server: MockServer, make_client: ClientFactory
) -> None:
    server.on("POST", SINGLE, Reply(204))
    before = datetime.now(UTC).replace(microsecond=0)
    make_client().device_data.backfilling.backfill("dev1", {"temperature": 21.5})
    sent = server.requests[0].json()
    assert sent["data"] == {"temperature": 21.5} and sent["topic"] == "default"
    stamp = datetime.fromisoformat(sent["timestamp"].replace("Z", "+00:00"))
    assert before <= stamp <= datetime.now(UTC)


def test_backfill_keeps_given_timestamp_and_topic(
    server: MockServer, make_client: ClientFactory
) -> None:
    server.on("POST", SINGLE, Reply(204))
    when = datetime(2022, 12, 15, 8, 0, tzinfo=UTC)
    make_client().device_data.backfilling.backfill("dev1", {"t": 1}, timestamp=when, topic="env")
    sent = server.requests[0].json()
    assert sent["timestamp"] == "2022-12-15T08:00:00Z" and sent["topic"] == "env"


def test_bulk_sends_every_item_in_chunks(
    akenza: ModuleType, server: MockServer, make_client: ClientFactory
) -> None:
    server.on("POST", BULK, Reply(204))
    samples = ({"data": {"n": n}} for n in range(2500))  # a generator: read chunk by chunk
    result = make_client().device_data.backfilling.backfill_bulk("dev1", samples, chunk_size=1000)
    assert isinstance(result, akenza.BulkResult)
    assert [len(r.json()) for r in server.requests] == [1000, 1000, 500]
    sent = [sample for r in server.requests for sample in r.json()]
    assert [s["data"]["n"] for s in sent] == list(range(2500))
    assert all(s["topic"] == "default" and s["timestamp"] for s in sent)
    assert result.ok and result.items_sent == 2500
    assert [(c.index, c.start, c.size) for c in result.chunks] == [
        (0, 0, 1000),
        (1, 1000, 1000),
        (2, 2000, 500),
    ]


def test_bulk_reports_a_failed_chunk(
    akenza: ModuleType, server: MockServer, make_client: ClientFactory
) -> None:
    server.on("POST", BULK, Reply(204), Reply(400, {"message": "bad sample"}), Reply(204))
    backfilling = make_client().device_data.backfilling
    samples = [{"data": {"n": n}} for n in range(25)]
    with pytest.raises(akenza.BulkRequestError, match="items 10-19") as caught:
        backfilling.backfill_bulk("dev1", samples, chunk_size=10)
    assert [c.ok for c in caught.value.result.chunks] == [True, False]
    assert isinstance(caught.value.__cause__, akenza.BadRequestError)

    server.on("POST", BULK, Reply(204), Reply(400, {"message": "bad sample"}), Reply(204))
    result = backfilling.backfill_bulk("dev1", samples, chunk_size=10, continue_on_error=True)
    assert [c.ok for c in result.chunks] == [True, False, True]
    assert result.items_sent == 15 and not result.ok


def test_async_bulk_sends_every_item(server: MockServer, make_async_client: ClientFactory) -> None:
    server.on("POST", BULK, Reply(204))

    async def main() -> None:
        async with make_async_client() as client:
            result = await client.device_data.backfilling.backfill_bulk(
                "dev1", [{"data": {"n": n}, "topic": "t"} for n in range(2500)], chunk_size=1000
            )
            assert result.items_sent == 2500

    asyncio.run(main())
    sent = [sample for r in server.requests for sample in r.json()]
    assert len(sent) == 2500 and {s["topic"] for s in sent} == {"t"}
