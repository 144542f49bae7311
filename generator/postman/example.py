"""Saved examples (an item's ``response[]``) to ``RawExample``.

Examples only feed type inference, so nothing in one is essential: a broken
``originalRequest`` is dropped with a warning and the example is kept.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.postman.headers import parse_headers
from generator.postman.raw import RawExample
from generator.postman.request import parse_request
from generator.postman.values import Unusable, Warnings, entries, optional_text, text


def _code(value: object) -> int | None:
    """The status code; some exports write it as a string, some leave it out."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value.strip())  # isascii: "²".isdigit() is true but int() rejects it
    return None


def _preview_language(example: Mapping[str, object]) -> str | None:
    language = example.get("_postman_previewlanguage")
    if language is None:
        # Some exporters nest it: {"_": {"postman_previewlanguage": "json"}}.
        extra = example.get("_")
        if isinstance(extra, dict):
            language = extra.get("postman_previewlanguage")
    return optional_text(language) or None


def parse_examples(value: object, where: str, warnings: Warnings) -> list[RawExample]:
    examples: list[RawExample] = []
    for at, entry in entries(value, where, "saved example", warnings):
        original = entry.get("originalRequest")
        request = None
        if original is not None:
            try:
                request = parse_request(original, f"{at}.originalRequest", warnings)
            except Unusable as problem:
                warnings.add(
                    f"{at}.originalRequest",
                    f"original request of a saved example ignored: {problem.reason}",
                )
        examples.append(
            RawExample(
                name=text(entry.get("name")),
                where=at,
                code=_code(entry.get("code")),
                status=text(entry.get("status")),
                headers=parse_headers(entry.get("header"), f"{at}.header", warnings),
                body=optional_text(entry.get("body")),
                preview_language=_preview_language(entry),
                original_request=request,
            )
        )
    return examples
