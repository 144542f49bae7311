"""Data models of the akenza API v3 API, inferred from its examples."""

from __future__ import annotations

__all__ = []
