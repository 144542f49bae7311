"""Script Runner

Test scripts without deploying them."""

from __future__ import annotations

from typing import Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["ScriptRunnerResource", "AsyncScriptRunnerResource"]


class ScriptRunnerResource(SyncAPIResource):
    """Test scripts without deploying them."""

    def run_script(
        self,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncScriptRunnerResource(AsyncAPIResource):
    """Test scripts without deploying them."""

    async def run_script(
        self,
        *,
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
