"""Organizations

Organizations are the top-level tenant in akenza; workspaces, device types, custom logic blocks and API keys belong to an organization.

**Authentication:** this folder overrides the collection auth and authenticates as a *user* with a JWT (`Authorization: Bearer {{accessToken}}`). An API key (`x-api-key`) with organization read permission works as well.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import ErrorBody, Organization

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, SyncPage

__all__ = [
    "OrganizationsResource",
    "AsyncOrganizationsResource",
    "OrganizationsResourceWithRawResponse",
    "AsyncOrganizationsResourceWithRawResponse",
]


class OrganizationsResource(SyncAPIResource):
    """Organizations are the top-level tenant in akenza; workspaces, device types, custom logic blocks and API keys belong to an organization.

    **Authentication:** this folder overrides the collection auth and authenticates as a *user* with a JWT (`Authorization: Bearer {{accessToken}}`). An API key (`x-api-key`) with organization read permission works as well.
    """

    @cached_property
    def with_raw_response(self) -> OrganizationsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return OrganizationsResourceWithRawResponse(self)

    def list_organizations(
        self,
        *,
        minimal: bool | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Organization]:
        """List organizations

        Lists the organizations the caller has access to, as a paginated Spring page.

        With an API key this returns the single organization the key belongs to; with a user JWT it returns every organization the user is a member of. The akenza Grafana connector calls this endpoint with `size=1&minimal=true` to validate credentials and to resolve the organization of an API key.

        ``GET /v3/organizations``

        Args:
            minimal: When `true`, a reduced organization representation is returned. Example: `true`.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/organizations",
            cast_to=Organization,
            query={"minimal": minimal, "page": page, "size": size, "sort": sort},
            auth=("bearer",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_organization_by_id(
        self,
        organization_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Organization:
        """Get organization by id

        Returns a single organization including its owner, logo (data URI) and properties.

        Requires read permission on the organization; an API key whose scopes do not cover the organization receives `403 Forbidden` (permission denied).

        ``GET /v3/organizations/{organization_id}``

        Args:
            organization_id: The akenza organization id (16 hex characters).
        """
        return self._client._request(
            "GET",
            "/v3/organizations/{organization_id}",
            cast_to=Organization,
            path_params={"organization_id": organization_id},
            errors={403: ErrorBody},
            auth=("bearer",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class OrganizationsResourceWithRawResponse:
    """Like ``OrganizationsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: OrganizationsResource) -> None:
        self._target = target
        self.list_organizations = to_raw_response_wrapper(target.list_organizations)
        self.get_organization_by_id = to_raw_response_wrapper(target.get_organization_by_id)


class AsyncOrganizationsResource(AsyncAPIResource):
    """Organizations are the top-level tenant in akenza; workspaces, device types, custom logic blocks and API keys belong to an organization.

    **Authentication:** this folder overrides the collection auth and authenticates as a *user* with a JWT (`Authorization: Bearer {{accessToken}}`). An API key (`x-api-key`) with organization read permission works as well.
    """

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncOrganizationsResourceWithRawResponse(self)

    def list_organizations(
        self,
        *,
        minimal: bool | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Organization]:
        """List organizations

        Lists the organizations the caller has access to, as a paginated Spring page.

        With an API key this returns the single organization the key belongs to; with a user JWT it returns every organization the user is a member of. The akenza Grafana connector calls this endpoint with `size=1&minimal=true` to validate credentials and to resolve the organization of an API key.

        ``GET /v3/organizations``

        Args:
            minimal: When `true`, a reduced organization representation is returned. Example: `true`.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/organizations",
            cast_to=Organization,
            query={"minimal": minimal, "page": page, "size": size, "sort": sort},
            auth=("bearer",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_organization_by_id(
        self,
        organization_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Organization:
        """Get organization by id

        Returns a single organization including its owner, logo (data URI) and properties.

        Requires read permission on the organization; an API key whose scopes do not cover the organization receives `403 Forbidden` (permission denied).

        ``GET /v3/organizations/{organization_id}``

        Args:
            organization_id: The akenza organization id (16 hex characters).
        """
        return await self._client._request(
            "GET",
            "/v3/organizations/{organization_id}",
            cast_to=Organization,
            path_params={"organization_id": organization_id},
            errors={403: ErrorBody},
            auth=("bearer",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncOrganizationsResourceWithRawResponse:
    """Like ``AsyncOrganizationsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncOrganizationsResource) -> None:
        self._target = target
        self.list_organizations = async_to_raw_response_wrapper(target.list_organizations)
        self.get_organization_by_id = async_to_raw_response_wrapper(target.get_organization_by_id)
