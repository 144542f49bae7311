"""The mock server over real HTTP: the stdlib server, the CLI, and the generated
akenza client getting every saved example back from it."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.mock import MockServer
from tests.generated_tests.projects import REPO, generated_akenza
from tests.mock.shop import shop_api

BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    with MockServer(shop_api(tmp_path_factory.mktemp("shop"))) as running:
        yield running


def test_listens_on_loopback_by_default(server: MockServer) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", server.url)


def test_serves_examples_over_http(server: MockServer) -> None:
    with httpx.Client(base_url=server.url) as client:  # one connection: keep-alive works
        found = client.get("/orders/999")
        assert (found.status_code, found.json()) == (404, {"message": "not found"})
        assert found.headers["content-type"] == "application/json"
        chosen = client.get("/orders", headers={"x-mock-response-name": "Closed orders"})
        assert chosen.json() == [{"id": 2}]
        assert client.head("/orders").status_code == 200
        unknown = client.request("PURGE", "/orders", content=b"ignored")
        assert unknown.status_code == 404
        assert "GET /orders" in unknown.json()["near_matches"]


def test_cli_prints_its_url_and_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    shop_api(tmp_path)  # writes the collection file
    collection = tmp_path / "shop.postman_collection.json"
    process = subprocess.Popen(
        [str(BIN / "postman-codegen"), "mock", str(collection), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+", first)
        assert url, first
        assert "SHOP_BASE_URL=" + url.group(0) in process.stdout.readline()
        assert httpx.get(url.group(0) + "/orders/summary").json() == {"count": 2}
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=10)
    finally:
        process.kill()
    assert process.returncode == 0, errors
    assert "GET /orders/summary -> 200" in errors
    assert "mock server stopped" in errors


def test_the_generated_client_gets_every_saved_example_back() -> None:
    """Each of akenza's 86 examples, asked for by name and status, with both clients."""
    _, project = generated_akenza()
    run = subprocess.run(
        [sys.executable, "-m", "tests.mock.client_check", str(project)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-5000:] + run.stderr[-2000:]
    assert "checked 172" in run.stdout  # 86 examples x (sync, async)
