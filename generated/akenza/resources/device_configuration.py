"""Device Configuration

Versioned, free-form configuration objects stored per device, which can be pushed to the device."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import CreateDeviceConfigurationRequest, DeviceConfiguration, MessageResponse

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, SyncPage

__all__ = [
    "DeviceConfigurationResource",
    "AsyncDeviceConfigurationResource",
    "DeviceConfigurationResourceWithRawResponse",
    "AsyncDeviceConfigurationResourceWithRawResponse",
]


class DeviceConfigurationResource(SyncAPIResource):
    """Versioned, free-form configuration objects stored per device, which can be pushed to the device."""

    @cached_property
    def with_raw_response(self) -> DeviceConfigurationResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return DeviceConfigurationResourceWithRawResponse(self)

    def list_device_configurations(
        self,
        device_id: str,
        *,
        workspace_id: str,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[DeviceConfiguration]:
        """List device configurations

        Lists all stored configuration versions of a device as a paginated Spring page.

        ``GET /v3/devices/{device_id}/configuration``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            workspace_id: (Required) The workspace of the device.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/devices/{device_id}/configuration",
            cast_to=DeviceConfiguration,
            path_params={"device_id": device_id},
            query={"workspaceId": workspace_id, "page": page, "size": size, "sort": sort},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_latest_device_configuration(
        self,
        device_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceConfiguration:
        """Get latest device configuration

        Returns the latest configuration version of a device.

        ``GET /v3/devices/{device_id}/configuration/latest``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return self._client._request(
            "GET",
            "/v3/devices/{device_id}/configuration/latest",
            cast_to=DeviceConfiguration,
            path_params={"device_id": device_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_device_configuration_by_version(
        self,
        device_id: str,
        version: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceConfiguration:
        """Get device configuration by version

        Returns a specific configuration version of a device.

        ``GET /v3/devices/{device_id}/configuration/{version}``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            version: Configuration version number.
        """
        return self._client._request(
            "GET",
            "/v3/devices/{device_id}/configuration/{version}",
            cast_to=DeviceConfiguration,
            path_params={"device_id": device_id, "version": version},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_device_configuration(
        self,
        device_id: str,
        *,
        body: CreateDeviceConfigurationRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceConfiguration:
        """Create device configuration

        Stores a new configuration version for a device. The version number is assigned by the server.

        **Body**: `workspaceId` (string, required), `configuration` (object, required, free-form).

        ``POST /v3/devices/{device_id}/configuration``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/devices/{device_id}/configuration",
            cast_to=DeviceConfiguration,
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def push_device_configuration(
        self,
        device_id: str,
        *,
        body: dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageResponse:
        """Push device configuration

        Pushes the latest configuration to the device (e.g. via downlink). The body is an empty JSON object.

        ``POST /v3/devices/{device_id}/configuration/push``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/devices/{device_id}/configuration/push",
            cast_to=MessageResponse,
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_device_configuration_version(
        self,
        device_id: str,
        version: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete device configuration version

        Deletes a configuration version. Returns `204 No Content`.

        ``DELETE /v3/devices/{device_id}/configuration/{version}``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            version: Configuration version number.
        """
        return self._client._request(
            "DELETE",
            "/v3/devices/{device_id}/configuration/{version}",
            cast_to=type(None),
            path_params={"device_id": device_id, "version": version},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class DeviceConfigurationResourceWithRawResponse:
    """Like ``DeviceConfigurationResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: DeviceConfigurationResource) -> None:
        self._target = target
        self.list_device_configurations = to_raw_response_wrapper(target.list_device_configurations)
        self.get_latest_device_configuration = to_raw_response_wrapper(
            target.get_latest_device_configuration
        )
        self.get_device_configuration_by_version = to_raw_response_wrapper(
            target.get_device_configuration_by_version
        )
        self.create_device_configuration = to_raw_response_wrapper(
            target.create_device_configuration
        )
        self.push_device_configuration = to_raw_response_wrapper(target.push_device_configuration)
        self.delete_device_configuration_version = to_raw_response_wrapper(
            target.delete_device_configuration_version
        )


class AsyncDeviceConfigurationResource(AsyncAPIResource):
    """Versioned, free-form configuration objects stored per device, which can be pushed to the device."""

    @cached_property
    def with_raw_response(self) -> AsyncDeviceConfigurationResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncDeviceConfigurationResourceWithRawResponse(self)

    def list_device_configurations(
        self,
        device_id: str,
        *,
        workspace_id: str,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[DeviceConfiguration]:
        """List device configurations

        Lists all stored configuration versions of a device as a paginated Spring page.

        ``GET /v3/devices/{device_id}/configuration``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            workspace_id: (Required) The workspace of the device.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/devices/{device_id}/configuration",
            cast_to=DeviceConfiguration,
            path_params={"device_id": device_id},
            query={"workspaceId": workspace_id, "page": page, "size": size, "sort": sort},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_latest_device_configuration(
        self,
        device_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceConfiguration:
        """Get latest device configuration

        Returns the latest configuration version of a device.

        ``GET /v3/devices/{device_id}/configuration/latest``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return await self._client._request(
            "GET",
            "/v3/devices/{device_id}/configuration/latest",
            cast_to=DeviceConfiguration,
            path_params={"device_id": device_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_device_configuration_by_version(
        self,
        device_id: str,
        version: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceConfiguration:
        """Get device configuration by version

        Returns a specific configuration version of a device.

        ``GET /v3/devices/{device_id}/configuration/{version}``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            version: Configuration version number.
        """
        return await self._client._request(
            "GET",
            "/v3/devices/{device_id}/configuration/{version}",
            cast_to=DeviceConfiguration,
            path_params={"device_id": device_id, "version": version},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_device_configuration(
        self,
        device_id: str,
        *,
        body: CreateDeviceConfigurationRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceConfiguration:
        """Create device configuration

        Stores a new configuration version for a device. The version number is assigned by the server.

        **Body**: `workspaceId` (string, required), `configuration` (object, required, free-form).

        ``POST /v3/devices/{device_id}/configuration``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/devices/{device_id}/configuration",
            cast_to=DeviceConfiguration,
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def push_device_configuration(
        self,
        device_id: str,
        *,
        body: dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> MessageResponse:
        """Push device configuration

        Pushes the latest configuration to the device (e.g. via downlink). The body is an empty JSON object.

        ``POST /v3/devices/{device_id}/configuration/push``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/devices/{device_id}/configuration/push",
            cast_to=MessageResponse,
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_device_configuration_version(
        self,
        device_id: str,
        version: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete device configuration version

        Deletes a configuration version. Returns `204 No Content`.

        ``DELETE /v3/devices/{device_id}/configuration/{version}``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            version: Configuration version number.
        """
        return await self._client._request(
            "DELETE",
            "/v3/devices/{device_id}/configuration/{version}",
            cast_to=type(None),
            path_params={"device_id": device_id, "version": version},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncDeviceConfigurationResourceWithRawResponse:
    """Like ``AsyncDeviceConfigurationResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncDeviceConfigurationResource) -> None:
        self._target = target
        self.list_device_configurations = async_to_raw_response_wrapper(
            target.list_device_configurations
        )
        self.get_latest_device_configuration = async_to_raw_response_wrapper(
            target.get_latest_device_configuration
        )
        self.get_device_configuration_by_version = async_to_raw_response_wrapper(
            target.get_device_configuration_by_version
        )
        self.create_device_configuration = async_to_raw_response_wrapper(
            target.create_device_configuration
        )
        self.push_device_configuration = async_to_raw_response_wrapper(
            target.push_device_configuration
        )
        self.delete_device_configuration_version = async_to_raw_response_wrapper(
            target.delete_device_configuration_version
        )
