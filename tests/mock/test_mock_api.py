"""Matching requests to saved examples, without HTTP."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.mock import CODE_HEADER, NAME_HEADER, MockApi
from tests.mock.shop import shop_api


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> MockApi:
    return MockApi(shop_api(tmp_path_factory.mktemp("shop")))


def _served(mock: MockApi, method: str, target: str, **headers: str) -> tuple[int, str | None]:
    response = mock.respond(method, target, {k.replace("_", "-"): v for k, v in headers.items()})
    return response.status, response.example


@pytest.mark.parametrize(
    ("target", "example"),
    [
        ("/orders", "Open orders"),  # nothing recorded matches: the first 2xx
        ("/orders?status=open", "Open orders"),
        ("/orders?status=closed", "Closed orders"),  # examples that differ by query
        ("/orders?status=bogus", "Bad status"),
        ("/orders/1", "Order"),
        ("/orders/999", "Missing"),  # the recorded path value picks the 404
        ("/orders/5", "Order"),
        ("/orders/summary", "Summary"),  # a literal segment beats a parameter
        ("/orders/", "Open orders"),  # a trailing slash does not matter
    ],
)
def test_picks_the_example_that_matches_best(mock: MockApi, target: str, example: str) -> None:
    assert _served(mock, "GET", target)[1] == example


def test_headers_pick_the_example_by_name_and_status(mock: MockApi) -> None:
    assert _served(mock, "GET", "/orders?status=open", x_mock_response_name="Closed orders") == (
        200,
        "Closed orders",
    )
    assert (
        _served(mock, "GET", "/orders", x_mock_response_name="closed ORDERS")[1] == "Closed orders"
    )
    assert _served(mock, "GET", "/orders", x_mock_response_code="400") == (400, "Bad status")
    assert _served(mock, "GET", "/orders/1", x_mock_response_code="404") == (404, "Missing")


def test_no_example_for_the_headers_is_a_404_listing_the_examples(mock: MockApi) -> None:
    response = mock.respond("GET", "/orders", {NAME_HEADER: "Nope", CODE_HEADER: "200"})
    body = json.loads(response.body)
    assert response.status == 404 and response.example is None
    assert {"name": "Closed orders", "status": 200} in body["examples"]


def test_an_endpoint_without_examples_answers_404(mock: MockApi) -> None:
    response = mock.respond("DELETE", "/orders/1", {})
    assert response.status == 404
    assert "has no saved example" in json.loads(response.body)["message"]


@pytest.mark.parametrize(
    ("method", "target", "near"),
    [
        ("GET", "/order", "GET /orders"),
        ("POST", "/orders/1", "GET /orders/{order_id}"),  # the path exists with another method
        ("PURGE", "/orders", "GET /orders"),
    ],
)
def test_unknown_routes_answer_404_with_near_matches(
    mock: MockApi, method: str, target: str, near: str
) -> None:
    response = mock.respond(method, target, {})
    body = json.loads(response.body)
    assert response.status == 404
    assert body["error"] == "mockRequestNotFoundError"
    assert near in body["near_matches"]
    assert response.headers == [("Content-Type", "application/json")]


def test_serves_the_saved_response(mock: MockApi) -> None:
    response = mock.respond("GET", "/orders/999", {})
    assert (response.status, json.loads(response.body)) == (404, {"message": "not found"})
    assert ("Content-Type", "application/json") in response.headers


def test_lenient_json_is_served_as_strict_json(mock: MockApi) -> None:
    assert json.loads(mock.respond("GET", "/orders/summary", {}).body) == {"count": 2}


def test_encoded_path_values_match_a_parameter(mock: MockApi) -> None:
    assert _served(mock, "GET", "/orders/a%2Fb")[1] == "Order"


def test_api_is_built_from_the_collection(tmp_path: Path) -> None:
    api = shop_api(tmp_path)
    assert [e.id for e in api.endpoints] == [
        "GET /orders",
        "GET /orders/{order_id}",
        "GET /orders/summary",
        "DELETE /orders/{order_id}",
    ]
