"""2xx bodies that do not match the declared type: the best-effort result records
only what the body had, and a list method's page object does not crash when the
body is no Spring page."""

from __future__ import annotations

import asyncio
from types import ModuleType
from typing import Any

import pytest

from tests.runtime.conftest import ClientFactory, wire
from tests.runtime.server import MockServer, Reply

DEVICE = {"id": "d1", "name": "sensor"}  # most required fields of Device are missing
PATH = "/v3/assets"


def _device(n: int) -> dict[str, Any]:
    return {"id": f"d{n}", "name": f"device {n}", "customFields": [], "tags": []}


def test_lenient_model_marks_only_the_fields_the_body_had_as_set(
    server: MockServer, make_client: ClientFactory
) -> None:
    body = {**DEVICE, "workspaceId": "w1", "tags": [{"name": "t"}], "surprise": 1}
    server.on("GET", "/v3/devices/d1", Reply(json=body))
    device = make_client().assets_devices.get_device_by_id("d1")
    assert device.model_fields_set == {"id", "name", "workspace_id", "tags", "surprise"}
    assert device.organization_id is None  # missing: None on access, but not "set"
    assert device.model_dump(mode="json", by_alias=True, exclude_unset=True) == body
    assert device.tags[0].model_dump(by_alias=True, exclude_unset=True) == {"name": "t"}


def test_lenient_model_keeps_an_extra_named_like_a_construct_parameter(
    server: MockServer, make_client: ClientFactory
) -> None:
    body = {**DEVICE, "_fields_set": ["id"]}
    server.on("GET", "/v3/devices/d1", Reply(json=body))
    device = make_client().assets_devices.get_device_by_id("d1")
    assert device.model_fields_set == {"id", "name", "_fields_set"}
    assert wire(device, "_fields_set") == ["id"]
    assert device.model_dump(by_alias=True, exclude_unset=True) == body


def test_a_string_body_gives_an_empty_last_page(
    server: MockServer, make_client: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    server.on("GET", PATH, Reply(json="just a string"))
    with caplog.at_level("WARNING", logger="akenza"):
        page = make_client().assets_devices.list_devices(workspace_id="w1", page=2)
    assert page.page == "just a string"  # the body as received
    assert repr(page) == "<SyncPage number=2 items=0 total_elements=None body=str>"
    assert (page.items, page.number, page.total_elements, page.total_pages) == ([], 2, None, None)
    assert not page.has_next_page()
    assert list(page) == [] and len(list(page.iter_pages())) == 1
    assert len(server.requests) == 1
    assert any("does not match" in r.getMessage() for r in caplog.records)


def test_a_list_body_gives_its_items_on_one_page(
    server: MockServer, make_client: ClientFactory
) -> None:
    server.on("GET", PATH, Reply(json=[_device(0), _device(1)]))
    page = make_client().assets_devices.list_devices(workspace_id="w1")
    assert repr(page) == "<SyncPage number=0 items=2 total_elements=None body=list>"
    assert [wire(item, "id") for item in page] == ["d0", "d1"]
    assert not page.has_next_page() and len(server.requests) == 1


def test_page_metadata_of_the_wrong_type_counts_as_missing(
    server: MockServer, make_client: ClientFactory
) -> None:
    body = {"content": [_device(0)], "number": "zero", "totalPages": 3, "totalElements": "many"}
    server.on("GET", PATH, Reply(json=body))
    page = make_client().assets_devices.list_devices(workspace_id="w1")
    assert repr(page) == "<SyncPage number=0 items=1 total_elements=None>"
    assert (page.number, page.total_pages) == (0, 3)
    assert not page.has_next_page()  # a page number that is not a number: no next page
    assert [wire(item, "id") for item in page] == ["d0"]


def test_async_page_of_a_string_body(
    akenza: ModuleType, server: MockServer, make_async_client: ClientFactory
) -> None:
    server.on("GET", PATH, Reply(json="just a string"))

    async def main() -> tuple[Any, list[Any]]:
        async with make_async_client() as client:
            first = await client.assets_devices.list_devices(workspace_id="w1")
            items = [item async for item in client.assets_devices.list_devices(workspace_id="w1")]
            return first, items

    first, items = asyncio.run(main())
    assert isinstance(first, akenza.AsyncPage)
    assert repr(first) == "<AsyncPage number=0 items=0 total_elements=None body=str>"
    assert items == [] and not first.has_next_page()
