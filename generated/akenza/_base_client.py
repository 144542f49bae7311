"""Transport: building requests, sending them, turning responses into results."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import TypeAdapter, ValidationError

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    MissingCredentialsError,
    error_class_for,
)
from ._types import NOT_GIVEN, FileTypes, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from .pagination import AsyncPage, SyncPage

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2


QueryPairs = list[tuple[str, str | int | float | bool | None]]


def _clean_query(query: Mapping[str, object] | None, extra: Query | None) -> QueryPairs:
    pairs: QueryPairs = []
    for source in (query or {}, extra or {}):
        for key, value in source.items():
            if value is None:
                continue
            values = value if isinstance(value, list | tuple) else [value]
            for item in values:
                if isinstance(item, bool):
                    pairs.append((key, "true" if item else "false"))
                else:
                    pairs.append((key, str(item)))
    return pairs


class BaseClient:
    """Settings shared by the sync and async clients."""

    def __init__(
        self,
        *,
        base_url: str,
        base_urls: Mapping[str, str],
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.base_urls = dict(base_urls)
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers = dict(default_headers or {})

    def auth_headers(self, schemes: Sequence[str]) -> tuple[dict[str, str], dict[str, str]]:
        """Headers and query params that authenticate a request using one of ``schemes``."""
        return {}, {}

    def _url(self, path: str, path_params: Mapping[str, object], base_url_key: str | None) -> str:
        base = self.base_urls.get(base_url_key, "") if base_url_key else self.base_url
        if not base:
            raise MissingCredentialsError(
                "No base URL: pass base_url= to the client or set the environment variable."
            )
        filled = path.format_map({k: quote(str(v), safe="") for k, v in path_params.items()})
        return base.rstrip("/") + filled

    def _build_request(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        headers: Mapping[str, str | None] | None,
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
        auth_headers, auth_query = self.auth_headers(auth) if auth else ({}, {})
        merged_headers: dict[str, str] = {**self.default_headers}
        for key, value in (headers or {}).items():
            if value is not None:
                merged_headers[key] = str(value)
        merged_headers.update(auth_headers)
        merged_headers.update(extra_headers or {})
        params = _clean_query({**(query or {}), **auth_query}, extra_query)
        kwargs: dict[str, Any] = {}
        if json_body is not None or extra_body:
            body = json_body
            if hasattr(body, "model_dump"):
                body = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
            if extra_body:
                body = {**(body if isinstance(body, dict) else {}), **extra_body}
            kwargs["content"] = json.dumps(body).encode()
            merged_headers.setdefault("Content-Type", "application/json")
        elif data is not None:
            kwargs["data"] = {k: str(v) for k, v in data.items() if v is not None}
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
            headers=merged_headers,
            extensions={"timeout": httpx.Timeout(effective).as_dict()},
            **kwargs,
        )

    def _process_response(
        self, response: httpx.Response, cast_to: type[T], errors: Mapping[int, type[Any]] | None
    ) -> T:
        if response.status_code >= 400:
            raise self._make_status_error(response, errors)
        if cast_to is type(None) or not response.content:
            return None  # type: ignore[return-value]
        content_type = response.headers.get("content-type", "")
        if "json" not in content_type and not response.content.lstrip().startswith((b"{", b"[")):
            if cast_to is str or cast_to is object:
                return response.text  # type: ignore[return-value]
        try:
            payload = response.json()
        except ValueError:
            return response.text  # type: ignore[return-value]
        if cast_to is object:
            return payload  # type: ignore[no-any-return]
        try:
            return TypeAdapter(cast_to).validate_python(payload)
        except ValidationError as exc:
            raise APIResponseValidationError(
                f"Response did not match {getattr(cast_to, '__name__', cast_to)}: {exc}",
                response=response,
                body=payload,
            ) from None

    def _make_status_error(
        self, response: httpx.Response, errors: Mapping[int, type[Any]] | None
    ) -> APIStatusError:
        try:
            body: Any = response.json()
        except ValueError:
            body = response.text
        model = (errors or {}).get(response.status_code)
        if model is not None:
            try:
                body = TypeAdapter(model).validate_python(body)
            except ValidationError:
                pass
        message = f"HTTP {response.status_code}"
        detail = body.get("message") if isinstance(body, dict) else getattr(body, "message", None)
        if isinstance(detail, str):
            message = f"{message}: {detail}"
        return error_class_for(response.status_code)(message, response=response, body=body)


class SyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.Client | None, **settings: Any) -> None:
        super().__init__(**settings)
        self._client = http_client or httpx.Client(timeout=self.timeout)

    def close(self) -> None:
        self._client.close()

    def _request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, str | None] | None = None,
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
        try:
            response = self._client.send(request)
        except httpx.TimeoutException:
            raise APITimeoutError(request) from None
        except httpx.TransportError as exc:
            raise APIConnectionError(f"Connection error: {exc}", request=request) from None
        return self._process_response(response, cast_to, errors)

    def _get_page(self, method: str, path: str, *, cast_to: type[T], **kwargs: Any) -> SyncPage[T]:
        from .pagination import SyncPage

        return SyncPage.first(self, method, path, cast_to, kwargs)


class AsyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.AsyncClient | None, **settings: Any) -> None:
        super().__init__(**settings)
        self._client = http_client or httpx.AsyncClient(timeout=self.timeout)

    async def close(self) -> None:
        await self._client.aclose()

    async def _request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, str | None] | None = None,
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
        try:
            response = await self._client.send(request)
        except httpx.TimeoutException:
            raise APITimeoutError(request) from None
        except httpx.TransportError as exc:
            raise APIConnectionError(f"Connection error: {exc}", request=request) from None
        return self._process_response(response, cast_to, errors)

    async def _get_page(
        self, method: str, path: str, *, cast_to: type[T], **kwargs: Any
    ) -> AsyncPage[T]:
        from .pagination import AsyncPage

        return await AsyncPage.first(self, method, path, cast_to, kwargs)
