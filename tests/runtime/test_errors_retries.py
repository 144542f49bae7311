"""Status errors, retries (with Retry-After and backoff), connection errors, timeouts."""

from __future__ import annotations

import time
from types import ModuleType

import pytest

from tests.runtime.conftest import ClientFactory, wire
from tests.runtime.server import MockServer, Reply

DEVICE = {"id": "d1", "name": "sensor"}
FORBIDDEN = {
    "timestamp": "2021-02-19T15:06:56.928+00:00",
    "path": "/v3/devices/d1",
    "status": 403,
    "error": "Forbidden",
    "message": "Permission denied",
    "requestId": "4d2f7a01-1",
}


def test_403_raises_permission_denied_with_the_parsed_body(
    akenza: ModuleType, server: MockServer, make_client: ClientFactory
) -> None:
    server.on("GET", "/v3/organizations/o1", Reply(403, FORBIDDEN))
    with pytest.raises(akenza.PermissionDeniedError) as caught:
        make_client().organizations.get_organization_by_id("o1")
    error = caught.value
    assert isinstance(error, akenza.APIStatusError)
    assert error.status_code == 403 and error.response.status_code == 403
    assert wire(error.body, "message") == "Permission denied"
    assert wire(error.body, "requestId") == "4d2f7a01-1"
    assert "Permission denied" in str(error)
    assert len(server.requests) == 1  # 403 is final


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (503, "InternalServerError"),
    ],
)
def test_status_codes_map_to_error_classes(
    akenza: ModuleType, server: MockServer, make_client: ClientFactory, status: int, name: str
) -> None:
    server.on("GET", "/v3/devices/d1", Reply(status, {"message": "nope"}))
    with pytest.raises(getattr(akenza, name)) as caught:
        make_client(max_retries=0).assets_devices.get_device_by_id("d1")
    assert caught.value.status_code == status
    assert caught.value.body == {"message": "nope"}


def test_429_waits_for_retry_after_then_succeeds(
    server: MockServer, make_client: ClientFactory
) -> None:
    server.on(
        "GET",
        "/v3/devices/d1",
        Reply(429, {"message": "slow down"}, headers={"Retry-After": "1"}),
        Reply(json=DEVICE),
    )
    started = time.monotonic()
    device = make_client().assets_devices.get_device_by_id("d1")
    assert wire(device, "id") == "d1"
    first, second = server.requests
    assert second.at - first.at >= 0.9
    assert time.monotonic() - started < 5


def test_retry_after_ms_is_honoured(server: MockServer, make_client: ClientFactory) -> None:
    server.on(
        "GET",
        "/v3/devices/d1",
        Reply(429, headers={"retry-after-ms": "300", "Retry-After": "30"}),
        Reply(json=DEVICE),
    )
    make_client().assets_devices.get_device_by_id("d1")
    first, second = server.requests
    assert 0.25 <= second.at - first.at < 5


def test_503_twice_then_200_succeeds(server: MockServer, make_client: ClientFactory) -> None:
    server.on("GET", "/v3/devices/d1", Reply(503), Reply(503), Reply(json=DEVICE))
    device = make_client().assets_devices.get_device_by_id("d1")
    assert wire(device, "name") == "sensor"
    assert len(server.requests) == 3


def test_retries_are_limited_by_max_retries(
    akenza: ModuleType, server: MockServer, make_client: ClientFactory
) -> None:
    server.on("GET", "/v3/devices/d1", Reply(503, {"message": "down"}))
    with pytest.raises(akenza.InternalServerError):
        make_client(max_retries=1).assets_devices.get_device_by_id("d1")
    assert len(server.requests) == 2


def test_post_is_not_retried_after_a_500(
    akenza: ModuleType, server: MockServer, make_client: ClientFactory
) -> None:
    server.on("POST", "/v3/tags", Reply(500, {"message": "boom"}), Reply(json={"id": "t1"}))
    with pytest.raises(akenza.InternalServerError):
        make_client().tags.create_tag(body={"name": "t"})
    assert len(server.requests) == 1  # it may have been created: no duplicate


def test_post_is_retried_after_a_503(server: MockServer, make_client: ClientFactory) -> None:
    server.on("POST", "/v3/tags", Reply(503), Reply(json={"id": "t1", "name": "t"}))
    make_client().tags.create_tag(body={"name": "t"})
    assert len(server.requests) == 2


def test_connection_reset_is_retried(server: MockServer, make_client: ClientFactory) -> None:
    server.on("GET", "/v3/devices/d1", Reply(action="reset"), Reply(json=DEVICE))
    device = make_client().assets_devices.get_device_by_id("d1")
    assert wire(device, "id") == "d1"
    assert len(server.requests) == 2


