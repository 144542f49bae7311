"""Model names from context: where a shape was seen decides what it is called.

- A response body is named after the endpoint's entity: taken from the request
  name when it starts with a known verb ("Get device by id" -> ``Device``,
  "List device types" -> items ``DeviceType``), else from the last path
  segment that is not a parameter, a version or a qualifier (``latest``,
  ``search``...), singularised (``/tweets/{id}`` -> ``Tweet``). Action
  requests ("Run script") give ``RunScriptResult``.
- Array and page items are singularised (``tags`` -> ``Tag``).
- Request bodies are ``<RequestName>Request`` ("Create device" ->
  ``CreateDeviceRequest``), objects inside them ``<Field>Param``
  (``TagParam``), so inputs never take the name of the response model they
  resemble; error bodies are ``ErrorBody``.
- Nested objects are named from their field (``gpsCoordinates`` ->
  ``GpsCoordinates``). Generic field names (``data``, ``meta``, ``settings``...)
  always get the parent's name in front (``WorkspaceSettings``); other names
  only when the plain name is taken (``DeviceTag`` next to ``Tag``).
- One model seen in many places takes the name most of its places suggest,
  counting specific names before generic ones and shallow places before deep
  ones (ties: the first place). Names are handed out responses first, then
  errors, then requests; shallow before deep; in endpoint order. A name still
  taken gets a number (``Device2``) through ``naming.Namespace``, which also
  holds the runtime's names and the names the overrides file gives.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, NamedTuple

from generator.model.api import Endpoint
from generator.naming import (
    MAX_NAME_LENGTH,
    Namespace,
    class_name,
    field_name,
    singular,
    words,
)

Role = Literal["response", "error", "request"]
ROLE_RANK: dict[Role, int] = {"response": 0, "error": 1, "request": 2}

ERROR_MODEL = "ErrorBody"
REQUEST_SUFFIX = "Request"
PARAM_SUFFIX = "Param"


_READ_VERBS = frozenset(
    "get gets list lists fetch fetches retrieve retrieves read reads return returns show shows "
    "view views find finds search searches query queries lookup describe describes".split()
)
_WRITE_VERBS = frozenset(
    "create creates add adds new update updates edit edits modify modifies patch patches put "
    "replace replaces upsert upserts rename renames set sets delete deletes remove removes "
    "save saves register registers".split()
)
_ACTION_VERBS = frozenset(
    "run runs send sends push pushes execute executes trigger triggers cancel cancels capture "
    "captures refund refunds reverse reverses estimate estimates validate validates verify "
    "verifies check checks calculate calculates compute computes start starts stop stops "
    "activate activates deactivate deactivates close closes grant grants revoke revokes "
    "upload uploads download downloads import imports export exports test tests ping submit "
    "submits approve approves reject rejects sync syncs publish publishes invite invites "
    "authorize authorizes authenticate authenticates convert converts generate generates "
    "process processes backfill resend resends".split()
)
_FILLER = frozenset({"a", "an", "the", "all", "s", "new", "existing", "specific", "given"})
_LEADING_PHRASES = (
    ("list", "of"),
    ("lists", "of"),
    ("information", "about"),
    ("info", "about"),
    ("details", "of"),
    ("details", "about"),
    ("details", "for"),
)
# A request name's entity ends where its qualifiers start: "device *by* id".
_CUT_WORDS = frozenset(
    "by for with using from in on to specifying via at into within without that which when "
    "where if based".split()
)
_MAX_ENTITY_WORDS = 4

# Path segments that qualify a resource rather than name one.
_WEAK_SEGMENTS = frozenset(
    "query search latest current me self count bulk batch raw all list find lookup api rest "
    "details info meta custom by v".split()
)
_VERSION = re.compile(r"v\d+(\.\d+)*\Z", re.IGNORECASE)

# Field names that say nothing on their own: the parent's name goes in front.
GENERIC_FIELDS = frozenset(
    "data datum properties property attributes attribute meta metadata value values item items "
    "result results response request body payload content info details detail config "
    "configuration settings setting options option params parameters extra extras fields field "
    "links link object entry entries record records node nodes element elements status state "
    "stats statistics summary error errors context additional custom".split()
)


@dataclass(frozen=True)
class Entity:
    """What an endpoint's responses are about, as words: ``["device", "type"]``."""

    words: tuple[str, ...]
    action: bool = False  # "Run script": the response is a result, not the entity

    def object_name(self) -> str:
        return suffixed(" ".join(self.words), "Result" if self.action else "", "Response")

    def item_name(self) -> str:
        if self.action:
            return self.object_name()
        return suffixed(" ".join((*self.words[:-1], singular(self.words[-1]))), "", "Item")


@lru_cache(maxsize=4096)
def _entity_from_name(name: str) -> Entity | None:
    parts = words(name)
    if not parts:
        return None
    verb, rest = parts[0], parts[1:]
    if verb not in _READ_VERBS | _WRITE_VERBS | _ACTION_VERBS:
        return None
    changed = True
    while changed and rest:
        changed = False
        if rest[0] in _FILLER:
            rest, changed = rest[1:], True
        elif tuple(rest[:2]) in _LEADING_PHRASES:
            rest, changed = rest[2:], True
    for i, word in enumerate(rest):
        if word in _CUT_WORDS:
            rest = rest[:i]
            break
    # Numbers tell examples apart ("Get device 2"), they do not name the entity.
    rest = [w for w in rest if w not in _FILLER and not w.isdigit()][:_MAX_ENTITY_WORDS]
    if not rest:
        return None
    if verb in _ACTION_VERBS:
        return Entity((verb, *rest), action=True)
    return Entity(tuple(rest))


