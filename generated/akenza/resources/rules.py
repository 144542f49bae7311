"""Rules

Rules evaluate incoming data (comparison, geo-fence or custom logic) and trigger actions through output connectors.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import CreateRuleRequest, ErrorBody, Rule, UpdateRuleRequest

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, SyncPage
    from .custom_logic_blocks import (
        AsyncCustomLogicBlocksResource,
        AsyncCustomLogicBlocksResourceWithRawResponse,
        CustomLogicBlocksResource,
        CustomLogicBlocksResourceWithRawResponse,
    )

__all__ = [
    "RulesResource",
    "AsyncRulesResource",
    "RulesResourceWithRawResponse",
    "AsyncRulesResourceWithRawResponse",
]


class RulesResource(SyncAPIResource):
    """Rules evaluate incoming data (comparison, geo-fence or custom logic) and trigger actions through output connectors."""

    @cached_property
    def with_raw_response(self) -> RulesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return RulesResourceWithRawResponse(self)

    @cached_property
    def custom_logic_blocks(self) -> CustomLogicBlocksResource:
        """Reusable JavaScript logic blocks (organization level) that rules of type `CUSTOM_LOGIC` reference."""
        from .custom_logic_blocks import CustomLogicBlocksResource

        return CustomLogicBlocksResource(self._client)

    def list_rules(
        self,
        *,
        workspace_id: str,
        search: str | None = None,
        custom_logic_block_id: str | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Rule]:
        """List rules

        Lists the rules of a workspace as a paginated Spring page.

        ``GET /v3/rules``

        Args:
            workspace_id: (Required) The workspace id.
            search: Free-text search on the rule name.
            custom_logic_block_id: Only return rules that use the given custom logic block.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/rules",
            cast_to=Rule,
            query={
                "workspaceId": workspace_id,
                "search": search,
                "customLogicBlockId": custom_logic_block_id,
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

    def get_rule_by_id(
        self,
        rule_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Rule:
        """Get rule by id

        Returns a rule.

        ``GET /v3/rules/{rule_id}``

        Args:
            rule_id: The rule id.
        """
        return self._client._request(
            "GET",
            "/v3/rules/{rule_id}",
            cast_to=Rule,
            path_params={"rule_id": rule_id},
            errors={404: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_rule(
        self,
        *,
        body: CreateRuleRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Rule:
        """Create rule

        Creates a rule in a workspace.

        `workspaceId` (string, required) identifies the workspace.

        **Body**
        - `name` (string, required), `description` (string, optional)
        - `inputs` (array, required) — `{id, name, type, tagCombination}`; `type` is `DEVICE`, `ASSET_TAG` or `TAG_COMBINATION`
        - `logic` (object, required)
          - `type` — `COMPARISON`, `CUSTOM_LOGIC` or `GEO_FENCE`
          - `dataSources` — `{id, inputIds, dataTopic, dataKey, variableName, valueType, lastSample, triggerOnUplink}`; `valueType` is `NUMERICAL`, `BOOLEAN` or `STRING`; data source ids are client-generated (`dataSource::<id>`)
          - `logicBlocks` (comparison) — `{conditions: [{operandFirst, operator, operandSecond, order, chainOperator}], actionIds}`; operands are `{type: CONSTANT|DATA_SOURCE, valueType, dataKey, dataSourceId, value}`; operators `EQ`, `GT`, `LT`, `GTE`, `LTE`, `NEQ`, `NGT`, `NLT`, `NGTE`, `NLTE`; `chainOperator` `AND` | `OR`
          - `geoFenceLogicBlock` — `{address, geoJson, insideActionIds, outsideActionIds}`
          - `customLogic` — `{customLogicId, name, actionIds, properties: [{name, description, variableName, value, type}]}`
        - `actions` (array, required) — `{id, name, type, configuration}`; `type` is an output connector type
        - `timer` (object, optional) — `{enabled, schedule, type: INTERVAL|FIXED|ADVANCED, startAt}`, default `{enabled: false}`
        - `active` (boolean, default `true`)

        ``POST /v3/rules``

        Args:
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/rules",
            cast_to=Rule,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_rule(
        self,
        rule_id: str,
        *,
        body: UpdateRuleRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Rule:
        """Update rule

        Updates a rule. The body repeats the rule `id`; `active` is required.

        **Body**
        - `name` (string, required), `description` (string, optional)
        - `inputs` (array, required) — `{id, name, type, tagCombination}`; `type` is `DEVICE`, `ASSET_TAG` or `TAG_COMBINATION`
        - `logic` (object, required)
          - `type` — `COMPARISON`, `CUSTOM_LOGIC` or `GEO_FENCE`
          - `dataSources` — `{id, inputIds, dataTopic, dataKey, variableName, valueType, lastSample, triggerOnUplink}`; `valueType` is `NUMERICAL`, `BOOLEAN` or `STRING`; data source ids are client-generated (`dataSource::<id>`)
          - `logicBlocks` (comparison) — `{conditions: [{operandFirst, operator, operandSecond, order, chainOperator}], actionIds}`; operands are `{type: CONSTANT|DATA_SOURCE, valueType, dataKey, dataSourceId, value}`; operators `EQ`, `GT`, `LT`, `GTE`, `LTE`, `NEQ`, `NGT`, `NLT`, `NGTE`, `NLTE`; `chainOperator` `AND` | `OR`
          - `geoFenceLogicBlock` — `{address, geoJson, insideActionIds, outsideActionIds}`
          - `customLogic` — `{customLogicId, name, actionIds, properties: [{name, description, variableName, value, type}]}`
        - `actions` (array, required) — `{id, name, type, configuration}`; `type` is an output connector type
        - `timer` (object, optional) — `{enabled, schedule, type: INTERVAL|FIXED|ADVANCED, startAt}`, default `{enabled: false}`
        - `active` (boolean, default `true`)

        ``PUT /v3/rules/{rule_id}``

        Args:
            rule_id: The rule id.
            body: The JSON request body.
        """
        return self._client._request(
            "PUT",
            "/v3/rules/{rule_id}",
            cast_to=Rule,
            path_params={"rule_id": rule_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_rule(
        self,
        rule_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete rule

        Deletes a rule. Returns `204 No Content`.

        ``DELETE /v3/rules/{rule_id}``

        Args:
            rule_id: The rule id.
        """
        return self._client._request(
            "DELETE",
            "/v3/rules/{rule_id}",
            cast_to=type(None),
            path_params={"rule_id": rule_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RulesResourceWithRawResponse:
    """Like ``RulesResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: RulesResource) -> None:
        self._target = target
        self.list_rules = to_raw_response_wrapper(target.list_rules)
        self.get_rule_by_id = to_raw_response_wrapper(target.get_rule_by_id)
        self.create_rule = to_raw_response_wrapper(target.create_rule)
        self.update_rule = to_raw_response_wrapper(target.update_rule)
        self.delete_rule = to_raw_response_wrapper(target.delete_rule)

    @cached_property
    def custom_logic_blocks(self) -> CustomLogicBlocksResourceWithRawResponse:
        """Reusable JavaScript logic blocks (organization level) that rules of type `CUSTOM_LOGIC` reference."""
        from .custom_logic_blocks import CustomLogicBlocksResourceWithRawResponse

        return CustomLogicBlocksResourceWithRawResponse(self._target.custom_logic_blocks)


class AsyncRulesResource(AsyncAPIResource):
    """Rules evaluate incoming data (comparison, geo-fence or custom logic) and trigger actions through output connectors."""

    @cached_property
    def with_raw_response(self) -> AsyncRulesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncRulesResourceWithRawResponse(self)

    @cached_property
    def custom_logic_blocks(self) -> AsyncCustomLogicBlocksResource:
        """Reusable JavaScript logic blocks (organization level) that rules of type `CUSTOM_LOGIC` reference."""
        from .custom_logic_blocks import AsyncCustomLogicBlocksResource

        return AsyncCustomLogicBlocksResource(self._client)

    def list_rules(
        self,
        *,
        workspace_id: str,
        search: str | None = None,
        custom_logic_block_id: str | None = None,
        page: int | None = None,
        size: int | None = None,
        sort: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Rule]:
        """List rules

        Lists the rules of a workspace as a paginated Spring page.

        ``GET /v3/rules``

        Args:
            workspace_id: (Required) The workspace id.
            search: Free-text search on the rule name.
            custom_logic_block_id: Only return rules that use the given custom logic block.
            page: Zero-based page index (Spring pagination). Example: `0`.
            size: Number of elements per page. Example: `20`.
            sort: Sort criteria in the Spring format `property,direction` (direction `asc` or `desc`). Example: `name,asc`.
        """
        return self._client._get_page(
            "GET",
            "/v3/rules",
            cast_to=Rule,
            query={
                "workspaceId": workspace_id,
                "search": search,
                "customLogicBlockId": custom_logic_block_id,
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

    async def get_rule_by_id(
        self,
        rule_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Rule:
        """Get rule by id

        Returns a rule.

        ``GET /v3/rules/{rule_id}``

        Args:
            rule_id: The rule id.
        """
        return await self._client._request(
            "GET",
            "/v3/rules/{rule_id}",
            cast_to=Rule,
            path_params={"rule_id": rule_id},
            errors={404: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_rule(
        self,
        *,
        body: CreateRuleRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Rule:
        """Create rule

        Creates a rule in a workspace.

        `workspaceId` (string, required) identifies the workspace.

        **Body**
        - `name` (string, required), `description` (string, optional)
        - `inputs` (array, required) — `{id, name, type, tagCombination}`; `type` is `DEVICE`, `ASSET_TAG` or `TAG_COMBINATION`
        - `logic` (object, required)
          - `type` — `COMPARISON`, `CUSTOM_LOGIC` or `GEO_FENCE`
          - `dataSources` — `{id, inputIds, dataTopic, dataKey, variableName, valueType, lastSample, triggerOnUplink}`; `valueType` is `NUMERICAL`, `BOOLEAN` or `STRING`; data source ids are client-generated (`dataSource::<id>`)
          - `logicBlocks` (comparison) — `{conditions: [{operandFirst, operator, operandSecond, order, chainOperator}], actionIds}`; operands are `{type: CONSTANT|DATA_SOURCE, valueType, dataKey, dataSourceId, value}`; operators `EQ`, `GT`, `LT`, `GTE`, `LTE`, `NEQ`, `NGT`, `NLT`, `NGTE`, `NLTE`; `chainOperator` `AND` | `OR`
          - `geoFenceLogicBlock` — `{address, geoJson, insideActionIds, outsideActionIds}`
          - `customLogic` — `{customLogicId, name, actionIds, properties: [{name, description, variableName, value, type}]}`
        - `actions` (array, required) — `{id, name, type, configuration}`; `type` is an output connector type
        - `timer` (object, optional) — `{enabled, schedule, type: INTERVAL|FIXED|ADVANCED, startAt}`, default `{enabled: false}`
        - `active` (boolean, default `true`)

        ``POST /v3/rules``

        Args:
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/rules",
            cast_to=Rule,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_rule(
        self,
        rule_id: str,
        *,
        body: UpdateRuleRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Rule:
        """Update rule

        Updates a rule. The body repeats the rule `id`; `active` is required.

        **Body**
        - `name` (string, required), `description` (string, optional)
        - `inputs` (array, required) — `{id, name, type, tagCombination}`; `type` is `DEVICE`, `ASSET_TAG` or `TAG_COMBINATION`
        - `logic` (object, required)
          - `type` — `COMPARISON`, `CUSTOM_LOGIC` or `GEO_FENCE`
          - `dataSources` — `{id, inputIds, dataTopic, dataKey, variableName, valueType, lastSample, triggerOnUplink}`; `valueType` is `NUMERICAL`, `BOOLEAN` or `STRING`; data source ids are client-generated (`dataSource::<id>`)
          - `logicBlocks` (comparison) — `{conditions: [{operandFirst, operator, operandSecond, order, chainOperator}], actionIds}`; operands are `{type: CONSTANT|DATA_SOURCE, valueType, dataKey, dataSourceId, value}`; operators `EQ`, `GT`, `LT`, `GTE`, `LTE`, `NEQ`, `NGT`, `NLT`, `NGTE`, `NLTE`; `chainOperator` `AND` | `OR`
          - `geoFenceLogicBlock` — `{address, geoJson, insideActionIds, outsideActionIds}`
          - `customLogic` — `{customLogicId, name, actionIds, properties: [{name, description, variableName, value, type}]}`
        - `actions` (array, required) — `{id, name, type, configuration}`; `type` is an output connector type
        - `timer` (object, optional) — `{enabled, schedule, type: INTERVAL|FIXED|ADVANCED, startAt}`, default `{enabled: false}`
        - `active` (boolean, default `true`)

        ``PUT /v3/rules/{rule_id}``

        Args:
            rule_id: The rule id.
            body: The JSON request body.
        """
        return await self._client._request(
            "PUT",
            "/v3/rules/{rule_id}",
            cast_to=Rule,
            path_params={"rule_id": rule_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_rule(
        self,
        rule_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete rule

        Deletes a rule. Returns `204 No Content`.

        ``DELETE /v3/rules/{rule_id}``

        Args:
            rule_id: The rule id.
        """
        return await self._client._request(
            "DELETE",
            "/v3/rules/{rule_id}",
            cast_to=type(None),
            path_params={"rule_id": rule_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncRulesResourceWithRawResponse:
    """Like ``AsyncRulesResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncRulesResource) -> None:
        self._target = target
        self.list_rules = async_to_raw_response_wrapper(target.list_rules)
        self.get_rule_by_id = async_to_raw_response_wrapper(target.get_rule_by_id)
        self.create_rule = async_to_raw_response_wrapper(target.create_rule)
        self.update_rule = async_to_raw_response_wrapper(target.update_rule)
        self.delete_rule = async_to_raw_response_wrapper(target.delete_rule)

    @cached_property
    def custom_logic_blocks(self) -> AsyncCustomLogicBlocksResourceWithRawResponse:
        """Reusable JavaScript logic blocks (organization level) that rules of type `CUSTOM_LOGIC` reference."""
        from .custom_logic_blocks import AsyncCustomLogicBlocksResourceWithRawResponse

        return AsyncCustomLogicBlocksResourceWithRawResponse(self._target.custom_logic_blocks)
