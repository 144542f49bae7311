"""Spring Data pages: ``{"content": [...], "totalElements": 3, "number": 0, ...}``.

Such an object is not a model of its own: it becomes ``Page[Item]`` and the
generated runtime provides the one generic ``Page`` class. Detection is by
key names only, so it works for any Spring-style API.
"""

from __future__ import annotations

from generator.infer.shapes import Shape

CONTENT = "content"
# Every key Spring's PageImpl serialises besides ``content``.
PAGE_KEYS = frozenset(
    {
        "totalElements",
        "totalPages",
        "number",
        "size",
        "numberOfElements",
        "first",
        "last",
        "empty",
        "pageable",
        "sort",
    }
)
_TOTALS = ("totalElements", "totalPages")
_MIN_PAGE_KEYS = 2  # besides content: a lone ``size`` next to ``content`` is not a page


def is_page(shape: Shape) -> bool:
    """An object seen only with page keys, ``content`` always a list, and a total."""
    fields = shape.fields
    content = fields.get(CONTENT)
    if content is None or content.seen != shape.objects:
        return False
    if content.lists != content.seen:  # null or non-array content: not Spring's
        return False
    others = fields.keys() - {CONTENT}
    if not others <= PAGE_KEYS or len(others) < _MIN_PAGE_KEYS:
        return False
    return any(total in fields for total in _TOTALS)


def page_items(shape: Shape) -> Shape | None:
    """The shape of the page's elements, ``None`` when every page was empty."""
    return shape.fields[CONTENT].items
