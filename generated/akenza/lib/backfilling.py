"""Typed helpers for backfilling device data (``client.device_data.backfilling``).

``backfill`` adds one sample; ``backfill_bulk`` sends any number of samples in
chunks of ``chunk_size`` (one request each) and reports each chunk. As the API
documents, a sample without ``timestamp`` gets the current time and one without
``topic`` gets ``"default"``; the helpers fill these in before sending, so the
timestamp is the time of the call, not of the server's processing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Required, TypedDict

from .._bulk import BulkResult, asend_in_chunks, send_in_chunks
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, Headers, NotGiven, Timeout

__all__ = [
    "BackfillSample",
    "BackfillingExtension",
    "AsyncBackfillingExtension",
    "DEFAULT_TOPIC",
    "DEFAULT_CHUNK_SIZE",
]

DEFAULT_TOPIC = "default"
DEFAULT_CHUNK_SIZE = 1000

_SINGLE_PATH = "/v3/devices/{device_id}/backfill"
_BULK_PATH = "/v3/devices/{device_id}/backfill/bulk"
_SINGLE_AUTH = ["apikey:header:x-api-key"]
_BULK_AUTH = ["apikey:header:x-api-key"]


class BackfillSample(TypedDict, total=False):
    """One sample: ``data`` must match the output of the device type's script."""

    data: Required[Mapping[str, Any]]
    timestamp: datetime | str  # ISO-8601 instant; default: now
    topic: str  # default: "default"


def _timestamp(value: datetime | str | None) -> str:
    if isinstance(value, str):
        return value
    moment = value or datetime.now(UTC)
    # A naive datetime is local time (Python's convention); the API wants an instant.
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _sample(
    data: Mapping[str, Any], timestamp: datetime | str | None, topic: str | None
) -> dict[str, Any]:
    return {"timestamp": _timestamp(timestamp), "topic": topic or DEFAULT_TOPIC, "data": dict(data)}


def _from_item(item: BackfillSample | Mapping[str, Any], topic: str | None) -> dict[str, Any]:
    if "data" not in item:
        raise ValueError("every backfill sample needs 'data'")
    return _sample(item["data"], item.get("timestamp"), item.get("topic") or topic)


class BackfillingExtension(SyncAPIResource):
    def backfill(
        self,
        device_id: str,
        data: Mapping[str, Any],
        *,
        timestamp: datetime | str | None = None,
        topic: str | None = None,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Add one sample to a device (``POST /v3/devices/{device_id}/backfill``).

        Args:
            device_id: The akenza device id (the asset ``id``, not the DevEUI).
            data: The sample; it has to match the output of the device type script.
            timestamp: When the sample was measured; default: now.
            topic: The data topic; default: ``"default"``.
        """
        return self._client._request(
            "POST",
            _SINGLE_PATH,
            cast_to=object,
            path_params={"device_id": device_id},
            json=_sample(data, timestamp, topic),
            auth=_SINGLE_AUTH,
            base_url_key=None,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def backfill_bulk(
        self,
        device_id: str,
        samples: Iterable[BackfillSample | Mapping[str, Any]],
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        topic: str | None = None,
        continue_on_error: bool = False,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BulkResult[Any]:
        """Add many samples to a device, ``chunk_size`` per request (``POST /v3/devices/{device_id}/backfill/bulk``).

        ``samples`` can be any iterable (a generator too): it is read one chunk at
        a time. A chunk that fails after the client's retries raises
        ``BulkRequestError`` (its ``result`` lists the chunks sent so far), unless
        ``continue_on_error`` is set: then the returned result lists the failures.

        Args:
            device_id: The akenza device id (the asset ``id``, not the DevEUI).
            samples: ``{"data": ..., "timestamp": ..., "topic": ...}`` items; only ``data`` is required.
            chunk_size: Samples per request.
            topic: The topic of samples that have none; default: ``"default"``.
            continue_on_error: Send the remaining chunks after a failed one.
        """
        prepared = (_from_item(item, topic) for item in samples)

        def send(chunk: list[dict[str, Any]]) -> Any:
            return self._client._request(
                "POST",
                _BULK_PATH,
                cast_to=object,
                path_params={"device_id": device_id},
                json=chunk,
                auth=_BULK_AUTH,
                base_url_key=None,
                extra_headers=extra_headers,
                timeout=timeout,
            )

        return send_in_chunks(
            prepared, send, chunk_size=chunk_size, continue_on_error=continue_on_error
        )


class AsyncBackfillingExtension(AsyncAPIResource):
    async def backfill(
        self,
        device_id: str,
        data: Mapping[str, Any],
        *,
        timestamp: datetime | str | None = None,
        topic: str | None = None,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Add one sample to a device; see ``BackfillingExtension.backfill``."""
        return await self._client._request(
            "POST",
            _SINGLE_PATH,
            cast_to=object,
            path_params={"device_id": device_id},
            json=_sample(data, timestamp, topic),
            auth=_SINGLE_AUTH,
            base_url_key=None,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def backfill_bulk(
        self,
        device_id: str,
        samples: Iterable[BackfillSample | Mapping[str, Any]],
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        topic: str | None = None,
        continue_on_error: bool = False,
        extra_headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BulkResult[Any]:
        """Add many samples in chunks; see ``BackfillingExtension.backfill_bulk``."""
        prepared = (_from_item(item, topic) for item in samples)

        async def send(chunk: list[dict[str, Any]]) -> Any:
            return await self._client._request(
                "POST",
                _BULK_PATH,
                cast_to=object,
                path_params={"device_id": device_id},
                json=chunk,
                auth=_BULK_AUTH,
                base_url_key=None,
                extra_headers=extra_headers,
                timeout=timeout,
            )

        return await asend_in_chunks(
            prepared, send, chunk_size=chunk_size, continue_on_error=continue_on_error
        )
