"""Tags

Tags group devices in a workspace; they can be used as rule inputs and asset filters."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import CreateTagRequest, Tag, UpdateTagRequest

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, SyncPage

__all__ = [
    "TagsResource",
    "AsyncTagsResource",
    "TagsResourceWithRawResponse",
    "AsyncTagsResourceWithRawResponse",
]


class TagsResource(SyncAPIResource):
    """Tags group devices in a workspace; they can be used as rule inputs and asset filters."""

    @cached_property
    def with_raw_response(self) -> TagsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return TagsResourceWithRawResponse(self)

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
    ) -> SyncPage[Tag]:
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
        return self._client._get_page(
            "GET",
            "/v3/tags",
            cast_to=Tag,
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
    ) -> Tag:
        """Get tag by id

        Returns a tag including the number of tagged devices.

        ``GET /v3/tags/{tag_id}``

        Args:
            tag_id: The tag id.
        """
        return self._client._request(
            "GET",
            "/v3/tags/{tag_id}",
            cast_to=Tag,
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
        body: CreateTagRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Tag:
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
            cast_to=Tag,
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
        body: UpdateTagRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Tag:
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
            cast_to=Tag,
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


class TagsResourceWithRawResponse:
    """Like ``TagsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: TagsResource) -> None:
        self._target = target
        self.list_tags = to_raw_response_wrapper(target.list_tags)
        self.get_tag_by_id = to_raw_response_wrapper(target.get_tag_by_id)
        self.create_tag = to_raw_response_wrapper(target.create_tag)
        self.update_tag = to_raw_response_wrapper(target.update_tag)
        self.delete_tag = to_raw_response_wrapper(target.delete_tag)


class AsyncTagsResource(AsyncAPIResource):
    """Tags group devices in a workspace; they can be used as rule inputs and asset filters."""

    @cached_property
    def with_raw_response(self) -> AsyncTagsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncTagsResourceWithRawResponse(self)

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
    ) -> AsyncPaginator[Tag]:
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
        return self._client._get_page(
            "GET",
            "/v3/tags",
            cast_to=Tag,
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
    ) -> Tag:
        """Get tag by id

        Returns a tag including the number of tagged devices.

        ``GET /v3/tags/{tag_id}``

        Args:
            tag_id: The tag id.
        """
        return await self._client._request(
            "GET",
            "/v3/tags/{tag_id}",
            cast_to=Tag,
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
        body: CreateTagRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Tag:
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
            cast_to=Tag,
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
        body: UpdateTagRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Tag:
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
            cast_to=Tag,
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


class AsyncTagsResourceWithRawResponse:
    """Like ``AsyncTagsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncTagsResource) -> None:
        self._target = target
        self.list_tags = async_to_raw_response_wrapper(target.list_tags)
        self.get_tag_by_id = async_to_raw_response_wrapper(target.get_tag_by_id)
        self.create_tag = async_to_raw_response_wrapper(target.create_tag)
        self.update_tag = async_to_raw_response_wrapper(target.update_tag)
        self.delete_tag = async_to_raw_response_wrapper(target.delete_tag)
