"""Samples -> types: typed request/response bodies and named models.

``infer_types(api, overrides)`` fills ``Endpoint.body.type``,
``Response.type``/``is_error`` and ``Api.models``; ``load_overrides`` reads a
target's overrides file and ``apply_naming_overrides`` applies its method and
resource renames. The rules are in ``RULES.md``, the file format in
``OVERRIDES.md``.
"""

from generator.infer.engine import infer_types
from generator.infer.overrides import (
    Overrides,
    apply_naming_overrides,
    apply_type_overrides,
    load_overrides,
)
from generator.infer.typesyntax import TypeSyntaxError, parse_type

__all__ = [
    "Overrides",
    "TypeSyntaxError",
    "apply_naming_overrides",
    "apply_type_overrides",
    "infer_types",
    "load_overrides",
    "parse_type",
]
