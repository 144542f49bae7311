"""Tags

Tags group devices in a workspace; they can be used as rule inputs and asset filters."""

from __future__ import annotations

from typing import Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["TagsResource", "AsyncTagsResource"]


class TagsResource(SyncAPIResource):
    """Tags group devices in a workspace; they can be used as rule inputs and asset filters."""

    def list_tags(
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
    ) -> None:
        """List tags

        Lists the tags of a workspace as a paginated Spring page.

        ``GET /v3/tags``

        Args:
            workspace_id: (Required) The workspace id.
            search: Free-text search on the tag name.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._request(
            "GET",
            "/v3/tags",
            cast_to=type(None),
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

    def get_tag_by_id(
        self,
        tag_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Get tag by id

        Returns a tag including the number of tagged devices.

        ``GET /v3/tags/{tag_id}``

        Args:
            tag_id: The tag id.
        """
        return self._client._request(
            "GET",
            "/v3/tags/{tag_id}",
            cast_to=type(None),
            path_params={"tag_id": tag_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_tag(
        self,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create tag

        Creates a tag.

        **Body**: `name` (required), `workspaceId` (required), `description`, `color` (hex colour, e.g. `#FFFFFF`).

        ``POST /v3/tags``

        Args:
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/tags",
            cast_to=type(None),
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_tag(
        self,
        tag_id: str,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update tag

        Updates a tag.

        **Body**: `id`, `name` (required); `description`, `color` (optional).

        ``PUT /v3/tags/{tag_id}``

        Args:
            tag_id: The tag id.
            body: The JSON request body.
        """
        return self._client._request(
            "PUT",
            "/v3/tags/{tag_id}",
            cast_to=type(None),
            path_params={"tag_id": tag_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_tag(
        self,
        tag_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete tag

        Deletes a tag. Returns `204 No Content`.

        ``DELETE /v3/tags/{tag_id}``

        Args:
            tag_id: The tag id.
        """
        return self._client._request(
            "DELETE",
            "/v3/tags/{tag_id}",
            cast_to=type(None),
            path_params={"tag_id": tag_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncTagsResource(AsyncAPIResource):
    """Tags group devices in a workspace; they can be used as rule inputs and asset filters."""

    async def list_tags(
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
    ) -> None:
        """List tags

        Lists the tags of a workspace as a paginated Spring page.

        ``GET /v3/tags``

        Args:
            workspace_id: (Required) The workspace id.
            search: Free-text search on the tag name.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return await self._client._request(
            "GET",
            "/v3/tags",
            cast_to=type(None),
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

    async def get_tag_by_id(
        self,
        tag_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Get tag by id

        Returns a tag including the number of tagged devices.

        ``GET /v3/tags/{tag_id}``

        Args:
            tag_id: The tag id.
        """
        return await self._client._request(
            "GET",
            "/v3/tags/{tag_id}",
            cast_to=type(None),
            path_params={"tag_id": tag_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_tag(
        self,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create tag

        Creates a tag.

        **Body**: `name` (required), `workspaceId` (required), `description`, `color` (hex colour, e.g. `#FFFFFF`).

        ``POST /v3/tags``

        Args:
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/tags",
            cast_to=type(None),
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_tag(
        self,
        tag_id: str,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update tag

        Updates a tag.

        **Body**: `id`, `name` (required); `description`, `color` (optional).

        ``PUT /v3/tags/{tag_id}``

        Args:
            tag_id: The tag id.
            body: The JSON request body.
        """
        return await self._client._request(
            "PUT",
            "/v3/tags/{tag_id}",
            cast_to=type(None),
            path_params={"tag_id": tag_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_tag(
        self,
        tag_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete tag

        Deletes a tag. Returns `204 No Content`.

        ``DELETE /v3/tags/{tag_id}``

        Args:
            tag_id: The tag id.
        """
        return await self._client._request(
            "DELETE",
            "/v3/tags/{tag_id}",
            cast_to=type(None),
            path_params={"tag_id": tag_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
