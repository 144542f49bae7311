"""Turning any text into Python names: the one place that does it.

Rules (also in the README):
- Text is transliterated to ASCII (``anyascii``), split into words at
  non-alphanumerics and at camelCase boundaries, then joined as snake_case or
  PascalCase.
- A name that would be empty (all punctuation, an unknown script) falls back to
  a stable stand-in given by the caller (``field_1``, ``Model``).
- A leading digit gets a prefix (``_1st`` is not readable: ``n_1st`` / ``N1st``).
- Python keywords, soft keywords, shadowing builtins, names reserved by
  pydantic or by our runtime, and the ambiguous ``l``, ``O`` and ``I`` get a
  trailing underscore (``type`` -> ``type_``).
- Names are bounded in length; collisions are resolved by ``Namespace`` with
  numeric suffixes in order of first appearance, so the same input always
  gives the same names.
"""

from __future__ import annotations

import builtins
import functools
import keyword
import re

from anyascii import anyascii

MAX_NAME_LENGTH = 60

# Names that would shadow something a reader relies on, or break pydantic models.
RESERVED: frozenset[str] = frozenset(
    set(keyword.kwlist)
    | set(keyword.softkwlist)
    | {n for n in dir(builtins) if not n.startswith("_")}
    | {
        # pydantic BaseModel attributes and methods
        "model_config",
        "model_fields",
        "model_computed_fields",
        "model_extra",
        "model_fields_set",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "schema",
        "schema_json",
        "json",
        "dict",
        "copy",
        "validate",
        "construct",
        "fields",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "update_forward_refs",
        # names the generated runtime and typing imports take
        "self",
        "cls",
        "cast",  # typing.cast, called in method bodies: a parameter must not shadow it
        # Read as 1 and 0 (pycodestyle E741-E743, which ruff enforces on the output).
        "l",
        "O",
        "I",
        "Any",
        "Literal",
        "Field",
        "BaseModel",
        "datetime",
        "date",
        "UUID",
        "httpx",
        "annotations",
    }
)

# Names the generated package uses next to the models: the runtime's public
# classes (package ``__init__``), what resource modules import beside the models,
# and what ``types/models.py`` imports. Keep in step with templates/package/.
RUNTIME_NAMES: frozenset[str] = frozenset("""
    Page SyncPage AsyncPage AsyncPaginator PageRequest APIResponse NotGiven BulkResult ChunkResult
    APIError APIConnectionError APIResponseValidationError APIStatusError APITimeoutError
    AuthenticationError BadRequestError BulkRequestError ConflictError InternalServerError
    MissingCredentialsError NotFoundError PermissionDeniedError RateLimitError
    UnprocessableEntityError Body Headers Query Timeout FileTypes SyncAPIResource
    AsyncAPIResource SyncAPIClient AsyncAPIClient BaseClient BaseModel ConfigDict Field Enum Any
    Literal UUID
    """.split())

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")


def words(text: str) -> list[str]:
    """Split any text into lower-case ASCII words: ``"Get deviceByID"`` -> get, device, by, id."""
    ascii_text = anyascii(text[: MAX_NAME_LENGTH * 4])
    parts: list[str] = []
    for chunk in _NON_WORD.split(ascii_text):
        if chunk:
            parts.extend(p.lower() for p in _CAMEL_BOUNDARY.split(chunk) if p)
    return parts


def _bounded(name: str) -> str:
    return name[:MAX_NAME_LENGTH].rstrip("_") or name[:MAX_NAME_LENGTH]


def snake_case(text: str, fallback: str = "value") -> str:
    """A valid snake_case identifier (not yet checked against reserved names)."""
    name = "_".join(words(text)) or fallback
    if name[0].isdigit():
        name = f"n{name}" if fallback == "value" else f"{fallback}_{name}"
    return _bounded(name)


def pascal_case(text: str, fallback: str = "Model") -> str:
    """A valid PascalCase class name."""
    name = "".join(w[:1].upper() + w[1:] for w in words(text)) or fallback
    if name[0].isdigit():
        name = f"{fallback}{name}"
    return _bounded(name)


def screaming_snake_case(text: str, fallback: str = "VALUE") -> str:
    return snake_case(text, fallback.lower()).upper()


