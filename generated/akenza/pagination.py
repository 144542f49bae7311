"""Spring pages: the ``Page[T]`` model and lazy iteration over all pages."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["Page", "SyncPage", "AsyncPage"]

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a Spring ``Page`` response."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    content: list[T] = Field(default_factory=list)
    total_elements: int | None = Field(default=None, alias="totalElements")
    total_pages: int | None = Field(default=None, alias="totalPages")
    number: int | None = None
    size: int | None = None
    number_of_elements: int | None = Field(default=None, alias="numberOfElements")
    first: bool | None = None
    last: bool | None = None
    empty: bool | None = None

    def has_next(self) -> bool:
        if self.last is not None:
            return not self.last
        if self.total_pages is not None and self.number is not None:
            return self.number + 1 < self.total_pages
        return bool(self.content)


class _PageBase(Generic[T]):
    def __init__(
        self, page: Page[T], method: str, path: str, cast_to: type[T], kwargs: dict[str, Any]
    ) -> None:
        self.page = page
        self._method = method
        self._path = path
        self._cast_to = cast_to
        self._kwargs = kwargs

    @property
    def items(self) -> list[T]:
        """The items of this page."""
        return self.page.content

    @property
    def total_elements(self) -> int | None:
        return self.page.total_elements

    @property
    def total_pages(self) -> int | None:
        return self.page.total_pages

    def has_next_page(self) -> bool:
        return self.page.has_next()

    def _next_kwargs(self) -> dict[str, Any]:
        query = dict(self._kwargs.get("query") or {})
        current = self.page.number if self.page.number is not None else int(query.get("page") or 0)
        query["page"] = current + 1
        return {**self._kwargs, "query": query}


class SyncPage(_PageBase[T]):
    """A page of results; iterating it yields every item of every page, fetched lazily."""

    def __init__(self, client: SyncAPIClient, *args: Any) -> None:
        super().__init__(*args)
        self._client = client

    @classmethod
    def first(
        cls, client: SyncAPIClient, method: str, path: str, cast_to: type[T], kwargs: dict[str, Any]
    ) -> SyncPage[T]:
        page = client._request(method, path, cast_to=Page[cast_to], **kwargs)  # type: ignore[valid-type]
        return cls(client, page, method, path, cast_to, kwargs)

    def get_next_page(self) -> SyncPage[T]:
        return SyncPage.first(
            self._client, self._method, self._path, self._cast_to, self._next_kwargs()
        )

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page: SyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page() or not page.items:
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_PageBase[T]):
    """A page of results; ``async for`` yields every item of every page, fetched lazily."""

    def __init__(self, client: AsyncAPIClient, *args: Any) -> None:
        super().__init__(*args)
        self._client = client

    @classmethod
    async def first(
        cls,
        client: AsyncAPIClient,
        method: str,
        path: str,
        cast_to: type[T],
        kwargs: dict[str, Any],
    ) -> AsyncPage[T]:
        page = await client._request(method, path, cast_to=Page[cast_to], **kwargs)  # type: ignore[valid-type]
        return cls(client, page, method, path, cast_to, kwargs)

    async def get_next_page(self) -> AsyncPage[T]:
        return await AsyncPage.first(
            self._client, self._method, self._path, self._cast_to, self._next_kwargs()
        )

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page() or not page.items:
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item
