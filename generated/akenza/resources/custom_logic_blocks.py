"""Custom Logic Blocks

Reusable JavaScript logic blocks (organization level) that rules of type `CUSTOM_LOGIC` reference.
"""

from __future__ import annotations

from typing import Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["CustomLogicBlocksResource", "AsyncCustomLogicBlocksResource"]


class CustomLogicBlocksResource(SyncAPIResource):
    """Reusable JavaScript logic blocks (organization level) that rules of type `CUSTOM_LOGIC` reference."""

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
    ) -> None:
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
        return self._client._request(
            "GET",
            "/v3/rules/custom",
            cast_to=type(None),
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
    ) -> None:
        """Get custom logic block by id

        Returns a custom logic block including its script and the rules using it.

        ``GET /v3/rules/custom/{custom_logic_block_id}``

        Args:
            custom_logic_block_id: The custom logic block id.
        """
        return self._client._request(
            "GET",
            "/v3/rules/custom/{custom_logic_block_id}",
            cast_to=type(None),
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
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
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
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
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


class AsyncCustomLogicBlocksResource(AsyncAPIResource):
    """Reusable JavaScript logic blocks (organization level) that rules of type `CUSTOM_LOGIC` reference."""

    async def list_custom_logic_blocks(
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
    ) -> None:
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
        return await self._client._request(
            "GET",
            "/v3/rules/custom",
            cast_to=type(None),
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
    ) -> None:
        """Get custom logic block by id

        Returns a custom logic block including its script and the rules using it.

        ``GET /v3/rules/custom/{custom_logic_block_id}``

        Args:
            custom_logic_block_id: The custom logic block id.
        """
        return await self._client._request(
            "GET",
            "/v3/rules/custom/{custom_logic_block_id}",
            cast_to=type(None),
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
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
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
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
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
