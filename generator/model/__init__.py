"""The intermediate endpoint model (pydantic)."""

from generator.model.api import (
    Api,
    AuthScheme,
    Body,
    Endpoint,
    Example,
    ExampleRequest,
    FormField,
    Param,
    Resource,
    Response,
    Sample,
    Variable,
)
from generator.model.types import ModelDef, ModelField, TypeRef

__all__ = [
    "Api",
    "AuthScheme",
    "Body",
    "Endpoint",
    "Example",
    "ExampleRequest",
    "FormField",
    "ModelDef",
    "ModelField",
    "Param",
    "Resource",
    "Response",
    "Sample",
    "TypeRef",
    "Variable",
]
