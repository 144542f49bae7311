"""Assets & Devices

Devices are assets of type `DEVICE`. Listing goes through the generic asset endpoint `/v3/assets`; single devices are managed under `/v3/devices`.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import CreateDeviceRequest, Device, ErrorBody, UpdateDeviceRequest

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, SyncPage
    from .device_configuration import (
        AsyncDeviceConfigurationResource,
        AsyncDeviceConfigurationResourceWithRawResponse,
        DeviceConfigurationResource,
        DeviceConfigurationResourceWithRawResponse,
    )
    from .device_credentials import (
        AsyncDeviceCredentialsResource,
        AsyncDeviceCredentialsResourceWithRawResponse,
        DeviceCredentialsResource,
        DeviceCredentialsResourceWithRawResponse,
    )
    from .downlinks import (
        AsyncDownlinksResource,
        AsyncDownlinksResourceWithRawResponse,
        DownlinksResource,
        DownlinksResourceWithRawResponse,
    )

__all__ = [
    "AssetsDevicesResource",
    "AsyncAssetsDevicesResource",
    "AssetsDevicesResourceWithRawResponse",
    "AsyncAssetsDevicesResourceWithRawResponse",
]


class AssetsDevicesResource(SyncAPIResource):
    """Devices are assets of type `DEVICE`. Listing goes through the generic asset endpoint `/v3/assets`; single devices are managed under `/v3/devices`."""

    @cached_property
    def with_raw_response(self) -> AssetsDevicesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AssetsDevicesResourceWithRawResponse(self)

    @cached_property
    def device_configuration(self) -> DeviceConfigurationResource:
        """Versioned, free-form configuration objects stored per device, which can be pushed to the device."""
        from .device_configuration import DeviceConfigurationResource

        return DeviceConfigurationResource(self._client)

    @cached_property
    def device_credentials(self) -> DeviceCredentialsResource:
        """Public keys used by devices to sign JWTs when connecting with `DEVICE_CREDENTIALS` authentication."""
        from .device_credentials import DeviceCredentialsResource

        return DeviceCredentialsResource(self._client)

    @cached_property
    def downlinks(self) -> DownlinksResource:
        """Send downlinks to LoRaWAN and MQTT devices."""
        from .downlinks import DownlinksResource

        return DownlinksResource(self._client)

    def list_devices(
        self,
        *,
        workspace_id: str,
        organization_id: str | None = None,
        type_: str | None = "DEVICE",
        search: str | None = None,
        online: bool | None = None,
        provider: str | None = None,
        integration_id: str | None = None,
        data_flow_id: str | None = None,
        state: str | None = None,
        package_name: str | None = None,
        asset_ids: str | None = None,
        tags_ids: str | None = None,
        custom_fields_ids: str | None = None,
        lora_properties_device_class: str | None = None,
        lora_properties_activation_mode: str | None = None,
        lora_properties_carrier: str | None = None,
        lora_properties_actility_properties_device_profile_id: str | None = None,
        lora_properties_actility_properties_connectivity_plan_id: str | None = None,
        lora_properties_actility_properties_routing_profile_id: str | None = None,
        lora_properties_actility_properties_motion_indicator: str | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        akenza_client: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Device]:
        """List devices

        Lists devices through the generic asset endpoint `/v3/assets`, for a workspace or an organization, as a paginated Spring page.

        Either `workspaceId` or `organizationId` has to be provided. `type=DEVICE` restricts the result to devices (the other asset type is `SIM_CARD`).

        Multi-valued filters (`assetIds`, `tags.ids`, `customFields.ids`) take a comma-separated list of ids.

        ``GET /v3/assets``

        Args:
            workspace_id: The workspace id. Either `workspaceId` or `organizationId` is required.
            organization_id: The organization id. Either `workspaceId` or `organizationId` is required.
            type_: Asset type: `DEVICE` or `SIM_CARD`. Example: `DEVICE`.
            search: Free-text search on the asset name.
            online: Only return devices that are online (`true`) or offline (`false`). Example: `true`.
            provider: Filter by connectivity provider (e.g. `swisscom_lora`). Example: `swisscom_lora`.
            integration_id: Filter by integration id. Example: `0600000000000000`.
            data_flow_id: Filter by data flow id.
            state: Filter by asset state.
            package_name: Filter by package name.
            asset_ids: Comma-separated list of asset ids. Example: `0200000000000000,0200000000000001`.
            tags_ids: Comma-separated list of tag ids; returns assets having any of the tags.
            custom_fields_ids: Comma-separated list of custom field (metadata) ids.
            lora_properties_device_class: LoRaWAN device class: `A`, `B` or `C`. Example: `A`.
            lora_properties_activation_mode: LoRaWAN activation mode: `OTAA` or `ABP`. Example: `OTAA`.
            lora_properties_carrier: LoRaWAN carrier: `GENERIC_ACTILITY`, `SWISSCOM_ACTILITY`, `LORIOT` or `TTN`. Example: `SWISSCOM_ACTILITY`.
            lora_properties_actility_properties_device_profile_id: Actility device profile id. Example: `LORA/SwisscomA.1_FCC_Rx2-SF9`.
            lora_properties_actility_properties_connectivity_plan_id: Actility connectivity plan id. Example: `swisscom-cs/swisscom-cp-nb-notrouted`.
            lora_properties_actility_properties_routing_profile_id: Actility routing profile id. Example: `TWA_100015943.49486`.
            lora_properties_actility_properties_motion_indicator: Actility motion indicator: `NEAR_STATIC`, `WALKING_SPEED`, `VEHICLE_SPEED`, `BIKE_SPEED` or `RANDOM`. Example: `NEAR_STATIC`.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
            akenza_client: Optional client telemetry header (base64url-encoded JSON with client name and version) sent by the official SDKs.
        """
        return self._client._get_page(
            "GET",
            "/v3/assets",
            cast_to=Device,
            query={
                "workspaceId": workspace_id,
                "organizationId": organization_id,
                "type": type_,
                "search": search,
                "online": online,
                "provider": provider,
                "integrationId": integration_id,
                "dataFlowId": data_flow_id,
                "state": state,
                "packageName": package_name,
                "assetIds": asset_ids,
                "tags.ids": tags_ids,
                "customFields.ids": custom_fields_ids,
                "loraProperties.deviceClass": lora_properties_device_class,
                "loraProperties.activationMode": lora_properties_activation_mode,
                "loraProperties.carrier": lora_properties_carrier,
                "loraProperties.actilityProperties.deviceProfileId": lora_properties_actility_properties_device_profile_id,
                "loraProperties.actilityProperties.connectivityPlanId": lora_properties_actility_properties_connectivity_plan_id,
                "loraProperties.actilityProperties.routingProfileId": lora_properties_actility_properties_routing_profile_id,
                "loraProperties.actilityProperties.motionIndicator": lora_properties_actility_properties_motion_indicator,
                "page": page,
                "size": size,
                "sort": sort,
            },
            headers={"Akenza-Client": akenza_client},
            errors={403: ErrorBody, 429: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_device_by_id(
        self,
        device_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Device:
        """Get device by id

        Returns a single device including its data flow, tags, custom fields, uplink metrics and, for LoRaWAN devices, `loraProperties`.

        ``GET /v3/devices/{device_id}``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return self._client._request(
            "GET",
            "/v3/devices/{device_id}",
            cast_to=Device,
            path_params={"device_id": device_id},
            errors={404: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_device(
        self,
        *,
        body: CreateDeviceRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Device:
        """Create device

        Creates a device in a workspace and assigns it to a data flow.

        **Body**
        - `name` (string, required)
        - `description` (string, optional)
        - `deviceId` (string, required) — the physical device id (e.g. DevEUI for LoRaWAN)
        - `workspaceId` (string, required)
        - `dataFlowId` (string, required)
        - `connectivity` (required) — `LORA`, `MQTT`, `HTTP` or `COAP`
        - `tags` (array of `{id}`) — tag references
        - `customFields` (array) — `{fieldMetaId, <TYPE>: value}` where `<TYPE>` is one of `STRING`, `NUMBER`, `DATE`, `JSON`, `GPS_COORDINATES`
        - `properties` (object) — free-form device properties
        - `onlineTimeout` (integer, seconds) — after which a silent device is considered offline
        - `timezoneOffset` (string, optional)
        - `loRaProperties` (object) — required for `LORA` devices: `carrier`, `activationMode`, `loraVersion`, `deviceClass`, `deviceEui`, keys, and `actilityProperties` / `ttnProperties` depending on the carrier. The Java client serializes this create field as `loRaProperties`, whereas responses and *Update device* use `loraProperties`.

        ``POST /v3/devices``

        Args:
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/devices",
            cast_to=Device,
            json=body,
            errors={400: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_device(
        self,
        device_id: str,
        *,
        body: UpdateDeviceRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Device:
        """Update device

        Updates a device. The body repeats the device `id`; at least one of `dataFlowId` / `integrationId` has to be set.

        **Body**: `id`, `name`, `connectivity` (required); `deviceId`, `description`, `tags`, `customFields`, `loraProperties`, `dataFlowId`, `integrationId`, `properties`, `onlineTimeout`, `timezoneOffset` (optional).

        ``PUT /v3/devices/{device_id}``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return self._client._request(
            "PUT",
            "/v3/devices/{device_id}",
            cast_to=Device,
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_device(
        self,
        device_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete device

        Deletes a device. Returns `204 No Content`.

        ``DELETE /v3/devices/{device_id}``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return self._client._request(
            "DELETE",
            "/v3/devices/{device_id}",
            cast_to=type(None),
            path_params={"device_id": device_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AssetsDevicesResourceWithRawResponse:
    """Like ``AssetsDevicesResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AssetsDevicesResource) -> None:
        self._target = target
        self.list_devices = to_raw_response_wrapper(target.list_devices)
        self.get_device_by_id = to_raw_response_wrapper(target.get_device_by_id)
        self.create_device = to_raw_response_wrapper(target.create_device)
        self.update_device = to_raw_response_wrapper(target.update_device)
        self.delete_device = to_raw_response_wrapper(target.delete_device)

    @cached_property
    def device_configuration(self) -> DeviceConfigurationResourceWithRawResponse:
        """Versioned, free-form configuration objects stored per device, which can be pushed to the device."""
        from .device_configuration import DeviceConfigurationResourceWithRawResponse

        return DeviceConfigurationResourceWithRawResponse(self._target.device_configuration)

    @cached_property
    def device_credentials(self) -> DeviceCredentialsResourceWithRawResponse:
        """Public keys used by devices to sign JWTs when connecting with `DEVICE_CREDENTIALS` authentication."""
        from .device_credentials import DeviceCredentialsResourceWithRawResponse

        return DeviceCredentialsResourceWithRawResponse(self._target.device_credentials)

    @cached_property
    def downlinks(self) -> DownlinksResourceWithRawResponse:
        """Send downlinks to LoRaWAN and MQTT devices."""
        from .downlinks import DownlinksResourceWithRawResponse

        return DownlinksResourceWithRawResponse(self._target.downlinks)


class AsyncAssetsDevicesResource(AsyncAPIResource):
    """Devices are assets of type `DEVICE`. Listing goes through the generic asset endpoint `/v3/assets`; single devices are managed under `/v3/devices`."""

    @cached_property
    def with_raw_response(self) -> AsyncAssetsDevicesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncAssetsDevicesResourceWithRawResponse(self)

    @cached_property
    def device_configuration(self) -> AsyncDeviceConfigurationResource:
        """Versioned, free-form configuration objects stored per device, which can be pushed to the device."""
        from .device_configuration import AsyncDeviceConfigurationResource

        return AsyncDeviceConfigurationResource(self._client)

    @cached_property
    def device_credentials(self) -> AsyncDeviceCredentialsResource:
        """Public keys used by devices to sign JWTs when connecting with `DEVICE_CREDENTIALS` authentication."""
        from .device_credentials import AsyncDeviceCredentialsResource

        return AsyncDeviceCredentialsResource(self._client)

    @cached_property
    def downlinks(self) -> AsyncDownlinksResource:
        """Send downlinks to LoRaWAN and MQTT devices."""
        from .downlinks import AsyncDownlinksResource

        return AsyncDownlinksResource(self._client)

    def list_devices(
        self,
        *,
        workspace_id: str,
        organization_id: str | None = None,
        type_: str | None = "DEVICE",
        search: str | None = None,
        online: bool | None = None,
        provider: str | None = None,
        integration_id: str | None = None,
        data_flow_id: str | None = None,
        state: str | None = None,
        package_name: str | None = None,
        asset_ids: str | None = None,
        tags_ids: str | None = None,
        custom_fields_ids: str | None = None,
        lora_properties_device_class: str | None = None,
        lora_properties_activation_mode: str | None = None,
        lora_properties_carrier: str | None = None,
        lora_properties_actility_properties_device_profile_id: str | None = None,
        lora_properties_actility_properties_connectivity_plan_id: str | None = None,
        lora_properties_actility_properties_routing_profile_id: str | None = None,
        lora_properties_actility_properties_motion_indicator: str | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        akenza_client: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Device]:
        """List devices

        Lists devices through the generic asset endpoint `/v3/assets`, for a workspace or an organization, as a paginated Spring page.

        Either `workspaceId` or `organizationId` has to be provided. `type=DEVICE` restricts the result to devices (the other asset type is `SIM_CARD`).

        Multi-valued filters (`assetIds`, `tags.ids`, `customFields.ids`) take a comma-separated list of ids.

        ``GET /v3/assets``

        Args:
            workspace_id: The workspace id. Either `workspaceId` or `organizationId` is required.
            organization_id: The organization id. Either `workspaceId` or `organizationId` is required.
            type_: Asset type: `DEVICE` or `SIM_CARD`. Example: `DEVICE`.
            search: Free-text search on the asset name.
            online: Only return devices that are online (`true`) or offline (`false`). Example: `true`.
            provider: Filter by connectivity provider (e.g. `swisscom_lora`). Example: `swisscom_lora`.
            integration_id: Filter by integration id. Example: `0600000000000000`.
            data_flow_id: Filter by data flow id.
            state: Filter by asset state.
            package_name: Filter by package name.
            asset_ids: Comma-separated list of asset ids. Example: `0200000000000000,0200000000000001`.
            tags_ids: Comma-separated list of tag ids; returns assets having any of the tags.
            custom_fields_ids: Comma-separated list of custom field (metadata) ids.
            lora_properties_device_class: LoRaWAN device class: `A`, `B` or `C`. Example: `A`.
            lora_properties_activation_mode: LoRaWAN activation mode: `OTAA` or `ABP`. Example: `OTAA`.
            lora_properties_carrier: LoRaWAN carrier: `GENERIC_ACTILITY`, `SWISSCOM_ACTILITY`, `LORIOT` or `TTN`. Example: `SWISSCOM_ACTILITY`.
            lora_properties_actility_properties_device_profile_id: Actility device profile id. Example: `LORA/SwisscomA.1_FCC_Rx2-SF9`.
            lora_properties_actility_properties_connectivity_plan_id: Actility connectivity plan id. Example: `swisscom-cs/swisscom-cp-nb-notrouted`.
            lora_properties_actility_properties_routing_profile_id: Actility routing profile id. Example: `TWA_100015943.49486`.
            lora_properties_actility_properties_motion_indicator: Actility motion indicator: `NEAR_STATIC`, `WALKING_SPEED`, `VEHICLE_SPEED`, `BIKE_SPEED` or `RANDOM`. Example: `NEAR_STATIC`.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
            akenza_client: Optional client telemetry header (base64url-encoded JSON with client name and version) sent by the official SDKs.
        """
        return self._client._get_page(
            "GET",
            "/v3/assets",
            cast_to=Device,
            query={
                "workspaceId": workspace_id,
                "organizationId": organization_id,
                "type": type_,
                "search": search,
                "online": online,
                "provider": provider,
                "integrationId": integration_id,
                "dataFlowId": data_flow_id,
                "state": state,
                "packageName": package_name,
                "assetIds": asset_ids,
                "tags.ids": tags_ids,
                "customFields.ids": custom_fields_ids,
                "loraProperties.deviceClass": lora_properties_device_class,
                "loraProperties.activationMode": lora_properties_activation_mode,
                "loraProperties.carrier": lora_properties_carrier,
                "loraProperties.actilityProperties.deviceProfileId": lora_properties_actility_properties_device_profile_id,
                "loraProperties.actilityProperties.connectivityPlanId": lora_properties_actility_properties_connectivity_plan_id,
                "loraProperties.actilityProperties.routingProfileId": lora_properties_actility_properties_routing_profile_id,
                "loraProperties.actilityProperties.motionIndicator": lora_properties_actility_properties_motion_indicator,
                "page": page,
                "size": size,
                "sort": sort,
            },
            headers={"Akenza-Client": akenza_client},
            errors={403: ErrorBody, 429: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_device_by_id(
        self,
        device_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Device:
        """Get device by id

        Returns a single device including its data flow, tags, custom fields, uplink metrics and, for LoRaWAN devices, `loraProperties`.

        ``GET /v3/devices/{device_id}``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return await self._client._request(
            "GET",
            "/v3/devices/{device_id}",
            cast_to=Device,
            path_params={"device_id": device_id},
            errors={404: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_device(
        self,
        *,
        body: CreateDeviceRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Device:
        """Create device

        Creates a device in a workspace and assigns it to a data flow.

        **Body**
        - `name` (string, required)
        - `description` (string, optional)
        - `deviceId` (string, required) — the physical device id (e.g. DevEUI for LoRaWAN)
        - `workspaceId` (string, required)
        - `dataFlowId` (string, required)
        - `connectivity` (required) — `LORA`, `MQTT`, `HTTP` or `COAP`
        - `tags` (array of `{id}`) — tag references
        - `customFields` (array) — `{fieldMetaId, <TYPE>: value}` where `<TYPE>` is one of `STRING`, `NUMBER`, `DATE`, `JSON`, `GPS_COORDINATES`
        - `properties` (object) — free-form device properties
        - `onlineTimeout` (integer, seconds) — after which a silent device is considered offline
        - `timezoneOffset` (string, optional)
        - `loRaProperties` (object) — required for `LORA` devices: `carrier`, `activationMode`, `loraVersion`, `deviceClass`, `deviceEui`, keys, and `actilityProperties` / `ttnProperties` depending on the carrier. The Java client serializes this create field as `loRaProperties`, whereas responses and *Update device* use `loraProperties`.

        ``POST /v3/devices``

        Args:
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/devices",
            cast_to=Device,
            json=body,
            errors={400: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_device(
        self,
        device_id: str,
        *,
        body: UpdateDeviceRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Device:
        """Update device

        Updates a device. The body repeats the device `id`; at least one of `dataFlowId` / `integrationId` has to be set.

        **Body**: `id`, `name`, `connectivity` (required); `deviceId`, `description`, `tags`, `customFields`, `loraProperties`, `dataFlowId`, `integrationId`, `properties`, `onlineTimeout`, `timezoneOffset` (optional).

        ``PUT /v3/devices/{device_id}``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return await self._client._request(
            "PUT",
            "/v3/devices/{device_id}",
            cast_to=Device,
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_device(
        self,
        device_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete device

        Deletes a device. Returns `204 No Content`.

        ``DELETE /v3/devices/{device_id}``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return await self._client._request(
            "DELETE",
            "/v3/devices/{device_id}",
            cast_to=type(None),
            path_params={"device_id": device_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAssetsDevicesResourceWithRawResponse:
    """Like ``AsyncAssetsDevicesResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncAssetsDevicesResource) -> None:
        self._target = target
        self.list_devices = async_to_raw_response_wrapper(target.list_devices)
        self.get_device_by_id = async_to_raw_response_wrapper(target.get_device_by_id)
        self.create_device = async_to_raw_response_wrapper(target.create_device)
        self.update_device = async_to_raw_response_wrapper(target.update_device)
        self.delete_device = async_to_raw_response_wrapper(target.delete_device)

    @cached_property
    def device_configuration(self) -> AsyncDeviceConfigurationResourceWithRawResponse:
        """Versioned, free-form configuration objects stored per device, which can be pushed to the device."""
        from .device_configuration import AsyncDeviceConfigurationResourceWithRawResponse

        return AsyncDeviceConfigurationResourceWithRawResponse(self._target.device_configuration)

    @cached_property
    def device_credentials(self) -> AsyncDeviceCredentialsResourceWithRawResponse:
        """Public keys used by devices to sign JWTs when connecting with `DEVICE_CREDENTIALS` authentication."""
        from .device_credentials import AsyncDeviceCredentialsResourceWithRawResponse

        return AsyncDeviceCredentialsResourceWithRawResponse(self._target.device_credentials)

    @cached_property
    def downlinks(self) -> AsyncDownlinksResourceWithRawResponse:
        """Send downlinks to LoRaWAN and MQTT devices."""
        from .downlinks import AsyncDownlinksResourceWithRawResponse

        return AsyncDownlinksResourceWithRawResponse(self._target.downlinks)
