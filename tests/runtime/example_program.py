"""What users of the generated akenza client write, type-checked with ``mypy --strict``
by test_typing.py (it is not run). The ``type: ignore`` lines prove the types are
precise: under --strict an ignore that is not needed is itself an error, so each
one asserts that mypy rejects the line."""

from __future__ import annotations

import asyncio
from typing import Any

from akenza import (
    Akenza,
    APIResponse,
    APIStatusError,
    AsyncAkenza,
    AsyncPage,
    AsyncPaginator,
    BulkResult,
    PermissionDeniedError,
    SyncPage,
)
from akenza.types import Device, Workspace


def sync_usage() -> None:
    with Akenza(api_key="...", max_retries=3, timeout=20.0) as client:
        page: SyncPage[Device] = client.assets_devices.list_devices(workspace_id="w", size=50)
        for device in page:  # every device of every page
            name: str = device.name
            print(name)
        print(page.total_elements, page.has_next_page(), [d.id for d in page.items])

        workspace: Workspace = client.workspaces.get_workspace_by_id("w1", timeout=5)
        raw: APIResponse[Workspace] = client.workspaces.with_raw_response.get_workspace_by_id("w1")
        print(workspace.name, raw.status_code, raw.headers.get("x-request-id"), raw.parse().name)

        try:
            client.organizations.get_organization_by_id("o1")
        except PermissionDeniedError as error:
            status: int = error.status_code
            print(status, error.body)
        except APIStatusError as error:
            print(error.response.status_code)

        samples = ({"data": {"temperature": 20 + n / 10}} for n in range(2500))
        result: BulkResult[Any] = client.device_data.backfilling.backfill_bulk("d1", samples)
        print(result.items_sent, [chunk.ok for chunk in result.chunks])

        patient: Akenza = client.with_options(max_retries=5)
        print(patient.max_retries)

        wrong: int = client.workspaces.get_workspace_by_id("w1")  # type: ignore[assignment]
        client.workspaces.get_workspace_by_id(workspace_id=1)  # type: ignore[arg-type]
        client.workspaces.with_raw_response.get_workspace_by_id(1)  # type: ignore[arg-type]
        print(wrong)


async def async_usage() -> None:
    async with AsyncAkenza(api_key="...") as client:
        async for device in client.assets_devices.list_devices(workspace_id="w"):
            print(device.name)
        pager: AsyncPaginator[Device] = client.assets_devices.list_devices(workspace_id="w")
        first: AsyncPage[Device] = await pager
        async for each_page in first.iter_pages():
            print(each_page.number, len(each_page.items))
        raw: APIResponse[Workspace] = await client.workspaces.with_raw_response.get_workspace_by_id(
            "w1"
        )
        print(raw.parse().id)
        not_awaited: Workspace = client.workspaces.get_workspace_by_id("w1")  # type: ignore[assignment]
        print(not_awaited)


if __name__ == "__main__":
    sync_usage()
    asyncio.run(async_usage())
