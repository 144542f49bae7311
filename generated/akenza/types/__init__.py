"""Models of the akenza API v3 API."""

from ..pagination import Page

__all__ = [
    "Page",
]
