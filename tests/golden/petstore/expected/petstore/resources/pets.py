"""Pets

Everything about pets."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import CreatePetRequest, ErrorBody, Pet

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, SyncPage

__all__ = [
    "PetsResource",
    "AsyncPetsResource",
    "PetsResourceWithRawResponse",
    "AsyncPetsResourceWithRawResponse",
]


class PetsResource(SyncAPIResource):
    """Everything about pets."""

    @cached_property
    def with_raw_response(self) -> PetsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return PetsResourceWithRawResponse(self)

    def list_pets(
        self,
        *,
        status: str | None = "available",
        page: int | None = None,
        size: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Pet]:
        """List pets

        ``GET /v1/pets``

        Args:
            status: Filter by status. Example: `available`.
            page: Example: `0`.
            size: Example: `2`.
        """
        return self._client._get_page(
            "GET",
            "/v1/pets",
            cast_to=Pet,
            query={"status": status, "page": page, "size": size},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_pet(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Get pet

        ``GET /v1/pets/{pet_id}``

        Args:
            pet_id: The pet's id.
        """
        return self._client._request(
            "GET",
            "/v1/pets/{pet_id}",
            cast_to=Pet,
            path_params={"pet_id": pet_id},
            errors={404: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_pet(
        self,
        *,
        body: CreatePetRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Create pet

        ``POST /v1/pets``

        Args:
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v1/pets",
            cast_to=object,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_pet(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete pet

        ``DELETE /v1/pets/{pet_id}``

        Args:
            pet_id: Example: `42`.
        """
        return self._client._request(
            "DELETE",
            "/v1/pets/{pet_id}",
            cast_to=type(None),
            path_params={"pet_id": pet_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class PetsResourceWithRawResponse:
    """Like ``PetsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: PetsResource) -> None:
        self._target = target
        self.list_pets = to_raw_response_wrapper(target.list_pets)
        self.get_pet = to_raw_response_wrapper(target.get_pet)
        self.create_pet = to_raw_response_wrapper(target.create_pet)
        self.delete_pet = to_raw_response_wrapper(target.delete_pet)


class AsyncPetsResource(AsyncAPIResource):
    """Everything about pets."""

    @cached_property
    def with_raw_response(self) -> AsyncPetsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncPetsResourceWithRawResponse(self)

    def list_pets(
        self,
        *,
        status: str | None = "available",
        page: int | None = None,
        size: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Pet]:
        """List pets

        ``GET /v1/pets``

        Args:
            status: Filter by status. Example: `available`.
            page: Example: `0`.
            size: Example: `2`.
        """
        return self._client._get_page(
            "GET",
            "/v1/pets",
            cast_to=Pet,
            query={"status": status, "page": page, "size": size},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_pet(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Get pet

        ``GET /v1/pets/{pet_id}``

        Args:
            pet_id: The pet's id.
        """
        return await self._client._request(
            "GET",
            "/v1/pets/{pet_id}",
            cast_to=Pet,
            path_params={"pet_id": pet_id},
            errors={404: ErrorBody},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_pet(
        self,
        *,
        body: CreatePetRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Create pet

        ``POST /v1/pets``

        Args:
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v1/pets",
            cast_to=object,
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_pet(
        self,
        pet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete pet

        ``DELETE /v1/pets/{pet_id}``

        Args:
            pet_id: Example: `42`.
        """
        return await self._client._request(
            "DELETE",
            "/v1/pets/{pet_id}",
            cast_to=type(None),
            path_params={"pet_id": pet_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncPetsResourceWithRawResponse:
    """Like ``AsyncPetsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncPetsResource) -> None:
        self._target = target
        self.list_pets = async_to_raw_response_wrapper(target.list_pets)
        self.get_pet = async_to_raw_response_wrapper(target.get_pet)
        self.create_pet = async_to_raw_response_wrapper(target.create_pet)
        self.delete_pet = async_to_raw_response_wrapper(target.delete_pet)
