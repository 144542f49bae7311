"""Spring pages: the ``Page[T]`` model, and lazy iteration over every item of every page.

A list method returns the first page: ``SyncPage[T]`` (sync client) or an
``AsyncPaginator[T]`` (async client: ``await`` it for the first ``AsyncPage[T]``,
or ``async for`` over all items). Iterating fetches further pages only when the
items of the previous one are used up; the next page is the request again with
``page`` set to the current page number plus one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeGuard, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from ._logging import logger

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["Page", "SyncPage", "AsyncPage", "AsyncPaginator", "PageRequest"]

T = TypeVar("T")

PAGE_PARAM = "page"


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


class PageSort(BaseModel):
    """How a Spring page is sorted."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    empty: bool | None = None
    sorted: bool | None = None
    unsorted: bool | None = None


class Pageable(BaseModel):
    """The request a Spring page answers (``pageable``)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    sort: PageSort | None = None
    offset: int | None = None
    page_number: int | None = Field(default=None, alias="pageNumber")
    page_size: int | None = Field(default=None, alias="pageSize")
    paged: bool | None = None
    unpaged: bool | None = None


class Page(BaseModel, Generic[T]):
    """One page of a Spring ``Page`` response."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    content: list[T] = Field(default_factory=list)
    # Spring writes "INSTANCE" for an unpaged request.
    pageable: Pageable | str | None = None
    sort: PageSort | None = None
    total_elements: int | None = Field(default=None, alias="totalElements")
    total_pages: int | None = Field(default=None, alias="totalPages")
    number: int | None = None
    size: int | None = None
    number_of_elements: int | None = Field(default=None, alias="numberOfElements")
    first: bool | None = None
    last: bool | None = None
    empty: bool | None = None

    def has_next(self) -> bool:
        """Whether the server says another page follows (when it says nothing: no).

        A page built leniently from a body that does not match can hold other
        types in these fields: what is not a bool or a number counts as not said."""
        if not self.content or not isinstance(self.content, list):
            return False
        if isinstance(self.last, bool):
            return not self.last
        if _is_int(self.total_pages) and _is_int(self.number):
            return self.number + 1 < self.total_pages
        if _is_int(self.size) and self.size:
            return len(self.content) >= self.size
        return False


@dataclass(frozen=True)
class PageRequest(Generic[T]):
    """How to fetch a page: the endpoint call with its options (``query`` holds ``page``)."""

    method: str
    path: str
    item_type: type[T]
    options: dict[str, Any]

    @property
    def page_index(self) -> int:
        value = (self.options.get("query") or {}).get(PAGE_PARAM)
        return int(value) if isinstance(value, int | str) and str(value).isdigit() else 0

    def for_page(self, index: int) -> PageRequest[T]:
        query = {**(self.options.get("query") or {}), PAGE_PARAM: index}
        return PageRequest(self.method, self.path, self.item_type, {**self.options, "query": query})

    def response_type(self) -> type[Page[T]]:
        return Page[self.item_type]  # type: ignore[name-defined]


class _PageBase(Generic[T]):
    """``page`` is the parsed ``Page``, or, when a 2xx body was no Spring page (a JSON
    string, a list), the body as received: then this is a last page without
    metadata whose items are the list's items (best effort), else none."""

    def __init__(self, page: Page[T], request: PageRequest[T]) -> None:
        self.page = page
        self._request = request

    def _field(self, name: str) -> int | None:
        """A number of the page's metadata; None when missing or not a number."""
        value = getattr(self.page, name, None) if isinstance(self.page, Page) else None
        return value if _is_int(value) else None

    @property
    def items(self) -> list[T]:
        """The items of this page only."""
        content: object = self.page.content if isinstance(self.page, Page) else self.page
        return content if isinstance(content, list) else []

    @property
    def total_elements(self) -> int | None:
        """Items on all pages, as reported by the server."""
        return self._field("total_elements")

    @property
    def total_pages(self) -> int | None:
        return self._field("total_pages")

    @property
    def number(self) -> int:
        """Zero-based number of this page."""
        number = self._field("number")
        return number if number is not None else self._request.page_index

    def has_next_page(self) -> bool:
        return isinstance(self.page, Page) and self.page.has_next()

    def _next_request(self) -> PageRequest[T]:
        if not self.has_next_page():
            raise RuntimeError("there is no next page: check has_next_page() first")
        return self._request.for_page(self.number + 1)

    def _same_page_again(self, following: _PageBase[T]) -> bool:
        """A server that ignores ``page`` would make iteration endless: stop instead."""
        number = following._field("number")
        if number is not None and number <= self.number:
            logger.warning(
                "%s %s: the server returned page %s again; stopping the iteration.",
                self._request.method,
                self._request.path,
                number,
            )
            return True
        return False

    def __repr__(self) -> str:
        odd = "" if isinstance(self.page, Page) else f" body={type(self.page).__name__}"
        return (
            f"<{type(self).__name__} number={self.number} items={len(self.items)} "
            f"total_elements={self.total_elements}{odd}>"
        )


class SyncPage(_PageBase[T]):
    """A page of results; iterating it yields every item of this and the following pages."""

    def __init__(self, client: SyncAPIClient, page: Page[T], request: PageRequest[T]) -> None:
        super().__init__(page, request)
        self._client = client

    @classmethod
    def fetch(cls, client: SyncAPIClient, request: PageRequest[T]) -> SyncPage[T]:
        page = client._request(
            request.method, request.path, cast_to=request.response_type(), **request.options
        )
        return cls(client, page, request)

    def get_next_page(self) -> SyncPage[T]:
        return SyncPage.fetch(self._client, self._next_request())

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and the following ones, fetched one at a time."""
        page: SyncPage[T] = self
        yield page
        while page.has_next_page():
            following = page.get_next_page()
            if page._same_page_again(following):
                return
            page = following
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_PageBase[T]):
    """A page of results; ``async for`` yields every item of this and the following pages."""

    def __init__(self, client: AsyncAPIClient, page: Page[T], request: PageRequest[T]) -> None:
        super().__init__(page, request)
        self._client = client

    @classmethod
    async def fetch(cls, client: AsyncAPIClient, request: PageRequest[T]) -> AsyncPage[T]:
        page = await client._request(
            request.method, request.path, cast_to=request.response_type(), **request.options
        )
        return cls(client, page, request)

    async def get_next_page(self) -> AsyncPage[T]:
        return await AsyncPage.fetch(self._client, self._next_request())

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and the following ones, fetched one at a time."""
        page: AsyncPage[T] = self
        yield page
        while page.has_next_page():
            following = await page.get_next_page()
            if page._same_page_again(following):
                return
            page = following
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Generic[T]):
    """What an async list method returns, before any request is made.

    ``await`` it for the first ``AsyncPage``; ``async for item in ...`` for every
    item of every page; ``iter_pages()`` for page-by-page iteration.
    """

    def __init__(self, client: AsyncAPIClient, request: PageRequest[T]) -> None:
        self._client = client
        self._request = request

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return AsyncPage.fetch(self._client, self._request).__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        first = await self
        async for item in first:
            yield item

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        first = await self
        async for page in first.iter_pages():
            yield page
