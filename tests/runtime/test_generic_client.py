"""The runtime on another collection: query API key, basic auth, methods on the client itself."""

from __future__ import annotations

import base64
import importlib
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.runtime.conftest import generate_package
from tests.runtime.server import MockServer, Reply

JSON = [{"key": "Content-Type", "value": "application/json"}]
COLLECTION: dict[str, Any] = {
    "info": {
        "name": "Tiny API",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    },
    "auth": {
        "type": "apikey",
        "apikey": [
            {"key": "key", "value": "api_token"},
            {"key": "value", "value": "{{token}}"},
            {"key": "in", "value": "query"},
        ],
    },
    "variable": [{"key": "baseUrl", "value": "https://tiny.example"}],
    "item": [
        {
            "name": "Ping",
            "request": {"method": "GET", "url": "{{baseUrl}}/ping"},
            "response": [{"name": "ok", "code": 200, "header": JSON, "body": '{"ok": true}'}],
        },
        {
            "name": "Admin",
            "auth": {
                "type": "basic",
                "basic": [
                    {"key": "username", "value": "{{user}}"},
                    {"key": "password", "value": "{{password}}"},
                ],
            },
            "item": [
                {
                    "name": "Stats",
                    "request": {"method": "GET", "url": "{{baseUrl}}/admin/stats"},
                    "response": [{"name": "ok", "code": 200, "header": JSON, "body": '{"n": 1}'}],
                }
            ],
        },
    ],
}
TOKEN = "tiny-token-93ac"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    from generator.config import target_for_collection

    folder = tmp_path_factory.mktemp("tiny")
    collection = folder / "tiny.postman_collection.json"
    collection.write_text(json.dumps(COLLECTION), encoding="utf-8")
    out = folder / "out"
    generate_package(target_for_collection(collection, out, "tiny_api"), out)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("tiny_api")
    finally:
        sys.path.remove(str(out))
        for name in [n for n in sys.modules if n == "tiny_api" or n.startswith("tiny_api.")]:
            del sys.modules[name]


@pytest.fixture
def tiny_server() -> Iterator[MockServer]:
    with MockServer().running() as server:
        server.on("GET", "/ping", Reply(json={"ok": True}))
        server.on("GET", "/admin/stats", Reply(json={"n": 1}))
        yield server


def test_query_api_key_basic_auth_and_root_methods(
    tiny: ModuleType,
    tiny_server: MockServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("TINY_API_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger="tiny_api")
    client = tiny.TinyApi(TOKEN, username="ann", password="pw-1234", base_url=tiny_server.url)
    with client:
        raw = client.with_raw_response.ping()
        stats = client.admin.stats()
    assert raw.status_code == 200 and raw.parse() is not None and stats is not None
    ping, admin = tiny_server.requests
    assert ping.param("api_token") == TOKEN and "authorization" not in ping.headers
    expected = "Basic " + base64.b64encode(b"ann:pw-1234").decode()
    assert admin.headers["authorization"] == expected and admin.param("api_token") is None
    messages = " ".join(r.getMessage() for r in caplog.records)
    assert "api_token=***" in messages
    for secret in (TOKEN, "pw-1234", expected):
        assert secret not in messages


def test_missing_basic_credentials(tiny: ModuleType, tiny_server: MockServer) -> None:
    with tiny.TinyApi(base_url=tiny_server.url) as client:
        with pytest.raises(tiny.MissingCredentialsError):
            client.admin.stats()
    assert tiny_server.requests == []


def test_package_files(tiny: ModuleType) -> None:
    root = Path(tiny.__file__ or "").parent
    assert not (root / "lib").exists()  # no extensions configured for this target
