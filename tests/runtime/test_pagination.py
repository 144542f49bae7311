"""Paginated lists: every item of every page exactly once, lazily; page-level access."""

from __future__ import annotations

import asyncio
from types import ModuleType
from typing import Any

from tests.runtime.conftest import ClientFactory, wire
from tests.runtime.server import MockServer, Reply, Seen

PATH = "/v3/assets"
PAGE_SIZE = 3
TOTAL = 8  # three pages: 3 + 3 + 2


def _device(n: int) -> dict[str, Any]:
    return {
        "id": f"d{n}",
        "name": f"device {n}",
        "workspaceId": "w1",
        "organizationId": "o1",
        "customFields": [],
        "tags": [],
    }


def spring_page(seen: Seen) -> Reply:
    """A Spring Data page of TOTAL devices, answering the requested ``page``/``size``."""
    number = int(seen.param("page") or 0)
    size = int(seen.param("size") or PAGE_SIZE)
    ids = range(number * size, min((number + 1) * size, TOTAL))
    pages = -(-TOTAL // size)
    return Reply(
        json={
            "content": [_device(n) for n in ids],
            "pageable": "INSTANCE",
            "totalElements": TOTAL,
            "totalPages": pages,
            "last": number >= pages - 1,
            "number": number,
            "size": size,
            "numberOfElements": len(ids),
            "first": number == 0,
            "empty": not ids,
        }
    )


def _ids(items: Any) -> list[str]:
    return [wire(item, "id") for item in items]


EXPECTED = [f"d{n}" for n in range(TOTAL)]


def test_iterating_yields_every_item_once_across_pages(
    akenza: ModuleType, server: MockServer, make_client: ClientFactory
) -> None:
    server.on("GET", PATH, spring_page)
    page = make_client().assets_devices.list_devices(workspace_id="w1", size=PAGE_SIZE)
    assert isinstance(page, akenza.SyncPage)
    assert len(server.requests) == 1  # lazily: only the first page so far
    assert _ids(page) == EXPECTED
    assert [r.param("page") for r in server.requests] == [None, "1", "2"]
    assert all(r.param("size") == "3" and r.param("workspaceId") == "w1" for r in server.requests)


def test_page_level_access(server: MockServer, make_client: ClientFactory) -> None:
    server.on("GET", PATH, spring_page)
    first = make_client().assets_devices.list_devices(workspace_id="w1", size=PAGE_SIZE)
    assert _ids(first.items) == EXPECTED[:3]
    assert (first.total_elements, first.total_pages, first.number) == (TOTAL, 3, 0)
    assert first.has_next_page()
    second = first.get_next_page()
    assert _ids(second.items) == EXPECTED[3:6]
    pages = list(first.iter_pages())
    assert [p.number for p in pages] == [0, 1, 2]
    assert not pages[-1].has_next_page()


def test_start_page_and_size_are_passed_through(
    server: MockServer, make_client: ClientFactory
) -> None:
    server.on("GET", PATH, spring_page)
    items = make_client().assets_devices.list_devices(workspace_id="w1", page=1, size=4)
    assert _ids(items) == EXPECTED[4:]
    assert [r.param("page") for r in server.requests] == ["1"]


def test_a_server_ignoring_the_page_parameter_does_not_loop_forever(
    server: MockServer, make_client: ClientFactory
) -> None:
    first = spring_page(Seen("GET", PATH, {}, {}, b"", 0.0)).json
    server.on("GET", PATH, Reply(json=first))
    items = _ids(make_client().assets_devices.list_devices(workspace_id="w1"))
    assert items == EXPECTED[:3]
    assert len(server.requests) == 2


def test_async_for_iterates_every_item_without_await(
    akenza: ModuleType, server: MockServer, make_async_client: ClientFactory
) -> None:
    server.on("GET", PATH, spring_page)

    async def main() -> tuple[list[str], Any, list[int]]:
        async with make_async_client() as client:
            seen = [item async for item in client.assets_devices.list_devices(workspace_id="w1")]
            first = await client.assets_devices.list_devices(workspace_id="w1", size=PAGE_SIZE)
            numbers = [p.number async for p in first.iter_pages()]
            return _ids(seen), first, numbers

    ids, first, numbers = asyncio.run(main())
    assert ids == EXPECTED
    assert isinstance(first, akenza.AsyncPage)
    assert _ids(first.items) == EXPECTED[:3] and first.total_elements == TOTAL
    assert numbers == [0, 1, 2]
