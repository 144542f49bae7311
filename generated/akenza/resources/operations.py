"""Operations

Status of long-running, asynchronous operations."""

from __future__ import annotations

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["OperationsResource", "AsyncOperationsResource"]


class OperationsResource(SyncAPIResource):
    """Status of long-running, asynchronous operations."""

    def get_operation_by_id(
        self,
        operation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
            path_params={"operation_id": operation_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncOperationsResource(AsyncAPIResource):
    """Status of long-running, asynchronous operations."""

    async def get_operation_by_id(
        self,
        operation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
            path_params={"operation_id": operation_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
