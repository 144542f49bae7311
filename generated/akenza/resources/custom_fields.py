"""Custom Fields

Custom field definitions (metadata) of a workspace. Values are set per device via the `customFields` array of the device endpoints.
"""

from __future__ import annotations

from typing import Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["CustomFieldsResource", "AsyncCustomFieldsResource"]


class CustomFieldsResource(SyncAPIResource):
    """Custom field definitions (metadata) of a workspace. Values are set per device via the `customFields` array of the device endpoints."""

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
    ) -> None:
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
        return self._client._request(
            "GET",
            "/v3/custom-fields/meta",
            cast_to=type(None),
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
    ) -> None:
        """Get custom field by id

        Returns a custom field definition.

        ``GET /v3/custom-fields/meta/{custom_field_id}``

        Args:
            custom_field_id: The custom field (metadata) id.
        """
        return self._client._request(
            "GET",
            "/v3/custom-fields/meta/{custom_field_id}",
            cast_to=type(None),
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
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
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
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
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


class AsyncCustomFieldsResource(AsyncAPIResource):
    """Custom field definitions (metadata) of a workspace. Values are set per device via the `customFields` array of the device endpoints."""

    async def list_custom_fields(
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
    ) -> None:
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
        return await self._client._request(
            "GET",
            "/v3/custom-fields/meta",
            cast_to=type(None),
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
    ) -> None:
        """Get custom field by id

        Returns a custom field definition.

        ``GET /v3/custom-fields/meta/{custom_field_id}``

        Args:
            custom_field_id: The custom field (metadata) id.
        """
        return await self._client._request(
            "GET",
            "/v3/custom-fields/meta/{custom_field_id}",
            cast_to=type(None),
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
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
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
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
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
