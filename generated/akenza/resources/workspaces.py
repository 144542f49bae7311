"""Workspaces

Workspaces group devices, data flows, rules, tags and custom fields inside an organization."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import CreateWorkspaceRequest, ErrorBody, UpdateWorkspaceRequest, Workspace

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, SyncPage

__all__ = [
    "WorkspacesResource",
    "AsyncWorkspacesResource",
    "WorkspacesResourceWithRawResponse",
    "AsyncWorkspacesResourceWithRawResponse",
]


class WorkspacesResource(SyncAPIResource):
    """Workspaces group devices, data flows, rules, tags and custom fields inside an organization."""

    @cached_property
    def with_raw_response(self) -> WorkspacesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return WorkspacesResourceWithRawResponse(self)

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
    ) -> SyncPage[Workspace]:
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
        return self._client._get_page(
            "GET",
            "/v3/workspaces",
            cast_to=Workspace,
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
    ) -> Workspace:
        """Get workspace by id

        Returns a single workspace.

        ``GET /v3/workspaces/{workspace_id}``

        Args:
            workspace_id: The workspace id (16 hex characters).
        """
        return self._client._request(
            "GET",
            "/v3/workspaces/{workspace_id}",
            cast_to=Workspace,
            path_params={"workspace_id": workspace_id},
            errors={404: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_workspace(
        self,
        *,
        body: CreateWorkspaceRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Workspace:
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
            cast_to=Workspace,
            json=body,
            errors={400: ErrorBody},
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
        body: UpdateWorkspaceRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Workspace:
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
            cast_to=Workspace,
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
            errors={403: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class WorkspacesResourceWithRawResponse:
    """Like ``WorkspacesResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: WorkspacesResource) -> None:
        self._target = target
        self.list_workspaces = to_raw_response_wrapper(target.list_workspaces)
        self.get_workspace_by_id = to_raw_response_wrapper(target.get_workspace_by_id)
        self.create_workspace = to_raw_response_wrapper(target.create_workspace)
        self.update_workspace = to_raw_response_wrapper(target.update_workspace)
        self.delete_workspace = to_raw_response_wrapper(target.delete_workspace)


class AsyncWorkspacesResource(AsyncAPIResource):
    """Workspaces group devices, data flows, rules, tags and custom fields inside an organization."""

    @cached_property
    def with_raw_response(self) -> AsyncWorkspacesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncWorkspacesResourceWithRawResponse(self)

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
    ) -> AsyncPaginator[Workspace]:
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
        return self._client._get_page(
            "GET",
            "/v3/workspaces",
            cast_to=Workspace,
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
    ) -> Workspace:
        """Get workspace by id

        Returns a single workspace.

        ``GET /v3/workspaces/{workspace_id}``

        Args:
            workspace_id: The workspace id (16 hex characters).
        """
        return await self._client._request(
            "GET",
            "/v3/workspaces/{workspace_id}",
            cast_to=Workspace,
            path_params={"workspace_id": workspace_id},
            errors={404: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_workspace(
        self,
        *,
        body: CreateWorkspaceRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Workspace:
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
            cast_to=Workspace,
            json=body,
            errors={400: ErrorBody},
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
        body: UpdateWorkspaceRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Workspace:
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
            cast_to=Workspace,
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
            errors={403: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncWorkspacesResourceWithRawResponse:
    """Like ``AsyncWorkspacesResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncWorkspacesResource) -> None:
        self._target = target
        self.list_workspaces = async_to_raw_response_wrapper(target.list_workspaces)
        self.get_workspace_by_id = async_to_raw_response_wrapper(target.get_workspace_by_id)
        self.create_workspace = async_to_raw_response_wrapper(target.create_workspace)
        self.update_workspace = async_to_raw_response_wrapper(target.update_workspace)
        self.delete_workspace = async_to_raw_response_wrapper(target.delete_workspace)
