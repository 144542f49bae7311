"""The Forms and AsyncForms clients."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, Timeout
from .types import Token

if TYPE_CHECKING:
    pass

__all__ = ["Forms", "AsyncForms"]

DEFAULT_BASE_URL = "https://files.example.com"
BASE_URL_ENV = "FORMS_BASE_URL"
# Hosts other than the main one, by collection variable, and the environment
# variables that override them.
DEFAULT_BASE_URLS: dict[str, str] = {}
BASE_URL_ENVS: dict[str, str] = {}


def _base_urls(explicit: Mapping[str, str] | None) -> dict[str, str]:
    urls = dict(DEFAULT_BASE_URLS)
    for key, env in BASE_URL_ENVS.items():
        urls[key] = os.environ.get(env) or urls[key]
    return {**urls, **(explicit or {})}


class _Credentials:
    """Credentials and how they authenticate requests; never shown in repr, logs or errors."""

    bearer_token: str | None
    _auth_header_names: frozenset[str] = frozenset(["authorization"])
    _secret_names: frozenset[str] = frozenset(["authorization"])
    _passthrough_schemes: frozenset[str] = frozenset([])
    _missing_credentials_message = "This endpoint needs credentials: pass bearer_token to the client or set one of these environment variables: FORMS_BEARER_TOKEN."

    def _init_credentials(self, bearer_token: str | None) -> None:
        self.bearer_token = (
            bearer_token if bearer_token is not None else os.environ.get("FORMS_BEARER_TOKEN")
        )

    def _secret_values(self) -> list[str | None]:
        return [self.bearer_token]

    def auth_headers(self, schemes: Sequence[str]) -> tuple[dict[str, str], dict[str, str]] | None:
        """Headers and query parameters for the first of ``schemes`` the client has
        credentials for (then any other scheme it has credentials for); None if none."""
        candidates = [*schemes, *(s for s in ["bearer"] if s not in schemes)]
        for scheme in candidates:
            if scheme == "bearer" and self.bearer_token:
                return {"Authorization": f"Bearer {self.bearer_token}"}, {}
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={getattr(self, 'base_url', '')!r}>"


class Forms(_Credentials, SyncAPIClient):
    """Forms and Files"""

    def __init__(
        self,
        bearer_token: str | None = None,
        *,
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
            bearer_token: Bearer token (for example a user JWT or an OAuth access token). Defaults to the ``FORMS_BEARER_TOKEN`` environment variable.
            base_url: Defaults to ``FORMS_BASE_URL``, then to ``https://files.example.com``.
            base_urls: Other base URLs by collection variable, for endpoints on another host.
            timeout: Seconds (or an ``httpx.Timeout``) per request; each method also takes ``timeout=``.
            max_retries: How often a failed request is retried (see the README for which failures).
            http_client: A custom httpx client (proxies, transports, auth); the caller closes it.
            default_headers: Headers sent with every request.
            strict_response_validation: Raise ``APIResponseValidationError`` when a response does
                not match its declared type, instead of returning the data with a logged warning.
        """
        self._init_credentials(bearer_token)
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
    def with_raw_response(self) -> FormsWithRawResponse:
        """The same methods and resources, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return FormsWithRawResponse(self)

    def upload_file(
        self,
        *,
        file: FileTypes,
        description: str,
        overwrite: bool | None = True,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Upload file

        ``POST /upload``

        Args:
            file: See the API documentation.
            description: See the API documentation.
            overwrite: Example: `true`.
        """
        return self._request(
            "POST",
            "/upload",
            cast_to=object,
            query={"overwrite": overwrite},
            files={"file": file, "description": description},
            auth=("bearer",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def sign_in(
        self,
        *,
        grant_type: str,
        client_id: str,
        x_trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Token:
        """Sign in

        ``POST /oauth/token``

        Args:
            grant_type: See the API documentation.
            client_id: See the API documentation.
            x_trace: See the API documentation.
        """
        return self._request(
            "POST",
            "/oauth/token",
            cast_to=Token,
            headers={"X-Trace": x_trace, "Accept": "application/json"},
            data={"grant_type": grant_type, "client_id": client_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def search_graph_ql(
        self,
        *,
        body: dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Search (GraphQL)

        ``POST /graphql``

        Args:
            body: The GraphQL body.
        """
        return self._request(
            "POST",
            "/graphql",
            cast_to=object,
            json=body,
            auth=("bearer",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def put_xml(
        self,
        id_: str,
        *,
        content: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Put XML

        ``PUT /files/{id_}/meta``

        Args:
            id_: Example: `id_`.
            content: The xml body.
        """
        return self._request(
            "PUT",
            "/files/{id_}/meta",
            cast_to=object,
            path_params={"id_": id_},
            headers={"Content-Type": "application/xml"},
            content=content,
            auth=("bearer",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class FormsWithRawResponse:
    """Like ``Forms``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: Forms) -> None:
        self._target = target
        self.upload_file = to_raw_response_wrapper(target.upload_file)
        self.sign_in = to_raw_response_wrapper(target.sign_in)
        self.search_graph_ql = to_raw_response_wrapper(target.search_graph_ql)
        self.put_xml = to_raw_response_wrapper(target.put_xml)


class AsyncForms(_Credentials, AsyncAPIClient):
    """Forms and Files"""

    def __init__(
        self,
        bearer_token: str | None = None,
        *,
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
            bearer_token: Bearer token (for example a user JWT or an OAuth access token). Defaults to the ``FORMS_BEARER_TOKEN`` environment variable.
            base_url: Defaults to ``FORMS_BASE_URL``, then to ``https://files.example.com``.
            base_urls: Other base URLs by collection variable, for endpoints on another host.
            timeout: Seconds (or an ``httpx.Timeout``) per request; each method also takes ``timeout=``.
            max_retries: How often a failed request is retried (see the README for which failures).
            http_client: A custom httpx client (proxies, transports, auth); the caller closes it.
            default_headers: Headers sent with every request.
            strict_response_validation: Raise ``APIResponseValidationError`` when a response does
                not match its declared type, instead of returning the data with a logged warning.
        """
        self._init_credentials(bearer_token)
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
    def with_raw_response(self) -> AsyncFormsWithRawResponse:
        """The same methods and resources, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncFormsWithRawResponse(self)

    async def upload_file(
        self,
        *,
        file: FileTypes,
        description: str,
        overwrite: bool | None = True,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Upload file

        ``POST /upload``

        Args:
            file: See the API documentation.
            description: See the API documentation.
            overwrite: Example: `true`.
        """
        return await self._request(
            "POST",
            "/upload",
            cast_to=object,
            query={"overwrite": overwrite},
            files={"file": file, "description": description},
            auth=("bearer",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def sign_in(
        self,
        *,
        grant_type: str,
        client_id: str,
        x_trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Token:
        """Sign in

        ``POST /oauth/token``

        Args:
            grant_type: See the API documentation.
            client_id: See the API documentation.
            x_trace: See the API documentation.
        """
        return await self._request(
            "POST",
            "/oauth/token",
            cast_to=Token,
            headers={"X-Trace": x_trace, "Accept": "application/json"},
            data={"grant_type": grant_type, "client_id": client_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def search_graph_ql(
        self,
        *,
        body: dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Search (GraphQL)

        ``POST /graphql``

        Args:
            body: The GraphQL body.
        """
        return await self._request(
            "POST",
            "/graphql",
            cast_to=object,
            json=body,
            auth=("bearer",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def put_xml(
        self,
        id_: str,
        *,
        content: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Put XML

        ``PUT /files/{id_}/meta``

        Args:
            id_: Example: `id_`.
            content: The xml body.
        """
        return await self._request(
            "PUT",
            "/files/{id_}/meta",
            cast_to=object,
            path_params={"id_": id_},
            headers={"Content-Type": "application/xml"},
            content=content,
            auth=("bearer",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class AsyncFormsWithRawResponse:
    """Like ``AsyncForms``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncForms) -> None:
        self._target = target
        self.upload_file = async_to_raw_response_wrapper(target.upload_file)
        self.sign_in = async_to_raw_response_wrapper(target.sign_in)
        self.search_graph_ql = async_to_raw_response_wrapper(target.search_graph_ql)
        self.put_xml = async_to_raw_response_wrapper(target.put_xml)
