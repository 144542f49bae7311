"""AKENZA_LOG=debug logs requests, responses and retries, and never a credential."""

from __future__ import annotations

import asyncio
import logging
import traceback
from types import ModuleType

import pytest

from tests.runtime.conftest import API_KEY, BEARER, ClientFactory
from tests.runtime.server import MockServer, Reply

UPLINK_SECRET = "uplink-s3cret-value"
SECRETS = (API_KEY, BEARER, UPLINK_SECRET)


def _assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def test_no_secret_in_logs_or_errors(
    akenza: ModuleType,
    server: MockServer,
    make_client: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("AKENZA_LOG", "debug")
    # A server that echoes what it got, to check error messages are scrubbed too.
    server.on("GET", "/v3/devices/d1", Reply(503), Reply(403, {"message": f"bad key {API_KEY}"}))
    server.on("GET", "/v3/organizations/o1", Reply(action="hang", delay=3))
    server.on("POST", "/v3/capture", Reply(500, {"message": "boom"}))
    caplog.set_level(logging.DEBUG, logger="akenza")

    client = make_client(bearer_token=BEARER, max_retries=1, timeout=0.2)
    assert logging.getLogger("akenza").level == logging.DEBUG
    errors: list[BaseException] = []
    for call in (
        lambda: client.assets_devices.get_device_by_id("d1"),
        lambda: client.organizations.get_organization_by_id("o1"),
        lambda: client.http_uplink.send_http_uplink(body={}, secret=UPLINK_SECRET),
        lambda: make_client(api_key=None).assets_devices.get_device_by_id("d1"),
    ):
        with pytest.raises(akenza.APIError) as caught:
            call()
        errors.append(caught.value)

    messages = [record.getMessage() for record in caplog.records]
    assert any(m.startswith("Request: GET") for m in messages)
    assert any("-> 503" in m for m in messages)
    assert any(m.startswith("Retrying GET") for m in messages)
    assert any("x-api-key" in m and "***" in m for m in messages)  # the header, masked
    assert any("secret=***" in m for m in messages)  # the query parameter, masked
    for message in messages:
        _assert_clean(message)
    for error in errors:
        _assert_clean(str(error))
        _assert_clean(repr(error))
        _assert_clean("".join(traceback.format_exception(error)))
    _assert_clean(repr(client))
    _assert_clean(repr(client.with_raw_response))


def test_logging_is_off_by_default(
    server: MockServer, make_client: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    server.on("GET", "/v3/devices/d1", Reply(json={"id": "d1"}))
    make_client().assets_devices.get_device_by_id("d1")
    assert not logging.getLogger("akenza").isEnabledFor(logging.INFO)
    assert not [r for r in caplog.records if r.levelno < logging.WARNING]


def test_async_client_logs_without_secrets(
    server: MockServer,
    make_async_client: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("AKENZA_LOG", "debug")
    server.on("GET", "/v3/organizations/o1", Reply(429), Reply(json={"id": "o1"}))
    caplog.set_level(logging.DEBUG, logger="akenza")

    async def main() -> None:
        async with make_async_client(bearer_token=BEARER) as client:
            await client.organizations.get_organization_by_id("o1")

    asyncio.run(main())
    messages = [record.getMessage() for record in caplog.records]
    assert any("Retrying GET" in m for m in messages)
    for message in messages:
        _assert_clean(message)
