"""Raw responses, with_options, context managers, per-call extras, lazy import."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from tests.runtime.conftest import API_KEY, ClientFactory, wire
from tests.runtime.server import MockServer, Reply

WORKSPACE = {"id": "w1", "name": "main"}


def test_with_raw_response_gives_status_headers_and_parsed_result(
    akenza: ModuleType, server: MockServer, make_client: ClientFactory
) -> None:
    server.on("GET", "/v3/workspaces/w1", Reply(json=WORKSPACE, headers={"X-Request-Id": "r-1"}))
    raw = make_client().workspaces.with_raw_response.get_workspace_by_id("w1")
    assert isinstance(raw, akenza.APIResponse)
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "r-1"
    assert isinstance(raw.http_response, httpx.Response)
    assert wire(raw.parse(), "id") == "w1"
    assert raw.retries_taken == 0 and raw.json() == WORKSPACE


def test_raw_response_of_a_list_parses_to_the_page(
    akenza: ModuleType, server: MockServer, make_client: ClientFactory
) -> None:
    server.on("GET", "/v3/assets", Reply(json={"content": [], "totalElements": 0, "last": True}))
    raw = make_client().assets_devices.with_raw_response.list_devices(workspace_id="w1")
    assert raw.status_code == 200 and isinstance(raw.parse(), akenza.SyncPage)


def test_async_raw_response(
    akenza: ModuleType, server: MockServer, make_async_client: ClientFactory
) -> None:
    server.on("GET", "/v3/workspaces/w1", Reply(json=WORKSPACE))
    server.on("GET", "/v3/assets", Reply(json={"content": [], "totalElements": 0, "last": True}))

    async def main() -> None:
        async with make_async_client() as client:
            raw = await client.workspaces.with_raw_response.get_workspace_by_id("w1")
            assert raw.status_code == 200 and wire(raw.parse(), "name") == "main"
            raw_page = await client.assets_devices.with_raw_response.list_devices(workspace_id="w")
            assert isinstance(raw_page.parse(), akenza.AsyncPage)

    asyncio.run(main())


def test_extra_headers_query_and_body_are_sent(
    server: MockServer, make_client: ClientFactory
) -> None:
    server.on("POST", "/v3/tags", Reply(json={"id": "t1", "name": "t"}))
    make_client(default_headers={"X-Team": "iot"}).tags.create_tag(
        body={"name": "t"},
        extra_headers={"X-Trace": "abc"},
        extra_query={"dryRun": True},
        extra_body={"color": "red"},
    )
    (seen,) = server.requests
    assert seen.headers["x-trace"] == "abc" and seen.headers["x-team"] == "iot"
    assert seen.param("dryRun") == "true"
    assert seen.json() == {"name": "t", "color": "red"}


def test_with_options_copies_settings_and_shares_the_pool(
    akenza: ModuleType, server: MockServer, make_client: ClientFactory
) -> None:
    server.on("GET", "/v3/devices/d1", Reply(503))
    client = make_client()
    copy = client.with_options(max_retries=0, api_key="other-key", timeout=1.0)
    assert type(copy) is type(client)
    assert copy.max_retries == 0 and copy.timeout == 1.0 and client.max_retries == 2
    assert copy._client is client._client
    with pytest.raises(akenza.InternalServerError):
        copy.assets_devices.get_device_by_id("d1")
    assert len(server.requests) == 1
    assert server.requests[0].headers["x-api-key"] == "other-key"
    copy.close()
    assert not client.is_closed  # the pool belongs to the original
    with client:
        pass
    assert client.is_closed


def test_async_client_is_an_async_context_manager(make_async_client: ClientFactory) -> None:
    async def main() -> bool:
        async with make_async_client() as client:
            pass
        return bool(client.is_closed)

    assert asyncio.run(main())


def test_a_passed_http_client_is_left_open(akenza: ModuleType, server: MockServer) -> None:
    with httpx.Client() as http_client:
        with akenza.Akenza(api_key=API_KEY, base_url=server.url, http_client=http_client):
            pass
        assert not http_client.is_closed


def test_import_does_not_load_resources_or_pydantic_models(generated_dir: Path) -> None:
    code = (
        "import sys, akenza; "
        "loaded = [m for m in sys.modules if m.startswith('akenza.resources') "
        "or m in ('akenza.pagination', 'akenza.types', 'pydantic.main')]; "
        "print(loaded)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=generated_dir, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
