"""Device Credentials

Public keys used by devices to sign JWTs when connecting with `DEVICE_CREDENTIALS` authentication.
"""

from __future__ import annotations

from typing import Any

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

__all__ = ["DeviceCredentialsResource", "AsyncDeviceCredentialsResource"]


class DeviceCredentialsResource(SyncAPIResource):
    """Public keys used by devices to sign JWTs when connecting with `DEVICE_CREDENTIALS` authentication."""

    def list_device_credentials(
        self,
        device_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """List device credentials

        Lists the public-key credentials registered for a device (used for JWT-based device authentication). Returns an unpaged Spring page (`pageable` is `"INSTANCE"`).

        ``GET /v3/device-authorization/devices/{device_id}/credentials``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return self._client._request(
            "GET",
            "/v3/device-authorization/devices/{device_id}/credentials",
            cast_to=type(None),
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
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
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


class AsyncDeviceCredentialsResource(AsyncAPIResource):
    """Public keys used by devices to sign JWTs when connecting with `DEVICE_CREDENTIALS` authentication."""

    async def list_device_credentials(
        self,
        device_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """List device credentials

        Lists the public-key credentials registered for a device (used for JWT-based device authentication). Returns an unpaged Spring page (`pageable` is `"INSTANCE"`).

        ``GET /v3/device-authorization/devices/{device_id}/credentials``

        Args:
            device_id: The akenza device id (the asset `id`, not the physical `deviceId`/DevEUI).
        """
        return await self._client._request(
            "GET",
            "/v3/device-authorization/devices/{device_id}/credentials",
            cast_to=type(None),
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
        body: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
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
            cast_to=type(None),
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
