"""Data models of the Tiny Pets API, inferred from its examples.

Every model keeps fields it does not declare (``extra="allow"``) and accepts both
the wire names and the python names. ``model_dump(by_alias=True, exclude_unset=True)``
gives back what the server sent.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["CreatePetRequest", "ErrorBody", "Pet"]


class CreatePetRequest(BaseModel):
    """The request body of `POST /v1/pets`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    name: str | None = Field(default=None, description='Example: "Rex"')
    tags: list[str] | None = Field(default=None, description='Example: ["dog"]')


class ErrorBody(BaseModel):
    """The response of `GET /v1/pets/{pet_id}` (404)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    message: str = Field(description='Example: "no such pet"')
    status: int = Field(description="Example: 404")


class Pet(BaseModel):
    """An item of the response of `GET /v1/pets` (200). Seen in 1 more place."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    id: int = Field(description="Example: 1")
    name: str = Field(description='Example: "Rex"')
    born: datetime = Field(description='ISO 8601 date-time. Example: "2020-01-02T03:04:05Z"')
    tags: list[str] = Field(description='Example: ["dog"]')
    owner: Any = Field(
        default=None,
        description="No evidence: the examples only show `null` here, so it is typed loosely. Missing from some examples (1 of 3 have it).",
    )
