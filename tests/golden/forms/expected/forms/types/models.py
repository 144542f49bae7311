"""Data models of the Forms and Files API, inferred from its examples.

Every model keeps fields it does not declare (``extra="allow"``) and accepts both
the wire names and the python names. ``model_dump(by_alias=True, exclude_unset=True)``
gives back what the server sent.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Token"]


class Token(BaseModel):
    """The response of `POST /oauth/token` (200)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    access_token: str = Field(description="Example: <redacted>")
    expires_in: int = Field(description="Example: 3600")
