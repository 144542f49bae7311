"""Errors raised by the Forms client: one class per status family.

Messages never contain credentials: the client builds them from the status, the
API's own error message and redacted URLs only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from ._bulk import BulkResult

__all__ = [
    "APIError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "MissingCredentialsError",
    "BulkRequestError",
]


class APIError(Exception):
    """Base class of every error this package raises."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class MissingCredentialsError(APIError):
    """The endpoint needs credentials and the client has none (raised before any request)."""


class APIConnectionError(APIError):
    """The request never got a response (DNS, refused, reset), even after retries."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out, even after retries."""

    def __init__(self, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A 2xx body did not match the expected type (raised only with
    ``strict_response_validation=True``; by default the data is returned anyway)."""

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class APIStatusError(APIError):
    """The API answered with a status that is not 2xx.

    ``body`` is the parsed error: the endpoint's error model when the collection
    documents one for this status, else the JSON value, else the text.
    """

    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body


class BadRequestError(APIStatusError):
    """HTTP 400: the request is invalid."""


class AuthenticationError(APIStatusError):
    """HTTP 401: missing or invalid credentials."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the credentials lack the permission (for example an API key out of scope)."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests (after the retries the client already made)."""


class InternalServerError(APIStatusError):
    """HTTP 500 and above."""


class BulkRequestError(APIError):
    """A chunk of a chunked (bulk) call failed; ``result`` holds the chunks sent so far,
    the failed one last, and ``__cause__`` the error of that chunk."""

    def __init__(self, message: str, *, result: BulkResult[Any]) -> None:
        super().__init__(message)
        self.result = result


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
