"""Walking the slots' shapes: what each object is, and where records occur.

Each object shape is classified once as a Spring page, a map (data keys), an
empty object (``{}`` only: no evidence) or a record. Records become
occurrences, each with the ``Hint`` its place suggests; pages and maps are
seen through to their items / values.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from generator.infer.dedupe import Occurrence
from generator.infer.maps import is_map, map_values
from generator.infer.names import (
    ERROR_MODEL,
    PARAM_SUFFIX,
    Hint,
    Role,
    endpoint_entity,
    field_model_name,
    request_model_name,
    suffixed,
)
from generator.infer.pages import is_page, page_items
from generator.infer.shapes import Shape
from generator.infer.slots import Slot

Form = Literal["record", "page", "map", "empty"]
PARENT = "<parent>"


class Place(NamedTuple):  # a tuple: one is made per nested object, so it must be cheap
    """Where a value sits: the class name it would take there, and for its items."""

    base: str
    item_base: str
    generic: bool
    role: Role
    depth: int
    parent: int | None  # occurrence index of the enclosing record
    where: str  # a sentence; PARENT stands for the enclosing model's name

    def items(self) -> Place:
        where = self.where
        if not where.startswith("An item"):  # "The x of y." -> "An item of the x of y."
            where = "An item of " + where[:1].lower() + where[1:]
        # ``self._replace(base=self.item_base, where=where)``, spelled out (faster).
        return Place(
            self.item_base, self.item_base, self.generic, self.role, self.depth, self.parent, where
        )

    def field(self, key: str, parent: int) -> Place:
        base, generic = field_model_name(key, item=False)
        item_base, _ = field_model_name(key, item=True)
        if self.role == "request":  # inputs read as such: `tags: list[TagParam]`
            base, item_base = suffixed(base, PARAM_SUFFIX), suffixed(item_base, PARAM_SUFFIX)
        where = f"The `{key}` field of `{PARENT}`."
        return Place(base, item_base, generic, self.role, self.depth + 1, parent, where)


def root_place(slot: Slot) -> Place:
    endpoint = slot.endpoint
    if slot.role == "request":
        base = request_model_name(endpoint)
        item_base = suffixed(base, "Item")
    elif slot.role == "error":
        base = item_base = ERROR_MODEL
    else:
        entity = endpoint_entity(endpoint)
        base, item_base = entity.object_name(), entity.item_name()
    return Place(base, item_base, False, slot.role, 0, None, f"The {slot.where}.")


class Walk:
    """The result of walking all slots: forms, inner shapes and occurrences."""

    def __init__(self) -> None:
        self.forms: dict[int, Form] = {}  # id(shape) -> form, for object shapes
        self.inner: dict[int, Shape] = {}  # id(page or map shape) -> items / values
        self.occurrences: list[Occurrence] = []
        self.places: list[Place] = []  # one per occurrence

    def slot(self, slot: Slot) -> None:
        self.visit(slot.shape, root_place(slot))

    def visit(self, shape: Shape, place: Place) -> None:
        if shape.objects:
            self._object(shape, place)
        if shape.items is not None:
            self.visit(shape.items, place.items())

    def _object(self, shape: Shape, place: Place) -> None:
        if is_page(shape):
            self.forms[id(shape)] = "page"
            items = page_items(shape)
            if items is not None:
                self.inner[id(shape)] = items
                self.visit(items, place.items())
        elif is_map(shape):
            self.forms[id(shape)] = "map"
            values = self.inner[id(shape)] = map_values(shape)
            self.visit(values, place.items())
        elif not shape.fields:
            self.forms[id(shape)] = "empty"
        else:
            self.forms[id(shape)] = "record"
            index = len(self.occurrences)
            label = "" if place.generic else place.base
            self.occurrences.append(Occurrence(shape, place.role, label))
            self.places.append(place)
            for key, child in shape.fields.items():
                if child.objects or child.items is not None:  # scalars name nothing
                    self.visit(child, place.field(key, index))

    def hints(self, group_of: list[int]) -> list[list[Hint]]:
        """The hints of each group, parents given as groups."""
        out: list[list[Hint]] = [[] for _ in range(max(group_of, default=-1) + 1)]
        for index, place in enumerate(self.places):
            parent = group_of[place.parent] if place.parent is not None else None
            out[group_of[index]].append(
                Hint(place.base, place.generic, place.role, place.depth, index, parent, place.where)
            )
        return out
