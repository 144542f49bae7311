"""Credentials: which headers each endpoint sends, environment fallbacks, missing credentials."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.runtime.conftest import API_KEY, BEARER, ClientFactory
from tests.runtime.server import MockServer, Reply

DEVICE = {"id": "0200000000000000", "name": "sensor"}
ORGANIZATION = {"id": "2800000000000000", "name": "acme"}


def test_api_key_is_sent_as_x_api_key(server: MockServer, make_client: ClientFactory) -> None:
    server.on("GET", "/v3/devices/d1", Reply(json=DEVICE))
    make_client().assets_devices.get_device_by_id("d1")
    (seen,) = server.requests
    assert seen.headers["x-api-key"] == API_KEY
    assert "authorization" not in seen.headers


def test_bearer_token_is_sent_as_authorization(
    server: MockServer, make_client: ClientFactory
) -> None:
    server.on("GET", "/v3/organizations/o1", Reply(json=ORGANIZATION))
    make_client(api_key=None, bearer_token=BEARER).organizations.get_organization_by_id("o1")
    (seen,) = server.requests
    assert seen.headers["authorization"] == f"Bearer {BEARER}"
    assert "x-api-key" not in seen.headers


def test_each_endpoint_uses_its_own_scheme_when_both_are_set(
    server: MockServer, make_client: ClientFactory
) -> None:
    server.on("GET", "/v3/devices/d1", Reply(json=DEVICE))
    server.on("GET", "/v3/organizations/o1", Reply(json=ORGANIZATION))
    client = make_client(bearer_token=BEARER)
    client.assets_devices.get_device_by_id("d1")
    client.organizations.get_organization_by_id("o1")
    device, organization = server.requests
    assert device.headers["x-api-key"] == API_KEY and "authorization" not in device.headers
    assert organization.headers["authorization"] == f"Bearer {BEARER}"
    assert "x-api-key" not in organization.headers


def test_noauth_endpoint_sends_no_credentials_to_its_own_host(
    server: MockServer, make_client: ClientFactory
) -> None:
    server.on("POST", "/v3/capture", Reply(json={"message": "uplink received"}))
    client = make_client(
        bearer_token=BEARER, base_url="http://127.0.0.1:9", base_urls={"dataGatewayUrl": server.url}
    )
    client.http_uplink.send_http_uplink(body={"temperature": 21.5}, secret="uplink-secret-1")
    (seen,) = server.requests
    assert "x-api-key" not in seen.headers and "authorization" not in seen.headers
    assert seen.json() == {"temperature": 21.5}


def test_missing_credentials_fail_before_any_request(
    akenza: ModuleType, server: MockServer, make_client: ClientFactory
) -> None:
    client = make_client(api_key=None)
    with pytest.raises(akenza.MissingCredentialsError, match="AKENZA_API_KEY"):
        client.assets_devices.get_device_by_id("d1")
    assert server.requests == []


def test_credentials_and_base_url_come_from_the_environment(
    akenza: ModuleType, server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AKENZA_API_KEY", API_KEY)
    monkeypatch.setenv("AKENZA_BASE_URL", server.url)
    server.on("GET", "/v3/devices/d1", Reply(json=DEVICE))
    with akenza.Akenza() as client:
        client.assets_devices.get_device_by_id("d1")
    assert server.requests[0].headers["x-api-key"] == API_KEY


def test_auth_header_from_default_headers_is_accepted(
    server: MockServer, make_client: ClientFactory
) -> None:
    server.on("GET", "/v3/devices/d1", Reply(json=DEVICE))
    client = make_client(api_key=None, default_headers={"X-Api-Key": "from-defaults"})
    client.assets_devices.get_device_by_id("d1")
    assert server.requests[0].headers["x-api-key"] == "from-defaults"
