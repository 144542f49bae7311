"""Device Connectors

Device connectors define how devices send data to akenza (HTTP, MQTT, CoAP, LoRaWAN integrations).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import CreateDeviceConnectorRequest, DeviceConnector, UpdateDeviceConnectorRequest

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, SyncPage

__all__ = [
    "DeviceConnectorsResource",
    "AsyncDeviceConnectorsResource",
    "DeviceConnectorsResourceWithRawResponse",
    "AsyncDeviceConnectorsResourceWithRawResponse",
]


class DeviceConnectorsResource(SyncAPIResource):
    """Device connectors define how devices send data to akenza (HTTP, MQTT, CoAP, LoRaWAN integrations)."""

    @cached_property
    def with_raw_response(self) -> DeviceConnectorsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return DeviceConnectorsResourceWithRawResponse(self)

    def list_device_connectors(
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
    ) -> SyncPage[DeviceConnector]:
        """List device connectors

        Lists the device connectors of a workspace (including global integration connectors) as a paginated Spring page.

        ``GET /v3/device-connectors``

        Args:
            workspace_id: (Required) The workspace id.
            search: Free-text search on the device connector name.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/device-connectors",
            cast_to=DeviceConnector,
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

    def get_device_connector_by_id(
        self,
        device_connector_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceConnector:
        """Get device connector by id

        Returns a device connector.

        ``GET /v3/device-connectors/{device_connector_id}``

        Args:
            device_connector_id: The device connector id.
        """
        return self._client._request(
            "GET",
            "/v3/device-connectors/{device_connector_id}",
            cast_to=DeviceConnector,
            path_params={"device_connector_id": device_connector_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_device_connector(
        self,
        *,
        body: CreateDeviceConnectorRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceConnector:
        """Create device connector

        Creates a device connector. LoRaWAN connectors cannot be created here; they are created through integrations.

        **Body**
        - `name` (string, required)
        - `description` (string, optional)
        - `workspaceId` (string, required)
        - `connectivity` (required) — `MQTT`, `HTTP` or `COAP`
        - `authType` — `BASIC` (uplink secret, default) or `DEVICE_CREDENTIALS`
        - `pushConfigurationAutomatically` (boolean, optional)
        - `decodingType` — `EVERYNET`, `DISRUPTIVE_TECHNOLOGIES`, `SIGFOX`, `HELIUM`, `CHIRP_STACK` or `NONE` (default)

        ``POST /v3/device-connectors``

        Args:
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/device-connectors",
            cast_to=DeviceConnector,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_device_connector(
        self,
        device_connector_id: str,
        *,
        body: UpdateDeviceConnectorRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceConnector:
        """Update device connector

        Updates a device connector.

        **Body**: `id`, `name` (required); `description`, `pushConfigurationAutomatically` (optional).

        ``PUT /v3/device-connectors/{device_connector_id}``

        Args:
            device_connector_id: The device connector id.
            body: The JSON request body.
        """
        return self._client._request(
            "PUT",
            "/v3/device-connectors/{device_connector_id}",
            cast_to=DeviceConnector,
            path_params={"device_connector_id": device_connector_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_device_connector(
        self,
        device_connector_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete device connector

        Deletes a device connector. Returns `204 No Content`.

        ``DELETE /v3/device-connectors/{device_connector_id}``

        Args:
            device_connector_id: The device connector id.
        """
        return self._client._request(
            "DELETE",
            "/v3/device-connectors/{device_connector_id}",
            cast_to=type(None),
            path_params={"device_connector_id": device_connector_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class DeviceConnectorsResourceWithRawResponse:
    """Like ``DeviceConnectorsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: DeviceConnectorsResource) -> None:
        self._target = target
        self.list_device_connectors = to_raw_response_wrapper(target.list_device_connectors)
        self.get_device_connector_by_id = to_raw_response_wrapper(target.get_device_connector_by_id)
        self.create_device_connector = to_raw_response_wrapper(target.create_device_connector)
        self.update_device_connector = to_raw_response_wrapper(target.update_device_connector)
        self.delete_device_connector = to_raw_response_wrapper(target.delete_device_connector)


class AsyncDeviceConnectorsResource(AsyncAPIResource):
    """Device connectors define how devices send data to akenza (HTTP, MQTT, CoAP, LoRaWAN integrations)."""

    @cached_property
    def with_raw_response(self) -> AsyncDeviceConnectorsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncDeviceConnectorsResourceWithRawResponse(self)

    def list_device_connectors(
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
    ) -> AsyncPaginator[DeviceConnector]:
        """List device connectors

        Lists the device connectors of a workspace (including global integration connectors) as a paginated Spring page.

        ``GET /v3/device-connectors``

        Args:
            workspace_id: (Required) The workspace id.
            search: Free-text search on the device connector name.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/device-connectors",
            cast_to=DeviceConnector,
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

    async def get_device_connector_by_id(
        self,
        device_connector_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceConnector:
        """Get device connector by id

        Returns a device connector.

        ``GET /v3/device-connectors/{device_connector_id}``

        Args:
            device_connector_id: The device connector id.
        """
        return await self._client._request(
            "GET",
            "/v3/device-connectors/{device_connector_id}",
            cast_to=DeviceConnector,
            path_params={"device_connector_id": device_connector_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_device_connector(
        self,
        *,
        body: CreateDeviceConnectorRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceConnector:
        """Create device connector

        Creates a device connector. LoRaWAN connectors cannot be created here; they are created through integrations.

        **Body**
        - `name` (string, required)
        - `description` (string, optional)
        - `workspaceId` (string, required)
        - `connectivity` (required) — `MQTT`, `HTTP` or `COAP`
        - `authType` — `BASIC` (uplink secret, default) or `DEVICE_CREDENTIALS`
        - `pushConfigurationAutomatically` (boolean, optional)
        - `decodingType` — `EVERYNET`, `DISRUPTIVE_TECHNOLOGIES`, `SIGFOX`, `HELIUM`, `CHIRP_STACK` or `NONE` (default)

        ``POST /v3/device-connectors``

        Args:
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/device-connectors",
            cast_to=DeviceConnector,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_device_connector(
        self,
        device_connector_id: str,
        *,
        body: UpdateDeviceConnectorRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceConnector:
        """Update device connector

        Updates a device connector.

        **Body**: `id`, `name` (required); `description`, `pushConfigurationAutomatically` (optional).

        ``PUT /v3/device-connectors/{device_connector_id}``

        Args:
            device_connector_id: The device connector id.
            body: The JSON request body.
        """
        return await self._client._request(
            "PUT",
            "/v3/device-connectors/{device_connector_id}",
            cast_to=DeviceConnector,
            path_params={"device_connector_id": device_connector_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_device_connector(
        self,
        device_connector_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete device connector

        Deletes a device connector. Returns `204 No Content`.

        ``DELETE /v3/device-connectors/{device_connector_id}``

        Args:
            device_connector_id: The device connector id.
        """
        return await self._client._request(
            "DELETE",
            "/v3/device-connectors/{device_connector_id}",
            cast_to=type(None),
            path_params={"device_connector_id": device_connector_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncDeviceConnectorsResourceWithRawResponse:
    """Like ``AsyncDeviceConnectorsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncDeviceConnectorsResource) -> None:
        self._target = target
        self.list_device_connectors = async_to_raw_response_wrapper(target.list_device_connectors)
        self.get_device_connector_by_id = async_to_raw_response_wrapper(
            target.get_device_connector_by_id
        )
        self.create_device_connector = async_to_raw_response_wrapper(target.create_device_connector)
        self.update_device_connector = async_to_raw_response_wrapper(target.update_device_connector)
        self.delete_device_connector = async_to_raw_response_wrapper(target.delete_device_connector)
