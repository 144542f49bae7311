"""Aggregations

Time series and KPI aggregations computed from raw data (`/query/raw/...`) or from akenza's automatically generated hourly aggregates (`/query/aggregated/hourly/...`).
"""

from __future__ import annotations

from typing import Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["AggregationsResource", "AsyncAggregationsResource"]


class AggregationsResource(SyncAPIResource):
    """Time series and KPI aggregations computed from raw data (`/query/raw/...`) or from akenza's automatically generated hourly aggregates (`/query/aggregated/hourly/...`)."""

    def query_raw_time_series(
        self,
        device_id: str,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Query raw time series

        Aggregates raw samples into a time series (bucketing/resampling). Suited for timespans up to about 24 hours.

        **Body**
        - `topic` (string, default `default`)
        - `dataKey` (string, required) — the measurement key, e.g. `co2`
        - `accumulator` (required) — `MIN`, `MAX`, `AVG`, `SUM`, `COUNT`, `FIRST`, `MATCHED_COUNT`, `UNMATCHED_COUNT`, `NONE`
        - `interval` (object, required) — `from`, `to` (ISO-8601 instants)
        - `bucketInterval` (ISO-8601 duration, default `PT1H`) — bucket size of the returned time series

        **Response**: `{deviceId, topic, dataKey, dataPoints: [number|null], timestamps: [instant]}`

        ``POST /v3/devices/{device_id}/query/raw/time-series``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/devices/{device_id}/query/raw/time-series",
            cast_to=type(None),
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def query_raw_kpi(
        self,
        device_id: str,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Query raw KPI

        Aggregates raw samples into a single number (KPI). Suited for timespans up to about 24 hours.

        **Body**
        - `topic` (string, default `default`)
        - `dataKey` (string, required) — the measurement key, e.g. `co2`
        - `accumulator` (required) — `MIN`, `MAX`, `AVG`, `SUM`, `COUNT`, `FIRST`, `MATCHED_COUNT`, `UNMATCHED_COUNT`, `NONE`
        - `interval` (object, required) — `from`, `to` (ISO-8601 instants)
        - `bucketInterval` (ISO-8601 duration, default `PT1H`) — bucket size (ignored for KPIs)

        **Response**: `{deviceId, topic, dataKey, kpi: number|null}`

        ``POST /v3/devices/{device_id}/query/raw/kpi``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/devices/{device_id}/query/raw/kpi",
            cast_to=type(None),
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def query_hourly_aggregated_time_series(
        self,
        device_id: str,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Query hourly aggregated time series

        Builds a time series from the pre-computed hourly aggregates. Efficient for long timespans (more than 24 hours).

        **Body**
        - `topic` (string, default `default`)
        - `dataKey` (string, required) — the measurement key, e.g. `co2`
        - `accumulator` (required) — `MIN`, `MAX`, `AVG`, `SUM`, `COUNT`, `FIRST`, `MATCHED_COUNT`, `UNMATCHED_COUNT`, `NONE`
        - `interval` (object, required) — `from`, `to` (ISO-8601 instants)
        - `bucketInterval` (ISO-8601 duration, default `PT1H`) — bucket size of the returned time series

        **Response**: `{deviceId, topic, dataKey, dataPoints: [number|null], timestamps: [instant]}`

        ``POST /v3/devices/{device_id}/query/aggregated/hourly/time-series``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/devices/{device_id}/query/aggregated/hourly/time-series",
            cast_to=type(None),
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def query_hourly_aggregated_kpi(
        self,
        device_id: str,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Query hourly aggregated KPI

        Computes a single number (KPI) from the pre-computed hourly aggregates. Efficient for long timespans.

        **Body**
        - `topic` (string, default `default`)
        - `dataKey` (string, required) — the measurement key, e.g. `co2`
        - `accumulator` (required) — `MIN`, `MAX`, `AVG`, `SUM`, `COUNT`, `FIRST`, `MATCHED_COUNT`, `UNMATCHED_COUNT`, `NONE`
        - `interval` (object, required) — `from`, `to` (ISO-8601 instants)
        - `bucketInterval` (ISO-8601 duration, default `PT1H`) — bucket size (ignored for KPIs)

        **Response**: `{deviceId, topic, dataKey, kpi: number|null}`

        ``POST /v3/devices/{device_id}/query/aggregated/hourly/kpi``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/devices/{device_id}/query/aggregated/hourly/kpi",
            cast_to=type(None),
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAggregationsResource(AsyncAPIResource):
    """Time series and KPI aggregations computed from raw data (`/query/raw/...`) or from akenza's automatically generated hourly aggregates (`/query/aggregated/hourly/...`)."""

    async def query_raw_time_series(
        self,
        device_id: str,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Query raw time series

        Aggregates raw samples into a time series (bucketing/resampling). Suited for timespans up to about 24 hours.

        **Body**
        - `topic` (string, default `default`)
        - `dataKey` (string, required) — the measurement key, e.g. `co2`
        - `accumulator` (required) — `MIN`, `MAX`, `AVG`, `SUM`, `COUNT`, `FIRST`, `MATCHED_COUNT`, `UNMATCHED_COUNT`, `NONE`
        - `interval` (object, required) — `from`, `to` (ISO-8601 instants)
        - `bucketInterval` (ISO-8601 duration, default `PT1H`) — bucket size of the returned time series

        **Response**: `{deviceId, topic, dataKey, dataPoints: [number|null], timestamps: [instant]}`

        ``POST /v3/devices/{device_id}/query/raw/time-series``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/devices/{device_id}/query/raw/time-series",
            cast_to=type(None),
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def query_raw_kpi(
        self,
        device_id: str,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Query raw KPI

        Aggregates raw samples into a single number (KPI). Suited for timespans up to about 24 hours.

        **Body**
        - `topic` (string, default `default`)
        - `dataKey` (string, required) — the measurement key, e.g. `co2`
        - `accumulator` (required) — `MIN`, `MAX`, `AVG`, `SUM`, `COUNT`, `FIRST`, `MATCHED_COUNT`, `UNMATCHED_COUNT`, `NONE`
        - `interval` (object, required) — `from`, `to` (ISO-8601 instants)
        - `bucketInterval` (ISO-8601 duration, default `PT1H`) — bucket size (ignored for KPIs)

        **Response**: `{deviceId, topic, dataKey, kpi: number|null}`

        ``POST /v3/devices/{device_id}/query/raw/kpi``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/devices/{device_id}/query/raw/kpi",
            cast_to=type(None),
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def query_hourly_aggregated_time_series(
        self,
        device_id: str,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Query hourly aggregated time series

        Builds a time series from the pre-computed hourly aggregates. Efficient for long timespans (more than 24 hours).

        **Body**
        - `topic` (string, default `default`)
        - `dataKey` (string, required) — the measurement key, e.g. `co2`
        - `accumulator` (required) — `MIN`, `MAX`, `AVG`, `SUM`, `COUNT`, `FIRST`, `MATCHED_COUNT`, `UNMATCHED_COUNT`, `NONE`
        - `interval` (object, required) — `from`, `to` (ISO-8601 instants)
        - `bucketInterval` (ISO-8601 duration, default `PT1H`) — bucket size of the returned time series

        **Response**: `{deviceId, topic, dataKey, dataPoints: [number|null], timestamps: [instant]}`

        ``POST /v3/devices/{device_id}/query/aggregated/hourly/time-series``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/devices/{device_id}/query/aggregated/hourly/time-series",
            cast_to=type(None),
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def query_hourly_aggregated_kpi(
        self,
        device_id: str,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Query hourly aggregated KPI

        Computes a single number (KPI) from the pre-computed hourly aggregates. Efficient for long timespans.

        **Body**
        - `topic` (string, default `default`)
        - `dataKey` (string, required) — the measurement key, e.g. `co2`
        - `accumulator` (required) — `MIN`, `MAX`, `AVG`, `SUM`, `COUNT`, `FIRST`, `MATCHED_COUNT`, `UNMATCHED_COUNT`, `NONE`
        - `interval` (object, required) — `from`, `to` (ISO-8601 instants)
        - `bucketInterval` (ISO-8601 duration, default `PT1H`) — bucket size (ignored for KPIs)

        **Response**: `{deviceId, topic, dataKey, kpi: number|null}`

        ``POST /v3/devices/{device_id}/query/aggregated/hourly/kpi``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/devices/{device_id}/query/aggregated/hourly/kpi",
            cast_to=type(None),
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
