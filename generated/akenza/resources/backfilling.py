"""Backfilling

Backfilling adds data to a device using an HTTP endpoint, either individually or in bulk for a single device.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..lib.backfilling import AsyncBackfillingExtension, BackfillingExtension
from ..types import BackfillDeviceDataRequest

if TYPE_CHECKING:
    pass

__all__ = [
    "BackfillingResource",
    "AsyncBackfillingResource",
    "BackfillingResourceWithRawResponse",
    "AsyncBackfillingResourceWithRawResponse",
]


class BackfillingResource(BackfillingExtension):
    """Backfilling adds data to a device using an HTTP endpoint, either individually or in bulk for a single device."""

    @cached_property
    def with_raw_response(self) -> BackfillingResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return BackfillingResourceWithRawResponse(self)

    def backfill_device_data(
        self,
        device_id: str,
        *,
        body: BackfillDeviceDataRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Backfill device data

        Adds a single sample to a device.

        All data sent this way is processed by the output connectors and rules of the device's data flow, therefore `data` has to match the output of the device type script. If not specified, `timestamp` is set to the current time and `topic` to `default`.

        **Body**: `data` (object, required), `timestamp` (ISO-8601 instant, optional), `topic` (string, optional).

        ``POST /v3/devices/{device_id}/backfill``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/devices/{device_id}/backfill",
            cast_to=object,
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def bulk_backfill_device_data(
        self,
        device_id: str,
        *,
        body: list[BackfillDeviceDataRequest],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Bulk backfill device data

        Adds several samples to one device in a single request.

        All data sent this way is processed by the output connectors and rules of the device's data flow, therefore `data` has to match the output of the device type script. If not specified, `timestamp` is set to the current time and `topic` to `default`.

        **Body**: array of `{data, timestamp, topic}` objects.

        ``POST /v3/devices/{device_id}/backfill/bulk``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/devices/{device_id}/backfill/bulk",
            cast_to=object,
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class BackfillingResourceWithRawResponse:
    """Like ``BackfillingResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: BackfillingResource) -> None:
        self._target = target
        self.backfill_device_data = to_raw_response_wrapper(target.backfill_device_data)
        self.bulk_backfill_device_data = to_raw_response_wrapper(target.bulk_backfill_device_data)


class AsyncBackfillingResource(AsyncBackfillingExtension):
    """Backfilling adds data to a device using an HTTP endpoint, either individually or in bulk for a single device."""

    @cached_property
    def with_raw_response(self) -> AsyncBackfillingResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncBackfillingResourceWithRawResponse(self)

    async def backfill_device_data(
        self,
        device_id: str,
        *,
        body: BackfillDeviceDataRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Backfill device data

        Adds a single sample to a device.

        All data sent this way is processed by the output connectors and rules of the device's data flow, therefore `data` has to match the output of the device type script. If not specified, `timestamp` is set to the current time and `topic` to `default`.

        **Body**: `data` (object, required), `timestamp` (ISO-8601 instant, optional), `topic` (string, optional).

        ``POST /v3/devices/{device_id}/backfill``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/devices/{device_id}/backfill",
            cast_to=object,
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def bulk_backfill_device_data(
        self,
        device_id: str,
        *,
        body: list[BackfillDeviceDataRequest],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Bulk backfill device data

        Adds several samples to one device in a single request.

        All data sent this way is processed by the output connectors and rules of the device's data flow, therefore `data` has to match the output of the device type script. If not specified, `timestamp` is set to the current time and `topic` to `default`.

        **Body**: array of `{data, timestamp, topic}` objects.

        ``POST /v3/devices/{device_id}/backfill/bulk``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/devices/{device_id}/backfill/bulk",
            cast_to=object,
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncBackfillingResourceWithRawResponse:
    """Like ``AsyncBackfillingResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncBackfillingResource) -> None:
        self._target = target
        self.backfill_device_data = async_to_raw_response_wrapper(target.backfill_device_data)
        self.bulk_backfill_device_data = async_to_raw_response_wrapper(
            target.bulk_backfill_device_data
        )
