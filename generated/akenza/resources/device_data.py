"""Device Data

Reading (queries, aggregations) and writing (backfilling) device data."""

from __future__ import annotations

from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource
from .aggregations import AggregationsResource, AsyncAggregationsResource
from .backfilling import AsyncBackfillingResource, BackfillingResource
from .data_queries import AsyncDataQueriesResource, DataQueriesResource

__all__ = ["DeviceDataResource", "AsyncDeviceDataResource"]


class DeviceDataResource(SyncAPIResource):
    """Reading (queries, aggregations) and writing (backfilling) device data."""

    @cached_property
    def data_queries(self) -> DataQueriesResource:
        """Raw data stored in the akenza database. See https://docs.akenza.io/akenza.io/get-started/reference/api-documentation/querying-device-data for choosing the right data product."""
        return DataQueriesResource(self._client)

    @cached_property
    def aggregations(self) -> AggregationsResource:
        """Time series and KPI aggregations computed from raw data (`/query/raw/...`) or from akenza's automatically generated hourly aggregates (`/query/aggregated/hourly/...`)."""
        return AggregationsResource(self._client)

    @cached_property
    def backfilling(self) -> BackfillingResource:
        """Backfilling adds data to a device using an HTTP endpoint, either individually or in bulk for a single device."""
        return BackfillingResource(self._client)


class AsyncDeviceDataResource(AsyncAPIResource):
    """Reading (queries, aggregations) and writing (backfilling) device data."""

    @cached_property
    def data_queries(self) -> AsyncDataQueriesResource:
        """Raw data stored in the akenza database. See https://docs.akenza.io/akenza.io/get-started/reference/api-documentation/querying-device-data for choosing the right data product."""
        return AsyncDataQueriesResource(self._client)

    @cached_property
    def aggregations(self) -> AsyncAggregationsResource:
        """Time series and KPI aggregations computed from raw data (`/query/raw/...`) or from akenza's automatically generated hourly aggregates (`/query/aggregated/hourly/...`)."""
        return AsyncAggregationsResource(self._client)

    @cached_property
    def backfilling(self) -> AsyncBackfillingResource:
        """Backfilling adds data to a device using an HTTP endpoint, either individually or in bulk for a single device."""
        return AsyncBackfillingResource(self._client)
