"""Fixtures of the generated tests: the fake API, in-process or over real HTTP."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Test the package in this project, also when it is not installed (or an older one is).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
# Failed asserts in the helpers show their values, like those in the tests.
pytest.register_assert_rewrite("_support")

from _support import FakeApi, LiveServer  # noqa: E402


@pytest.fixture
def api() -> Iterator[FakeApi]:
    """The API served in-process (``httpx.MockTransport``), to the sync client."""
    fake = FakeApi()
    yield fake
    fake.close()


@pytest.fixture(scope="session")
def live_server() -> Iterator[LiveServer]:
    with LiveServer() as server:
        yield server


@pytest.fixture(params=["sync", "async"])
def live_api(request: pytest.FixtureRequest, live_server: LiveServer) -> Iterator[FakeApi]:
    """The API served by a real HTTP server on 127.0.0.1, to the sync or the async client."""
    fake = FakeApi(asynchronous=request.param == "async", base_url=live_server.url)
    live_server.fake = fake
    yield fake
    live_server.fake = None
    fake.close()
