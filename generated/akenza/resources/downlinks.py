"""Downlinks

Send downlinks to LoRaWAN and MQTT devices."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import SendDownlinkRequest

if TYPE_CHECKING:
    pass

__all__ = [
    "DownlinksResource",
    "AsyncDownlinksResource",
    "DownlinksResourceWithRawResponse",
    "AsyncDownlinksResourceWithRawResponse",
]


class DownlinksResource(SyncAPIResource):
    """Send downlinks to LoRaWAN and MQTT devices."""

    @cached_property
    def with_raw_response(self) -> DownlinksResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return DownlinksResourceWithRawResponse(self)

    def send_downlink(
        self,
        device_id: str,
        *,
        body: SendDownlinkRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Send downlink

        Sends a downlink to a device. Returns `204 No Content` once the downlink was accepted.

        **Body** (set exactly one of `loraDownlink` / `mqttDownlink`)
        - `loraDownlink` — `port` (integer, default `1`), `payloadHex` (hex string), `confirmed` (boolean, default `false`), `payload` (object, encoded by the device type's downlink script), `clearQueue` (boolean, required)
        - `mqttDownlink` — `topic` (string, required), `payload` (object, required), `contentType` (`JSON`)
        - `raw` (boolean, default `false`) — when `true` the payload is sent as-is, bypassing the downlink encoder of the device type.

        Downlinks are supported for LoRaWAN and MQTT devices only.

        ``POST /v3/devices/{device_id}/downlink``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/devices/{device_id}/downlink",
            cast_to=type(None),
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class DownlinksResourceWithRawResponse:
    """Like ``DownlinksResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: DownlinksResource) -> None:
        self._target = target
        self.send_downlink = to_raw_response_wrapper(target.send_downlink)


class AsyncDownlinksResource(AsyncAPIResource):
    """Send downlinks to LoRaWAN and MQTT devices."""

    @cached_property
    def with_raw_response(self) -> AsyncDownlinksResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncDownlinksResourceWithRawResponse(self)

    async def send_downlink(
        self,
        device_id: str,
        *,
        body: SendDownlinkRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Send downlink

        Sends a downlink to a device. Returns `204 No Content` once the downlink was accepted.

        **Body** (set exactly one of `loraDownlink` / `mqttDownlink`)
        - `loraDownlink` — `port` (integer, default `1`), `payloadHex` (hex string), `confirmed` (boolean, default `false`), `payload` (object, encoded by the device type's downlink script), `clearQueue` (boolean, required)
        - `mqttDownlink` — `topic` (string, required), `payload` (object, required), `contentType` (`JSON`)
        - `raw` (boolean, default `false`) — when `true` the payload is sent as-is, bypassing the downlink encoder of the device type.

        Downlinks are supported for LoRaWAN and MQTT devices only.

        ``POST /v3/devices/{device_id}/downlink``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/devices/{device_id}/downlink",
            cast_to=type(None),
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncDownlinksResourceWithRawResponse:
    """Like ``AsyncDownlinksResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncDownlinksResource) -> None:
        self._target = target
        self.send_downlink = async_to_raw_response_wrapper(target.send_downlink)
