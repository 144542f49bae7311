"""HTTP Uplink

Device-side HTTP ingestion on the data gateway (`{{dataGatewayUrl}}`). Not part of the management API; included because it is the HTTP counterpart of backfilling.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import SendHttpUplinkResult

if TYPE_CHECKING:
    pass

__all__ = [
    "HttpUplinkResource",
    "AsyncHttpUplinkResource",
    "HttpUplinkResourceWithRawResponse",
    "AsyncHttpUplinkResourceWithRawResponse",
]


class HttpUplinkResource(SyncAPIResource):
    """Device-side HTTP ingestion on the data gateway (`{{dataGatewayUrl}}`). Not part of the management API; included because it is the HTTP counterpart of backfilling."""

    @cached_property
    def with_raw_response(self) -> HttpUplinkResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return HttpUplinkResourceWithRawResponse(self)

    def send_http_uplink(
        self,
        *,
        body: dict[str, Any],
        secret: str | None = None,
        device_id: str | None = None,
        timestamp: str | None = None,
        topic: str | None = None,
        x_device_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SendHttpUplinkResult:
        """Send HTTP uplink

        Sends an uplink for an HTTP device to the akenza data gateway. This endpoint lives on the data gateway host (`{{dataGatewayUrl}}`, `https://data-gateway.akenza.io`), not on the API host, and is **not** authenticated with an API key: the uplink secret of the HTTP device connector and the physical device id authenticate the request, preferably as the `x-uplink-secret` / `x-device-id` headers (query parameters `secret` / `deviceId` are supported as well).

        The body can be any JSON object (or a JSON array for array uplinks).

        ``POST /v3/capture``

        Args:
            body: The JSON request body.
            secret: The uplink secret of the device connector (prefer the `x-uplink-secret` header).
            device_id: The physical device id (prefer the `x-device-id` header).
            timestamp: ISO-8601 timestamp of the event; defaults to the current time. Example: `2022-12-17T12:00:00.000Z`.
            topic: The data topic; `default` is used if not provided. Example: `default`.
            x_device_id: The physical device id. Example: `0A1FFFFFFFFFFF`.
        """
        return self._client._request(
            "POST",
            "/v3/capture",
            cast_to=SendHttpUplinkResult,
            query={"secret": secret, "deviceId": device_id, "timestamp": timestamp, "topic": topic},
            headers={"x-device-id": x_device_id},
            json=body,
            base_url_key="dataGatewayUrl",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class HttpUplinkResourceWithRawResponse:
    """Like ``HttpUplinkResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: HttpUplinkResource) -> None:
        self._target = target
        self.send_http_uplink = to_raw_response_wrapper(target.send_http_uplink)


class AsyncHttpUplinkResource(AsyncAPIResource):
    """Device-side HTTP ingestion on the data gateway (`{{dataGatewayUrl}}`). Not part of the management API; included because it is the HTTP counterpart of backfilling."""

    @cached_property
    def with_raw_response(self) -> AsyncHttpUplinkResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncHttpUplinkResourceWithRawResponse(self)

    async def send_http_uplink(
        self,
        *,
        body: dict[str, Any],
        secret: str | None = None,
        device_id: str | None = None,
        timestamp: str | None = None,
        topic: str | None = None,
        x_device_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SendHttpUplinkResult:
        """Send HTTP uplink

        Sends an uplink for an HTTP device to the akenza data gateway. This endpoint lives on the data gateway host (`{{dataGatewayUrl}}`, `https://data-gateway.akenza.io`), not on the API host, and is **not** authenticated with an API key: the uplink secret of the HTTP device connector and the physical device id authenticate the request, preferably as the `x-uplink-secret` / `x-device-id` headers (query parameters `secret` / `deviceId` are supported as well).

        The body can be any JSON object (or a JSON array for array uplinks).

        ``POST /v3/capture``

        Args:
            body: The JSON request body.
            secret: The uplink secret of the device connector (prefer the `x-uplink-secret` header).
            device_id: The physical device id (prefer the `x-device-id` header).
            timestamp: ISO-8601 timestamp of the event; defaults to the current time. Example: `2022-12-17T12:00:00.000Z`.
            topic: The data topic; `default` is used if not provided. Example: `default`.
            x_device_id: The physical device id. Example: `0A1FFFFFFFFFFF`.
        """
        return await self._client._request(
            "POST",
            "/v3/capture",
            cast_to=SendHttpUplinkResult,
            query={"secret": secret, "deviceId": device_id, "timestamp": timestamp, "topic": topic},
            headers={"x-device-id": x_device_id},
            json=body,
            base_url_key="dataGatewayUrl",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncHttpUplinkResourceWithRawResponse:
    """Like ``AsyncHttpUplinkResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncHttpUplinkResource) -> None:
        self._target = target
        self.send_http_uplink = async_to_raw_response_wrapper(target.send_http_uplink)
