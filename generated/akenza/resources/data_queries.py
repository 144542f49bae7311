"""Data Queries

Raw data stored in the akenza database. See https://docs.akenza.io/akenza.io/get-started/reference/api-documentation/querying-device-data for choosing the right data product.
"""

from __future__ import annotations

from typing import Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["DataQueriesResource", "AsyncDataQueriesResource"]


class DataQueriesResource(SyncAPIResource):
    """Raw data stored in the akenza database. See https://docs.akenza.io/akenza.io/get-started/reference/api-documentation/querying-device-data for choosing the right data product."""

    def query_device_data(
        self,
        device_id: str,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
            path_params={"device_id": device_id},
            json=body,
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
    ) -> None:
        """List device data topics

        Returns the data topics a device has stored samples for.

        ``GET /v3/devices/{device_id}/query/topics``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return self._client._request(
            "GET",
            "/v3/devices/{device_id}/query/topics",
            cast_to=type(None),
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
    ) -> None:
        """Get latest sample

        Returns the most recent sample of a device.

        ``GET /v3/devices/{device_id}/query/latest-sample``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return self._client._request(
            "GET",
            "/v3/devices/{device_id}/query/latest-sample",
            cast_to=type(None),
            path_params={"device_id": device_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncDataQueriesResource(AsyncAPIResource):
    """Raw data stored in the akenza database. See https://docs.akenza.io/akenza.io/get-started/reference/api-documentation/querying-device-data for choosing the right data product."""

    async def query_device_data(
        self,
        device_id: str,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
            path_params={"device_id": device_id},
            json=body,
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
    ) -> None:
        """List device data topics

        Returns the data topics a device has stored samples for.

        ``GET /v3/devices/{device_id}/query/topics``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return await self._client._request(
            "GET",
            "/v3/devices/{device_id}/query/topics",
            cast_to=type(None),
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
    ) -> None:
        """Get latest sample

        Returns the most recent sample of a device.

        ``GET /v3/devices/{device_id}/query/latest-sample``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return await self._client._request(
            "GET",
            "/v3/devices/{device_id}/query/latest-sample",
            cast_to=type(None),
            path_params={"device_id": device_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
