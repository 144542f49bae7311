"""Auth modes of both clients: credentials from the environment, and none at all."""

from __future__ import annotations

import pytest
from _support import FakeApi

import forms

# Environment variables the client reads credentials from, with the values the tests set.
ENV: dict[str, str] = {"FORMS_BEARER_TOKEN": "env-bearer-token"}
# Client arguments that leave every credential to the environment.
NO_CREDENTIALS: dict[str, None] = {"bearer_token": None}
CLIENTS = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])


@CLIENTS
def test_credentials_from_environment(asynchronous: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without credential arguments, the client authenticates with the environment's."""
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    api = FakeApi(asynchronous=asynchronous)
    api.serve(204)
    api.call(
        lambda client: client.upload_file(
            overwrite=True,
            file=("file.txt", b"example file content", "text/plain"),
            description="A file",
        ),
        **NO_CREDENTIALS,
    )

    sent = api.requests[0]
    assert sent.headers.get("Authorization") == "Bearer env-bearer-token"


@CLIENTS
def test_missing_credentials_fail_before_sending(
    asynchronous: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No argument and no environment variable: a clear error, and no request."""
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    api = FakeApi(asynchronous=asynchronous)
    with pytest.raises(forms.MissingCredentialsError):
        api.call(
            lambda client: client.upload_file(
                overwrite=True,
                file=("file.txt", b"example file content", "text/plain"),
                description="A file",
            ),
            **NO_CREDENTIALS,
        )

    assert api.requests == []
