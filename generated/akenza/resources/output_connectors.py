"""Output Connectors

Output connectors forward processed data (data flow scope) or rule actions (rule action scope) to databases, streams, webhooks, e-mail, SMS, chat tools or devices (downlinks).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import CreateOutputConnectorRequest, OutputConnector, UpdateOutputConnectorRequest

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, SyncPage

__all__ = [
    "OutputConnectorsResource",
    "AsyncOutputConnectorsResource",
    "OutputConnectorsResourceWithRawResponse",
    "AsyncOutputConnectorsResourceWithRawResponse",
]


class OutputConnectorsResource(SyncAPIResource):
    """Output connectors forward processed data (data flow scope) or rule actions (rule action scope) to databases, streams, webhooks, e-mail, SMS, chat tools or devices (downlinks)."""

    @cached_property
    def with_raw_response(self) -> OutputConnectorsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return OutputConnectorsResourceWithRawResponse(self)

    def list_output_connectors(
        self,
        *,
        workspace_id: str,
        search: str | None = None,
        scope: str | None = None,
        type_: str | None = None,
        global_: bool | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[OutputConnector]:
        """List output connectors

        Lists the output connectors of a workspace (including global connectors such as the akenza database) as a paginated Spring page.

        ``GET /v3/output-connectors``

        Args:
            workspace_id: (Required) The workspace id.
            search: Free-text search on the output connector name.
            scope: Filter by scope: `DATA_FLOW` or `RULE_ACTION`. Example: `DATA_FLOW`.
            type_: Filter by connector type: `AKENZA_DATABASE`, `CUSTOM_AKENZA_DATABASE`, `WEBHOOK`, `DOWNLINK`, `MAIL`, `SMS`, `AZURE`, `GCP`, `INFLUX_DB`, `AMAZON_KINESIS`, `MS_TEAMS`, `KAFKA`, `SLACK`. Example: `MAIL`.
            global_: Only return global output connectors. Example: `true`.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/output-connectors",
            cast_to=OutputConnector,
            query={
                "workspaceId": workspace_id,
                "search": search,
                "scope": scope,
                "type": type_,
                "global": global_,
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

    def get_output_connector_by_id(
        self,
        output_connector_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OutputConnector:
        """Get output connector by id

        Returns an output connector.

        ``GET /v3/output-connectors/{output_connector_id}``

        Args:
            output_connector_id: The output connector id.
        """
        return self._client._request(
            "GET",
            "/v3/output-connectors/{output_connector_id}",
            cast_to=OutputConnector,
            path_params={"output_connector_id": output_connector_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_output_connector(
        self,
        *,
        body: CreateOutputConnectorRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OutputConnector:
        """Create output connector

        Creates an output connector.

        **Body**
        - `name` (string, required)
        - `workspaceId` (string, required)
        - `type` (required) — `AKENZA_DATABASE`, `CUSTOM_AKENZA_DATABASE`, `WEBHOOK`, `DOWNLINK`, `MAIL`, `SMS`, `AZURE`, `GCP`, `INFLUX_DB`, `AMAZON_KINESIS`, `MS_TEAMS`, `KAFKA`, `SLACK`
        - `scope` — `DATA_FLOW` (default) or `RULE_ACTION`
        - `sendConsecutiveAlerts`, `invokeRuleEngine`, `useCustomPayload` (boolean, optional)
        - `customPayload` (string, optional; only with `useCustomPayload: true`)

        Exactly one properties object matching `type` is expected:
        - `customAkenzaDbProperties` — `topic`, `targetDeviceId`, `useCurrentDevice`
        - `webhookProperties` — `authType` (`BEARER`, `HEADER`, `BASIC`, `NONE`), `uri`, `contentType` (`JSON`), `method` (`GET`, `POST`, `PUT`, `PATCH`, `DELETE`), `headers`, `authHeaders`, `basicCredentials`, `bearerToken`
        - `mailProperties` — `messageTemplate`, `subjectTemplate`, `recipients`
        - `downlinkProperties` — `targetDeviceIds`, `downlinkType`, `port`, `confirmed`, `topic`, `dataFlowId`, `raw`, `rawDownlinkPayload`, `downlinkPayload`
        - `azureProperties` — `connectionString`
        - `smsProperties` — `messageText`, `recipientPhones` (array of `{prefix, phone}`)
        - `gcpProperties` — `pubSubTopic`
        - `influxProperties` — `uri`, `token`, `orgId`, `bucket`, `measurementName`
        - `amazonKinesisProperties` — `iamAccessKeyId`, `iamSecretAccessKey`, `kinesisArn`
        - `msTeamsProperties` — `message`, `notificationUrl`
        - `kafkaProperties` — `kafkaTopic`, `kafkaBootstrapServers`, `securityProtocol` (`SASL_SSL`), `saslMechanism` (`PLAIN`), `saslJaasUsername`, `saslJaasPassword`
        - `slackProperties` — `message`, `webhookUrl`

        Templates such as `{{data}}` are akenza message templates, not Postman variables.

        ``POST /v3/output-connectors``

        Args:
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/output-connectors",
            cast_to=OutputConnector,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_output_connector(
        self,
        output_connector_id: str,
        *,
        body: UpdateOutputConnectorRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OutputConnector:
        """Update output connector

        Updates an output connector. `type`, `scope` and `workspaceId` cannot be changed.

        **Body**: `id`, `name` (required); `sendConsecutiveAlerts`, `invokeRuleEngine`, `useCustomPayload`, `customPayload` and the properties object of the connector type (optional).

        ``PUT /v3/output-connectors/{output_connector_id}``

        Args:
            output_connector_id: The output connector id.
            body: The JSON request body.
        """
        return self._client._request(
            "PUT",
            "/v3/output-connectors/{output_connector_id}",
            cast_to=OutputConnector,
            path_params={"output_connector_id": output_connector_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_output_connector(
        self,
        output_connector_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete output connector

        Deletes an output connector. Returns `204 No Content`.

        ``DELETE /v3/output-connectors/{output_connector_id}``

        Args:
            output_connector_id: The output connector id.
        """
        return self._client._request(
            "DELETE",
            "/v3/output-connectors/{output_connector_id}",
            cast_to=type(None),
            path_params={"output_connector_id": output_connector_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class OutputConnectorsResourceWithRawResponse:
    """Like ``OutputConnectorsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: OutputConnectorsResource) -> None:
        self._target = target
        self.list_output_connectors = to_raw_response_wrapper(target.list_output_connectors)
        self.get_output_connector_by_id = to_raw_response_wrapper(target.get_output_connector_by_id)
        self.create_output_connector = to_raw_response_wrapper(target.create_output_connector)
        self.update_output_connector = to_raw_response_wrapper(target.update_output_connector)
        self.delete_output_connector = to_raw_response_wrapper(target.delete_output_connector)


class AsyncOutputConnectorsResource(AsyncAPIResource):
    """Output connectors forward processed data (data flow scope) or rule actions (rule action scope) to databases, streams, webhooks, e-mail, SMS, chat tools or devices (downlinks)."""

    @cached_property
    def with_raw_response(self) -> AsyncOutputConnectorsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncOutputConnectorsResourceWithRawResponse(self)

    def list_output_connectors(
        self,
        *,
        workspace_id: str,
        search: str | None = None,
        scope: str | None = None,
        type_: str | None = None,
        global_: bool | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[OutputConnector]:
        """List output connectors

        Lists the output connectors of a workspace (including global connectors such as the akenza database) as a paginated Spring page.

        ``GET /v3/output-connectors``

        Args:
            workspace_id: (Required) The workspace id.
            search: Free-text search on the output connector name.
            scope: Filter by scope: `DATA_FLOW` or `RULE_ACTION`. Example: `DATA_FLOW`.
            type_: Filter by connector type: `AKENZA_DATABASE`, `CUSTOM_AKENZA_DATABASE`, `WEBHOOK`, `DOWNLINK`, `MAIL`, `SMS`, `AZURE`, `GCP`, `INFLUX_DB`, `AMAZON_KINESIS`, `MS_TEAMS`, `KAFKA`, `SLACK`. Example: `MAIL`.
            global_: Only return global output connectors. Example: `true`.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/output-connectors",
            cast_to=OutputConnector,
            query={
                "workspaceId": workspace_id,
                "search": search,
                "scope": scope,
                "type": type_,
                "global": global_,
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

    async def get_output_connector_by_id(
        self,
        output_connector_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OutputConnector:
        """Get output connector by id

        Returns an output connector.

        ``GET /v3/output-connectors/{output_connector_id}``

        Args:
            output_connector_id: The output connector id.
        """
        return await self._client._request(
            "GET",
            "/v3/output-connectors/{output_connector_id}",
            cast_to=OutputConnector,
            path_params={"output_connector_id": output_connector_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_output_connector(
        self,
        *,
        body: CreateOutputConnectorRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OutputConnector:
        """Create output connector

        Creates an output connector.

        **Body**
        - `name` (string, required)
        - `workspaceId` (string, required)
        - `type` (required) — `AKENZA_DATABASE`, `CUSTOM_AKENZA_DATABASE`, `WEBHOOK`, `DOWNLINK`, `MAIL`, `SMS`, `AZURE`, `GCP`, `INFLUX_DB`, `AMAZON_KINESIS`, `MS_TEAMS`, `KAFKA`, `SLACK`
        - `scope` — `DATA_FLOW` (default) or `RULE_ACTION`
        - `sendConsecutiveAlerts`, `invokeRuleEngine`, `useCustomPayload` (boolean, optional)
        - `customPayload` (string, optional; only with `useCustomPayload: true`)

        Exactly one properties object matching `type` is expected:
        - `customAkenzaDbProperties` — `topic`, `targetDeviceId`, `useCurrentDevice`
        - `webhookProperties` — `authType` (`BEARER`, `HEADER`, `BASIC`, `NONE`), `uri`, `contentType` (`JSON`), `method` (`GET`, `POST`, `PUT`, `PATCH`, `DELETE`), `headers`, `authHeaders`, `basicCredentials`, `bearerToken`
        - `mailProperties` — `messageTemplate`, `subjectTemplate`, `recipients`
        - `downlinkProperties` — `targetDeviceIds`, `downlinkType`, `port`, `confirmed`, `topic`, `dataFlowId`, `raw`, `rawDownlinkPayload`, `downlinkPayload`
        - `azureProperties` — `connectionString`
        - `smsProperties` — `messageText`, `recipientPhones` (array of `{prefix, phone}`)
        - `gcpProperties` — `pubSubTopic`
        - `influxProperties` — `uri`, `token`, `orgId`, `bucket`, `measurementName`
        - `amazonKinesisProperties` — `iamAccessKeyId`, `iamSecretAccessKey`, `kinesisArn`
        - `msTeamsProperties` — `message`, `notificationUrl`
        - `kafkaProperties` — `kafkaTopic`, `kafkaBootstrapServers`, `securityProtocol` (`SASL_SSL`), `saslMechanism` (`PLAIN`), `saslJaasUsername`, `saslJaasPassword`
        - `slackProperties` — `message`, `webhookUrl`

        Templates such as `{{data}}` are akenza message templates, not Postman variables.

        ``POST /v3/output-connectors``

        Args:
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/output-connectors",
            cast_to=OutputConnector,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_output_connector(
        self,
        output_connector_id: str,
        *,
        body: UpdateOutputConnectorRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> OutputConnector:
        """Update output connector

        Updates an output connector. `type`, `scope` and `workspaceId` cannot be changed.

        **Body**: `id`, `name` (required); `sendConsecutiveAlerts`, `invokeRuleEngine`, `useCustomPayload`, `customPayload` and the properties object of the connector type (optional).

        ``PUT /v3/output-connectors/{output_connector_id}``

        Args:
            output_connector_id: The output connector id.
            body: The JSON request body.
        """
        return await self._client._request(
            "PUT",
            "/v3/output-connectors/{output_connector_id}",
            cast_to=OutputConnector,
            path_params={"output_connector_id": output_connector_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_output_connector(
        self,
        output_connector_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete output connector

        Deletes an output connector. Returns `204 No Content`.

        ``DELETE /v3/output-connectors/{output_connector_id}``

        Args:
            output_connector_id: The output connector id.
        """
        return await self._client._request(
            "DELETE",
            "/v3/output-connectors/{output_connector_id}",
            cast_to=type(None),
            path_params={"output_connector_id": output_connector_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncOutputConnectorsResourceWithRawResponse:
    """Like ``AsyncOutputConnectorsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncOutputConnectorsResource) -> None:
        self._target = target
        self.list_output_connectors = async_to_raw_response_wrapper(target.list_output_connectors)
        self.get_output_connector_by_id = async_to_raw_response_wrapper(
            target.get_output_connector_by_id
        )
        self.create_output_connector = async_to_raw_response_wrapper(target.create_output_connector)
        self.update_output_connector = async_to_raw_response_wrapper(target.update_output_connector)
        self.delete_output_connector = async_to_raw_response_wrapper(target.delete_output_connector)
