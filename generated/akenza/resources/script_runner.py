"""Script Runner

Test scripts without deploying them."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import RunScriptRequest, ScriptRunResult

if TYPE_CHECKING:
    pass

__all__ = [
    "ScriptRunnerResource",
    "AsyncScriptRunnerResource",
    "ScriptRunnerResourceWithRawResponse",
    "AsyncScriptRunnerResourceWithRawResponse",
]


class ScriptRunnerResource(SyncAPIResource):
    """Test scripts without deploying them."""

    @cached_property
    def with_raw_response(self) -> ScriptRunnerResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return ScriptRunnerResourceWithRawResponse(self)

    def run_script(
        self,
        *,
        body: RunScriptRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> list[ScriptRunResult]:
        """Run script

        Executes a device type or logic block script against a test event and returns everything the script emitted, in order.

        **Body**: `script` (string, JavaScript, required), `event` (object, required).

        **Response**: array of `{type, event}` where `type` is `LOG`, `SAMPLE`, `DOWNLINK`, `ACTION`, `ERROR`, `STATE` or `TIMER`.

        ``POST /v3/run-script``

        Args:
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/run-script",
            cast_to=list[ScriptRunResult],
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ScriptRunnerResourceWithRawResponse:
    """Like ``ScriptRunnerResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: ScriptRunnerResource) -> None:
        self._target = target
        self.run_script = to_raw_response_wrapper(target.run_script)


class AsyncScriptRunnerResource(AsyncAPIResource):
    """Test scripts without deploying them."""

    @cached_property
    def with_raw_response(self) -> AsyncScriptRunnerResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncScriptRunnerResourceWithRawResponse(self)

    async def run_script(
        self,
        *,
        body: RunScriptRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> list[ScriptRunResult]:
        """Run script

        Executes a device type or logic block script against a test event and returns everything the script emitted, in order.

        **Body**: `script` (string, JavaScript, required), `event` (object, required).

        **Response**: array of `{type, event}` where `type` is `LOG`, `SAMPLE`, `DOWNLINK`, `ACTION`, `ERROR`, `STATE` or `TIMER`.

        ``POST /v3/run-script``

        Args:
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/run-script",
            cast_to=list[ScriptRunResult],
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncScriptRunnerResourceWithRawResponse:
    """Like ``AsyncScriptRunnerResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncScriptRunnerResource) -> None:
        self._target = target
        self.run_script = async_to_raw_response_wrapper(target.run_script)
