"""The tolerant raw model: a Postman collection normalised to one shape.

Whatever the file's version (v1, v2.0, v2.1) and whichever of the many spellings
real exports use (URL as string or object, headers as string or list, auth
params as object or array, ...), the loader produces these classes. Nothing is
resolved here: ``{{variables}}`` stay as written, auth is not inherited yet.
Every item carries ``where``, its location in the file (``item[2].item[0]``),
so later stages can name it in messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class RawVariable:
    key: str
    value: str | None = None
    type: str | None = None  # "string", "secret", ...
    description: str = ""
    disabled: bool = False


@dataclass(slots=True)
class RawAuth:
    """An auth block. ``type == "noauth"`` stops inheritance; ``params`` keeps the
    scheme's settings as strings (``{"key": "x-api-key", "value": "{{apiKey}}", "in": "header"}``).
    """

    type: str
    params: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class RawHeader:
    key: str
    value: str = ""
    description: str = ""
    disabled: bool = False


@dataclass(slots=True)
class RawQueryParam:
    key: str
    value: str | None = None
    description: str = ""
    disabled: bool = False


@dataclass(slots=True)
class RawUrl:
    """A request URL. ``raw`` is the text as written (may be empty when the export
    only had parts); ``host`` and ``path`` are segment lists, ``variables`` the
    values of ``:pathVariables``."""

    raw: str = ""
    protocol: str | None = None
    host: list[str] = field(default_factory=list)
    port: str | None = None
    path: list[str] = field(default_factory=list)
    query: list[RawQueryParam] = field(default_factory=list)
    variables: list[RawVariable] = field(default_factory=list)


@dataclass(slots=True)
class RawFormParam:
    key: str
    value: str | None = None
    type: str = "text"  # "text" or "file"
    src: list[str] = field(default_factory=list)
    description: str = ""
    disabled: bool = False
    content_type: str | None = None


@dataclass(slots=True)
class RawBody:
    """A request body. ``mode`` is one of raw, urlencoded, formdata, file, graphql, none."""

    mode: str = "none"
    raw: str | None = None
    language: str | None = None  # options.raw.language: json, xml, text, javascript, html
    urlencoded: list[RawFormParam] = field(default_factory=list)
    formdata: list[RawFormParam] = field(default_factory=list)
    file_src: str | None = None
    graphql_query: str | None = None
    graphql_variables: str | None = None  # always text; an object is dumped as JSON


@dataclass(slots=True)
class RawRequest:
    method: str = "GET"  # upper case
    url: RawUrl = field(default_factory=RawUrl)
    headers: list[RawHeader] = field(default_factory=list)
    body: RawBody | None = None
    auth: RawAuth | None = None  # None: inherit from the parent
    description: str = ""


@dataclass(slots=True)
class RawExample:
    """A saved example (``response[]`` of an item)."""

    name: str
    where: str
    code: int | None = None
    status: str = ""
    headers: list[RawHeader] = field(default_factory=list)
    body: str | None = None
    preview_language: str | None = None
    original_request: RawRequest | None = None


@dataclass(slots=True)
class RawScript:
    listen: str  # "prerequest" or "test"
    exec: str


@dataclass(slots=True)
class RawRequestItem:
    name: str
    where: str
    request: RawRequest
    examples: list[RawExample] = field(default_factory=list)
    description: str = ""
    scripts: list[RawScript] = field(default_factory=list)


@dataclass(slots=True)
class RawFolder:
    name: str
    where: str
    items: list[RawItem] = field(default_factory=list)
    description: str = ""
    auth: RawAuth | None = None
    variables: list[RawVariable] = field(default_factory=list)
    scripts: list[RawScript] = field(default_factory=list)


RawItem = RawFolder | RawRequestItem


@dataclass(slots=True)
class RawCollection:
    name: str
    description: str = ""
    schema_version: str = "2.1.0"  # the version the file was written in
    postman_id: str | None = None
    items: list[RawItem] = field(default_factory=list)
    variables: list[RawVariable] = field(default_factory=list)
    auth: RawAuth | None = None
    scripts: list[RawScript] = field(default_factory=list)
