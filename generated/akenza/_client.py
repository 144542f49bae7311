"""The Akenza and AsyncAkenza clients."""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping, Sequence
from functools import cached_property

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._exceptions import MissingCredentialsError
from ._types import Timeout
from .resources.assets_devices import AssetsDevicesResource, AsyncAssetsDevicesResource
from .resources.custom_fields import AsyncCustomFieldsResource, CustomFieldsResource
from .resources.data_flows import AsyncDataFlowsResource, DataFlowsResource
from .resources.device_connectors import AsyncDeviceConnectorsResource, DeviceConnectorsResource
from .resources.device_data import AsyncDeviceDataResource, DeviceDataResource
from .resources.device_types import AsyncDeviceTypesResource, DeviceTypesResource
from .resources.http_uplink import AsyncHttpUplinkResource, HttpUplinkResource
from .resources.operations import AsyncOperationsResource, OperationsResource
from .resources.organizations import AsyncOrganizationsResource, OrganizationsResource
from .resources.output_connectors import AsyncOutputConnectorsResource, OutputConnectorsResource
from .resources.rules import AsyncRulesResource, RulesResource
from .resources.script_runner import AsyncScriptRunnerResource, ScriptRunnerResource
from .resources.tags import AsyncTagsResource, TagsResource
from .resources.workspaces import AsyncWorkspacesResource, WorkspacesResource

__all__ = ["Akenza", "AsyncAkenza"]

DEFAULT_BASE_URL = "https://api.akenza.io"
DEFAULT_BASE_URLS: dict[str, str] = {
    "dataGatewayUrl": "https://data-gateway.akenza.io",
}


def _basic(username: str | None, password: str | None) -> str:
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    return f"Basic {token}"


