"""Transport: building requests, sending them with retries, turning responses into results.

Resource methods call ``_request`` (or ``_get_page`` for paginated lists) with
the endpoint's method, path template, parameters and ``cast_to`` type; this
module does everything else, the same way for the sync and the async client.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote
from uuid import UUID

import httpx

from . import _retries
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    MissingCredentialsError,
    error_class_for,
)
from ._logging import Redactor, logger, setup_logging
from ._response import APIResponse, record_response
from ._types import NOT_GIVEN, FileTypes, Headers, NotGiven, Query, Timeout
from ._version import __version__

if TYPE_CHECKING:
    from .pagination import AsyncPaginator, SyncPage

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = "akenza-python/" + __version__

QueryPairs = list[tuple[str, str | int | float | bool | None]]
# Keys of error bodies that hold a human-readable message, most specific first.
_MESSAGE_KEYS = ("message", "error_description", "detail", "title", "error")


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _query_pairs(query: Mapping[str, object] | None, extra: Query | None) -> QueryPairs:
    """Query parameters without the unset ones; a list value repeats its key."""
    merged = {**(query or {}), **(extra or {})}
    pairs: QueryPairs = []
    for key, value in merged.items():
        if value is None:
            continue
        for item in value if isinstance(value, list | tuple) else [value]:
            if item is not None:
                pairs.append((key, _query_value(item)))
    return pairs


def _json_default(value: object) -> object:
    """JSON for what ``json.dumps`` does not know: models, dates, UUIDs, enums."""
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"cannot send a {type(value).__name__} as JSON")


def _error_detail(body: object) -> str | None:
    """The API's own message from an error body (a dict or an error model)."""
    for key in _MESSAGE_KEYS:
        value = body.get(key) if isinstance(body, dict) else getattr(body, key, None)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())[:300]
    if isinstance(body, str) and body.strip() and len(body) <= 300:
        return " ".join(body.split())
    return None


