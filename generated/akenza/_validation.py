"""Turning response JSON into the declared types, leniently.

The declared types are inferred from a collection's examples, so a real response
can differ (a new enum value, a field that is sometimes null). ``validate``
returns the validated value when the body matches; otherwise it builds the
closest value it can without failing: models via ``model_construct`` with every
field validated on its own, unmatched parts kept as the raw JSON. The caller
logs the error (and raises it with ``strict_response_validation=True``).

Imported on the first response only: pydantic's validators are not needed to
import the package.
"""

from __future__ import annotations

import types
from enum import Enum
from functools import lru_cache
from typing import Any, ForwardRef, Union, get_args, get_origin, get_type_hints

from pydantic import BaseModel, TypeAdapter, ValidationError

__all__ = ["validate", "validate_json", "describe_error"]


@lru_cache(maxsize=1024)
def _adapter(type_: Any) -> TypeAdapter[Any]:
    return TypeAdapter(type_)


def validate(type_: Any, value: Any) -> tuple[Any, ValidationError | None]:
    """``(value as type_, None)``, or ``(best-effort value, the validation error)``."""
    try:
        return _adapter(type_).validate_python(value), None
    except ValidationError as error:
        return _construct(type_, value), error


def validate_json(type_: Any, data: bytes) -> tuple[Any] | None:
    """``(value,)`` when ``data`` is JSON that matches ``type_``, else None (the
    caller then takes the lenient path of ``validate``)."""
    try:
        return (_adapter(type_).validate_json(data),)
    except ValidationError:
        return None


def describe_error(error: ValidationError, limit: int = 3) -> str:
    """A short summary: where and what, without echoing the (possibly large) input."""
    problems = error.errors(include_url=False, include_input=False)
    parts = [f"{'.'.join(str(p) for p in e['loc']) or '(root)'}: {e['msg']}" for e in problems]
    more = f" (+{len(parts) - limit} more)" if len(parts) > limit else ""
    return "; ".join(parts[:limit]) + more


def _lenient(type_: Any, value: Any) -> Any:
    try:
        return _adapter(type_).validate_python(value)
    except ValidationError:
        return _construct(type_, value)


def _construct(type_: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(type_)
    args = get_args(type_)
    if isinstance(type_, type) and issubclass(type_, BaseModel):
        return _construct_model(type_, value) if isinstance(value, dict) else value
    if origin in (list, tuple, set, frozenset) and isinstance(value, list) and args:
        return [_lenient(args[0], item) for item in value]
    if origin is dict and isinstance(value, dict) and len(args) == 2:
        return {key: _lenient(args[1], item) for key, item in value.items()}
    if origin is Union or origin is types.UnionType:
        return _construct_union(args, value)
    if isinstance(type_, type) and issubclass(type_, Enum):
        return value  # an enum value this client does not know yet: kept as is
    return value


def _construct_union(variants: tuple[Any, ...], value: Any) -> Any:
    for variant in variants:
        try:
            return _adapter(variant).validate_python(value)
        except ValidationError:
            continue
    for variant in variants:
        origin = get_origin(variant) or variant
        if isinstance(value, dict) and isinstance(origin, type) and issubclass(origin, BaseModel):
            return _construct(variant, value)
        if isinstance(value, list) and origin in (list, tuple, set, frozenset):
            return _construct(variant, value)
    return value


@lru_cache(maxsize=1024)
def _hints(model: type[BaseModel]) -> dict[str, Any]:
    try:
        return get_type_hints(model)
    except (NameError, TypeError):
        return {}


def _unresolved(type_: Any) -> bool:
    if isinstance(type_, str | ForwardRef):
        return True
    return any(_unresolved(arg) for arg in get_args(type_))


def _field_type(model: type[BaseModel], name: str, annotation: Any) -> Any:
    """The field's type; pydantic can keep a forward reference (``"list[Tag]"``) in
    ``model_fields`` of a model from a ``from __future__ import annotations`` module."""
    if _unresolved(annotation):
        return _hints(model).get(name, Any)
    return annotation


def _construct_model(model: type[BaseModel], data: dict[str, Any]) -> BaseModel:
    values: dict[str, Any] = {}
    # The fields the response had (as ``model_validate`` would record them): a required
    # field it lacks is None on access but not "set", so exclude_unset leaves it out.
    given: set[str] = set()
    used: set[str] = set()
    for name, field in model.model_fields.items():
        for key in (field.alias, name):
            if key is not None and key in data:
                values[name] = _lenient(_field_type(model, name, field.annotation), data[key])
                given.add(name)
                used.add(key)
                break
        else:
            if field.is_required():
                # Missing in the response: None rather than an AttributeError on access.
                values[name] = None
    extra = {k: v for k, v in data.items() if k not in used and k not in model.model_fields}
    if model.model_config.get("extra") != "allow":
        return model.model_construct(_fields_set=given, **values)
    built = model.model_construct(_fields_set=given | extra.keys(), **values)
    # Extras added afterwards: a key named like a parameter (``_fields_set``) is data too.
    built.__pydantic_extra__ = {**(built.__pydantic_extra__ or {}), **extra}
    return built
