"""Data Queries

Raw data stored in the akenza database. See https://docs.akenza.io/akenza.io/get-started/reference/api-documentation/querying-device-data for choosing the right data product.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import DeviceData, ErrorBody, LatestSample, QueryDeviceDataRequest

if TYPE_CHECKING:
    pass

__all__ = [
    "DataQueriesResource",
    "AsyncDataQueriesResource",
    "DataQueriesResourceWithRawResponse",
    "AsyncDataQueriesResourceWithRawResponse",
]


class DataQueriesResource(SyncAPIResource):
    """Raw data stored in the akenza database. See https://docs.akenza.io/akenza.io/get-started/reference/api-documentation/querying-device-data for choosing the right data product."""

    @cached_property
    def with_raw_response(self) -> DataQueriesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return DataQueriesResourceWithRawResponse(self)

    def query_device_data(
        self,
        device_id: str,
        *,
        body: QueryDeviceDataRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> list[DeviceData]:
        """Query device data

        Queries raw samples of a device from the akenza database, newest first. Use it when no aggregation is needed and a high time resolution is required.

        **Body** (all optional)
        - `timestamp` (object) — range filter with `gt`, `gte`, `lt`, `lte` (ISO-8601 instants)
        - `topic` (string, default `default`) — data topic; `*` returns all topics
        - `limit` (integer, default `8000`) — maximum number of samples
        - `skip` (integer, default `0`) — number of samples to skip (offset pagination)

        ``POST /v3/devices/{device_id}/query``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/devices/{device_id}/query",
            cast_to=list[DeviceData],
            path_params={"device_id": device_id},
            json=body,
            errors={400: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_device_data_topics(
        self,
        device_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> list[str]:
        """List device data topics

        Returns the data topics a device has stored samples for.

        ``GET /v3/devices/{device_id}/query/topics``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return self._client._request(
            "GET",
            "/v3/devices/{device_id}/query/topics",
            cast_to=list[str],
            path_params={"device_id": device_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_latest_sample(
        self,
        device_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> LatestSample:
        """Get latest sample

        Returns the most recent sample of a device.

        ``GET /v3/devices/{device_id}/query/latest-sample``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return self._client._request(
            "GET",
            "/v3/devices/{device_id}/query/latest-sample",
            cast_to=LatestSample,
            path_params={"device_id": device_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class DataQueriesResourceWithRawResponse:
    """Like ``DataQueriesResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: DataQueriesResource) -> None:
        self._target = target
        self.query_device_data = to_raw_response_wrapper(target.query_device_data)
        self.list_device_data_topics = to_raw_response_wrapper(target.list_device_data_topics)
        self.get_latest_sample = to_raw_response_wrapper(target.get_latest_sample)


class AsyncDataQueriesResource(AsyncAPIResource):
    """Raw data stored in the akenza database. See https://docs.akenza.io/akenza.io/get-started/reference/api-documentation/querying-device-data for choosing the right data product."""

    @cached_property
    def with_raw_response(self) -> AsyncDataQueriesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncDataQueriesResourceWithRawResponse(self)

    async def query_device_data(
        self,
        device_id: str,
        *,
        body: QueryDeviceDataRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> list[DeviceData]:
        """Query device data

        Queries raw samples of a device from the akenza database, newest first. Use it when no aggregation is needed and a high time resolution is required.

        **Body** (all optional)
        - `timestamp` (object) — range filter with `gt`, `gte`, `lt`, `lte` (ISO-8601 instants)
        - `topic` (string, default `default`) — data topic; `*` returns all topics
        - `limit` (integer, default `8000`) — maximum number of samples
        - `skip` (integer, default `0`) — number of samples to skip (offset pagination)

        ``POST /v3/devices/{device_id}/query``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/devices/{device_id}/query",
            cast_to=list[DeviceData],
            path_params={"device_id": device_id},
            json=body,
            errors={400: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_device_data_topics(
        self,
        device_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> list[str]:
        """List device data topics

        Returns the data topics a device has stored samples for.

        ``GET /v3/devices/{device_id}/query/topics``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return await self._client._request(
            "GET",
            "/v3/devices/{device_id}/query/topics",
            cast_to=list[str],
            path_params={"device_id": device_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_latest_sample(
        self,
        device_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> LatestSample:
        """Get latest sample

        Returns the most recent sample of a device.

        ``GET /v3/devices/{device_id}/query/latest-sample``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return await self._client._request(
            "GET",
            "/v3/devices/{device_id}/query/latest-sample",
            cast_to=LatestSample,
            path_params={"device_id": device_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncDataQueriesResourceWithRawResponse:
    """Like ``AsyncDataQueriesResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncDataQueriesResource) -> None:
        self._target = target
        self.query_device_data = async_to_raw_response_wrapper(target.query_device_data)
        self.list_device_data_topics = async_to_raw_response_wrapper(target.list_device_data_topics)
        self.get_latest_sample = async_to_raw_response_wrapper(target.get_latest_sample)
