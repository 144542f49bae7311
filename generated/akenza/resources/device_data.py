"""Device Data

Reading (queries, aggregations) and writing (backfilling) device data."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from .aggregations import (
        AggregationsResource,
        AggregationsResourceWithRawResponse,
        AsyncAggregationsResource,
        AsyncAggregationsResourceWithRawResponse,
    )
    from .backfilling import (
        AsyncBackfillingResource,
        AsyncBackfillingResourceWithRawResponse,
        BackfillingResource,
        BackfillingResourceWithRawResponse,
    )
    from .data_queries import (
        AsyncDataQueriesResource,
        AsyncDataQueriesResourceWithRawResponse,
        DataQueriesResource,
        DataQueriesResourceWithRawResponse,
    )

__all__ = [
    "DeviceDataResource",
    "AsyncDeviceDataResource",
    "DeviceDataResourceWithRawResponse",
    "AsyncDeviceDataResourceWithRawResponse",
]


class DeviceDataResource(SyncAPIResource):
    """Reading (queries, aggregations) and writing (backfilling) device data."""

    @cached_property
    def with_raw_response(self) -> DeviceDataResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return DeviceDataResourceWithRawResponse(self)

    @cached_property
    def data_queries(self) -> DataQueriesResource:
        """Raw data stored in the akenza database. See https://docs.akenza.io/akenza.io/get-started/reference/api-documentation/querying-device-data for choosing the right data product."""
        from .data_queries import DataQueriesResource

        return DataQueriesResource(self._client)

    @cached_property
    def aggregations(self) -> AggregationsResource:
        """Time series and KPI aggregations computed from raw data (`/query/raw/...`) or from akenza's automatically generated hourly aggregates (`/query/aggregated/hourly/...`)."""
        from .aggregations import AggregationsResource

        return AggregationsResource(self._client)

    @cached_property
    def backfilling(self) -> BackfillingResource:
        """Backfilling adds data to a device using an HTTP endpoint, either individually or in bulk for a single device."""
        from .backfilling import BackfillingResource

        return BackfillingResource(self._client)


class DeviceDataResourceWithRawResponse:
    """Like ``DeviceDataResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: DeviceDataResource) -> None:
        self._target = target

    @cached_property
    def data_queries(self) -> DataQueriesResourceWithRawResponse:
        """Raw data stored in the akenza database. See https://docs.akenza.io/akenza.io/get-started/reference/api-documentation/querying-device-data for choosing the right data product."""
        from .data_queries import DataQueriesResourceWithRawResponse

        return DataQueriesResourceWithRawResponse(self._target.data_queries)

    @cached_property
    def aggregations(self) -> AggregationsResourceWithRawResponse:
        """Time series and KPI aggregations computed from raw data (`/query/raw/...`) or from akenza's automatically generated hourly aggregates (`/query/aggregated/hourly/...`)."""
        from .aggregations import AggregationsResourceWithRawResponse

        return AggregationsResourceWithRawResponse(self._target.aggregations)

    @cached_property
    def backfilling(self) -> BackfillingResourceWithRawResponse:
        """Backfilling adds data to a device using an HTTP endpoint, either individually or in bulk for a single device."""
        from .backfilling import BackfillingResourceWithRawResponse

        return BackfillingResourceWithRawResponse(self._target.backfilling)


class AsyncDeviceDataResource(AsyncAPIResource):
    """Reading (queries, aggregations) and writing (backfilling) device data."""

    @cached_property
    def with_raw_response(self) -> AsyncDeviceDataResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncDeviceDataResourceWithRawResponse(self)

    @cached_property
    def data_queries(self) -> AsyncDataQueriesResource:
        """Raw data stored in the akenza database. See https://docs.akenza.io/akenza.io/get-started/reference/api-documentation/querying-device-data for choosing the right data product."""
        from .data_queries import AsyncDataQueriesResource

        return AsyncDataQueriesResource(self._client)

    @cached_property
    def aggregations(self) -> AsyncAggregationsResource:
        """Time series and KPI aggregations computed from raw data (`/query/raw/...`) or from akenza's automatically generated hourly aggregates (`/query/aggregated/hourly/...`)."""
        from .aggregations import AsyncAggregationsResource

        return AsyncAggregationsResource(self._client)

    @cached_property
    def backfilling(self) -> AsyncBackfillingResource:
        """Backfilling adds data to a device using an HTTP endpoint, either individually or in bulk for a single device."""
        from .backfilling import AsyncBackfillingResource

        return AsyncBackfillingResource(self._client)


class AsyncDeviceDataResourceWithRawResponse:
    """Like ``AsyncDeviceDataResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncDeviceDataResource) -> None:
        self._target = target

    @cached_property
    def data_queries(self) -> AsyncDataQueriesResourceWithRawResponse:
        """Raw data stored in the akenza database. See https://docs.akenza.io/akenza.io/get-started/reference/api-documentation/querying-device-data for choosing the right data product."""
        from .data_queries import AsyncDataQueriesResourceWithRawResponse

        return AsyncDataQueriesResourceWithRawResponse(self._target.data_queries)

    @cached_property
    def aggregations(self) -> AsyncAggregationsResourceWithRawResponse:
        """Time series and KPI aggregations computed from raw data (`/query/raw/...`) or from akenza's automatically generated hourly aggregates (`/query/aggregated/hourly/...`)."""
        from .aggregations import AsyncAggregationsResourceWithRawResponse

        return AsyncAggregationsResourceWithRawResponse(self._target.aggregations)

    @cached_property
    def backfilling(self) -> AsyncBackfillingResourceWithRawResponse:
        """Backfilling adds data to a device using an HTTP endpoint, either individually or in bulk for a single device."""
        from .backfilling import AsyncBackfillingResourceWithRawResponse

        return AsyncBackfillingResourceWithRawResponse(self._target.backfilling)
