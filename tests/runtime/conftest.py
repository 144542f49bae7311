"""Fixtures of the runtime tests: the akenza client generated from the current
templates into a temporary folder, a scripted HTTP server, and clients aimed at it."""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.runtime.server import MockServer

REPO = Path(__file__).resolve().parents[2]
API_KEY = "ak-test-key-5f3c9e1d"
BEARER = "jwt-test-token-8b2a7c4e"
PACKAGE = "akenza"


def generate_package(target: Any, out: Path) -> Path:
    """Render and format the client package only: the generated project's own tests
    are not needed here, and leaving them out keeps these tests fast and independent."""
    from generator.pipeline import build
    from generator.render.environment import make_environment
    from generator.render.format import format_tree
    from generator.render.plan import render_package_files
    from generator.render.write import write_files

    files = render_package_files(build(target).api, target, make_environment())
    package = {path: text for path, text in files.items() if path.startswith(target.package + "/")}
    write_files(out, package)
    format_tree(out)
    return out


def _generate(out: Path) -> Path:
    from generator.config import load_target

    target = load_target(REPO / "pyproject.toml").with_changes(out=out)
    if target.overrides is not None and not target.overrides.is_file():
        target = target.with_changes(overrides=None)  # not written yet: types from examples only
    return generate_package(target, out)


@pytest.fixture(scope="session")
def generated_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _generate(tmp_path_factory.mktemp("runtime") / "akenza-client")


@pytest.fixture(scope="session")
def akenza(generated_dir: Path) -> Iterator[ModuleType]:
    """The generated package, imported as ``akenza`` from the temporary folder."""
    for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
        del sys.modules[name]
    sys.path.insert(0, str(generated_dir))
    try:
        module = importlib.import_module(PACKAGE)
        assert Path(module.__file__ or "").is_relative_to(generated_dir)
        yield module
    finally:
        sys.path.remove(str(generated_dir))


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, akenza: ModuleType) -> Iterator[None]:
    """No credentials or settings from the environment; retries without real waits;
    the package logger as it was (AKENZA_LOG changes it for the process)."""
    for name in ("API_KEY", "BEARER_TOKEN", "BASE_URL", "DATA_GATEWAY_URL", "LOG"):
        monkeypatch.delenv(f"AKENZA_{name}", raising=False)
    retries = importlib.import_module(f"{PACKAGE}._retries")
    monkeypatch.setattr(retries, "INITIAL_RETRY_DELAY", 0.001)
    monkeypatch.setattr(retries, "MAX_RETRY_DELAY", 0.01)
    logger = logging.getLogger(PACKAGE)
    level, handlers = logger.level, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer().running() as running:
        yield running


ClientFactory = Callable[..., Any]


@pytest.fixture
def make_client(akenza: ModuleType, server: MockServer) -> Iterator[ClientFactory]:
    """``make_client(**options)``: a sync client aimed at the server (closed afterwards)."""
    made: list[Any] = []

    def make(**options: Any) -> Any:
        settings: dict[str, Any] = {
            "api_key": API_KEY,
            "base_url": server.url,
            "base_urls": {"dataGatewayUrl": server.url},
            "timeout": 5.0,
            **options,
        }
        client = akenza.Akenza(**settings)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def make_async_client(akenza: ModuleType, server: MockServer) -> ClientFactory:
    """``make_async_client(**options)``: an async client aimed at the server
    (use it with ``async with``)."""

    def make(**options: Any) -> Any:
        settings: dict[str, Any] = {
            "api_key": API_KEY,
            "base_url": server.url,
            "base_urls": {"dataGatewayUrl": server.url},
            "timeout": 5.0,
            **options,
        }
        return akenza.AsyncAkenza(**settings)

    return make


def wire(item: Any, key: str) -> Any:
    """A value by its JSON name, from a model (typed or leniently built) or a dict."""
    if isinstance(item, dict):
        return item.get(key)
    for name, info in type(item).model_fields.items():
        if (info.alias or name) == key:
            return getattr(item, name)
    return (item.model_extra or {}).get(key)
