"""Sending many items in chunks: one request per chunk, one result per chunk.

Used by bulk helpers (see ``lib/``): the items can be any iterable, even an
endless generator; chunks are built and sent one after the other, so memory
stays bounded by the chunk size.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Generic, TypeVar

from ._exceptions import APIError, BulkRequestError

__all__ = ["ChunkResult", "BulkResult", "chunked", "send_in_chunks", "asend_in_chunks"]

ItemT = TypeVar("ItemT")
R = TypeVar("R")


@dataclass
class ChunkResult(Generic[R]):
    """What happened to one chunk."""

    index: int  # the chunk's number, from 0
    start: int  # position of its first item in the input
    size: int
    result: R | None = None
    error: APIError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class BulkResult(Generic[R]):
    """Every chunk sent, in order."""

    chunks: list[ChunkResult[R]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(chunk.ok for chunk in self.chunks)

    @property
    def items_sent(self) -> int:
        """Items in chunks the server accepted."""
        return sum(chunk.size for chunk in self.chunks if chunk.ok)

    @property
    def failed(self) -> list[ChunkResult[R]]:
        return [chunk for chunk in self.chunks if not chunk.ok]

    def raise_for_errors(self) -> None:
        """Raise ``BulkRequestError`` if a chunk failed."""
        if self.failed:
            raise _bulk_error(self, self.failed[0])


def _bulk_error(result: BulkResult[R], chunk: ChunkResult[R]) -> BulkRequestError:
    last = chunk.start + chunk.size - 1
    reason = chunk.error.message if chunk.error is not None else "failed"
    error = BulkRequestError(
        f"Chunk {chunk.index} (items {chunk.start}-{last}) failed: {reason}", result=result
    )
    error.__cause__ = chunk.error
    return error


def chunked(items: Iterable[ItemT], size: int) -> Iterator[list[ItemT]]:
    """Lists of up to ``size`` items, lazily."""
    if size < 1:
        raise ValueError("chunk size must be at least 1")
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def send_in_chunks(
    items: Iterable[ItemT],
    send: Callable[[list[ItemT]], R],
    *,
    chunk_size: int,
    continue_on_error: bool = False,
) -> BulkResult[R]:
    """Call ``send`` once per chunk. A failed chunk (after the client's retries) raises
    ``BulkRequestError`` carrying the result so far, unless ``continue_on_error``."""
    result: BulkResult[R] = BulkResult()
    start = 0
    for index, chunk in enumerate(chunked(items, chunk_size)):
        try:
            outcome = ChunkResult[R](index, start, len(chunk), result=send(chunk))
        except APIError as error:
            outcome = ChunkResult[R](index, start, len(chunk), error=error)
        result.chunks.append(outcome)
        if not outcome.ok and not continue_on_error:
            raise _bulk_error(result, outcome)
        start += len(chunk)
    return result


async def asend_in_chunks(
    items: Iterable[ItemT],
    send: Callable[[list[ItemT]], Awaitable[R]],
    *,
    chunk_size: int,
    continue_on_error: bool = False,
) -> BulkResult[R]:
    """The async twin of ``send_in_chunks`` (chunks are sent one after the other)."""
    result: BulkResult[R] = BulkResult()
    start = 0
    for index, chunk in enumerate(chunked(items, chunk_size)):
        try:
            outcome = ChunkResult[R](index, start, len(chunk), result=await send(chunk))
        except APIError as error:
            outcome = ChunkResult[R](index, start, len(chunk), error=error)
        result.chunks.append(outcome)
        if not outcome.ok and not continue_on_error:
            raise _bulk_error(result, outcome)
        start += len(chunk)
    return result
