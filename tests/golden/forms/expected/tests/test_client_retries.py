"""Retries of both clients: a 503 is retried when retries are on, raised when off."""

from __future__ import annotations

import pytest
from _support import FakeApi

import forms

CLIENTS = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])


@CLIENTS
def test_retries_after_a_503(asynchronous: bool) -> None:
    """A 503 with ``Retry-After: 0`` is retried at once, and the retry succeeds."""
    api = FakeApi(asynchronous=asynchronous)
    api.serve(503, headers=[("Retry-After", "0")])
    api.serve(204)
    api.call(
        lambda client: client.upload_file(
            overwrite=True,
            file=("file.txt", b"example file content", "text/plain"),
            description="A file",
        ),
        max_retries=2,
    )

    assert len(api.requests) == 2


@CLIENTS
def test_no_retry_when_retries_are_off(asynchronous: bool) -> None:
    """With ``max_retries=0`` the 503 is raised after one request."""
    api = FakeApi(asynchronous=asynchronous)
    api.serve(503, headers=[("Retry-After", "0")])
    with pytest.raises(forms.InternalServerError):
        api.call(
            lambda client: client.upload_file(
                overwrite=True,
                file=("file.txt", b"example file content", "text/plain"),
                description="A file",
            ),
            max_retries=0,
        )

    assert len(api.requests) == 1
