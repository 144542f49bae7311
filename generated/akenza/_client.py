"""The Akenza and AsyncAkenza clients."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Self

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from .resources.assets_devices import (
        AssetsDevicesResource,
        AssetsDevicesResourceWithRawResponse,
        AsyncAssetsDevicesResource,
        AsyncAssetsDevicesResourceWithRawResponse,
    )
    from .resources.custom_fields import (
        AsyncCustomFieldsResource,
        AsyncCustomFieldsResourceWithRawResponse,
        CustomFieldsResource,
        CustomFieldsResourceWithRawResponse,
    )
    from .resources.data_flows import (
        AsyncDataFlowsResource,
        AsyncDataFlowsResourceWithRawResponse,
        DataFlowsResource,
        DataFlowsResourceWithRawResponse,
    )
    from .resources.device_connectors import (
        AsyncDeviceConnectorsResource,
        AsyncDeviceConnectorsResourceWithRawResponse,
        DeviceConnectorsResource,
        DeviceConnectorsResourceWithRawResponse,
    )
    from .resources.device_data import (
        AsyncDeviceDataResource,
        AsyncDeviceDataResourceWithRawResponse,
        DeviceDataResource,
        DeviceDataResourceWithRawResponse,
    )
    from .resources.device_types import (
        AsyncDeviceTypesResource,
        AsyncDeviceTypesResourceWithRawResponse,
        DeviceTypesResource,
        DeviceTypesResourceWithRawResponse,
    )
    from .resources.http_uplink import (
        AsyncHttpUplinkResource,
        AsyncHttpUplinkResourceWithRawResponse,
        HttpUplinkResource,
        HttpUplinkResourceWithRawResponse,
    )
    from .resources.operations import (
        AsyncOperationsResource,
        AsyncOperationsResourceWithRawResponse,
        OperationsResource,
        OperationsResourceWithRawResponse,
    )
    from .resources.organizations import (
        AsyncOrganizationsResource,
        AsyncOrganizationsResourceWithRawResponse,
        OrganizationsResource,
        OrganizationsResourceWithRawResponse,
    )
    from .resources.output_connectors import (
        AsyncOutputConnectorsResource,
        AsyncOutputConnectorsResourceWithRawResponse,
        OutputConnectorsResource,
        OutputConnectorsResourceWithRawResponse,
    )
    from .resources.rules import (
        AsyncRulesResource,
        AsyncRulesResourceWithRawResponse,
        RulesResource,
        RulesResourceWithRawResponse,
    )
    from .resources.script_runner import (
        AsyncScriptRunnerResource,
        AsyncScriptRunnerResourceWithRawResponse,
        ScriptRunnerResource,
        ScriptRunnerResourceWithRawResponse,
    )
    from .resources.tags import (
        AsyncTagsResource,
        AsyncTagsResourceWithRawResponse,
        TagsResource,
        TagsResourceWithRawResponse,
    )
    from .resources.workspaces import (
        AsyncWorkspacesResource,
        AsyncWorkspacesResourceWithRawResponse,
        WorkspacesResource,
        WorkspacesResourceWithRawResponse,
    )

__all__ = ["Akenza", "AsyncAkenza"]

DEFAULT_BASE_URL = "https://api.akenza.io"
BASE_URL_ENV = "AKENZA_BASE_URL"
# Hosts other than the main one, by collection variable, and the environment
# variables that override them.
DEFAULT_BASE_URLS: dict[str, str] = {
    "dataGatewayUrl": "https://data-gateway.akenza.io",
}
BASE_URL_ENVS: dict[str, str] = {
    "dataGatewayUrl": "AKENZA_DATA_GATEWAY_URL",
}


def _base_urls(explicit: Mapping[str, str] | None) -> dict[str, str]:
    urls = dict(DEFAULT_BASE_URLS)
    for key, env in BASE_URL_ENVS.items():
        urls[key] = os.environ.get(env) or urls[key]
    return {**urls, **(explicit or {})}


class _Credentials:
    """Credentials and how they authenticate requests; never shown in repr, logs or errors."""

    api_key: str | None
    bearer_token: str | None
    _auth_header_names: frozenset[str] = frozenset(["authorization", "x-api-key"])
    _secret_names: frozenset[str] = frozenset(["authorization", "x-api-key"])
    _passthrough_schemes: frozenset[str] = frozenset([])
    _missing_credentials_message = "This endpoint needs credentials: pass api_key, bearer_token to the client or set one of these environment variables: AKENZA_API_KEY, AKENZA_BEARER_TOKEN."

    def _init_credentials(self, api_key: str | None, bearer_token: str | None) -> None:
        self.api_key = api_key if api_key is not None else os.environ.get("AKENZA_API_KEY")
        self.bearer_token = (
            bearer_token if bearer_token is not None else os.environ.get("AKENZA_BEARER_TOKEN")
        )

    def _secret_values(self) -> list[str | None]:
        return [self.api_key, self.bearer_token]

    def auth_headers(self, schemes: Sequence[str]) -> tuple[dict[str, str], dict[str, str]] | None:
        """Headers and query parameters for the first of ``schemes`` the client has
        credentials for (then any other scheme it has credentials for); None if none."""
        candidates = [
            *schemes,
            *(s for s in ["apikey:header:x-api-key", "bearer"] if s not in schemes),
        ]
        for scheme in candidates:
            if scheme == "apikey:header:x-api-key" and self.api_key:
                return {"x-api-key": self.api_key}, {}
            if scheme == "bearer" and self.bearer_token:
                return {"Authorization": f"Bearer {self.bearer_token}"}, {}
        return None

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
        api_key: str | None = None,
        *,
        bearer_token: str | None = None,
        base_url: str | None = None,
        base_urls: Mapping[str, str] | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        """Create a client (use it as a context manager, or call ``close()``).

        Args:
            api_key: API key, sent in the ``x-api-key`` header. Defaults to the ``AKENZA_API_KEY`` environment variable.
            bearer_token: Bearer token (for example a user JWT or an OAuth access token). Defaults to the ``AKENZA_BEARER_TOKEN`` environment variable.
            base_url: Defaults to ``AKENZA_BASE_URL``, then to ``https://api.akenza.io``.
            base_urls: Other base URLs by collection variable, for endpoints on another host (``dataGatewayUrl``, default from ``AKENZA_DATA_GATEWAY_URL``).
            timeout: Seconds (or an ``httpx.Timeout``) per request; each method also takes ``timeout=``.
            max_retries: How often a failed request is retried (see the README for which failures).
            http_client: A custom httpx client (proxies, transports, auth); the caller closes it.
            default_headers: Headers sent with every request.
            strict_response_validation: Raise ``APIResponseValidationError`` when a response does
                not match its declared type, instead of returning the data with a logged warning.
        """
        self._init_credentials(api_key, bearer_token)
        super().__init__(
            base_url=base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
            base_urls=_base_urls(base_urls),
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )

    def with_options(
        self,
        *,
        api_key: str | None | NotGiven = NOT_GIVEN,
        bearer_token: str | None | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        base_urls: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with some settings changed.

        The copy shares the connection pool (closing the copy leaves it open; close
        the original). ``base_urls`` and ``default_headers`` are merged into the
        current ones; a credential set to ``None`` falls back to its environment variable.
        """
        return type(self)(
            api_key=self.api_key if isinstance(api_key, NotGiven) else api_key,
            bearer_token=self.bearer_token if isinstance(bearer_token, NotGiven) else bearer_token,
            base_url=self.base_url if isinstance(base_url, NotGiven) else base_url,
            base_urls={**self.base_urls, **(base_urls or {})},
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            http_client=self._client,
            default_headers={**self.default_headers, **(default_headers or {})},
            strict_response_validation=(
                self._strict_response_validation
                if isinstance(strict_response_validation, NotGiven)
                else strict_response_validation
            ),
        )

    @cached_property
    def with_raw_response(self) -> AkenzaWithRawResponse:
        """The same methods and resources, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AkenzaWithRawResponse(self)

    @cached_property
    def organizations(self) -> OrganizationsResource:
        """Organizations are the top-level tenant in akenza; workspaces, device types, custom logic blocks and API keys belong to an organization.

        **Authentication:** this folder overrides the collection auth and authenticates as a *user* with a JWT (`Authorization: Bearer {{accessToken}}`). An API key (`x-api-key`) with organization read permission works as well.
        """
        from .resources.organizations import OrganizationsResource

        return OrganizationsResource(self)

    @cached_property
    def workspaces(self) -> WorkspacesResource:
        """Workspaces group devices, data flows, rules, tags and custom fields inside an organization."""
        from .resources.workspaces import WorkspacesResource

        return WorkspacesResource(self)

    @cached_property
    def assets_devices(self) -> AssetsDevicesResource:
        """Devices are assets of type `DEVICE`. Listing goes through the generic asset endpoint `/v3/assets`; single devices are managed under `/v3/devices`."""
        from .resources.assets_devices import AssetsDevicesResource

        return AssetsDevicesResource(self)

    @cached_property
    def device_types(self) -> DeviceTypesResource:
        """Device types decode uplinks (and encode downlinks) with JavaScript scripts. Library device types are provided by akenza; custom device types belong to an organization."""
        from .resources.device_types import DeviceTypesResource

        return DeviceTypesResource(self)

    @cached_property
    def data_flows(self) -> DataFlowsResource:
        """A data flow routes uplinks from a device connector through a device type to output connectors."""
        from .resources.data_flows import DataFlowsResource

        return DataFlowsResource(self)

    @cached_property
    def device_connectors(self) -> DeviceConnectorsResource:
        """Device connectors define how devices send data to akenza (HTTP, MQTT, CoAP, LoRaWAN integrations)."""
        from .resources.device_connectors import DeviceConnectorsResource

        return DeviceConnectorsResource(self)

    @cached_property
    def output_connectors(self) -> OutputConnectorsResource:
        """Output connectors forward processed data (data flow scope) or rule actions (rule action scope) to databases, streams, webhooks, e-mail, SMS, chat tools or devices (downlinks)."""
        from .resources.output_connectors import OutputConnectorsResource

        return OutputConnectorsResource(self)

    @cached_property
    def rules(self) -> RulesResource:
        """Rules evaluate incoming data (comparison, geo-fence or custom logic) and trigger actions through output connectors."""
        from .resources.rules import RulesResource

        return RulesResource(self)

    @cached_property
    def tags(self) -> TagsResource:
        """Tags group devices in a workspace; they can be used as rule inputs and asset filters."""
        from .resources.tags import TagsResource

        return TagsResource(self)

    @cached_property
    def custom_fields(self) -> CustomFieldsResource:
        """Custom field definitions (metadata) of a workspace. Values are set per device via the `customFields` array of the device endpoints."""
        from .resources.custom_fields import CustomFieldsResource

        return CustomFieldsResource(self)

    @cached_property
    def operations(self) -> OperationsResource:
        """Status of long-running, asynchronous operations."""
        from .resources.operations import OperationsResource

        return OperationsResource(self)

    @cached_property
    def script_runner(self) -> ScriptRunnerResource:
        """Test scripts without deploying them."""
        from .resources.script_runner import ScriptRunnerResource

        return ScriptRunnerResource(self)

    @cached_property
    def device_data(self) -> DeviceDataResource:
        """Reading (queries, aggregations) and writing (backfilling) device data."""
        from .resources.device_data import DeviceDataResource

        return DeviceDataResource(self)

    @cached_property
    def http_uplink(self) -> HttpUplinkResource:
        """Device-side HTTP ingestion on the data gateway (`{{dataGatewayUrl}}`). Not part of the management API; included because it is the HTTP counterpart of backfilling."""
        from .resources.http_uplink import HttpUplinkResource

        return HttpUplinkResource(self)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AkenzaWithRawResponse:
    """Like ``Akenza``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: Akenza) -> None:
        self._target = target

    @cached_property
    def organizations(self) -> OrganizationsResourceWithRawResponse:
        """Organizations are the top-level tenant in akenza; workspaces, device types, custom logic blocks and API keys belong to an organization.

        **Authentication:** this folder overrides the collection auth and authenticates as a *user* with a JWT (`Authorization: Bearer {{accessToken}}`). An API key (`x-api-key`) with organization read permission works as well.
        """
        from .resources.organizations import OrganizationsResourceWithRawResponse

        return OrganizationsResourceWithRawResponse(self._target.organizations)

    @cached_property
    def workspaces(self) -> WorkspacesResourceWithRawResponse:
        """Workspaces group devices, data flows, rules, tags and custom fields inside an organization."""
        from .resources.workspaces import WorkspacesResourceWithRawResponse

        return WorkspacesResourceWithRawResponse(self._target.workspaces)

    @cached_property
    def assets_devices(self) -> AssetsDevicesResourceWithRawResponse:
        """Devices are assets of type `DEVICE`. Listing goes through the generic asset endpoint `/v3/assets`; single devices are managed under `/v3/devices`."""
        from .resources.assets_devices import AssetsDevicesResourceWithRawResponse

        return AssetsDevicesResourceWithRawResponse(self._target.assets_devices)

    @cached_property
    def device_types(self) -> DeviceTypesResourceWithRawResponse:
        """Device types decode uplinks (and encode downlinks) with JavaScript scripts. Library device types are provided by akenza; custom device types belong to an organization."""
        from .resources.device_types import DeviceTypesResourceWithRawResponse

        return DeviceTypesResourceWithRawResponse(self._target.device_types)

    @cached_property
    def data_flows(self) -> DataFlowsResourceWithRawResponse:
        """A data flow routes uplinks from a device connector through a device type to output connectors."""
        from .resources.data_flows import DataFlowsResourceWithRawResponse

        return DataFlowsResourceWithRawResponse(self._target.data_flows)

    @cached_property
    def device_connectors(self) -> DeviceConnectorsResourceWithRawResponse:
        """Device connectors define how devices send data to akenza (HTTP, MQTT, CoAP, LoRaWAN integrations)."""
        from .resources.device_connectors import DeviceConnectorsResourceWithRawResponse

        return DeviceConnectorsResourceWithRawResponse(self._target.device_connectors)

    @cached_property
    def output_connectors(self) -> OutputConnectorsResourceWithRawResponse:
        """Output connectors forward processed data (data flow scope) or rule actions (rule action scope) to databases, streams, webhooks, e-mail, SMS, chat tools or devices (downlinks)."""
        from .resources.output_connectors import OutputConnectorsResourceWithRawResponse

        return OutputConnectorsResourceWithRawResponse(self._target.output_connectors)

    @cached_property
    def rules(self) -> RulesResourceWithRawResponse:
        """Rules evaluate incoming data (comparison, geo-fence or custom logic) and trigger actions through output connectors."""
        from .resources.rules import RulesResourceWithRawResponse

        return RulesResourceWithRawResponse(self._target.rules)

    @cached_property
    def tags(self) -> TagsResourceWithRawResponse:
        """Tags group devices in a workspace; they can be used as rule inputs and asset filters."""
        from .resources.tags import TagsResourceWithRawResponse

        return TagsResourceWithRawResponse(self._target.tags)

    @cached_property
    def custom_fields(self) -> CustomFieldsResourceWithRawResponse:
        """Custom field definitions (metadata) of a workspace. Values are set per device via the `customFields` array of the device endpoints."""
        from .resources.custom_fields import CustomFieldsResourceWithRawResponse

        return CustomFieldsResourceWithRawResponse(self._target.custom_fields)

    @cached_property
    def operations(self) -> OperationsResourceWithRawResponse:
        """Status of long-running, asynchronous operations."""
        from .resources.operations import OperationsResourceWithRawResponse

        return OperationsResourceWithRawResponse(self._target.operations)

    @cached_property
    def script_runner(self) -> ScriptRunnerResourceWithRawResponse:
        """Test scripts without deploying them."""
        from .resources.script_runner import ScriptRunnerResourceWithRawResponse

        return ScriptRunnerResourceWithRawResponse(self._target.script_runner)

    @cached_property
    def device_data(self) -> DeviceDataResourceWithRawResponse:
        """Reading (queries, aggregations) and writing (backfilling) device data."""
        from .resources.device_data import DeviceDataResourceWithRawResponse

        return DeviceDataResourceWithRawResponse(self._target.device_data)

    @cached_property
    def http_uplink(self) -> HttpUplinkResourceWithRawResponse:
        """Device-side HTTP ingestion on the data gateway (`{{dataGatewayUrl}}`). Not part of the management API; included because it is the HTTP counterpart of backfilling."""
        from .resources.http_uplink import HttpUplinkResourceWithRawResponse

        return HttpUplinkResourceWithRawResponse(self._target.http_uplink)


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
        api_key: str | None = None,
        *,
        bearer_token: str | None = None,
        base_url: str | None = None,
        base_urls: Mapping[str, str] | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        """Create a client (use it as an async context manager, or call ``await close()``).

        Args:
            api_key: API key, sent in the ``x-api-key`` header. Defaults to the ``AKENZA_API_KEY`` environment variable.
            bearer_token: Bearer token (for example a user JWT or an OAuth access token). Defaults to the ``AKENZA_BEARER_TOKEN`` environment variable.
            base_url: Defaults to ``AKENZA_BASE_URL``, then to ``https://api.akenza.io``.
            base_urls: Other base URLs by collection variable, for endpoints on another host (``dataGatewayUrl``, default from ``AKENZA_DATA_GATEWAY_URL``).
            timeout: Seconds (or an ``httpx.Timeout``) per request; each method also takes ``timeout=``.
            max_retries: How often a failed request is retried (see the README for which failures).
            http_client: A custom httpx client (proxies, transports, auth); the caller closes it.
            default_headers: Headers sent with every request.
            strict_response_validation: Raise ``APIResponseValidationError`` when a response does
                not match its declared type, instead of returning the data with a logged warning.
        """
        self._init_credentials(api_key, bearer_token)
        super().__init__(
            base_url=base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
            base_urls=_base_urls(base_urls),
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )

    def with_options(
        self,
        *,
        api_key: str | None | NotGiven = NOT_GIVEN,
        bearer_token: str | None | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        base_urls: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with some settings changed.

        The copy shares the connection pool (closing the copy leaves it open; close
        the original). ``base_urls`` and ``default_headers`` are merged into the
        current ones; a credential set to ``None`` falls back to its environment variable.
        """
        return type(self)(
            api_key=self.api_key if isinstance(api_key, NotGiven) else api_key,
            bearer_token=self.bearer_token if isinstance(bearer_token, NotGiven) else bearer_token,
            base_url=self.base_url if isinstance(base_url, NotGiven) else base_url,
            base_urls={**self.base_urls, **(base_urls or {})},
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            http_client=self._client,
            default_headers={**self.default_headers, **(default_headers or {})},
            strict_response_validation=(
                self._strict_response_validation
                if isinstance(strict_response_validation, NotGiven)
                else strict_response_validation
            ),
        )

    @cached_property
    def with_raw_response(self) -> AsyncAkenzaWithRawResponse:
        """The same methods and resources, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncAkenzaWithRawResponse(self)

    @cached_property
    def organizations(self) -> AsyncOrganizationsResource:
        """Organizations are the top-level tenant in akenza; workspaces, device types, custom logic blocks and API keys belong to an organization.

        **Authentication:** this folder overrides the collection auth and authenticates as a *user* with a JWT (`Authorization: Bearer {{accessToken}}`). An API key (`x-api-key`) with organization read permission works as well.
        """
        from .resources.organizations import AsyncOrganizationsResource

        return AsyncOrganizationsResource(self)

    @cached_property
    def workspaces(self) -> AsyncWorkspacesResource:
        """Workspaces group devices, data flows, rules, tags and custom fields inside an organization."""
        from .resources.workspaces import AsyncWorkspacesResource

        return AsyncWorkspacesResource(self)

    @cached_property
    def assets_devices(self) -> AsyncAssetsDevicesResource:
        """Devices are assets of type `DEVICE`. Listing goes through the generic asset endpoint `/v3/assets`; single devices are managed under `/v3/devices`."""
        from .resources.assets_devices import AsyncAssetsDevicesResource

        return AsyncAssetsDevicesResource(self)

    @cached_property
    def device_types(self) -> AsyncDeviceTypesResource:
        """Device types decode uplinks (and encode downlinks) with JavaScript scripts. Library device types are provided by akenza; custom device types belong to an organization."""
        from .resources.device_types import AsyncDeviceTypesResource

        return AsyncDeviceTypesResource(self)

    @cached_property
    def data_flows(self) -> AsyncDataFlowsResource:
        """A data flow routes uplinks from a device connector through a device type to output connectors."""
        from .resources.data_flows import AsyncDataFlowsResource

        return AsyncDataFlowsResource(self)

    @cached_property
    def device_connectors(self) -> AsyncDeviceConnectorsResource:
        """Device connectors define how devices send data to akenza (HTTP, MQTT, CoAP, LoRaWAN integrations)."""
        from .resources.device_connectors import AsyncDeviceConnectorsResource

        return AsyncDeviceConnectorsResource(self)

    @cached_property
    def output_connectors(self) -> AsyncOutputConnectorsResource:
        """Output connectors forward processed data (data flow scope) or rule actions (rule action scope) to databases, streams, webhooks, e-mail, SMS, chat tools or devices (downlinks)."""
        from .resources.output_connectors import AsyncOutputConnectorsResource

        return AsyncOutputConnectorsResource(self)

    @cached_property
    def rules(self) -> AsyncRulesResource:
        """Rules evaluate incoming data (comparison, geo-fence or custom logic) and trigger actions through output connectors."""
        from .resources.rules import AsyncRulesResource

        return AsyncRulesResource(self)

    @cached_property
    def tags(self) -> AsyncTagsResource:
        """Tags group devices in a workspace; they can be used as rule inputs and asset filters."""
        from .resources.tags import AsyncTagsResource

        return AsyncTagsResource(self)

    @cached_property
    def custom_fields(self) -> AsyncCustomFieldsResource:
        """Custom field definitions (metadata) of a workspace. Values are set per device via the `customFields` array of the device endpoints."""
        from .resources.custom_fields import AsyncCustomFieldsResource

        return AsyncCustomFieldsResource(self)

    @cached_property
    def operations(self) -> AsyncOperationsResource:
        """Status of long-running, asynchronous operations."""
        from .resources.operations import AsyncOperationsResource

        return AsyncOperationsResource(self)

    @cached_property
    def script_runner(self) -> AsyncScriptRunnerResource:
        """Test scripts without deploying them."""
        from .resources.script_runner import AsyncScriptRunnerResource

        return AsyncScriptRunnerResource(self)

    @cached_property
    def device_data(self) -> AsyncDeviceDataResource:
        """Reading (queries, aggregations) and writing (backfilling) device data."""
        from .resources.device_data import AsyncDeviceDataResource

        return AsyncDeviceDataResource(self)

    @cached_property
    def http_uplink(self) -> AsyncHttpUplinkResource:
        """Device-side HTTP ingestion on the data gateway (`{{dataGatewayUrl}}`). Not part of the management API; included because it is the HTTP counterpart of backfilling."""
        from .resources.http_uplink import AsyncHttpUplinkResource

        return AsyncHttpUplinkResource(self)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class AsyncAkenzaWithRawResponse:
    """Like ``AsyncAkenza``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncAkenza) -> None:
        self._target = target

    @cached_property
    def organizations(self) -> AsyncOrganizationsResourceWithRawResponse:
        """Organizations are the top-level tenant in akenza; workspaces, device types, custom logic blocks and API keys belong to an organization.

        **Authentication:** this folder overrides the collection auth and authenticates as a *user* with a JWT (`Authorization: Bearer {{accessToken}}`). An API key (`x-api-key`) with organization read permission works as well.
        """
        from .resources.organizations import AsyncOrganizationsResourceWithRawResponse

        return AsyncOrganizationsResourceWithRawResponse(self._target.organizations)

    @cached_property
    def workspaces(self) -> AsyncWorkspacesResourceWithRawResponse:
        """Workspaces group devices, data flows, rules, tags and custom fields inside an organization."""
        from .resources.workspaces import AsyncWorkspacesResourceWithRawResponse

        return AsyncWorkspacesResourceWithRawResponse(self._target.workspaces)

    @cached_property
    def assets_devices(self) -> AsyncAssetsDevicesResourceWithRawResponse:
        """Devices are assets of type `DEVICE`. Listing goes through the generic asset endpoint `/v3/assets`; single devices are managed under `/v3/devices`."""
        from .resources.assets_devices import AsyncAssetsDevicesResourceWithRawResponse

        return AsyncAssetsDevicesResourceWithRawResponse(self._target.assets_devices)

    @cached_property
    def device_types(self) -> AsyncDeviceTypesResourceWithRawResponse:
        """Device types decode uplinks (and encode downlinks) with JavaScript scripts. Library device types are provided by akenza; custom device types belong to an organization."""
        from .resources.device_types import AsyncDeviceTypesResourceWithRawResponse

        return AsyncDeviceTypesResourceWithRawResponse(self._target.device_types)

    @cached_property
    def data_flows(self) -> AsyncDataFlowsResourceWithRawResponse:
        """A data flow routes uplinks from a device connector through a device type to output connectors."""
        from .resources.data_flows import AsyncDataFlowsResourceWithRawResponse

        return AsyncDataFlowsResourceWithRawResponse(self._target.data_flows)

    @cached_property
    def device_connectors(self) -> AsyncDeviceConnectorsResourceWithRawResponse:
        """Device connectors define how devices send data to akenza (HTTP, MQTT, CoAP, LoRaWAN integrations)."""
        from .resources.device_connectors import AsyncDeviceConnectorsResourceWithRawResponse

        return AsyncDeviceConnectorsResourceWithRawResponse(self._target.device_connectors)

    @cached_property
    def output_connectors(self) -> AsyncOutputConnectorsResourceWithRawResponse:
        """Output connectors forward processed data (data flow scope) or rule actions (rule action scope) to databases, streams, webhooks, e-mail, SMS, chat tools or devices (downlinks)."""
        from .resources.output_connectors import AsyncOutputConnectorsResourceWithRawResponse

        return AsyncOutputConnectorsResourceWithRawResponse(self._target.output_connectors)

    @cached_property
    def rules(self) -> AsyncRulesResourceWithRawResponse:
        """Rules evaluate incoming data (comparison, geo-fence or custom logic) and trigger actions through output connectors."""
        from .resources.rules import AsyncRulesResourceWithRawResponse

        return AsyncRulesResourceWithRawResponse(self._target.rules)

    @cached_property
    def tags(self) -> AsyncTagsResourceWithRawResponse:
        """Tags group devices in a workspace; they can be used as rule inputs and asset filters."""
        from .resources.tags import AsyncTagsResourceWithRawResponse

        return AsyncTagsResourceWithRawResponse(self._target.tags)

    @cached_property
    def custom_fields(self) -> AsyncCustomFieldsResourceWithRawResponse:
        """Custom field definitions (metadata) of a workspace. Values are set per device via the `customFields` array of the device endpoints."""
        from .resources.custom_fields import AsyncCustomFieldsResourceWithRawResponse

        return AsyncCustomFieldsResourceWithRawResponse(self._target.custom_fields)

    @cached_property
    def operations(self) -> AsyncOperationsResourceWithRawResponse:
        """Status of long-running, asynchronous operations."""
        from .resources.operations import AsyncOperationsResourceWithRawResponse

        return AsyncOperationsResourceWithRawResponse(self._target.operations)

    @cached_property
    def script_runner(self) -> AsyncScriptRunnerResourceWithRawResponse:
        """Test scripts without deploying them."""
        from .resources.script_runner import AsyncScriptRunnerResourceWithRawResponse

        return AsyncScriptRunnerResourceWithRawResponse(self._target.script_runner)

    @cached_property
    def device_data(self) -> AsyncDeviceDataResourceWithRawResponse:
        """Reading (queries, aggregations) and writing (backfilling) device data."""
        from .resources.device_data import AsyncDeviceDataResourceWithRawResponse

        return AsyncDeviceDataResourceWithRawResponse(self._target.device_data)

    @cached_property
    def http_uplink(self) -> AsyncHttpUplinkResourceWithRawResponse:
        """Device-side HTTP ingestion on the data gateway (`{{dataGatewayUrl}}`). Not part of the management API; included because it is the HTTP counterpart of backfilling."""
        from .resources.http_uplink import AsyncHttpUplinkResourceWithRawResponse

        return AsyncHttpUplinkResourceWithRawResponse(self._target.http_uplink)
