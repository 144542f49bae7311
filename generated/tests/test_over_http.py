"""Every resource test again, through a real HTTP server on 127.0.0.1.

The in-process transport skips the wire; here the same examples travel as real
HTTP requests and responses, once with the sync and once with the async client.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
import test_resource_aggregations
import test_resource_assets_devices
import test_resource_backfilling
import test_resource_custom_fields
import test_resource_custom_logic_blocks
import test_resource_data_flows
import test_resource_data_queries
import test_resource_device_configuration
import test_resource_device_connectors
import test_resource_device_credentials
import test_resource_device_types
import test_resource_downlinks
import test_resource_http_uplink
import test_resource_operations
import test_resource_organizations
import test_resource_output_connectors
import test_resource_rules
import test_resource_script_runner
import test_resource_tags
import test_resource_workspaces
from _support import FakeApi

MODULES: list[ModuleType] = [
    test_resource_organizations,
    test_resource_workspaces,
    test_resource_assets_devices,
    test_resource_device_configuration,
    test_resource_device_credentials,
    test_resource_downlinks,
    test_resource_device_types,
    test_resource_data_flows,
    test_resource_device_connectors,
    test_resource_output_connectors,
    test_resource_rules,
    test_resource_custom_logic_blocks,
    test_resource_tags,
    test_resource_custom_fields,
    test_resource_operations,
    test_resource_script_runner,
    test_resource_data_queries,
    test_resource_aggregations,
    test_resource_backfilling,
    test_resource_http_uplink,
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
