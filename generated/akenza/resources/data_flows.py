"""Data Flows

A data flow routes uplinks from a device connector through a device type to output connectors."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import CreateDataFlowRequest, DataFlow, UpdateDataFlowRequest

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, SyncPage

__all__ = [
    "DataFlowsResource",
    "AsyncDataFlowsResource",
    "DataFlowsResourceWithRawResponse",
    "AsyncDataFlowsResourceWithRawResponse",
]


class DataFlowsResource(SyncAPIResource):
    """A data flow routes uplinks from a device connector through a device type to output connectors."""

    @cached_property
    def with_raw_response(self) -> DataFlowsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return DataFlowsResourceWithRawResponse(self)

    def list_data_flows(
        self,
        *,
        workspace_id: str,
        search: str | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[DataFlow]:
        """List data flows

        Lists the data flows of a workspace as a paginated Spring page.

        ``GET /v3/data-flows``

        Args:
            workspace_id: (Required) The workspace id.
            search: Free-text search on the data flow name.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/data-flows",
            cast_to=DataFlow,
            query={
                "workspaceId": workspace_id,
                "search": search,
                "page": page,
                "size": size,
                "sort": sort,
            },
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_data_flow_by_id(
        self,
        data_flow_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DataFlow:
        """Get data flow by id

        Returns a data flow with its device connector, device type and output connectors expanded.

        ``GET /v3/data-flows/{data_flow_id}``

        Args:
            data_flow_id: The data flow id.
        """
        return self._client._request(
            "GET",
            "/v3/data-flows/{data_flow_id}",
            cast_to=DataFlow,
            path_params={"data_flow_id": data_flow_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_data_flow(
        self,
        *,
        body: CreateDataFlowRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DataFlow:
        """Create data flow

        Creates a data flow connecting a device connector, an optional device type and output connectors.

        **Body**
        - `name` (string, required)
        - `workspaceId` (string)
        - `description` (string, optional)
        - `deviceConnector` (`{id}`, required)
        - `deviceType` (`{id}`, optional) — omitted for pass-through data flows
        - `outputConnectors` (array of `{id, topic}`, required) — `topic` defaults to `*` (all topics); the akenza database output connector has the id `0900000000000000`
        - `isPassThrough` (boolean, default `true`) — responses expose this flag as `passThrough`

        ``POST /v3/data-flows``

        Args:
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/data-flows",
            cast_to=DataFlow,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_data_flow(
        self,
        data_flow_id: str,
        *,
        body: UpdateDataFlowRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DataFlow:
        """Update data flow

        Updates a data flow. The device connector cannot be changed.

        **Body**: `id`, `name`, `outputConnectors` (required); `deviceType`, `isPassThrough`, `description` (optional).

        ``PUT /v3/data-flows/{data_flow_id}``

        Args:
            data_flow_id: The data flow id.
            body: The JSON request body.
        """
        return self._client._request(
            "PUT",
            "/v3/data-flows/{data_flow_id}",
            cast_to=DataFlow,
            path_params={"data_flow_id": data_flow_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_data_flow(
        self,
        data_flow_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete data flow

        Deletes a data flow. Returns `204 No Content`.

        ``DELETE /v3/data-flows/{data_flow_id}``

        Args:
            data_flow_id: The data flow id.
        """
        return self._client._request(
            "DELETE",
            "/v3/data-flows/{data_flow_id}",
            cast_to=type(None),
            path_params={"data_flow_id": data_flow_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class DataFlowsResourceWithRawResponse:
    """Like ``DataFlowsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: DataFlowsResource) -> None:
        self._target = target
        self.list_data_flows = to_raw_response_wrapper(target.list_data_flows)
        self.get_data_flow_by_id = to_raw_response_wrapper(target.get_data_flow_by_id)
        self.create_data_flow = to_raw_response_wrapper(target.create_data_flow)
        self.update_data_flow = to_raw_response_wrapper(target.update_data_flow)
        self.delete_data_flow = to_raw_response_wrapper(target.delete_data_flow)


class AsyncDataFlowsResource(AsyncAPIResource):
    """A data flow routes uplinks from a device connector through a device type to output connectors."""

    @cached_property
    def with_raw_response(self) -> AsyncDataFlowsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncDataFlowsResourceWithRawResponse(self)

    def list_data_flows(
        self,
        *,
        workspace_id: str,
        search: str | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[DataFlow]:
        """List data flows

        Lists the data flows of a workspace as a paginated Spring page.

        ``GET /v3/data-flows``

        Args:
            workspace_id: (Required) The workspace id.
            search: Free-text search on the data flow name.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/data-flows",
            cast_to=DataFlow,
            query={
                "workspaceId": workspace_id,
                "search": search,
                "page": page,
                "size": size,
                "sort": sort,
            },
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_data_flow_by_id(
        self,
        data_flow_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DataFlow:
        """Get data flow by id

        Returns a data flow with its device connector, device type and output connectors expanded.

        ``GET /v3/data-flows/{data_flow_id}``

        Args:
            data_flow_id: The data flow id.
        """
        return await self._client._request(
            "GET",
            "/v3/data-flows/{data_flow_id}",
            cast_to=DataFlow,
            path_params={"data_flow_id": data_flow_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_data_flow(
        self,
        *,
        body: CreateDataFlowRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DataFlow:
        """Create data flow

        Creates a data flow connecting a device connector, an optional device type and output connectors.

        **Body**
        - `name` (string, required)
        - `workspaceId` (string)
        - `description` (string, optional)
        - `deviceConnector` (`{id}`, required)
        - `deviceType` (`{id}`, optional) — omitted for pass-through data flows
        - `outputConnectors` (array of `{id, topic}`, required) — `topic` defaults to `*` (all topics); the akenza database output connector has the id `0900000000000000`
        - `isPassThrough` (boolean, default `true`) — responses expose this flag as `passThrough`

        ``POST /v3/data-flows``

        Args:
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/data-flows",
            cast_to=DataFlow,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_data_flow(
        self,
        data_flow_id: str,
        *,
        body: UpdateDataFlowRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DataFlow:
        """Update data flow

        Updates a data flow. The device connector cannot be changed.

        **Body**: `id`, `name`, `outputConnectors` (required); `deviceType`, `isPassThrough`, `description` (optional).

        ``PUT /v3/data-flows/{data_flow_id}``

        Args:
            data_flow_id: The data flow id.
            body: The JSON request body.
        """
        return await self._client._request(
            "PUT",
            "/v3/data-flows/{data_flow_id}",
            cast_to=DataFlow,
            path_params={"data_flow_id": data_flow_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_data_flow(
        self,
        data_flow_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete data flow

        Deletes a data flow. Returns `204 No Content`.

        ``DELETE /v3/data-flows/{data_flow_id}``

        Args:
            data_flow_id: The data flow id.
        """
        return await self._client._request(
            "DELETE",
            "/v3/data-flows/{data_flow_id}",
            cast_to=type(None),
            path_params={"data_flow_id": data_flow_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncDataFlowsResourceWithRawResponse:
    """Like ``AsyncDataFlowsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncDataFlowsResource) -> None:
        self._target = target
        self.list_data_flows = async_to_raw_response_wrapper(target.list_data_flows)
        self.get_data_flow_by_id = async_to_raw_response_wrapper(target.get_data_flow_by_id)
        self.create_data_flow = async_to_raw_response_wrapper(target.create_data_flow)
        self.update_data_flow = async_to_raw_response_wrapper(target.update_data_flow)
        self.delete_data_flow = async_to_raw_response_wrapper(target.delete_data_flow)
