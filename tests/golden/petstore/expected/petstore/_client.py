"""The Petstore and AsyncPetstore clients."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Self

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from .resources.pets import (
        AsyncPetsResource,
        AsyncPetsResourceWithRawResponse,
        PetsResource,
        PetsResourceWithRawResponse,
    )

__all__ = ["Petstore", "AsyncPetstore"]

DEFAULT_BASE_URL = "https://pets.example.com"
BASE_URL_ENV = "PETSTORE_BASE_URL"
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

    api_key: str | None
    _auth_header_names: frozenset[str] = frozenset(["x-api-key"])
    _secret_names: frozenset[str] = frozenset(["x-api-key"])
    _passthrough_schemes: frozenset[str] = frozenset([])
    _missing_credentials_message = "This endpoint needs credentials: pass api_key to the client or set one of these environment variables: PETSTORE_API_KEY."

    def _init_credentials(self, api_key: str | None) -> None:
        self.api_key = api_key if api_key is not None else os.environ.get("PETSTORE_API_KEY")

    def _secret_values(self) -> list[str | None]:
        return [self.api_key]

    def auth_headers(self, schemes: Sequence[str]) -> tuple[dict[str, str], dict[str, str]] | None:
        """Headers and query parameters for the first of ``schemes`` the client has
        credentials for (then any other scheme it has credentials for); None if none."""
        candidates = [*schemes, *(s for s in ["apikey:header:x-api-key"] if s not in schemes)]
        for scheme in candidates:
            if scheme == "apikey:header:x-api-key" and self.api_key:
                return {"X-Api-Key": self.api_key}, {}
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={getattr(self, 'base_url', '')!r}>"


class Petstore(_Credentials, SyncAPIClient):
    """Tiny Pets

    A tiny pet store used as a golden test."""

    def __init__(
        self,
        api_key: str | None = None,
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
            api_key: API key, sent in the ``X-Api-Key`` header. Defaults to the ``PETSTORE_API_KEY`` environment variable.
            base_url: Defaults to ``PETSTORE_BASE_URL``, then to ``https://pets.example.com``.
            base_urls: Other base URLs by collection variable, for endpoints on another host.
            timeout: Seconds (or an ``httpx.Timeout``) per request; each method also takes ``timeout=``.
            max_retries: How often a failed request is retried (see the README for which failures).
            http_client: A custom httpx client (proxies, transports, auth); the caller closes it.
            default_headers: Headers sent with every request.
            strict_response_validation: Raise ``APIResponseValidationError`` when a response does
                not match its declared type, instead of returning the data with a logged warning.
        """
        self._init_credentials(api_key)
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
    def with_raw_response(self) -> PetstoreWithRawResponse:
        """The same methods and resources, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return PetstoreWithRawResponse(self)

    @cached_property
    def pets(self) -> PetsResource:
        """Everything about pets."""
        from .resources.pets import PetsResource

        return PetsResource(self)

    def health(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str:
        """Health

        ``GET /health``
        """
        return self._request(
            "GET",
            "/health",
            cast_to=str,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class PetstoreWithRawResponse:
    """Like ``Petstore``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: Petstore) -> None:
        self._target = target
        self.health = to_raw_response_wrapper(target.health)

    @cached_property
    def pets(self) -> PetsResourceWithRawResponse:
        """Everything about pets."""
        from .resources.pets import PetsResourceWithRawResponse

        return PetsResourceWithRawResponse(self._target.pets)


class AsyncPetstore(_Credentials, AsyncAPIClient):
    """Tiny Pets

    A tiny pet store used as a golden test."""

    def __init__(
        self,
        api_key: str | None = None,
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
            api_key: API key, sent in the ``X-Api-Key`` header. Defaults to the ``PETSTORE_API_KEY`` environment variable.
            base_url: Defaults to ``PETSTORE_BASE_URL``, then to ``https://pets.example.com``.
            base_urls: Other base URLs by collection variable, for endpoints on another host.
            timeout: Seconds (or an ``httpx.Timeout``) per request; each method also takes ``timeout=``.
            max_retries: How often a failed request is retried (see the README for which failures).
            http_client: A custom httpx client (proxies, transports, auth); the caller closes it.
            default_headers: Headers sent with every request.
            strict_response_validation: Raise ``APIResponseValidationError`` when a response does
                not match its declared type, instead of returning the data with a logged warning.
        """
        self._init_credentials(api_key)
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
    def with_raw_response(self) -> AsyncPetstoreWithRawResponse:
        """The same methods and resources, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncPetstoreWithRawResponse(self)

    @cached_property
    def pets(self) -> AsyncPetsResource:
        """Everything about pets."""
        from .resources.pets import AsyncPetsResource

        return AsyncPetsResource(self)

    async def health(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str:
        """Health

        ``GET /health``
        """
        return await self._request(
            "GET",
            "/health",
            cast_to=str,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class AsyncPetstoreWithRawResponse:
    """Like ``AsyncPetstore``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncPetstore) -> None:
        self._target = target
        self.health = async_to_raw_response_wrapper(target.health)

    @cached_property
    def pets(self) -> AsyncPetsResourceWithRawResponse:
        """Everything about pets."""
        from .resources.pets import AsyncPetsResourceWithRawResponse

        return AsyncPetsResourceWithRawResponse(self._target.pets)
