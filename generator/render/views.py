"""What the templates print, decided in Python: signatures, calls, imports.

Templates stay dumb: every Python spelling (annotations, defaults, literals,
which runtime call) is chosen here from the endpoint model.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import quote

from generator.model.api import Api, Endpoint, Param, Resource
from generator.model.types import TypeRef
from generator.render.filters import literal


@dataclass
class Arg:
    name: str
    annotation: str
    default: str | None  # None: required
    doc: str


@dataclass
class MethodView:
    endpoint: Endpoint
    name: str
    summary: str
    description: str
    positional: list[Arg]
    keyword: list[Arg]
    returns: str  # the sync return annotation
    async_returns: str
    # Whether the async method is a coroutine. Page methods are not: they return an
    # AsyncPaginator, which is awaitable (first page) and async-iterable (all items).
    async_def: bool
    call: str  # "_request" or "_get_page"
    cast_to: str  # expression for cast_to / item_type
    path: str  # as sent: literal segments percent-encoded, {python_name} per parameter
    path_params: list[tuple[str, str]]  # (python name, python name)
    query: list[tuple[str, str]]  # (wire literal, python expression)
    headers: list[tuple[str, str]]
    body_kwarg: str | None  # e.g. "json=body"
    errors: list[tuple[int, str]]
    auth: list[str]
    base_url_key: str | None
    models: set[str] = field(default_factory=set)
    uses_page: bool = False
    uses_any: bool = False
    uses_files: bool = False
    uses_cast: bool = False


# RFC 3986 pchar, less "%": literal segments hold decoded text, so "%" is data.
_PATH_SAFE = "!$&'()*+,;=:@-._~"


@lru_cache(maxsize=4096)
def _quote_segment(segment: str) -> str:
    # Paths repeat their segments across endpoints: quote each spelling once.
    return quote(segment, safe=_PATH_SAFE)


def request_path(endpoint: Endpoint) -> str:
    """The path template the runtime fills with ``str.format_map``: literal segments
    percent-encoded, so a ``{``, ``}``, ``\\`` or space in a collection's path is sent
    as data and can never be read as a placeholder."""
    placeholders = {"{" + p.python_name + "}" for p in endpoint.path_params}
    return "/".join(
        segment if segment in placeholders else _quote_segment(segment)
        for segment in endpoint.path.split("/")
    )


def _summary(endpoint: Endpoint) -> str:
    name = " ".join(endpoint.name.split()) or f"{endpoint.method} {endpoint.path}"
    return name[:1].upper() + name[1:]


def _param_annotation(param: Param) -> str:
    annotation = param.type.annotation()
    return annotation if param.required and param.default is None else f"{annotation} | None"


def _param_default(param: Param) -> str | None:
    if param.required and param.default is None:
        return None
    if param.default is not None:
        digits = param.default.removeprefix("-")
        if param.type.kind == "int" and digits.isascii() and digits.isdigit():
            return param.default
        if param.type.kind == "bool" and param.default in ("true", "false"):
            return "True" if param.default == "true" else "False"
        return literal(param.default)
    return "None"


def _param_doc(param: Param) -> str:
    text = " ".join(param.description.split())
    if param.example and param.location != "path" or (param.example and not text):
        example = param.example if len(param.example) <= 80 else param.example[:77] + "..."
        text = f"{text} Example: `{example}`.".strip()
    return text


def _success_type(endpoint: Endpoint) -> tuple[TypeRef | None, bool]:
    """The type of the first 2xx response, and whether any 2xx is documented."""
    for response in endpoint.responses:
        if 200 <= response.status < 300:
            if response.type is None and _has_text_body(endpoint, response.status):
                return TypeRef(kind="str"), True
            return response.type, True
    return None, False


def _has_text_body(endpoint: Endpoint, status: int) -> bool:
    """A documented body that is not JSON (text, XML, HTML): the method returns ``str``."""
    return any(
        e.status == status and e.body is not None and not e.body.is_json and e.body.text.strip()
        for e in endpoint.examples
    )


def _content_type_header(endpoint: Endpoint) -> list[tuple[str, str]]:
    """The declared Content-Type of a raw body, where the runtime would not pick the
    same one itself (it sends ``application/json`` for JSON, httpx sets form types)."""
    body = endpoint.body
    if body is None or not body.content_type or body.mode in ("urlencoded", "multipart"):
        return []
    if body.mode in ("json", "graphql") and body.content_type == "application/json":
        return []
    return [(literal("Content-Type"), literal(body.content_type))]


# Views already made in this rendering (see ``method_views_cached``), by endpoint
# identity; the endpoint is kept with its view so that its id cannot be reused.
_cached_views: dict[int, tuple[Endpoint, MethodView]] | None = None


@contextmanager
def method_views_cached() -> Iterator[None]:
    """Make each endpoint's view once while rendering: the client, its resources and
    every generated test ask for the same views, and the model does not change."""
    global _cached_views
    outer, _cached_views = _cached_views, {}
    try:
        yield
    finally:
        _cached_views = outer


def method_view(endpoint: Endpoint) -> MethodView:
    if _cached_views is None:
        return _make_method_view(endpoint)
    cached = _cached_views.get(id(endpoint))
    if cached is None:
        cached = _cached_views[id(endpoint)] = (endpoint, _make_method_view(endpoint))
    return cached[1]


def _make_method_view(endpoint: Endpoint) -> MethodView:
    positional: list[Arg] = []
    keyword: list[Arg] = []
    models: set[str] = set()
    uses_any = False
    for p in endpoint.path_params:
        target = positional if p.default is None else keyword
        target.append(Arg(p.python_name, p.type.annotation(), _param_default(p), _param_doc(p)))

    body_kwarg: str | None = None
    uses_files = False
    body = endpoint.body
    if body is not None:
        optional = "" if body.required else " | None"
        default = None if body.required else "None"
        if body.mode == "json":
            body_type = body.type or TypeRef(kind="any")
            annotation = body_type.annotation()
            models |= body_type.model_names()
            uses_any = uses_any or "Any" in annotation
            if body_type.kind == "model":
                annotation = f"{annotation} | dict[str, Any]"
                uses_any = True
            keyword.append(Arg("body", annotation + optional, default, "The JSON request body."))
            body_kwarg = "json=body"
        elif body.mode in ("text", "xml"):
            keyword.append(Arg("content", "str" + optional, default, f"The {body.mode} body."))
            body_kwarg = "content=content"
        elif body.mode == "binary":
            keyword.append(
                Arg("content", "bytes" + optional, default, "The raw request body (file bytes).")
            )
            body_kwarg = "content=content"
        elif body.mode == "graphql":
            keyword.append(Arg("body", "dict[str, Any]" + optional, default, "The GraphQL body."))
            body_kwarg = "json=body"
            uses_any = True
        else:
            entries: list[str] = []
            for f in body.form_fields:
                annotation = "FileTypes" if f.is_file else "str"
                if not f.required:
                    annotation += " | None"
                uses_files = uses_files or f.is_file
                keyword.append(
                    Arg(f.python_name, annotation, None if f.required else "None", f.description)
                )
                entries.append(f"{literal(f.name)}: {f.python_name}")
            kind = "files" if body.mode == "multipart" else "data"
            body_kwarg = f"{kind}={{{', '.join(entries)}}}"

    for p in endpoint.query_params + endpoint.header_params:
        keyword.append(Arg(p.python_name, _param_annotation(p), _param_default(p), _param_doc(p)))
    # Required keyword arguments first reads best and mirrors the docs.
    keyword.sort(key=lambda a: a.default is not None)

    success, documented = _success_type(endpoint)
    call = "_request"
    uses_page = False
    uses_cast = False
    if success is None:
        returns = "None" if documented else "Any"
        uses_any = uses_any or not documented
        cast_to = "type(None)" if documented else "object"
    elif success.kind == "page":
        item = success.args[0]
        returns = f"SyncPage[{item.annotation()}]"
        call = "_get_page"
        cast_to = item.annotation()
        uses_page = True
        models |= item.model_names()
    else:
        returns = success.annotation()
        models |= success.model_names()
        cast_to = returns
        if success.kind == "union":
            cast_to = f'cast("type[{returns}]", {returns})'
            uses_cast = True
    uses_any = uses_any or "Any" in returns or "Any" in cast_to
    async_returns = returns.replace("SyncPage[", "AsyncPaginator[", 1) if uses_page else returns

    errors = []
    for response in endpoint.responses:
        if response.is_error and response.type is not None and response.type.kind == "model":
            errors.append((response.status, response.type.annotation()))
            models |= response.type.model_names()

    description = endpoint.description.strip()
    return MethodView(
        endpoint=endpoint,
        name=endpoint.function,
        summary=_summary(endpoint),
        description=description,
        positional=positional,
        keyword=keyword,
        returns=returns,
        async_returns=async_returns,
        async_def=not uses_page,
        call=call,
        cast_to=cast_to,
        path=request_path(endpoint),
        path_params=[(p.python_name, p.python_name) for p in endpoint.path_params],
        query=[(literal(p.name), p.python_name) for p in endpoint.query_params],
        headers=[(literal(p.name), p.python_name) for p in endpoint.header_params]
        + [(literal(k), literal(v)) for k, v in endpoint.default_headers]
        + _content_type_header(endpoint),
        body_kwarg=body_kwarg,
        errors=errors,
        auth=endpoint.auth,
        base_url_key=endpoint.base_url_variable,
        models=models,
        uses_page=uses_page,
        uses_any=uses_any,
        uses_files=uses_files,
        uses_cast=uses_cast,
    )


@dataclass
class ResourceView:
    resource: Resource
    methods: list[MethodView]
    children: list[Resource]
    models: list[str]
    uses_page: bool
    uses_any: bool
    uses_files: bool
    uses_cast: bool
    # Base classes: the runtime's, or a target extension's mixins (see plan.extensions).
    sync_base: str = "SyncAPIResource"
    async_base: str = "AsyncAPIResource"
    extension_module: str | None = None  # module under lib/ that defines the bases


def resource_view(api: Api, resource: Resource, extension: str | None = None) -> ResourceView:
    """``extension``: a ``lib/`` module with ``<Class>Extension`` mixins for this resource."""
    methods = [method_view(api.endpoint(e)) for e in resource.endpoints]
    models = sorted(set().union(*(m.models for m in methods))) if methods else []
    view = ResourceView(
        resource=resource,
        methods=methods,
        children=resource.children,
        models=models,
        uses_page=any(m.uses_page for m in methods),
        uses_any=any(m.uses_any for m in methods),
        uses_files=any(m.uses_files for m in methods),
        uses_cast=any(m.uses_cast for m in methods),
    )
    if extension is not None:
        view.sync_base = f"{resource.class_name}Extension"
        view.async_base = f"Async{resource.class_name}Extension"
        view.extension_module = extension
    return view


def all_resources(root: Resource) -> list[Resource]:
    """Every resource below the root, parents before children, in document order."""
    out: list[Resource] = []
    stack = list(reversed(root.children))
    while stack:
        resource = stack.pop()
        out.append(resource)
        stack.extend(reversed(resource.children))
    return out
