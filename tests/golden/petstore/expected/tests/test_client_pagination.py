"""Pagination of both clients: iterating a list fetches the following pages."""

from __future__ import annotations

import pytest
from _support import FakeApi, all_items, assert_same

FIRST_PAGE = {
    "content": [
        {"id": 1, "name": "Rex", "born": "2020-01-02T03:04:05Z", "tags": ["dog"]},
        {"id": 2, "name": "Tom", "born": "2019-05-06T07:08:09Z", "tags": []},
    ],
    "totalElements": 2,
    "totalPages": 2,
    "number": 0,
    "size": 2,
    "last": False,
    "first": True,
}
SECOND_PAGE = {
    "content": [
        {"id": 1, "name": "Rex", "born": "2020-01-02T03:04:05Z", "tags": ["dog"]},
        {"id": 2, "name": "Tom", "born": "2019-05-06T07:08:09Z", "tags": []},
    ],
    "totalElements": 2,
    "totalPages": 2,
    "number": 1,
    "size": 2,
    "last": True,
    "first": False,
}


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_iterating_fetches_every_page(asynchronous: bool) -> None:
    """Two pages served: iteration yields the items of both, asking for page 1 second."""
    api = FakeApi(asynchronous=asynchronous)
    api.serve(200, json_body=FIRST_PAGE)
    api.serve(200, json_body=SECOND_PAGE)
    items = api.call(lambda client: all_items(client.pets.list_pets(status="available")))
    assert_same(items, FIRST_PAGE["content"] + SECOND_PAGE["content"])
    pages = [dict(request.query).get("page") for request in api.requests]
    assert pages == [None, "1"]
