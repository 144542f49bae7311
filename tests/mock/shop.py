"""A small collection for the mock server's tests: examples that differ by query,
by path value and by status, a literal route beside a parameter route, an endpoint
without examples, a lenient JSON body."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.config import target_for_collection
from generator.model.api import Api
from generator.pipeline import build

JSON = [{"key": "Content-Type", "value": "application/json"}]


def _url(path: str, query: dict[str, str] | None = None, **variables: str) -> dict[str, Any]:
    raw = (
        "https://shop.test/"
        + path
        + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")
    )
    return {
        "raw": raw,
        "protocol": "https",
        "host": ["shop", "test"],
        "path": path.split("/"),
        "query": [{"key": k, "value": v} for k, v in (query or {}).items()],
        "variable": [{"key": k, "value": v} for k, v in variables.items()],
    }


def _example(
    name: str, code: int, url: dict[str, Any], body: str, method: str = "GET"
) -> dict[str, Any]:
    return {
        "name": name,
        "code": code,
        "status": "",
        "header": JSON,
        "body": body,
        "originalRequest": {"method": method, "url": url},
    }


def _request(
    name: str, method: str, url: dict[str, Any], examples: list[dict[str, Any]]
) -> dict[str, Any]:
    return {"name": name, "request": {"method": method, "url": url}, "response": examples}


SHOP: dict[str, Any] = {
    "info": {
        "name": "Shop",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    },
    "item": [
        _request(
            "List orders",
            "GET",
            _url("orders", {"status": "open"}),
            [
                _example("Open orders", 200, _url("orders", {"status": "open"}), '[{"id": 1}]'),
                _example("Closed orders", 200, _url("orders", {"status": "closed"}), '[{"id": 2}]'),
                _example(
                    "Bad status", 400, _url("orders", {"status": "bogus"}), '{"message": "bad"}'
                ),
            ],
        ),
        _request(
            "Get order",
            "GET",
            _url("orders/:orderId", orderId="1"),
            [
                _example("Order", 200, _url("orders/:orderId", orderId="1"), '{"id": 1}'),
                _example(
                    "Missing",
                    404,
                    _url("orders/:orderId", orderId="999"),
                    '{"message": "not found"}',
                ),
            ],
        ),
        _request(
            "Order summary",
            "GET",
            _url("orders/summary"),
            [_example("Summary", 200, _url("orders/summary"), '{"count": 2, /* lenient */}')],
        ),
        _request("Delete order", "DELETE", _url("orders/:orderId", orderId="1"), []),
    ],
}


def shop_api(folder: Path) -> Api:
    path = folder / "shop.postman_collection.json"
    path.write_text(json.dumps(SHOP), encoding="utf-8")
    return build(target_for_collection(path, folder / "out", None)).api
