"""Custom Fields

Custom field definitions (metadata) of a workspace. Values are set per device via the `customFields` array of the device endpoints.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import CreateCustomFieldRequest, CustomFieldMetadata, UpdateCustomFieldRequest

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, SyncPage

__all__ = [
    "CustomFieldsResource",
    "AsyncCustomFieldsResource",
    "CustomFieldsResourceWithRawResponse",
    "AsyncCustomFieldsResourceWithRawResponse",
]


class CustomFieldsResource(SyncAPIResource):
    """Custom field definitions (metadata) of a workspace. Values are set per device via the `customFields` array of the device endpoints."""

    @cached_property
    def with_raw_response(self) -> CustomFieldsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return CustomFieldsResourceWithRawResponse(self)

    def list_custom_fields(
        self,
        *,
        workspace_id: str,
        search: str | None = None,
        type_: str | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[CustomFieldMetadata]:
        """List custom fields

        Lists the custom field definitions (metadata) of a workspace as a paginated Spring page.

        ``GET /v3/custom-fields/meta``

        Args:
            workspace_id: (Required) The workspace id.
            search: Free-text search on the custom field name.
            type_: Filter by type: `NUMBER`, `STRING`, `DATE`, `JSON` or `GPS_COORDINATES`. Example: `STRING`.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/custom-fields/meta",
            cast_to=CustomFieldMetadata,
            query={
                "workspaceId": workspace_id,
                "search": search,
                "type": type_,
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

    def get_custom_field_by_id(
        self,
        custom_field_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomFieldMetadata:
        """Get custom field by id

        Returns a custom field definition.

        ``GET /v3/custom-fields/meta/{custom_field_id}``

        Args:
            custom_field_id: The custom field (metadata) id.
        """
        return self._client._request(
            "GET",
            "/v3/custom-fields/meta/{custom_field_id}",
            cast_to=CustomFieldMetadata,
            path_params={"custom_field_id": custom_field_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_custom_field(
        self,
        *,
        body: CreateCustomFieldRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomFieldMetadata:
        """Create custom field

        Creates a custom field definition.

        **Body**: `workspaceId`, `name`, `type` (`NUMBER`, `STRING`, `DATE`, `JSON`, `GPS_COORDINATES`) (required); `description`, `required` (boolean, default `false`), `selectOptions` (array of strings) (optional).

        ``POST /v3/custom-fields/meta``

        Args:
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/custom-fields/meta",
            cast_to=CustomFieldMetadata,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_custom_field(
        self,
        custom_field_id: str,
        *,
        body: UpdateCustomFieldRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomFieldMetadata:
        """Update custom field

        Updates a custom field definition. The `type` cannot be changed.

        **Body**: `id`, `name`, `required` (required); `description`, `selectOptions` (optional).

        ``PUT /v3/custom-fields/meta/{custom_field_id}``

        Args:
            custom_field_id: The custom field (metadata) id.
            body: The JSON request body.
        """
        return self._client._request(
            "PUT",
            "/v3/custom-fields/meta/{custom_field_id}",
            cast_to=CustomFieldMetadata,
            path_params={"custom_field_id": custom_field_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_custom_field(
        self,
        custom_field_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete custom field

        Deletes a custom field definition. Returns `204 No Content`.

        ``DELETE /v3/custom-fields/meta/{custom_field_id}``

        Args:
            custom_field_id: The custom field (metadata) id.
        """
        return self._client._request(
            "DELETE",
            "/v3/custom-fields/meta/{custom_field_id}",
            cast_to=type(None),
            path_params={"custom_field_id": custom_field_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class CustomFieldsResourceWithRawResponse:
    """Like ``CustomFieldsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: CustomFieldsResource) -> None:
        self._target = target
        self.list_custom_fields = to_raw_response_wrapper(target.list_custom_fields)
        self.get_custom_field_by_id = to_raw_response_wrapper(target.get_custom_field_by_id)
        self.create_custom_field = to_raw_response_wrapper(target.create_custom_field)
        self.update_custom_field = to_raw_response_wrapper(target.update_custom_field)
        self.delete_custom_field = to_raw_response_wrapper(target.delete_custom_field)


class AsyncCustomFieldsResource(AsyncAPIResource):
    """Custom field definitions (metadata) of a workspace. Values are set per device via the `customFields` array of the device endpoints."""

    @cached_property
    def with_raw_response(self) -> AsyncCustomFieldsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncCustomFieldsResourceWithRawResponse(self)

    def list_custom_fields(
        self,
        *,
        workspace_id: str,
        search: str | None = None,
        type_: str | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[CustomFieldMetadata]:
        """List custom fields

        Lists the custom field definitions (metadata) of a workspace as a paginated Spring page.

        ``GET /v3/custom-fields/meta``

        Args:
            workspace_id: (Required) The workspace id.
            search: Free-text search on the custom field name.
            type_: Filter by type: `NUMBER`, `STRING`, `DATE`, `JSON` or `GPS_COORDINATES`. Example: `STRING`.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/custom-fields/meta",
            cast_to=CustomFieldMetadata,
            query={
                "workspaceId": workspace_id,
                "search": search,
                "type": type_,
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

    async def get_custom_field_by_id(
        self,
        custom_field_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomFieldMetadata:
        """Get custom field by id

        Returns a custom field definition.

        ``GET /v3/custom-fields/meta/{custom_field_id}``

        Args:
            custom_field_id: The custom field (metadata) id.
        """
        return await self._client._request(
            "GET",
            "/v3/custom-fields/meta/{custom_field_id}",
            cast_to=CustomFieldMetadata,
            path_params={"custom_field_id": custom_field_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_custom_field(
        self,
        *,
        body: CreateCustomFieldRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomFieldMetadata:
        """Create custom field

        Creates a custom field definition.

        **Body**: `workspaceId`, `name`, `type` (`NUMBER`, `STRING`, `DATE`, `JSON`, `GPS_COORDINATES`) (required); `description`, `required` (boolean, default `false`), `selectOptions` (array of strings) (optional).

        ``POST /v3/custom-fields/meta``

        Args:
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/custom-fields/meta",
            cast_to=CustomFieldMetadata,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_custom_field(
        self,
        custom_field_id: str,
        *,
        body: UpdateCustomFieldRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomFieldMetadata:
        """Update custom field

        Updates a custom field definition. The `type` cannot be changed.

        **Body**: `id`, `name`, `required` (required); `description`, `selectOptions` (optional).

        ``PUT /v3/custom-fields/meta/{custom_field_id}``

        Args:
            custom_field_id: The custom field (metadata) id.
            body: The JSON request body.
        """
        return await self._client._request(
            "PUT",
            "/v3/custom-fields/meta/{custom_field_id}",
            cast_to=CustomFieldMetadata,
            path_params={"custom_field_id": custom_field_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_custom_field(
        self,
        custom_field_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete custom field

        Deletes a custom field definition. Returns `204 No Content`.

        ``DELETE /v3/custom-fields/meta/{custom_field_id}``

        Args:
            custom_field_id: The custom field (metadata) id.
        """
        return await self._client._request(
            "DELETE",
            "/v3/custom-fields/meta/{custom_field_id}",
            cast_to=type(None),
            path_params={"custom_field_id": custom_field_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncCustomFieldsResourceWithRawResponse:
    """Like ``AsyncCustomFieldsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncCustomFieldsResource) -> None:
        self._target = target
        self.list_custom_fields = async_to_raw_response_wrapper(target.list_custom_fields)
        self.get_custom_field_by_id = async_to_raw_response_wrapper(target.get_custom_field_by_id)
        self.create_custom_field = async_to_raw_response_wrapper(target.create_custom_field)
        self.update_custom_field = async_to_raw_response_wrapper(target.update_custom_field)
        self.delete_custom_field = async_to_raw_response_wrapper(target.delete_custom_field)
