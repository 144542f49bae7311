"""Pagination of both clients: iterating a list fetches the following pages."""

from __future__ import annotations

import pytest
from _support import FakeApi, all_items, assert_same

FIRST_PAGE = {}
SECOND_PAGE = {}


@pytest.mark.skip(reason="no paginated list endpoint has a saved example page with items")
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_iterating_fetches_every_page(asynchronous: bool) -> None:
    """Two pages served: iteration yields the items of both, asking for page 1 second."""
    api = FakeApi(asynchronous=asynchronous)
    api.serve(200, json_body=FIRST_PAGE)
    api.serve(200, json_body=SECOND_PAGE)
    items = api.call(lambda client: all_items(None))
    assert_same(items, FIRST_PAGE["content"] + SECOND_PAGE["content"])
    pages = [dict(request.query).get("page") for request in api.requests]
    assert pages == [None, "1"]
