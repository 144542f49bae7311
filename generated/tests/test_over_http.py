"""Every resource test again, through a real HTTP server on 127.0.0.1.

The in-process transport skips the wire; here the same examples travel as real
HTTP requests and responses, once with the sync and once with the async client.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
import test_aggregations
import test_assets_devices
import test_backfilling
import test_custom_fields
import test_custom_logic_blocks
import test_data_flows
import test_data_queries
import test_device_configuration
import test_device_connectors
import test_device_credentials
import test_device_types
import test_downlinks
import test_http_uplink
import test_operations
import test_organizations
import test_output_connectors
import test_rules
import test_script_runner
import test_tags
import test_workspaces
from _support import FakeApi

MODULES: list[ModuleType] = [
    test_organizations,
    test_workspaces,
    test_assets_devices,
    test_device_configuration,
    test_device_credentials,
    test_downlinks,
    test_device_types,
    test_data_flows,
    test_device_connectors,
    test_output_connectors,
    test_rules,
    test_custom_logic_blocks,
    test_tags,
    test_custom_fields,
    test_operations,
    test_script_runner,
    test_data_queries,
    test_aggregations,
    test_backfilling,
    test_http_uplink,
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