def _is_param_segment(segment: str) -> bool:
    return segment.startswith((":", "{")) or "{" in segment


@lru_cache(maxsize=4096)
def _entity_from_path(path: str) -> Entity | None:
    for segment in reversed(path.split("?")[0].split("/")):
        if not segment or _is_param_segment(segment) or _VERSION.match(segment):
            continue
        parts = words(segment)
        if parts and " ".join(parts) not in _WEAK_SEGMENTS:
            # A path names the collection: `/tweets/{id}` is one tweet.
            parts[-1] = singular(parts[-1])
            return Entity(tuple(parts[-_MAX_ENTITY_WORDS:]))
    return None


def endpoint_entity(endpoint: Endpoint) -> Entity:
    return (
        _entity_from_name(endpoint.name)
        or _entity_from_path(endpoint.path)
        or Entity(tuple(words(endpoint.function)) or ("response",))
    )


@lru_cache(maxsize=4096)
def suffixed(text: str, suffix: str, fallback: str = "Model") -> str:
    """``class_name(text) + suffix`` within the name length bound, cut between words."""
    room = MAX_NAME_LENGTH - len(suffix)
    name = ""
    for word in words(text):
        part = word[:1].upper() + word[1:]
        if name and len(name) + len(part) > room:
            break
        name += part
    return class_name(name[:room] or fallback, fallback) + suffix


def request_model_name(endpoint: Endpoint) -> str:
    name = endpoint.name.strip() or f"{endpoint.method} {endpoint.path}"
    return suffixed(name, REQUEST_SUFFIX, "Body")


def qualified(parent: str, base: str) -> str:
    """``base`` with its parent's name in front: ``WorkspaceSettings``; request-side
    names keep one suffix (``CreateDevice`` + ``TagParam``, not ``CreateDeviceRequestTagParam``)."""
    if base.endswith(PARAM_SUFFIX):
        for suffix in (PARAM_SUFFIX, REQUEST_SUFFIX):
            if parent.endswith(suffix) and len(parent) > len(suffix):
                parent = parent[: -len(suffix)]
                break
    if len(base) > MAX_NAME_LENGTH - 4:  # no room for a parent
        return base
    return suffixed(parent, base)


@lru_cache(maxsize=4096)
def field_model_name(field_name: str, item: bool) -> tuple[str, bool]:
    """The class name a field's object would take, and whether that name is generic."""
    parts = words(field_name)
    if not parts:
        return "Item" if item else "Value", True
    if item:
        parts[-1] = singular(parts[-1])
    text = " ".join(parts)
    return class_name(text, "Value"), text in GENERIC_FIELDS or len(text) <= 2


class Hint(NamedTuple):  # a tuple: one is made per record seen, so it must be cheap
    """One place a model was seen, and the name that place suggests."""

    base: str
    generic: bool
    role: Role
    depth: int
    order: int
    parent: int | None  # the enclosing model's group, once known
    where: str  # for descriptions: "The response of `GET /x` (200)."


@dataclass
class _Group:
    index: int
    hints: list[Hint] = field(default_factory=list)

    def sort_key(self) -> tuple[int, int, int]:
        first = min(self.hints, key=lambda h: (ROLE_RANK[h.role], h.depth, h.order))
        return ROLE_RANK[first.role], first.depth, first.order


def preferred_hint(hints: Sequence[Hint]) -> Hint:
    """The name most places agree on, among the best places: specific names over
    generic ones, then the shallowest. Ties go to the first place seen."""
    pool = [h for h in hints if not h.generic] or list(hints)
    depth = min(h.depth for h in pool)
    pool = [h for h in pool if h.depth == depth]
    votes = Counter(h.base for h in pool)
    best = max(votes.values())
    return min((h for h in pool if votes[h.base] == best), key=lambda h: h.order)


def assign_names(groups: Sequence[Sequence[Hint]], taken: Namespace) -> list[str]:
    """A distinct class name for each group of hints (one group per model)."""
    names: list[str | None] = [None] * len(groups)
    ordered = sorted((_Group(i, list(h)) for i, h in enumerate(groups)), key=_Group.sort_key)
    for group in ordered:
        chosen = preferred_hint(group.hints)
        candidates: list[str] = [] if chosen.generic else [chosen.base]
        for hint in sorted(group.hints, key=lambda h: h.order):
            parent = names[hint.parent] if hint.parent is not None else None
            if hint.base == chosen.base and parent is not None:
                candidates.append(qualified(parent, chosen.base))
        name = next((c for c in candidates if c not in taken), None)
        names[group.index] = taken.claim(name or (candidates or [chosen.base])[0])
    return [n or "Model" for n in names]


def field_python_names(wire_names: list[str]) -> list[str]:
    """Distinct python names for one model's fields. A wire name that already is a
    good python name keeps it, so ``user_id`` stays ``user_id`` next to ``userId``."""
    namespace = Namespace()
    wanted = [field_name(w, "field") for w in wire_names]
    out: dict[int, str] = {}
    for i, (wire, py) in enumerate(zip(wire_names, wanted, strict=True)):
        if wire == py:
            out[i] = namespace.claim(py)
    for i, py in enumerate(wanted):
        if i not in out:
            out[i] = namespace.claim(py)
    return [out[i] for i in range(len(wanted))]
