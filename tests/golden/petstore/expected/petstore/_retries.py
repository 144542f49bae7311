"""The retry policy: which failures are retried, and how long to wait first.

Retried: connection errors, timeouts, HTTP 408, 409, 429 and 5xx. A request that
may have changed something on the server (POST, PATCH) is retried only when a
repeat cannot duplicate its effect: the connection was never established, or the
server answered 429 or 503 (it refused to process the request). Waits grow
exponentially with jitter; ``Retry-After`` / ``retry-after-ms`` are honoured, up
to ``MAX_RETRY_AFTER`` seconds per wait. The constants are module attributes so
tests (and applications) can tune them.
"""

from __future__ import annotations

import datetime
import email.utils
import random
import time

import httpx

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
_RETRYABLE_STATUSES = frozenset({408, 409, 429})
# Answers that say "not processed": safe to repeat even a POST.
_REFUSED_STATUSES = frozenset({429, 503})

# Failures where the request cannot have reached the server.
_NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# Failures worth another try at all (others, like an unsupported URL scheme, are bugs).
_TRANSIENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


def is_idempotent(method: str) -> bool:
    return method.upper() in IDEMPOTENT_METHODS


def should_retry_status(method: str, status_code: int) -> bool:
    if status_code not in _RETRYABLE_STATUSES and status_code < 500:
        return False
    return is_idempotent(method) or status_code in _REFUSED_STATUSES


def should_retry_error(method: str, error: httpx.TransportError) -> bool:
    if not isinstance(error, _TRANSIENT_ERRORS):
        return False
    return is_idempotent(method) or isinstance(error, _NOT_SENT_ERRORS)


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the server asks us to wait (``retry-after-ms``, ``Retry-After``), if any."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return max(float(milliseconds) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" dates: UTC by RFC 5322
        when = when.replace(tzinfo=datetime.UTC)
    return max(when.timestamp() - time.time(), 0.0)


def retry_delay(retries_taken: int, headers: httpx.Headers | None = None) -> float:
    """Seconds to wait before retry number ``retries_taken + 1``."""
    asked = retry_after(headers) if headers is not None else None
    if asked is not None:
        return min(asked, MAX_RETRY_AFTER)
    delay = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY)
    # Up to 25% less, so clients that failed together do not retry together.
    return delay * (1 - 0.25 * random.random())
