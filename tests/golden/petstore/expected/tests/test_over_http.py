"""Every resource test again, through a real HTTP server on 127.0.0.1.

The in-process transport skips the wire; here the same examples travel as real
HTTP requests and responses, once with the sync and once with the async client.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
import test_client_methods
import test_pets
from _support import FakeApi

MODULES: list[ModuleType] = [
    test_client_methods,
    test_pets,
]


def _cases() -> list[Any]:
    cases = []
    for module in MODULES:
        for name, case in vars(module).items():
            if name.startswith("test_") and callable(case):
                marks = getattr(case, "pytestmark", [])
                cases.append(pytest.param(case, marks=marks, id=name))
    return cases


@pytest.mark.parametrize("case", _cases())
def test_over_http(case: Callable[[FakeApi], None], live_api: FakeApi) -> None:
    case(live_api)
