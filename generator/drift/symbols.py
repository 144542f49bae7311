"""The Python expression a change touches, as a user of the client writes it:
``client.data_flows.list_data_flows(device_connector_id=...)``."""

from __future__ import annotations

import json

from generator.drift.fields import ITEM, VALUE, FieldPath
from generator.model.api import Endpoint


def chain(resource: list[str]) -> str:
    return ".".join(["client", *resource])


def call(endpoint: Endpoint, args: str = "") -> str:
    return f"{chain(endpoint.resource)}.{endpoint.function}({args})"


def any_call(endpoint: Endpoint) -> str:
    """``f(...)`` when the method takes arguments, else ``f()``."""
    takes = bool(endpoint.params) or endpoint.body is not None
    return call(endpoint, "..." if takes else "")


def param_symbol(endpoint: Endpoint, python_name: str) -> str:
    return call(endpoint, f"{python_name}=...")


def request_field_symbol(endpoint: Endpoint, path: FieldPath) -> str:
    """The body as a literal down to the field: ``body={"a": [{"b": ...}]}``."""
    text = "..."
    for segment in reversed(path):
        if segment == ITEM:
            text = f"[{text}]"
        elif segment == VALUE:
            text = f'{{"<key>": {text}}}'
        else:
            text = f"{{{json.dumps(segment, ensure_ascii=False)}: {text}}}"
    return call(endpoint, f"body={text}")


def response_field_symbol(endpoint: Endpoint, python_path: FieldPath, typed: bool) -> str:
    """Attribute access on typed results (``.device.tags[i]``), subscripts on
    plain JSON (``["device"]["tags"][i]``)."""
    text = any_call(endpoint)
    for segment in python_path:
        if segment == ITEM:
            text += "[i]"
        elif segment == VALUE:
            text += "[key]"
        elif typed:
            text += f".{segment}"
        else:
            text += f"[{json.dumps(segment, ensure_ascii=False)}]"
    return text