class _Credentials:
    """Credentials and how they authenticate requests; never shown in repr or errors."""

    bearer_token: str | None
    api_key: str | None

    def _init_credentials(self, bearer_token: str | None, api_key: str | None) -> None:
        self.bearer_token = (
            bearer_token if bearer_token is not None else os.environ.get("AKENZA_BEARER_TOKEN")
        )
        self.api_key = api_key if api_key is not None else os.environ.get("AKENZA_API_KEY")

    def auth_headers(self, schemes: Sequence[str]) -> tuple[dict[str, str], dict[str, str]]:
        """Headers and query parameters for the first of ``schemes`` with credentials set."""
        candidates = [
            *schemes,
            *(s for s in ["bearer", "apikey:header:x-api-key"] if s not in schemes),
        ]
        for scheme in candidates:
            if scheme == "bearer" and self.bearer_token:
                return {"Authorization": f"Bearer {self.bearer_token}"}, {}
            if scheme == "apikey:header:x-api-key" and self.api_key:
                return {"x-api-key": self.api_key}, {}
        raise MissingCredentialsError(
            "This endpoint needs credentials: pass bearer_token, api_key to the client or set one of these environment variables: AKENZA_BEARER_TOKEN, AKENZA_API_KEY."
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={getattr(self, 'base_url', '')!r}>"


class Akenza(_Credentials, SyncAPIClient):
    """akenza API v3

    The akenza REST API (v3) gives programmatic access to the akenza IoT platform: organizations, workspaces, devices, device types, data flows, device and output connectors, rules, tags, custom fields, device data and more.

    Base URL: `https://api.akenza.io` (variable `{{baseUrl}}`; private-cloud installations use their own domain). All paths are prefixed with `/v3`. Request and response bodies are JSON (`Content-Type: application/json`); ids are 16-character hexadecimal strings and timestamps are ISO-8601.

    ## Authentication

    Requests are authenticated in one of two ways:

    - **API key** — send the API key *secret* in the `x-api-key` header. API keys are created on organization level by Organization Owners and Administrators and carry permissions that can restrict access to parts of the organization, its workspaces, or whole features. This collection uses API-key auth by default (variable `{{apiKey}}`).
    - **User JWT** — send a user access token as `Authorization: Bearer <token>` (variable `{{accessToken}}`). The *Organizations* folder is configured this way.

    Requests outside the permission scopes of the API key (e.g. deleting an organization) are rejected with a permission denied error (`403 Forbidden`).

    The device-side HTTP uplink endpoint on the data gateway (`{{dataGatewayUrl}}/v3/capture`) does not use API keys; it is authenticated with the device connector's uplink secret.

    ## Pagination

    List endpoints return a Spring Data page and accept the query parameters `page` (zero-based), `size` and `sort` (`property,direction`):

    ```json
    {
      "content": [ ... ],
      "pageable": { "sort": { "empty": true, "sorted": false, "unsorted": true }, "offset": 0, "pageNumber": 0, "pageSize": 25, "paged": true, "unpaged": false },
      "totalPages": 1,
      "totalElements": 1,
      "last": true,
      "number": 0,
      "sort": { "empty": true, "sorted": false, "unsorted": true },
      "size": 25,
      "numberOfElements": 1,
      "first": true,
      "empty": false
    }
    ```

    Iterate until `last` is `true`. Unpaged results may report `"pageable": "INSTANCE"`. Device data queries (`/v3/devices/{id}/query`) use `limit`/`skip` in the request body instead.

    ## Errors

    Non-2xx responses carry a JSON error object:

    ```json
    {
      "timestamp": "2021-02-19T15:06:56.928+00:00",
      "path": "/v3/assets",
      "status": 403,
      "error": "Forbidden",
      "message": "Permission denied",
      "requestId": "4d2f7a01-1"
    }
    ```

    | Status | Meaning |
    | --- | --- |
    | 400 | The request is invalid (validation error) |
    | 401 | Missing or invalid credentials |
    | 403 | Permission denied — the API key or user lacks the required permission |
    | 404 | The resource does not exist |
    | 429 | Rate limit exceeded |

    Successful deletes and downlinks return `204 No Content`.

    ## Rate limiting

    Requests are rate limited. When the limit is exceeded the API answers `429 Too Many Requests` with the headers `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`. Clients should back off and retry; the official Java client retries 429 responses up to three times with exponential backoff (100 ms initial, 1 s maximum, 20 % jitter).

    ## Further reading

    - REST API overview: https://docs.akenza.io/akenza.io/get-started/reference/api-documentation
    - Querying device data: https://docs.akenza.io/akenza.io/get-started/reference/api-documentation/querying-device-data
    - HTTP device connector: https://docs.akenza.io/akenza.io/get-started/your-data-flow/device-connector/http
    """

    def __init__(
        self,
        bearer_token: str | None = None,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        base_urls: Mapping[str, str] | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Create a client.

        Args:
            bearer_token: Bearer token (for example a user JWT or an OAuth access token). Defaults to the ``AKENZA_BEARER_TOKEN`` environment variable.
            api_key: API key, sent in the ``x-api-key`` header. Defaults to the ``AKENZA_API_KEY`` environment variable.
            base_url: Defaults to ``AKENZA_BASE_URL``, then to ``https://api.akenza.io``.
            base_urls: Other base URLs by name, for endpoints on another host.
            timeout: Seconds (or an ``httpx.Timeout``) per request.
            max_retries: How often a failed request is retried.
            http_client: A custom httpx client (proxies, transports, auth).
            default_headers: Headers sent with every request.
        """
        self._init_credentials(bearer_token, api_key)
        super().__init__(
            base_url=base_url or os.environ.get("AKENZA_BASE_URL") or DEFAULT_BASE_URL,
            base_urls={**DEFAULT_BASE_URLS, **(base_urls or {})},
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_headers=default_headers,
        )

    @cached_property
    def organizations(self) -> OrganizationsResource:
        """Organizations are the top-level tenant in akenza; workspaces, device types, custom logic blocks and API keys belong to an organization.

        **Authentication:** this folder overrides the collection auth and authenticates as a *user* with a JWT (`Authorization: Bearer {{accessToken}}`). An API key (`x-api-key`) with organization read permission works as well.
        """
        return OrganizationsResource(self)

    @cached_property
    def workspaces(self) -> WorkspacesResource:
        """Workspaces group devices, data flows, rules, tags and custom fields inside an organization."""
        return WorkspacesResource(self)

    @cached_property
    def assets_devices(self) -> AssetsDevicesResource:
        """Devices are assets of type `DEVICE`. Listing goes through the generic asset endpoint `/v3/assets`; single devices are managed under `/v3/devices`."""
        return AssetsDevicesResource(self)

    @cached_property
    def device_types(self) -> DeviceTypesResource:
        """Device types decode uplinks (and encode downlinks) with JavaScript scripts. Library device types are provided by akenza; custom device types belong to an organization."""
        return DeviceTypesResource(self)

    @cached_property
    def data_flows(self) -> DataFlowsResource:
        """A data flow routes uplinks from a device connector through a device type to output connectors."""
        return DataFlowsResource(self)

    @cached_property
    def device_connectors(self) -> DeviceConnectorsResource:
        """Device connectors define how devices send data to akenza (HTTP, MQTT, CoAP, LoRaWAN integrations)."""
        return DeviceConnectorsResource(self)

    @cached_property
    def output_connectors(self) -> OutputConnectorsResource:
        """Output connectors forward processed data (data flow scope) or rule actions (rule action scope) to databases, streams, webhooks, e-mail, SMS, chat tools or devices (downlinks)."""
        return OutputConnectorsResource(self)

    @cached_property
    def rules(self) -> RulesResource:
        """Rules evaluate incoming data (comparison, geo-fence or custom logic) and trigger actions through output connectors."""
        return RulesResource(self)

    @cached_property
    def tags(self) -> TagsResource:
        """Tags group devices in a workspace; they can be used as rule inputs and asset filters."""
        return TagsResource(self)

    @cached_property
    def custom_fields(self) -> CustomFieldsResource:
        """Custom field definitions (metadata) of a workspace. Values are set per device via the `customFields` array of the device endpoints."""
        return CustomFieldsResource(self)

    @cached_property
    def operations(self) -> OperationsResource:
        """Status of long-running, asynchronous operations."""
        return OperationsResource(self)

    @cached_property
    def script_runner(self) -> ScriptRunnerResource:
        """Test scripts without deploying them."""
        return ScriptRunnerResource(self)

    @cached_property
    def device_data(self) -> DeviceDataResource:
        """Reading (queries, aggregations) and writing (backfilling) device data."""
        return DeviceDataResource(self)

    @cached_property
    def http_uplink(self) -> HttpUplinkResource:
        """Device-side HTTP ingestion on the data gateway (`{{dataGatewayUrl}}`). Not part of the management API; included because it is the HTTP counterpart of backfilling."""
        return HttpUplinkResource(self)

    def __enter__(self) -> Akenza:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncAkenza(_Credentials, AsyncAPIClient):
    """akenza API v3

    The akenza REST API (v3) gives programmatic access to the akenza IoT platform: organizations, workspaces, devices, device types, data flows, device and output connectors, rules, tags, custom fields, device data and more.

    Base URL: `https://api.akenza.io` (variable `{{baseUrl}}`; private-cloud installations use their own domain). All paths are prefixed with `/v3`. Request and response bodies are JSON (`Content-Type: application/json`); ids are 16-character hexadecimal strings and timestamps are ISO-8601.

    ## Authentication

    Requests are authenticated in one of two ways:

    - **API key** — send the API key *secret* in the `x-api-key` header. API keys are created on organization level by Organization Owners and Administrators and carry permissions that can restrict access to parts of the organization, its workspaces, or whole features. This collection uses API-key auth by default (variable `{{apiKey}}`).
    - **User JWT** — send a user access token as `Authorization: Bearer <token>` (variable `{{accessToken}}`). The *Organizations* folder is configured this way.

    Requests outside the permission scopes of the API key (e.g. deleting an organization) are rejected with a permission denied error (`403 Forbidden`).

    The device-side HTTP uplink endpoint on the data gateway (`{{dataGatewayUrl}}/v3/capture`) does not use API keys; it is authenticated with the device connector's uplink secret.

    ## Pagination

    List endpoints return a Spring Data page and accept the query parameters `page` (zero-based), `size` and `sort` (`property,direction`):

    ```json
    {
      "content": [ ... ],
      "pageable": { "sort": { "empty": true, "sorted": false, "unsorted": true }, "offset": 0, "pageNumber": 0, "pageSize": 25, "paged": true, "unpaged": false },
      "totalPages": 1,
      "totalElements": 1,
      "last": true,
      "number": 0,
      "sort": { "empty": true, "sorted": false, "unsorted": true },
      "size": 25,
      "numberOfElements": 1,
      "first": true,
      "empty": false
    }
    ```

    Iterate until `last` is `true`. Unpaged results may report `"pageable": "INSTANCE"`. Device data queries (`/v3/devices/{id}/query`) use `limit`/`skip` in the request body instead.

    ## Errors

    Non-2xx responses carry a JSON error object:

    ```json
    {
      "timestamp": "2021-02-19T15:06:56.928+00:00",
      "path": "/v3/assets",
      "status": 403,
      "error": "Forbidden",
      "message": "Permission denied",
      "requestId": "4d2f7a01-1"
    }
    ```

    | Status | Meaning |
    | --- | --- |
    | 400 | The request is invalid (validation error) |
    | 401 | Missing or invalid credentials |
    | 403 | Permission denied — the API key or user lacks the required permission |
    | 404 | The resource does not exist |
    | 429 | Rate limit exceeded |

    Successful deletes and downlinks return `204 No Content`.

    ## Rate limiting

    Requests are rate limited. When the limit is exceeded the API answers `429 Too Many Requests` with the headers `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`. Clients should back off and retry; the official Java client retries 429 responses up to three times with exponential backoff (100 ms initial, 1 s maximum, 20 % jitter).

    ## Further reading

    - REST API overview: https://docs.akenza.io/akenza.io/get-started/reference/api-documentation
    - Querying device data: https://docs.akenza.io/akenza.io/get-started/reference/api-documentation/querying-device-data
    - HTTP device connector: https://docs.akenza.io/akenza.io/get-started/your-data-flow/device-connector/http
    """

    def __init__(
        self,
        bearer_token: str | None = None,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        base_urls: Mapping[str, str] | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Create a client.

        Args:
            bearer_token: Bearer token (for example a user JWT or an OAuth access token). Defaults to the ``AKENZA_BEARER_TOKEN`` environment variable.
            api_key: API key, sent in the ``x-api-key`` header. Defaults to the ``AKENZA_API_KEY`` environment variable.
            base_url: Defaults to ``AKENZA_BASE_URL``, then to ``https://api.akenza.io``.
            base_urls: Other base URLs by name, for endpoints on another host.
            timeout: Seconds (or an ``httpx.Timeout``) per request.
            max_retries: How often a failed request is retried.
            http_client: A custom httpx client (proxies, transports, auth).
            default_headers: Headers sent with every request.
        """
        self._init_credentials(bearer_token, api_key)
        super().__init__(
            base_url=base_url or os.environ.get("AKENZA_BASE_URL") or DEFAULT_BASE_URL,
            base_urls={**DEFAULT_BASE_URLS, **(base_urls or {})},
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_headers=default_headers,
        )

    @cached_property
    def organizations(self) -> AsyncOrganizationsResource:
        """Organizations are the top-level tenant in akenza; workspaces, device types, custom logic blocks and API keys belong to an organization.

        **Authentication:** this folder overrides the collection auth and authenticates as a *user* with a JWT (`Authorization: Bearer {{accessToken}}`). An API key (`x-api-key`) with organization read permission works as well.
        """
        return AsyncOrganizationsResource(self)

    @cached_property
    def workspaces(self) -> AsyncWorkspacesResource:
        """Workspaces group devices, data flows, rules, tags and custom fields inside an organization."""
        return AsyncWorkspacesResource(self)

    @cached_property
    def assets_devices(self) -> AsyncAssetsDevicesResource:
        """Devices are assets of type `DEVICE`. Listing goes through the generic asset endpoint `/v3/assets`; single devices are managed under `/v3/devices`."""
        return AsyncAssetsDevicesResource(self)

    @cached_property
    def device_types(self) -> AsyncDeviceTypesResource:
        """Device types decode uplinks (and encode downlinks) with JavaScript scripts. Library device types are provided by akenza; custom device types belong to an organization."""
        return AsyncDeviceTypesResource(self)

    @cached_property
    def data_flows(self) -> AsyncDataFlowsResource:
        """A data flow routes uplinks from a device connector through a device type to output connectors."""
        return AsyncDataFlowsResource(self)

    @cached_property
    def device_connectors(self) -> AsyncDeviceConnectorsResource:
        """Device connectors define how devices send data to akenza (HTTP, MQTT, CoAP, LoRaWAN integrations)."""
        return AsyncDeviceConnectorsResource(self)

    @cached_property
    def output_connectors(self) -> AsyncOutputConnectorsResource:
        """Output connectors forward processed data (data flow scope) or rule actions (rule action scope) to databases, streams, webhooks, e-mail, SMS, chat tools or devices (downlinks)."""
        return AsyncOutputConnectorsResource(self)

    @cached_property
    def rules(self) -> AsyncRulesResource:
        """Rules evaluate incoming data (comparison, geo-fence or custom logic) and trigger actions through output connectors."""
        return AsyncRulesResource(self)

    @cached_property
    def tags(self) -> AsyncTagsResource:
        """Tags group devices in a workspace; they can be used as rule inputs and asset filters."""
        return AsyncTagsResource(self)

    @cached_property
    def custom_fields(self) -> AsyncCustomFieldsResource:
        """Custom field definitions (metadata) of a workspace. Values are set per device via the `customFields` array of the device endpoints."""
        return AsyncCustomFieldsResource(self)

    @cached_property
    def operations(self) -> AsyncOperationsResource:
        """Status of long-running, asynchronous operations."""
        return AsyncOperationsResource(self)

    @cached_property
    def script_runner(self) -> AsyncScriptRunnerResource:
        """Test scripts without deploying them."""
        return AsyncScriptRunnerResource(self)

    @cached_property
    def device_data(self) -> AsyncDeviceDataResource:
        """Reading (queries, aggregations) and writing (backfilling) device data."""
        return AsyncDeviceDataResource(self)

    @cached_property
    def http_uplink(self) -> AsyncHttpUplinkResource:
        """Device-side HTTP ingestion on the data gateway (`{{dataGatewayUrl}}`). Not part of the management API; included because it is the HTTP counterpart of backfilling."""
        return AsyncHttpUplinkResource(self)

    async def __aenter__(self) -> AsyncAkenza:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
