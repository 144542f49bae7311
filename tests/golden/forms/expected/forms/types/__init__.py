"""Models of the Forms and Files API."""

from ..pagination import Page
from .models import (
    Token,
)

__all__ = [
    "Page",
    "Token",
]
