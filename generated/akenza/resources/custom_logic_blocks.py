"""Custom Logic Blocks

Reusable JavaScript logic blocks (organization level) that rules of type `CUSTOM_LOGIC` reference.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import CreateCustomLogicBlockRequest, CustomLogicBlock, UpdateCustomLogicBlockRequest

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, SyncPage

__all__ = [
    "CustomLogicBlocksResource",
    "AsyncCustomLogicBlocksResource",
    "CustomLogicBlocksResourceWithRawResponse",
    "AsyncCustomLogicBlocksResourceWithRawResponse",
]


class CustomLogicBlocksResource(SyncAPIResource):
    """Reusable JavaScript logic blocks (organization level) that rules of type `CUSTOM_LOGIC` reference."""

    @cached_property
    def with_raw_response(self) -> CustomLogicBlocksResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return CustomLogicBlocksResourceWithRawResponse(self)

    def list_custom_logic_blocks(
        self,
        *,
        organization_id: str,
        search: str | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[CustomLogicBlock]:
        """List custom logic blocks

        Lists the custom logic blocks of an organization as a paginated Spring page.

        ``GET /v3/rules/custom``

        Args:
            organization_id: (Required) The organization id.
            search: Free-text search on the custom logic block name.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/rules/custom",
            cast_to=CustomLogicBlock,
            query={
                "organizationId": organization_id,
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

    def get_custom_logic_block_by_id(
        self,
        custom_logic_block_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomLogicBlock:
        """Get custom logic block by id

        Returns a custom logic block including its script and the rules using it.

        ``GET /v3/rules/custom/{custom_logic_block_id}``

        Args:
            custom_logic_block_id: The custom logic block id.
        """
        return self._client._request(
            "GET",
            "/v3/rules/custom/{custom_logic_block_id}",
            cast_to=CustomLogicBlock,
            path_params={"custom_logic_block_id": custom_logic_block_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_custom_logic_block(
        self,
        *,
        body: CreateCustomLogicBlockRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomLogicBlock:
        """Create custom logic block

        Creates a custom logic block in an organization (`organizationId`, required).

        **Body**
        - `name` (string, required), `description` (string, optional)
        - `dataSources` (array, required) — `{name, description, variableName, defaultTopic, defaultDataKey, lastSample, triggerOnUplink}`
        - `properties` (array, required) — `{name, description, variableName, defaultValue, type}`; `type` is `NUMERICAL`, `BOOLEAN` or `STRING`
        - `script` (string, required) — JavaScript exporting `consume(event)`

        ``POST /v3/rules/custom``

        Args:
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/rules/custom",
            cast_to=CustomLogicBlock,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_custom_logic_block(
        self,
        custom_logic_block_id: str,
        *,
        body: UpdateCustomLogicBlockRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomLogicBlock:
        """Update custom logic block

        Updates a custom logic block. The body repeats the block `id`.

        **Body**
        - `name` (string, required), `description` (string, optional)
        - `dataSources` (array, required) — `{name, description, variableName, defaultTopic, defaultDataKey, lastSample, triggerOnUplink}`
        - `properties` (array, required) — `{name, description, variableName, defaultValue, type}`; `type` is `NUMERICAL`, `BOOLEAN` or `STRING`
        - `script` (string, required) — JavaScript exporting `consume(event)`

        ``PUT /v3/rules/custom/{custom_logic_block_id}``

        Args:
            custom_logic_block_id: The custom logic block id.
            body: The JSON request body.
        """
        return self._client._request(
            "PUT",
            "/v3/rules/custom/{custom_logic_block_id}",
            cast_to=CustomLogicBlock,
            path_params={"custom_logic_block_id": custom_logic_block_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_custom_logic_block(
        self,
        custom_logic_block_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete custom logic block

        Deletes a custom logic block. Returns `204 No Content`.

        ``DELETE /v3/rules/custom/{custom_logic_block_id}``

        Args:
            custom_logic_block_id: The custom logic block id.
        """
        return self._client._request(
            "DELETE",
            "/v3/rules/custom/{custom_logic_block_id}",
            cast_to=type(None),
            path_params={"custom_logic_block_id": custom_logic_block_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class CustomLogicBlocksResourceWithRawResponse:
    """Like ``CustomLogicBlocksResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: CustomLogicBlocksResource) -> None:
        self._target = target
        self.list_custom_logic_blocks = to_raw_response_wrapper(target.list_custom_logic_blocks)
        self.get_custom_logic_block_by_id = to_raw_response_wrapper(
            target.get_custom_logic_block_by_id
        )
        self.create_custom_logic_block = to_raw_response_wrapper(target.create_custom_logic_block)
        self.update_custom_logic_block = to_raw_response_wrapper(target.update_custom_logic_block)
        self.delete_custom_logic_block = to_raw_response_wrapper(target.delete_custom_logic_block)


class AsyncCustomLogicBlocksResource(AsyncAPIResource):
    """Reusable JavaScript logic blocks (organization level) that rules of type `CUSTOM_LOGIC` reference."""

    @cached_property
    def with_raw_response(self) -> AsyncCustomLogicBlocksResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncCustomLogicBlocksResourceWithRawResponse(self)

    def list_custom_logic_blocks(
        self,
        *,
        organization_id: str,
        search: str | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[CustomLogicBlock]:
        """List custom logic blocks

        Lists the custom logic blocks of an organization as a paginated Spring page.

        ``GET /v3/rules/custom``

        Args:
            organization_id: (Required) The organization id.
            search: Free-text search on the custom logic block name.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/rules/custom",
            cast_to=CustomLogicBlock,
            query={
                "organizationId": organization_id,
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

    async def get_custom_logic_block_by_id(
        self,
        custom_logic_block_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomLogicBlock:
        """Get custom logic block by id

        Returns a custom logic block including its script and the rules using it.

        ``GET /v3/rules/custom/{custom_logic_block_id}``

        Args:
            custom_logic_block_id: The custom logic block id.
        """
        return await self._client._request(
            "GET",
            "/v3/rules/custom/{custom_logic_block_id}",
            cast_to=CustomLogicBlock,
            path_params={"custom_logic_block_id": custom_logic_block_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_custom_logic_block(
        self,
        *,
        body: CreateCustomLogicBlockRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomLogicBlock:
        """Create custom logic block

        Creates a custom logic block in an organization (`organizationId`, required).

        **Body**
        - `name` (string, required), `description` (string, optional)
        - `dataSources` (array, required) — `{name, description, variableName, defaultTopic, defaultDataKey, lastSample, triggerOnUplink}`
        - `properties` (array, required) — `{name, description, variableName, defaultValue, type}`; `type` is `NUMERICAL`, `BOOLEAN` or `STRING`
        - `script` (string, required) — JavaScript exporting `consume(event)`

        ``POST /v3/rules/custom``

        Args:
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/rules/custom",
            cast_to=CustomLogicBlock,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_custom_logic_block(
        self,
        custom_logic_block_id: str,
        *,
        body: UpdateCustomLogicBlockRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CustomLogicBlock:
        """Update custom logic block

        Updates a custom logic block. The body repeats the block `id`.

        **Body**
        - `name` (string, required), `description` (string, optional)
        - `dataSources` (array, required) — `{name, description, variableName, defaultTopic, defaultDataKey, lastSample, triggerOnUplink}`
        - `properties` (array, required) — `{name, description, variableName, defaultValue, type}`; `type` is `NUMERICAL`, `BOOLEAN` or `STRING`
        - `script` (string, required) — JavaScript exporting `consume(event)`

        ``PUT /v3/rules/custom/{custom_logic_block_id}``

        Args:
            custom_logic_block_id: The custom logic block id.
            body: The JSON request body.
        """
        return await self._client._request(
            "PUT",
            "/v3/rules/custom/{custom_logic_block_id}",
            cast_to=CustomLogicBlock,
            path_params={"custom_logic_block_id": custom_logic_block_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_custom_logic_block(
        self,
        custom_logic_block_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete custom logic block

        Deletes a custom logic block. Returns `204 No Content`.

        ``DELETE /v3/rules/custom/{custom_logic_block_id}``

        Args:
            custom_logic_block_id: The custom logic block id.
        """
        return await self._client._request(
            "DELETE",
            "/v3/rules/custom/{custom_logic_block_id}",
            cast_to=type(None),
            path_params={"custom_logic_block_id": custom_logic_block_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncCustomLogicBlocksResourceWithRawResponse:
    """Like ``AsyncCustomLogicBlocksResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncCustomLogicBlocksResource) -> None:
        self._target = target
        self.list_custom_logic_blocks = async_to_raw_response_wrapper(
            target.list_custom_logic_blocks
        )
        self.get_custom_logic_block_by_id = async_to_raw_response_wrapper(
            target.get_custom_logic_block_by_id
        )
        self.create_custom_logic_block = async_to_raw_response_wrapper(
            target.create_custom_logic_block
        )
        self.update_custom_logic_block = async_to_raw_response_wrapper(
            target.update_custom_logic_block
        )
        self.delete_custom_logic_block = async_to_raw_response_wrapper(
            target.delete_custom_logic_block
        )
