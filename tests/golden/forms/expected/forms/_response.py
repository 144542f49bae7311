"""Raw responses: the ``httpx.Response`` of a call next to its parsed result.

``client.<resource>.with_raw_response.<method>(...)`` calls the method with a
context variable set; the transport records the response of the call's (first)
request there, and the wrapper returns it as an ``APIResponse`` whose
``parse()`` is exactly what the method returns.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

__all__ = ["APIResponse", "to_raw_response_wrapper", "async_to_raw_response_wrapper"]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")


class APIResponse(Generic[T]):
    """An HTTP response and the value the method made of it."""

    def __init__(
        self,
        http_response: httpx.Response,
        *,
        parsed: T,
        retries_taken: int = 0,
        validation_error: Exception | None = None,
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        #: Why the body did not match the declared type (the data was returned anyway).
        self.validation_error = validation_error
        self._parsed = parsed

    def parse(self) -> T:
        """The result the method returns (already parsed: errors were raised by the call)."""
        return self._parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def method(self) -> str:
        return self.http_response.request.method

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time of the last attempt, from sending the request to reading the body."""
        return self.http_response.elapsed

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def __repr__(self) -> str:
        # The path only: a query string could hold a credential.
        return (
            f"<APIResponse [{self.status_code} {self.http_response.reason_phrase}] "
            f"{self.method} {self.url.path}>"
        )


_recorded: ContextVar[list[APIResponse[Any]] | None] = ContextVar(
    "forms_raw_response", default=None
)


def record_response(response: APIResponse[Any]) -> None:
    """Called by the transport for every successful response: kept when a raw
    wrapper is listening and it is the call's first."""
    sink = _recorded.get()
    if sink is not None and not sink:
        sink.append(response)


def _result(sink: list[APIResponse[Any]], result: R) -> APIResponse[R]:
    if not sink:
        raise RuntimeError("the method made no request, so there is no raw response")
    first = sink[0]
    return APIResponse(
        first.http_response,
        parsed=result,
        retries_taken=first.retries_taken,
        validation_error=first.validation_error,
    )


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """``func`` with the same arguments, returning an ``APIResponse`` of its result."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        sink: list[APIResponse[Any]] = []
        token = _recorded.set(sink)
        try:
            result = func(*args, **kwargs)
        finally:
            _recorded.reset(token)
        return _result(sink, result)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    """The async twin of ``to_raw_response_wrapper``."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        sink: list[APIResponse[Any]] = []
        token = _recorded.set(sink)
        try:
            result = await func(*args, **kwargs)
        finally:
            _recorded.reset(token)
        return _result(sink, result)

    return wrapped
