"""Device Types

Device types decode uplinks (and encode downlinks) with JavaScript scripts. Library device types are provided by akenza; custom device types belong to an organization.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import CreateDeviceTypeRequest, DeviceType

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, SyncPage

__all__ = [
    "DeviceTypesResource",
    "AsyncDeviceTypesResource",
    "DeviceTypesResourceWithRawResponse",
    "AsyncDeviceTypesResourceWithRawResponse",
]


class DeviceTypesResource(SyncAPIResource):
    """Device types decode uplinks (and encode downlinks) with JavaScript scripts. Library device types are provided by akenza; custom device types belong to an organization."""

    @cached_property
    def with_raw_response(self) -> DeviceTypesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return DeviceTypesResourceWithRawResponse(self)

    def list_device_types(
        self,
        *,
        organization_id: str,
        search: str | None = None,
        types: str | None = None,
        details: bool | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[DeviceType]:
        """List device types

        Lists the device types available to an organization (library device types and the organization's custom device types) as a paginated Spring page. Without `details=true` only a summary (no scripts) is returned.

        ``GET /v3/device-types``

        Args:
            organization_id: (Required) The organization id.
            search: Free-text search on the device type name.
            types: Filter by device type origin, e.g. `library` or `manual` (custom device types). Example: `manual`.
            details: Include full details (scripts, schemas) in the list. Example: `true`.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/device-types",
            cast_to=DeviceType,
            query={
                "organizationId": organization_id,
                "search": search,
                "types": types,
                "details": details,
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

    def get_device_type_by_id(
        self,
        device_type_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceType:
        """Get device type by id

        Returns a device type including its uplink/downlink scripts and output schemas.

        ``GET /v3/device-types/{device_type_id}``

        Args:
            device_type_id: The device type id.
        """
        return self._client._request(
            "GET",
            "/v3/device-types/{device_type_id}",
            cast_to=DeviceType,
            path_params={"device_type_id": device_type_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_device_type(
        self,
        *,
        body: CreateDeviceTypeRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceType:
        """Create device type

        Creates a custom device type in an organization.

        **Body**
        - `name` (string, required)
        - `description` (string, optional)
        - `organizationId` (string, required)
        - `meta` (object, required) — `manufacturer`, `url`, `author`, `properties`, `firmwareVersion`, `encoding`, `connectivity`, `availableSensors` (array), `outputTopics` (array); all optional
        - `schemas` (object, optional) — output schemas per topic
        - `uplinkScript` / `downlinkScript` (object, optional) — `code` (JavaScript source), `version` (integer)
        - `pictureUrl` (string, optional)

        Custom device types are returned with `type: "manual"`.

        ``POST /v3/device-types``

        Args:
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/device-types",
            cast_to=DeviceType,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_device_type(
        self,
        device_type_id: str,
        *,
        body: CreateDeviceTypeRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceType:
        """Update device type

        Updates a custom device type. The body repeats the device type `id`.

        **Body**
        - `name` (string, required)
        - `description` (string, optional)
        - `organizationId` (string, required)
        - `meta` (object, required) — `manufacturer`, `url`, `author`, `properties`, `firmwareVersion`, `encoding`, `connectivity`, `availableSensors` (array), `outputTopics` (array); all optional
        - `schemas` (object, optional) — output schemas per topic
        - `uplinkScript` / `downlinkScript` (object, optional) — `code` (JavaScript source), `version` (integer)
        - `pictureUrl` (string, optional)

        Custom device types are returned with `type: "manual"`.

        ``PUT /v3/device-types/{device_type_id}``

        Args:
            device_type_id: The device type id.
            body: The JSON request body.
        """
        return self._client._request(
            "PUT",
            "/v3/device-types/{device_type_id}",
            cast_to=DeviceType,
            path_params={"device_type_id": device_type_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_device_type(
        self,
        device_type_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete device type

        Deletes a custom device type. Returns `204 No Content`.

        ``DELETE /v3/device-types/{device_type_id}``

        Args:
            device_type_id: The device type id.
        """
        return self._client._request(
            "DELETE",
            "/v3/device-types/{device_type_id}",
            cast_to=type(None),
            path_params={"device_type_id": device_type_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class DeviceTypesResourceWithRawResponse:
    """Like ``DeviceTypesResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: DeviceTypesResource) -> None:
        self._target = target
        self.list_device_types = to_raw_response_wrapper(target.list_device_types)
        self.get_device_type_by_id = to_raw_response_wrapper(target.get_device_type_by_id)
        self.create_device_type = to_raw_response_wrapper(target.create_device_type)
        self.update_device_type = to_raw_response_wrapper(target.update_device_type)
        self.delete_device_type = to_raw_response_wrapper(target.delete_device_type)


class AsyncDeviceTypesResource(AsyncAPIResource):
    """Device types decode uplinks (and encode downlinks) with JavaScript scripts. Library device types are provided by akenza; custom device types belong to an organization."""

    @cached_property
    def with_raw_response(self) -> AsyncDeviceTypesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncDeviceTypesResourceWithRawResponse(self)

    def list_device_types(
        self,
        *,
        organization_id: str,
        search: str | None = None,
        types: str | None = None,
        details: bool | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[DeviceType]:
        """List device types

        Lists the device types available to an organization (library device types and the organization's custom device types) as a paginated Spring page. Without `details=true` only a summary (no scripts) is returned.

        ``GET /v3/device-types``

        Args:
            organization_id: (Required) The organization id.
            search: Free-text search on the device type name.
            types: Filter by device type origin, e.g. `library` or `manual` (custom device types). Example: `manual`.
            details: Include full details (scripts, schemas) in the list. Example: `true`.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/device-types",
            cast_to=DeviceType,
            query={
                "organizationId": organization_id,
                "search": search,
                "types": types,
                "details": details,
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

    async def get_device_type_by_id(
        self,
        device_type_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceType:
        """Get device type by id

        Returns a device type including its uplink/downlink scripts and output schemas.

        ``GET /v3/device-types/{device_type_id}``

        Args:
            device_type_id: The device type id.
        """
        return await self._client._request(
            "GET",
            "/v3/device-types/{device_type_id}",
            cast_to=DeviceType,
            path_params={"device_type_id": device_type_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_device_type(
        self,
        *,
        body: CreateDeviceTypeRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceType:
        """Create device type

        Creates a custom device type in an organization.

        **Body**
        - `name` (string, required)
        - `description` (string, optional)
        - `organizationId` (string, required)
        - `meta` (object, required) — `manufacturer`, `url`, `author`, `properties`, `firmwareVersion`, `encoding`, `connectivity`, `availableSensors` (array), `outputTopics` (array); all optional
        - `schemas` (object, optional) — output schemas per topic
        - `uplinkScript` / `downlinkScript` (object, optional) — `code` (JavaScript source), `version` (integer)
        - `pictureUrl` (string, optional)

        Custom device types are returned with `type: "manual"`.

        ``POST /v3/device-types``

        Args:
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/device-types",
            cast_to=DeviceType,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_device_type(
        self,
        device_type_id: str,
        *,
        body: CreateDeviceTypeRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceType:
        """Update device type

        Updates a custom device type. The body repeats the device type `id`.

        **Body**
        - `name` (string, required)
        - `description` (string, optional)
        - `organizationId` (string, required)
        - `meta` (object, required) — `manufacturer`, `url`, `author`, `properties`, `firmwareVersion`, `encoding`, `connectivity`, `availableSensors` (array), `outputTopics` (array); all optional
        - `schemas` (object, optional) — output schemas per topic
        - `uplinkScript` / `downlinkScript` (object, optional) — `code` (JavaScript source), `version` (integer)
        - `pictureUrl` (string, optional)

        Custom device types are returned with `type: "manual"`.

        ``PUT /v3/device-types/{device_type_id}``

        Args:
            device_type_id: The device type id.
            body: The JSON request body.
        """
        return await self._client._request(
            "PUT",
            "/v3/device-types/{device_type_id}",
            cast_to=DeviceType,
            path_params={"device_type_id": device_type_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_device_type(
        self,
        device_type_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete device type

        Deletes a custom device type. Returns `204 No Content`.

        ``DELETE /v3/device-types/{device_type_id}``

        Args:
            device_type_id: The device type id.
        """
        return await self._client._request(
            "DELETE",
            "/v3/device-types/{device_type_id}",
            cast_to=type(None),
            path_params={"device_type_id": device_type_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncDeviceTypesResourceWithRawResponse:
    """Like ``AsyncDeviceTypesResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncDeviceTypesResource) -> None:
        self._target = target
        self.list_device_types = async_to_raw_response_wrapper(target.list_device_types)
        self.get_device_type_by_id = async_to_raw_response_wrapper(target.get_device_type_by_id)
        self.create_device_type = async_to_raw_response_wrapper(target.create_device_type)
        self.update_device_type = async_to_raw_response_wrapper(target.update_device_type)
        self.delete_device_type = async_to_raw_response_wrapper(target.delete_device_type)