def safe_identifier(name: str, reserved: frozenset[str] = RESERVED) -> str:
    """Append ``_`` to a name that is reserved or dunder (``type`` -> ``type_``)."""
    if name in reserved or name.startswith("__") or name.startswith("model_"):
        return f"{name}_"
    return name


# A model field lives in a class body, where a builtin name shadows nothing the
# generated code uses: ``device.id`` and ``device.type`` read far better than
# ``id_``. Only keywords, pydantic's own names and the type names that
# annotations refer to (``date: date`` would break pydantic) are avoided.
FIELD_RESERVED: frozenset[str] = frozenset(
    set(keyword.kwlist)
    | (RESERVED - {n for n in dir(builtins) if not n.startswith("_")} - set(keyword.softkwlist))
    | {"str", "int", "float", "bool", "list", "dict", "bytes", "None"}
)


# The name functions below are pure and called for the same few texts thousands
# of times (field names repeat in every example body): their results are cached.
_cached = functools.lru_cache(maxsize=16384)


@_cached
def field_name(text: str, fallback: str = "field") -> str:
    """snake_case and safe as a pydantic model field (builtins like ``id`` allowed)."""
    return safe_identifier(snake_case(text, fallback), FIELD_RESERVED)


@_cached
def python_name(text: str, fallback: str = "value") -> str:
    """snake_case and safe: the name of a parameter, field, method or attribute."""
    return safe_identifier(snake_case(text, fallback))


@_cached
def class_name(text: str, fallback: str = "Model") -> str:
    """PascalCase and safe: the name of a generated class."""
    return safe_identifier(pascal_case(text, fallback))


_IRREGULAR_SINGULARS = {
    "data": "data",
    "metadata": "metadata",
    "status": "status",
    "series": "series",
    "news": "news",
    "people": "person",
    "children": "child",
    "analysis": "analysis",
    "address": "address",
    "access": "access",
    "process": "process",
    "business": "business",
}


def singular(word: str) -> str:
    """The singular of an English plural noun (``tags`` -> ``tag``), conservatively."""
    lower = word.lower()
    if lower in _IRREGULAR_SINGULARS:
        mapped = _IRREGULAR_SINGULARS[lower]
        return mapped.capitalize() if word[:1].isupper() else mapped
    if not lower.endswith("s") or lower.endswith("ss"):
        return word
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word[-3].isupper() else "y")
    if lower.endswith(("ses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    if lower.endswith("us") or lower.endswith("is"):
        return word
    return word[:-1]


class Namespace:
    """Hands out distinct names in one scope; the first comer keeps the plain name.

    Comparison is case-insensitive where the target is (``Devices`` and
    ``devices`` would clash as module files on some systems), so both the
    python name and its lower-case form are claimed.
    """

    def __init__(self, taken: set[str] | frozenset[str] = frozenset()) -> None:
        self._taken: set[str] = {t.lower() for t in taken}
        # Next suffix to try per wanted name: thousands of claims of one name
        # (merged requests, example cases) stay linear, and give the same names.
        self._next: dict[tuple[str, tuple[str, ...]], int] = {}

    def _free(self, candidate: str, companions: tuple[str, ...]) -> bool:
        if not companions:  # the common case, without building the list
            return candidate.lower() not in self._taken
        return all(taken.lower() not in self._taken for taken in _with(candidate, companions))

    def claim(self, name: str, companions: tuple[str, ...] = ()) -> str:
        """A free name like ``name``; ``companions`` are patterns (``"Async{}"``) of
        names derived from it that must be free too, and are claimed with it."""
        candidate = name
        key = (name, companions)
        n = self._next.get(key, 2)
        while not self._free(candidate, companions):
            # Classes read best as Device2, functions and attributes as device_2.
            candidate = f"{name}{n}" if name[:1].isupper() else f"{name}_{n}"
            n += 1
        self._next[key] = n
        if companions:
            self._taken.update(taken.lower() for taken in _with(candidate, companions))
        else:
            self._taken.add(candidate.lower())
        return candidate

    def __contains__(self, name: str) -> bool:
        return name.lower() in self._taken


def _with(name: str, companions: tuple[str, ...]) -> list[str]:
    return [name, *(pattern.format(name) for pattern in companions)]
