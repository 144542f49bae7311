"""Device Credentials

Public keys used by devices to sign JWTs when connecting with `DEVICE_CREDENTIALS` authentication.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..types import CreateDeviceCredentialRequest, DeviceCredential

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, SyncPage

__all__ = [
    "DeviceCredentialsResource",
    "AsyncDeviceCredentialsResource",
    "DeviceCredentialsResourceWithRawResponse",
    "AsyncDeviceCredentialsResourceWithRawResponse",
]


class DeviceCredentialsResource(SyncAPIResource):
    """Public keys used by devices to sign JWTs when connecting with `DEVICE_CREDENTIALS` authentication."""

    @cached_property
    def with_raw_response(self) -> DeviceCredentialsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return DeviceCredentialsResourceWithRawResponse(self)

    def list_device_credentials(
        self,
        device_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[DeviceCredential]:
        """List device credentials

        Lists the public-key credentials registered for a device (used for JWT-based device authentication). Returns an unpaged Spring page (`pageable` is `"INSTANCE"`).

        ``GET /v3/device-authorization/devices/{device_id}/credentials``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return self._client._get_page(
            "GET",
            "/v3/device-authorization/devices/{device_id}/credentials",
            cast_to=DeviceCredential,
            path_params={"device_id": device_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_device_credential(
        self,
        device_id: str,
        *,
        body: CreateDeviceCredentialRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceCredential:
        """Create device credential

        Registers a public key (PEM or X.509 certificate) for a device.

        **Body**
        - `name` (string, optional)
        - `akenzaDeviceId` (string, required) — must match the `deviceId` path variable
        - `algorithm` (required) — `RSA256_PEM`, `RSA256_X509_PEM`, `EC256_PEM` or `EC256_X509_PEM`
        - `publicKey` (string, required) — PEM encoded key or certificate
        - `expiration` (ISO-8601 instant, optional)

        ``POST /v3/device-authorization/devices/{device_id}/credentials``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return self._client._request(
            "POST",
            "/v3/device-authorization/devices/{device_id}/credentials",
            cast_to=DeviceCredential,
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_device_credential(
        self,
        device_id: str,
        credential_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete device credential

        Deletes a device credential. Returns `204 No Content`.

        ``DELETE /v3/device-authorization/devices/{device_id}/credentials/{credential_id}``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            credential_id: The device credential id.
        """
        return self._client._request(
            "DELETE",
            "/v3/device-authorization/devices/{device_id}/credentials/{credential_id}",
            cast_to=type(None),
            path_params={"device_id": device_id, "credential_id": credential_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class DeviceCredentialsResourceWithRawResponse:
    """Like ``DeviceCredentialsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: DeviceCredentialsResource) -> None:
        self._target = target
        self.list_device_credentials = to_raw_response_wrapper(target.list_device_credentials)
        self.create_device_credential = to_raw_response_wrapper(target.create_device_credential)
        self.delete_device_credential = to_raw_response_wrapper(target.delete_device_credential)


class AsyncDeviceCredentialsResource(AsyncAPIResource):
    """Public keys used by devices to sign JWTs when connecting with `DEVICE_CREDENTIALS` authentication."""

    @cached_property
    def with_raw_response(self) -> AsyncDeviceCredentialsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncDeviceCredentialsResourceWithRawResponse(self)

    def list_device_credentials(
        self,
        device_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[DeviceCredential]:
        """List device credentials

        Lists the public-key credentials registered for a device (used for JWT-based device authentication). Returns an unpaged Spring page (`pageable` is `"INSTANCE"`).

        ``GET /v3/device-authorization/devices/{device_id}/credentials``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return self._client._get_page(
            "GET",
            "/v3/device-authorization/devices/{device_id}/credentials",
            cast_to=DeviceCredential,
            path_params={"device_id": device_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_device_credential(
        self,
        device_id: str,
        *,
        body: CreateDeviceCredentialRequest | dict[str, Any],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeviceCredential:
        """Create device credential

        Registers a public key (PEM or X.509 certificate) for a device.

        **Body**
        - `name` (string, optional)
        - `akenzaDeviceId` (string, required) — must match the `deviceId` path variable
        - `algorithm` (required) — `RSA256_PEM`, `RSA256_X509_PEM`, `EC256_PEM` or `EC256_X509_PEM`
        - `publicKey` (string, required) — PEM encoded key or certificate
        - `expiration` (ISO-8601 instant, optional)

        ``POST /v3/device-authorization/devices/{device_id}/credentials``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            body: The JSON request body.
        """
        return await self._client._request(
            "POST",
            "/v3/device-authorization/devices/{device_id}/credentials",
            cast_to=DeviceCredential,
            path_params={"device_id": device_id},
            json=body,
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_device_credential(
        self,
        device_id: str,
        credential_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete device credential

        Deletes a device credential. Returns `204 No Content`.

        ``DELETE /v3/device-authorization/devices/{device_id}/credentials/{credential_id}``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
            credential_id: The device credential id.
        """
        return await self._client._request(
            "DELETE",
            "/v3/device-authorization/devices/{device_id}/credentials/{credential_id}",
            cast_to=type(None),
            path_params={"device_id": device_id, "credential_id": credential_id},
            auth=("apikey:header:x-api-key",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncDeviceCredentialsResourceWithRawResponse:
    """Like ``AsyncDeviceCredentialsResource``, but each method returns an ``APIResponse`` (status, headers) of its result."""

    def __init__(self, target: AsyncDeviceCredentialsResource) -> None:
        self._target = target
        self.list_device_credentials = async_to_raw_response_wrapper(target.list_device_credentials)
        self.create_device_credential = async_to_raw_response_wrapper(
            target.create_device_credential
        )
        self.delete_device_credential = async_to_raw_response_wrapper(
            target.delete_device_credential
        )
