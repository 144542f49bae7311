"""Headers a user adds (default_headers, extra_headers): non-ASCII values are sent
as UTF-8 like the endpoint's own header parameters, and later sources win."""

from __future__ import annotations

import asyncio
from types import ModuleType

import httpx

from tests.runtime.conftest import API_KEY

VALUE = "caf\u00e9 \u8bbe\u5907 \u2615"
DEVICE = {"id": "d1", "name": "sensor"}


def _recording(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=DEVICE)

    return httpx.MockTransport(handle)


def _raw(request: httpx.Request, name: bytes) -> list[bytes]:
    return [value for key, value in request.headers.raw if key.lower() == name]


def test_non_ascii_default_and_extra_headers_are_sent_as_utf8(akenza: ModuleType) -> None:
    seen: list[httpx.Request] = []
    with httpx.Client(transport=_recording(seen)) as http_client:
        client = akenza.Akenza(
            api_key=API_KEY,
            base_url="https://api.example.com",
            http_client=http_client,
            default_headers={"X-Team": VALUE, "X-Both": "default"},
        )
        client.assets_devices.get_device_by_id(
            "d1", extra_headers={"X-Note": VALUE, "x-both": "extra"}
        )
    (request,) = seen
    assert _raw(request, b"x-team") == [VALUE.encode("utf-8")]
    assert _raw(request, b"x-note") == [VALUE.encode("utf-8")]
    assert _raw(request, b"x-both") == [b"extra"]  # extra_headers win, case-insensitively
    assert _raw(request, b"x-api-key") == [API_KEY.encode()]


def test_async_client_sends_a_non_ascii_extra_header(akenza: ModuleType) -> None:
    seen: list[httpx.Request] = []

    async def main() -> None:
        async with httpx.AsyncClient(transport=_recording(seen)) as http_client:
            client = akenza.AsyncAkenza(
                api_key=API_KEY, base_url="https://api.example.com", http_client=http_client
            )
            await client.assets_devices.get_device_by_id("d1", extra_headers={"X-Note": VALUE})

    asyncio.run(main())
    (request,) = seen
    assert _raw(request, b"x-note") == [VALUE.encode("utf-8")]
