"""Operations

Status of long-running, asynchronous operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import Operation

if TYPE_CHECKING:
    pass

__all__ = [
    "OperationsResource",
    "AsyncOperationsResource",
    "OperationsResourceWithRawResponse",
    "AsyncOperationsResourceWithRawResponse",
]


class OperationsResource(SyncAPIResource):
    """Status of long-running, asynchronous operations."""

    @cached_property
    def with_raw_response(self) -> OperationsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return OperationsResourceWithRawResponse(self)

    def get_operation_by_id(
        self,
        operation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Operation:
        """Get operation by id

        Returns the status of an asynchronous operation (bulk actions, integration syncs, data exports/deletions) with its individual actions.

        `type` is one of `BULK_CREATE`, `BULK_REGISTER`, `BULK_DEREGISTER`, `BULK_UPDATE`, `BULK_DELETE`, `BULK_ACTIVATE`, `BULK_DEACTIVATE`, `INTEGRATION_SYNC`, `INTEGRATION_DELETE`, `DATA_EXPORT`, `DATA_DELETE`. Action `state` is `STARTED`, `SUCCEEDED` or `FAILED`. `completed` and `succeeded` are `null` while the operation is running.

        ``GET /v3/operations/{operation_id}``

        Args:
            operation_id: The operation id.
        """
        return self._client._request(
            "GET",
            "/v3/operations/{operation_id}",
            cast_to=Operation,
            path_params={"operation_id": operation_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class OperationsResourceWithRawResponse:
    """Like ``OperationsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: OperationsResource) -> None:
        self._target = target
        self.get_operation_by_id = to_raw_response_wrapper(target.get_operation_by_id)


class AsyncOperationsResource(AsyncAPIResource):
    """Status of long-running, asynchronous operations."""

    @cached_property
    def with_raw_response(self) -> AsyncOperationsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncOperationsResourceWithRawResponse(self)

    async def get_operation_by_id(
        self,
        operation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Operation:
        """Get operation by id

        Returns the status of an asynchronous operation (bulk actions, integration syncs, data exports/deletions) with its individual actions.

        `type` is one of `BULK_CREATE`, `BULK_REGISTER`, `BULK_DEREGISTER`, `BULK_UPDATE`, `BULK_DELETE`, `BULK_ACTIVATE`, `BULK_DEACTIVATE`, `INTEGRATION_SYNC`, `INTEGRATION_DELETE`, `DATA_EXPORT`, `DATA_DELETE`. Action `state` is `STARTED`, `SUCCEEDED` or `FAILED`. `completed` and `succeeded` are `null` while the operation is running.

        ``GET /v3/operations/{operation_id}``

        Args:
            operation_id: The operation id.
        """
        return await self._client._request(
            "GET",
            "/v3/operations/{operation_id}",
            cast_to=Operation,
            path_params={"operation_id": operation_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncOperationsResourceWithRawResponse:
    """Like ``AsyncOperationsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncOperationsResource) -> None:
        self._target = target
        self.get_operation_by_id = async_to_raw_response_wrapper(target.get_operation_by_id)
