"""The generated akenza client at run time, against raw httpx on the same transport.

    python bench/client.py GENERATED_FOLDER RESULT.json [REPEATS]

- per-call overhead: ``client.assets_devices.get_device(id)`` (typed result)
  against ``httpx.Client.get(url, headers=...).json()``, both on one
  ``httpx.MockTransport`` answering with the collection's saved example; sync
  and async; median of REPEATS batches;
- model parsing of a 1,000-item Spring page (``list_devices``, first page);
- ``import akenza`` (and ``import akenza`` plus loading its models, which the
  package defers to first use) against ``import httpx`` + ``from pydantic
  import BaseModel`` and against an empty interpreter, each in a new process
  (bytecode already compiled), median of REPEATS.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
COLLECTION = ROOT / "collections" / "akenza.postman_collection.json"
BASE = "https://api.akenza.io"
DEVICE_ID = "0200000000000000"


def _find(items: list[dict[str, Any]], name: str) -> dict[str, Any]:
    stack = list(items)
    while stack:
        node = stack.pop()
        if node.get("name") == name and "request" in node:
            return node
        stack.extend(node.get("item", []) or [])
    raise LookupError(name)


def _examples() -> tuple[bytes, dict[str, Any]]:
    data = json.loads(COLLECTION.read_text(encoding="utf-8"))
    device = json.loads(_find(data["item"], "Get device by id")["response"][0]["body"])
    page = json.loads(_find(data["item"], "List devices")["response"][0]["body"])
    return json.dumps(device).encode(), page


def _page_of(page: dict[str, Any], count: int) -> bytes:
    items = page["content"]
    content = []
    for i in range(count):
        item = dict(items[i % len(items)])
        item["id"] = f"{i:016x}"
        content.append(item)
    return json.dumps(
        {
            **page,
            "content": content,
            "size": count,
            "numberOfElements": count,
            "totalElements": count,
            "totalPages": 1,
            "last": True,
            "first": True,
        }
    ).encode()


def _median_us(fn: Any, batch: int, repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        for _ in range(batch):
            fn()
        samples.append((time.perf_counter() - started) / batch * 1e6)
    return statistics.median(samples)


async def _amedian_us(fn: Any, batch: int, repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        for _ in range(batch):
            await fn()
        samples.append((time.perf_counter() - started) / batch * 1e6)
    return statistics.median(samples)


def _method(resource: object, *names: str) -> Any:
    """The first of ``names`` the resource has (overrides may rename endpoints)."""
    for name in names:
        if hasattr(resource, name):
            return getattr(resource, name)
    raise AttributeError(f"{type(resource).__name__} has none of {names}")


GET_NAMES = ("get_device", "get_device_by_id", "get", "retrieve")
LIST_NAMES = ("list_devices", "list")


def calls(package: Any, repeats: int) -> dict[str, Any]:
    import httpx

    device_body, page = _examples()
    headers = {"content-type": "application/json"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=device_body, headers=headers)

    transport = httpx.MockTransport(handler)
    raw = httpx.Client(transport=transport)
    client = package.Akenza(api_key="secret", http_client=httpx.Client(transport=transport))
    url = f"{BASE}/v3/devices/{DEVICE_ID}"

    def raw_call() -> object:
        return raw.get(url, headers={"x-api-key": "secret"}).json()

    get = _method(client.assets_devices, *GET_NAMES)

    def client_call() -> object:
        return get(DEVICE_ID)

    result = client_call()
    for _ in range(200):  # warm both paths
        raw_call()
        client_call()
    batch = 500
    sync_raw = _median_us(raw_call, batch, repeats)
    sync_client = _median_us(client_call, batch, repeats)

    async def run_async() -> tuple[float, float]:
        async_transport = httpx.MockTransport(handler)
        araw = httpx.AsyncClient(transport=async_transport)
        aclient = package.AsyncAkenza(
            api_key="secret", http_client=httpx.AsyncClient(transport=async_transport)
        )

        async def araw_call() -> object:
            return (await araw.get(url, headers={"x-api-key": "secret"})).json()

        aget = _method(aclient.assets_devices, *GET_NAMES)

        async def aclient_call() -> object:
            return await aget(DEVICE_ID)

        for _ in range(200):
            await araw_call()
            await aclient_call()
        return (
            await _amedian_us(araw_call, batch, repeats),
            await _amedian_us(aclient_call, batch, repeats),
        )

    async_raw, async_client = asyncio.run(run_async())

    # a 1,000-item page: the client's list call parses it into models
    page_body = _page_of(page, 1000)

    def page_handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=page_body, headers=headers)

    page_transport = httpx.MockTransport(page_handler)
    page_client = package.Akenza(
        api_key="secret", http_client=httpx.Client(transport=page_transport)
    )
    page_raw = httpx.Client(transport=page_transport)

    list_devices = _method(page_client.assets_devices, *LIST_NAMES)

    def list_call() -> object:
        return list_devices(workspace_id="2900000000000000")

    first = list_call()
    items = list(getattr(first, "items", []) or [])
    page_ms = _median_us(list_call, 5, repeats) / 1000
    raw_page_ms = _median_us(lambda: page_raw.get(f"{BASE}/v3/assets").json(), 5, repeats) / 1000
    return {
        "result_type": type(result).__name__,
        "sync": {"raw_us": sync_raw, "client_us": sync_client, "ratio": sync_client / sync_raw},
        "async": {
            "raw_us": async_raw,
            "client_us": async_client,
            "ratio": async_client / async_raw,
        },
        "page": {
            "items": len(items),
            "item_type": type(items[0]).__name__ if items else None,
            "ms": page_ms,
            "raw_httpx_json_ms": raw_page_ms,
            "us_per_item": page_ms * 1000 / max(len(items), 1),
        },
    }


def _time_process(code: str, env: dict[str, str], repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def imports(generated: Path, repeats: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(generated)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-c", "import akenza"], env=env, check=True)  # compile .pyc
    runs = max(repeats, 9)
    baseline = _time_process("pass", env, runs)
    deps = _time_process("import httpx; from pydantic import BaseModel", env, runs)
    akenza = _time_process("import akenza", env, runs)
    # the package loads its models (and pydantic) on first use: that too
    with_models = _time_process("import akenza; from akenza.types import Device", env, runs)
    return {
        "baseline_ms": baseline,
        "httpx_pydantic_ms": deps,
        "akenza_ms": akenza,
        "akenza_with_models_ms": with_models,
        "ratio": akenza / deps,
        "ratio_with_models": with_models / deps,
    }


def main() -> int:
    generated = Path(sys.argv[1]).resolve()
    result_path = Path(sys.argv[2])
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    sys.path.insert(0, str(generated))
    import akenza

    result = {"calls": calls(akenza, repeats), "imports": imports(generated, repeats)}
    result["page"] = result["calls"].pop("page")
    result_path.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