def test_persistent_connection_resets_raise_api_connection_error(
    akenza: ModuleType, server: MockServer, make_client: ClientFactory
) -> None:
    server.on("GET", "/v3/devices/d1", Reply(action="reset"))
    with pytest.raises(akenza.APIConnectionError) as caught:
        make_client(max_retries=1).assets_devices.get_device_by_id("d1")
    assert not isinstance(caught.value, akenza.APITimeoutError)
    assert len(server.requests) == 2


def test_refused_connection_raises_api_connection_error(
    akenza: ModuleType, make_client: ClientFactory
) -> None:
    client = make_client(base_url="http://127.0.0.1:9", max_retries=1)
    with pytest.raises(akenza.APIConnectionError, match="Connection error"):
        client.assets_devices.get_device_by_id("d1")


def test_hanging_server_times_out(
    akenza: ModuleType, server: MockServer, make_client: ClientFactory
) -> None:
    server.on("GET", "/v3/devices/d1", Reply(json=DEVICE, action="hang", delay=3))
    started = time.monotonic()
    with pytest.raises(akenza.APITimeoutError):
        make_client(timeout=0.2, max_retries=1).assets_devices.get_device_by_id("d1")
    assert time.monotonic() - started < 2
    assert len(server.requests) == 2  # a GET that timed out is retried


def test_per_call_timeout_overrides_the_client_timeout(
    akenza: ModuleType, server: MockServer, make_client: ClientFactory
) -> None:
    server.on("GET", "/v3/devices/d1", Reply(json=DEVICE, action="hang", delay=3))
    client = make_client(timeout=30, max_retries=0)
    started = time.monotonic()
    with pytest.raises(akenza.APITimeoutError):
        client.assets_devices.get_device_by_id("d1", timeout=0.2)
    assert time.monotonic() - started < 2


def test_unexpected_2xx_body_is_returned_with_a_warning(
    akenza: ModuleType,
    server: MockServer,
    make_client: ClientFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    odd = {"id": "d1", "name": 42, "state": "SOMETHING_NEW"}  # name is not a str
    server.on("GET", "/v3/devices/d1", Reply(json=odd))
    client = make_client()
    with caplog.at_level("WARNING", logger="akenza"):
        device = client.assets_devices.get_device_by_id("d1")
    assert wire(device, "id") == "d1" and wire(device, "name") == 42
    assert any("does not match" in r.getMessage() for r in caplog.records)
    raw = client.assets_devices.with_raw_response.get_device_by_id("d1")
    assert isinstance(raw.validation_error, akenza.APIResponseValidationError)
    with pytest.raises(akenza.APIResponseValidationError):
        client.with_options(strict_response_validation=True).assets_devices.get_device_by_id("d1")


def test_async_client_retries_and_raises_typed_errors(
    akenza: ModuleType, server: MockServer, make_async_client: ClientFactory
) -> None:
    import asyncio

    server.on("GET", "/v3/devices/d1", Reply(503), Reply(action="reset"), Reply(json=DEVICE))
    server.on("GET", "/v3/organizations/o1", Reply(403, FORBIDDEN))

    async def main() -> None:
        async with make_async_client(bearer_token="t0ken-value") as client:
            device = await client.assets_devices.get_device_by_id("d1")
            assert wire(device, "id") == "d1"
            with pytest.raises(akenza.PermissionDeniedError):
                await client.organizations.get_organization_by_id("o1")

    asyncio.run(main())
    assert len(server.seen("GET", "/v3/devices/d1")) == 3


def test_post_is_not_retried_after_a_reset(
    akenza: ModuleType, server: MockServer, make_client: ClientFactory
) -> None:
    server.on("POST", "/v3/tags", Reply(action="reset"), Reply(json={"id": "t1"}))
    with pytest.raises(akenza.APIConnectionError):
        make_client().tags.create_tag(body={"name": "t"})
    assert len(server.requests) == 1  # the server may have acted on it


def test_post_is_retried_when_the_connection_was_never_made(
    akenza: ModuleType, make_client: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client(base_url="http://127.0.0.1:9", max_retries=2)
    with caplog.at_level("INFO", logger="akenza"):
        with pytest.raises(akenza.APIConnectionError, match="after 3 attempt"):
            client.tags.create_tag(body={"name": "t"})
    assert sum(r.getMessage().startswith("Retrying POST") for r in caplog.records) == 2
