"""Auth modes of both clients: credentials from the environment, and none at all."""

from __future__ import annotations

import pytest
from _support import FakeApi

import petstore

# Environment variables the client reads credentials from, with the values the tests set.
ENV: dict[str, str] = {"PETSTORE_API_KEY": "env-api-key"}
# Client arguments that leave every credential to the environment.
NO_CREDENTIALS: dict[str, None] = {"api_key": None}
CLIENTS = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])


@CLIENTS
def test_credentials_from_environment(asynchronous: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without credential arguments, the client authenticates with the environment's."""
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    api = FakeApi(asynchronous=asynchronous)
    api.serve(204)
    api.call(lambda client: client.pets.list_pets(status="available"), **NO_CREDENTIALS)

    sent = api.requests[0]
    assert sent.headers.get("X-Api-Key") == "env-api-key"


@CLIENTS
def test_missing_credentials_fail_before_sending(
    asynchronous: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No argument and no environment variable: a clear error, and no request."""
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    api = FakeApi(asynchronous=asynchronous)
    with pytest.raises(petstore.MissingCredentialsError):
        api.call(lambda client: client.pets.list_pets(status="available"), **NO_CREDENTIALS)

    assert api.requests == []