class BaseClient:
    """Settings and request/response handling shared by the sync and async clients.

    The generated client subclass supplies the credentials: ``auth_headers``,
    ``_secret_values`` and the names below.
    """

    # Lower-case header names that carry credentials (to accept them from default_headers).
    _auth_header_names: frozenset[str] = frozenset()
    # Header/query names whose values are masked in logs.
    _secret_names: frozenset[str] = frozenset()
    # Auth schemes the client cannot apply itself (left to http_client / default_headers).
    _passthrough_schemes: frozenset[str] = frozenset()
    _missing_credentials_message = "This endpoint needs credentials."

    def __init__(
        self,
        *,
        base_url: str,
        base_urls: Mapping[str, str],
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        strict_response_validation: bool,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.base_url = base_url.rstrip("/")
        self.base_urls = dict(base_urls)
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers = dict(default_headers or {})
        self._strict_response_validation = strict_response_validation
        setup_logging()

    # -- credentials (overridden by the generated client) -------------------------------
    def auth_headers(self, schemes: Sequence[str]) -> tuple[dict[str, str], dict[str, str]] | None:
        """Headers and query parameters for one of ``schemes``; None without credentials."""
        return None

    def _secret_values(self) -> list[str | None]:
        return []

    def _redactor(self) -> Redactor:
        return Redactor(self._secret_names, self._secret_values())

    def _has_external_auth(self, schemes: Sequence[str], headers: httpx.Headers) -> bool:
        """Credentials supplied another way: default/extra headers or the httpx client's auth."""
        if any(scheme in self._passthrough_schemes for scheme in schemes):
            return True
        if any(name.lower() in self._auth_header_names for name in headers.keys()):
            return True
        return getattr(self._http_client(), "auth", None) is not None

    def _http_client(self) -> httpx.Client | httpx.AsyncClient:
        raise NotImplementedError

    # -- building the request ------------------------------------------------------------
    def _url(self, path: str, path_params: Mapping[str, object], base_url_key: str | None) -> str:
        base = self.base_urls.get(base_url_key, "") if base_url_key else self.base_url
        if not base:
            raise APIError(
                f"No base URL{f' for {base_url_key!r}' if base_url_key else ''}: "
                "pass base_url= (or base_urls=) to the client."
            )
        filled = path.format_map(
            {k: quote(_query_value(v), safe="") for k, v in path_params.items()}
        )
        return base.rstrip("/") + filled

    def _build_request(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        headers: Mapping[str, object] | None,
        json_body: object,
        data: Mapping[str, object] | None,
        files: Mapping[str, FileTypes | str | None] | None,
        content: str | bytes | None,
        auth: Sequence[str],
        base_url_key: str | None,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Mapping[str, Any] | None,
        timeout: Timeout | NotGiven,
    ) -> httpx.Request:
        url = self._url(path, path_params or {}, base_url_key)
        # Later sources win: defaults < client default_headers < parameters < extra_headers;
        # credentials only fill a header nobody set (httpx.Headers: case-insensitive).
        # Set one by one: ``merged[key] = value`` sends a non-ASCII value as UTF-8, where
        # ``merged.update(...)`` would refuse it (UnicodeEncodeError).
        merged = httpx.Headers({"Accept": "application/json", "User-Agent": USER_AGENT})
        for name, text in self.default_headers.items():
            merged[name] = text
        for key, value in (headers or {}).items():
            if value is not None:
                merged[key] = _query_value(value)
        for name, text in (extra_headers or {}).items():
            merged[name] = text
        auth_query: dict[str, str] = {}
        if auth:
            found = self.auth_headers(auth)
            if found is not None:
                auth_headers, auth_query = found
                for key, value in auth_headers.items():
                    merged.setdefault(key, value)
            elif not self._has_external_auth(auth, merged):
                # Before any request: a clear message beats a 401 from the server.
                raise MissingCredentialsError(self._missing_credentials_message)
        params = _query_pairs({**(query or {}), **auth_query}, extra_query)
        kwargs: dict[str, Any] = {}
        if json_body is not None or extra_body:
            body = json_body
            if extra_body:
                body = {**(body if isinstance(body, Mapping) else {}), **extra_body}
            kwargs["content"] = json.dumps(body, default=_json_default).encode()
            merged.setdefault("Content-Type", "application/json")
        elif data is not None:
            kwargs["data"] = {k: _query_value(v) for k, v in data.items() if v is not None}
        elif files is not None:
            parts = {k: v for k, v in files.items() if v is not None}
            kwargs["files"] = {k: (None, v) if isinstance(v, str) else v for k, v in parts.items()}
        elif content is not None:
            kwargs["content"] = content
        effective = self.timeout if isinstance(timeout, NotGiven) else timeout
        return httpx.Request(
            method,
            url,
            params=params,
            headers=merged,
            extensions={"timeout": httpx.Timeout(effective).as_dict()},
            **kwargs,
        )

    # -- retries and logging -------------------------------------------------------------
    def _log_request(self, request: httpx.Request, redactor: Redactor, retries_taken: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            attempt = f" (retry {retries_taken})" if retries_taken else ""
            logger.debug(
                redactor.text(
                    f"Request: {request.method} {redactor.url(request.url)}{attempt} "
                    f"headers={redactor.headers(request.headers)}"
                )
            )

    def _log_response(
        self, response: httpx.Response, redactor: Redactor, retries_taken: int
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            request = response.request
            logger.debug(
                redactor.text(
                    f"Response: {request.method} {redactor.url(request.url)} -> "
                    f"{response.status_code} {response.reason_phrase} in "
                    f"{response.elapsed.total_seconds():.3f} s (retries: {retries_taken})"
                )
            )

    def _retry_delay(
        self,
        request: httpx.Request,
        retries_taken: int,
        redactor: Redactor,
        *,
        response: httpx.Response | None = None,
        error: httpx.TransportError | None = None,
    ) -> float | None:
        """Seconds to wait before retrying, or None when the failure is final."""
        if retries_taken >= self.max_retries:
            return None
        if response is not None:
            if not _retries.should_retry_status(request.method, response.status_code):
                return None
            reason = f"HTTP {response.status_code}"
            delay = _retries.retry_delay(retries_taken, response.headers)
        elif error is not None:
            if not _retries.should_retry_error(request.method, error):
                return None
            reason = type(error).__name__
            delay = _retries.retry_delay(retries_taken)
        else:
            return None
        logger.info(
            redactor.text(
                f"Retrying {request.method} {redactor.url(request.url)} in {delay:.2f} s "
                f"(retry {retries_taken + 1} of {self.max_retries}) after {reason}"
            )
        )
        return delay

    def _transport_error(
        self, request: httpx.Request, error: httpx.TransportError, retries_taken: int
    ) -> APIConnectionError:
        redactor = self._redactor()
        where = f"{request.method} {redactor.url(request.url)}"
        tries = f" after {retries_taken + 1} attempt(s)"
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(request, redactor.text(f"Request timed out: {where}{tries}."))
        detail = redactor.text(str(error) or type(error).__name__)
        return APIConnectionError(f"Connection error: {where}{tries}: {detail}", request=request)

    # -- responses -----------------------------------------------------------------------
    def _finish(
        self,
        response: httpx.Response,
        cast_to: type[T],
        errors: Mapping[int, type[Any]] | None,
        retries_taken: int,
    ) -> T:
        if not response.is_success:
            raise self._make_status_error(response, errors)
        value, problem = self._parse(response, cast_to)
        record_response(
            APIResponse(
                response, parsed=value, retries_taken=retries_taken, validation_error=problem
            )
        )
        return value  # type: ignore[no-any-return]

    def _parse(self, response: httpx.Response, cast_to: type[Any]) -> tuple[Any, Exception | None]:
        if cast_to is type(None):
            return None, None
        if cast_to is str and "json" not in response.headers.get("content-type", ""):
            return response.text, None
        if not response.content:
            if cast_to is object:
                return None, None
            return None, self._mismatch(response, cast_to, "the body is empty", None)
        if cast_to is not object:
            from ._validation import validate_json

            # The common case in one step: pydantic-core parses and validates the
            # bytes (faster than json.loads, then validating the Python objects).
            parsed = validate_json(cast_to, response.content)
            if parsed is not None:
                return parsed[0], None
        try:
            payload = response.json()
        except ValueError:
            if cast_to is object:
                return response.text, None
            return response.text, self._mismatch(response, cast_to, "the body is not JSON", None)
        if cast_to is object:
            return payload, None
        from ._validation import describe_error, validate

        value, error = validate(cast_to, payload)
        if error is None:
            return value, None
        return value, self._mismatch(response, cast_to, describe_error(error), payload)

    def _mismatch(
        self, response: httpx.Response, cast_to: type[Any], detail: str, payload: object
    ) -> APIResponseValidationError:
        """Report a 2xx body that does not match ``cast_to``: a warning, or raised if strict."""
        name = getattr(cast_to, "__name__", None) or str(cast_to)
        request = response.request
        message = self._redactor().text(
            f"{request.method} {request.url.path}: the response does not match {name}: {detail}"
        )
        error = APIResponseValidationError(message, response=response, body=payload)
        if self._strict_response_validation:
            raise error
        logger.warning("%s; returning the data as received (best effort).", message)
        return error

    def _make_status_error(
        self, response: httpx.Response, errors: Mapping[int, type[Any]] | None
    ) -> APIStatusError:
        body: Any
        try:
            body = response.json()
        except ValueError:
            body = response.text or None
        model = (errors or {}).get(response.status_code)
        if model is not None and isinstance(body, dict | list):
            from ._validation import validate

            parsed, problem = validate(model, body)
            # Another shape (say, a proxy's error page): the JSON as sent beats a hollow model.
            body = body if problem is not None else parsed
        request = response.request
        message = f"{response.status_code} {response.reason_phrase} from {request.method} {request.url.path}"
        detail = _error_detail(body)
        if detail:
            message = f"{message}: {detail}"
        return error_class_for(response.status_code)(
            self._redactor().text(message), response=response, body=body
        )


class SyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.Client | None, **settings: Any) -> None:
        super().__init__(**settings)
        # A pool we create is ours to close; a pool passed in belongs to the caller.
        self._owns_http_client = http_client is None
        self._client = http_client or httpx.Client(timeout=self.timeout)

    def _http_client(self) -> httpx.Client:
        return self._client

    @property
    def is_closed(self) -> bool:
        return self._client.is_closed

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http_client:
            self._client.close()

    def _request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        json: object = None,
        data: Mapping[str, object] | None = None,
        files: Mapping[str, FileTypes | str | None] | None = None,
        content: str | bytes | None = None,
        errors: Mapping[int, type[Any]] | None = None,
        auth: Sequence[str] = (),
        base_url_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> T:
        request = self._build_request(
            method,
            path,
            path_params=path_params,
            query=query,
            headers=headers,
            json_body=json,
            data=data,
            files=files,
            content=content,
            auth=auth,
            base_url_key=base_url_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        response, retries_taken = self._send(request)
        return self._finish(response, cast_to, errors, retries_taken)

    def _send(self, request: httpx.Request) -> tuple[httpx.Response, int]:
        redactor = self._redactor()
        retries_taken = 0
        while True:
            self._log_request(request, redactor, retries_taken)
            try:
                response = self._client.send(request)
            except httpx.TransportError as error:
                delay = self._retry_delay(request, retries_taken, redactor, error=error)
                if delay is None:
                    raise self._transport_error(request, error, retries_taken) from error
            else:
                self._log_response(response, redactor, retries_taken)
                delay = self._retry_delay(request, retries_taken, redactor, response=response)
                if delay is None:
                    return response, retries_taken
                response.close()
            time.sleep(delay)
            retries_taken += 1

    def _get_page(self, method: str, path: str, *, cast_to: type[T], **options: Any) -> SyncPage[T]:
        from .pagination import PageRequest, SyncPage

        return SyncPage.fetch(self, PageRequest(method, path, cast_to, options))


class AsyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.AsyncClient | None, **settings: Any) -> None:
        super().__init__(**settings)
        self._owns_http_client = http_client is None
        self._client = http_client or httpx.AsyncClient(timeout=self.timeout)

    def _http_client(self) -> httpx.AsyncClient:
        return self._client

    @property
    def is_closed(self) -> bool:
        return self._client.is_closed

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http_client:
            await self._client.aclose()

    async def _request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        json: object = None,
        data: Mapping[str, object] | None = None,
        files: Mapping[str, FileTypes | str | None] | None = None,
        content: str | bytes | None = None,
        errors: Mapping[int, type[Any]] | None = None,
        auth: Sequence[str] = (),
        base_url_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> T:
        request = self._build_request(
            method,
            path,
            path_params=path_params,
            query=query,
            headers=headers,
            json_body=json,
            data=data,
            files=files,
            content=content,
            auth=auth,
            base_url_key=base_url_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        response, retries_taken = await self._send(request)
        return self._finish(response, cast_to, errors, retries_taken)

    async def _send(self, request: httpx.Request) -> tuple[httpx.Response, int]:
        redactor = self._redactor()
        retries_taken = 0
        while True:
            self._log_request(request, redactor, retries_taken)
            try:
                response = await self._client.send(request)
            except httpx.TransportError as error:
                delay = self._retry_delay(request, retries_taken, redactor, error=error)
                if delay is None:
                    raise self._transport_error(request, error, retries_taken) from error
            else:
                self._log_response(response, redactor, retries_taken)
                delay = self._retry_delay(request, retries_taken, redactor, response=response)
                if delay is None:
                    return response, retries_taken
                await response.aclose()
            await asyncio.sleep(delay)
            retries_taken += 1

    def _get_page(
        self, method: str, path: str, *, cast_to: type[T], **options: Any
    ) -> AsyncPaginator[T]:
        # Not a coroutine: the paginator is both awaitable (first page) and async-iterable.
        from .pagination import AsyncPaginator, PageRequest

        return AsyncPaginator(self, PageRequest(method, path, cast_to, options))
