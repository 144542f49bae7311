"""Types shared by the client's methods."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Any, Literal, TypeAlias

import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "Headers", "Query", "Body", "FileTypes", "Timeout"]


class NotGiven:
    """Marks an argument the caller did not pass (``None`` can be a real value)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, Any]
Timeout: TypeAlias = float | httpx.Timeout | None
FileContent: TypeAlias = IO[bytes] | bytes | str
FileTypes: TypeAlias = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)
