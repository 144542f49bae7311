"""Run every saved example of akenza through the mock server with the generated client.

``python -m tests.mock.client_check PROJECT`` (PROJECT: a generated akenza project)
starts ``generator.mock.MockServer`` on 127.0.0.1, points the client at it with the
base URL environment variables (as the generated README says), asks for each saved example
by name and status (the ``x-mock-response-*`` headers) with the sync and the async
client, and checks each result exactly as the generated test of that example does.
Prints one line per failure and ``checked N`` at the end; exits 1 on failures.

A subprocess of its own, so the generated ``akenza`` package never meets another
one in the test process.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import sys
import traceback
from pathlib import Path
from typing import Any

from generator.mock import CODE_HEADER, NAME_HEADER, MockServer
from generator.model.api import Api, Endpoint, Example
from generator.pipeline import build
from generator.render.plan import client_view
from generator.render.testcalls import fake_credentials
from generator.render.testcases import example_case
from tests.generated_tests.projects import akenza_target


class _Raised:
    """What ``pytest.raises`` gives the generated checks: the error as ``value``."""

    def __init__(self, value: BaseException) -> None:
        self.value = value


def _check(api: Api, endpoint: Endpoint, example: Example, asynchronous: bool) -> None:
    package = importlib.import_module(api.package)
    support = importlib.import_module("_support")
    case = example_case(api, endpoint, example, "check")
    scope: dict[str, Any] = {**vars(importlib.import_module(f"{api.package}.types"))}
    scope.update({n: getattr(support, n) for n in ("assert_parses", "assert_same", "page_of")})
    scope[api.package] = package
    for name, value in case.setup:
        scope[name] = eval(value, scope)
    settings = {
        **fake_credentials(api),
        "max_retries": 0,
        "default_headers": {NAME_HEADER: example.name, CODE_HEADER: str(example.status)},
    }

    async def call_async() -> Any:
        async with getattr(package, f"Async{api.client_class}")(**settings) as client:
            return await eval(case.call, {**scope, "client": client})

    try:
        if asynchronous:
            scope["result"] = asyncio.run(call_async())
        else:
            client = getattr(package, api.client_class)(**settings)
            scope["result"] = eval(case.call, {**scope, "client": client})
    except package.APIStatusError as error:
        assert case.raises, f"unexpected {error!r}"
        assert isinstance(error, eval(case.raises, scope)), f"{error!r} is no {case.raises}"
        scope["raised"] = _Raised(error)
    else:
        assert case.raises is None, f"no {case.raises} raised"
    for check in case.checks:
        exec(check, scope)


def main(project: Path) -> int:
    sys.path[:0] = [str(project), str(project / "tests")]
    api = build(akenza_target()).api
    checked, failures = 0, 0
    with MockServer(api) as server:
        # As the README says: the base URL variables point the client at the mock.
        os.environ[f"{api.env_prefix}_BASE_URL"] = server.url
        for base in client_view(api).base_urls:
            if base.env:
                os.environ[base.env] = server.url
        for endpoint in api.endpoints:
            for example in endpoint.examples:
                for asynchronous in (False, True):
                    checked += 1
                    try:
                        _check(api, endpoint, example, asynchronous)
                    except Exception:
                        failures += 1
                        mode = "async" if asynchronous else "sync"
                        print(f"FAILED {endpoint.id} / {example.name} ({mode})")
                        traceback.print_exc(limit=3, file=sys.stdout)
    print(f"checked {checked}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
