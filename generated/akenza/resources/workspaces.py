"""Workspaces

Workspaces group devices, data flows, rules, tags and custom fields inside an organization."""

from __future__ import annotations

from typing import Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["WorkspacesResource", "AsyncWorkspacesResource"]


class WorkspacesResource(SyncAPIResource):
    """Workspaces group devices, data flows, rules, tags and custom fields inside an organization."""

    def list_workspaces(
        self,
        *,
        organization_id: str,
        search: str | None = None,
        name: str | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """List workspaces

        Lists the workspaces of an organization as a paginated Spring page.

        ``GET /v3/workspaces``

        Args:
            organization_id: (Required) The organization whose workspaces are listed.
            search: Free-text search on the workspace name.
            name: Filter by exact workspace name.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._request(
            "GET",
            "/v3/workspaces",
            cast_to=type(None),
            query={
                "organizationId": organization_id,
                "search": search,
                "name": name,
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

    def get_workspace_by_id(
        self,
        workspace_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Get workspace by id

        Returns a single workspace.

        ``GET /v3/workspaces/{workspace_id}``

        Args:
            workspace_id: The workspace id (16 hex characters).
        """
        return self._client._request(
            "GET",
            "/v3/workspaces/{workspace_id}",
            cast_to=type(None),
            path_params={"workspace_id": workspace_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_workspace(
        self,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create workspace

        Creates a workspace in an organization.

        **Body**
        - `name` (string, required)
        - `organizationId` (string, required)
        - `description` (string, optional)
        - `settings` (object) — `lifecycleMessages` (boolean, default `false`), `lifecycleMessageInterval` (`DAILY` | `WEEKLY`), `lifecycleMessageRecipients` (array of e-mail addresses)
        - `properties` (object) — free-form workspace properties, default `{}`

        ``POST /v3/workspaces``

        Args:
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/workspaces",
            cast_to=type(None),
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_workspace(
        self,
        workspace_id: str,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update workspace

        Replaces the mutable fields of a workspace. The body repeats the workspace `id`.

        **Body**: `id` (required), `name` (required), `description`, `settings`, `properties` — see *Create workspace*.

        ``PUT /v3/workspaces/{workspace_id}``

        Args:
            workspace_id: The workspace id (16 hex characters).
            body: The JSON request body.
        """
        return self._client._request(
            "PUT",
            "/v3/workspaces/{workspace_id}",
            cast_to=type(None),
            path_params={"workspace_id": workspace_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_workspace(
        self,
        workspace_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete workspace

        Deletes a workspace. Returns `204 No Content` on success.

        ``DELETE /v3/workspaces/{workspace_id}``

        Args:
            workspace_id: The workspace id (16 hex characters).
        """
        return self._client._request(
            "DELETE",
            "/v3/workspaces/{workspace_id}",
            cast_to=type(None),
            path_params={"workspace_id": workspace_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncWorkspacesResource(AsyncAPIResource):
    """Workspaces group devices, data flows, rules, tags and custom fields inside an organization."""

    async def list_workspaces(
        self,
        *,
        organization_id: str,
        search: str | None = None,
        name: str | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """List workspaces

        Lists the workspaces of an organization as a paginated Spring page.

        ``GET /v3/workspaces``

        Args:
            organization_id: (Required) The organization whose workspaces are listed.
            search: Free-text search on the workspace name.
            name: Filter by exact workspace name.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return await self._client._request(
            "GET",
            "/v3/workspaces",
            cast_to=type(None),
            query={
                "organizationId": organization_id,
                "search": search,
                "name": name,
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

    async def get_workspace_by_id(
        self,
        workspace_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Get workspace by id

        Returns a single workspace.

        ``GET /v3/workspaces/{workspace_id}``

        Args:
            workspace_id: The workspace id (16 hex characters).
        """
        return await self._client._request(
            "GET",
            "/v3/workspaces/{workspace_id}",
            cast_to=type(None),
            path_params={"workspace_id": workspace_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_workspace(
        self,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create workspace

        Creates a workspace in an organization.

        **Body**
        - `name` (string, required)
        - `organizationId` (string, required)
        - `description` (string, optional)
        - `settings` (object) — `lifecycleMessages` (boolean, default `false`), `lifecycleMessageInterval` (`DAILY` | `WEEKLY`), `lifecycleMessageRecipients` (array of e-mail addresses)
        - `properties` (object) — free-form workspace properties, default `{}`

        ``POST /v3/workspaces``

        Args:
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/workspaces",
            cast_to=type(None),
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_workspace(
        self,
        workspace_id: str,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update workspace

        Replaces the mutable fields of a workspace. The body repeats the workspace `id`.

        **Body**: `id` (required), `name` (required), `description`, `settings`, `properties` — see *Create workspace*.

        ``PUT /v3/workspaces/{workspace_id}``

        Args:
            workspace_id: The workspace id (16 hex characters).
            body: The JSON request body.
        """
        return await self._client._request(
            "PUT",
            "/v3/workspaces/{workspace_id}",
            cast_to=type(None),
            path_params={"workspace_id": workspace_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_workspace(
        self,
        workspace_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete workspace

        Deletes a workspace. Returns `204 No Content` on success.

        ``DELETE /v3/workspaces/{workspace_id}``

        Args:
            workspace_id: The workspace id (16 hex characters).
        """
        return await self._client._request(
            "DELETE",
            "/v3/workspaces/{workspace_id}",
            cast_to=type(None),
            path_params={"workspace_id": workspace_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
