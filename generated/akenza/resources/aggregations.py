"""Aggregations

Time series and KPI aggregations computed from raw data (`/query/raw/...`) or from akenza's automatically generated hourly aggregates (`/query/aggregated/hourly/...`).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import AggregationQuery, KpiAggregationResult, TimeSeriesAggregationResult

if TYPE_CHECKING:
    pass

__all__ = [
    "AggregationsResource",
    "AsyncAggregationsResource",
    "AggregationsResourceWithRawResponse",
    "AsyncAggregationsResourceWithRawResponse",
]


class AggregationsResource(SyncAPIResource):
    """Time series and KPI aggregations computed from raw data (`/query/raw/...`) or from akenza's automatically generated hourly aggregates (`/query/aggregated/hourly/...`)."""

    @cached_property
    def with_raw_response(self) -> AggregationsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AggregationsResourceWithRawResponse(self)

    def query_raw_time_series(
        self,
        device_id: str,
        *,
        body: AggregationQuery | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TimeSeriesAggregationResult:
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
            cast_to=TimeSeriesAggregationResult,
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
        body: AggregationQuery | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> KpiAggregationResult:
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
            cast_to=KpiAggregationResult,
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
        body: AggregationQuery | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TimeSeriesAggregationResult:
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
            cast_to=TimeSeriesAggregationResult,
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
        body: AggregationQuery | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> KpiAggregationResult:
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
            cast_to=KpiAggregationResult,
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AggregationsResourceWithRawResponse:
    """Like ``AggregationsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AggregationsResource) -> None:
        self._target = target
        self.query_raw_time_series = to_raw_response_wrapper(target.query_raw_time_series)
        self.query_raw_kpi = to_raw_response_wrapper(target.query_raw_kpi)
        self.query_hourly_aggregated_time_series = to_raw_response_wrapper(
            target.query_hourly_aggregated_time_series
        )
        self.query_hourly_aggregated_kpi = to_raw_response_wrapper(
            target.query_hourly_aggregated_kpi
        )


class AsyncAggregationsResource(AsyncAPIResource):
    """Time series and KPI aggregations computed from raw data (`/query/raw/...`) or from akenza's automatically generated hourly aggregates (`/query/aggregated/hourly/...`)."""

    @cached_property
    def with_raw_response(self) -> AsyncAggregationsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncAggregationsResourceWithRawResponse(self)

    async def query_raw_time_series(
        self,
        device_id: str,
        *,
        body: AggregationQuery | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TimeSeriesAggregationResult:
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
            cast_to=TimeSeriesAggregationResult,
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
        body: AggregationQuery | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> KpiAggregationResult:
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
            cast_to=KpiAggregationResult,
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
        body: AggregationQuery | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TimeSeriesAggregationResult:
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
            cast_to=TimeSeriesAggregationResult,
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
        body: AggregationQuery | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> KpiAggregationResult:
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
            cast_to=KpiAggregationResult,
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAggregationsResourceWithRawResponse:
    """Like ``AsyncAggregationsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncAggregationsResource) -> None:
        self._target = target
        self.query_raw_time_series = async_to_raw_response_wrapper(target.query_raw_time_series)
        self.query_raw_kpi = async_to_raw_response_wrapper(target.query_raw_kpi)
        self.query_hourly_aggregated_time_series = async_to_raw_response_wrapper(
            target.query_hourly_aggregated_time_series
        )
        self.query_hourly_aggregated_kpi = async_to_raw_response_wrapper(
            target.query_hourly_aggregated_kpi
        )
