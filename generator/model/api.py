"""The intermediate endpoint model: what the generated client is made of.

Built from the raw collection by ``generator.build``; types are filled in by
``generator.infer``; rendered by ``generator.render``. All naming decisions
(python names, class names, module names) are taken before this model is
complete, so templates only read it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from generator.model.types import ModelDef, TypeRef

ParamLocation = Literal["path", "query", "header"]
BodyMode = Literal["json", "text", "xml", "urlencoded", "multipart", "binary", "graphql"]


class Variable(BaseModel):
    """A collection variable, e.g. ``baseUrl``; secrets are already redacted."""

    name: str
    value: str = ""
    description: str = ""
    secret: bool = False


class AuthScheme(BaseModel):
    """One way the API authenticates, as the generated client exposes it.

    ``kind`` drives the runtime: ``apikey`` puts the credential in ``param_name``
    (a header or a query param, per ``location``), ``bearer`` and ``oauth2`` send
    ``Authorization: Bearer``, ``basic`` sends username/password.
    """

    id: str  # stable id, e.g. "apikey", "bearer"
    kind: Literal["apikey", "bearer", "basic", "oauth2", "other"]
    postman_type: str  # the collection's auth type (oauth1, digest, hawk, ...)
    location: Literal["header", "query"] = "header"
    param_name: str = "Authorization"
    client_args: list[str] = Field(default_factory=list)  # e.g. ["api_key"]
    description: str = ""


class Param(BaseModel):
    name: str  # wire name
    python_name: str
    location: ParamLocation
    type: TypeRef = TypeRef(kind="str")
    required: bool = False
    default: str | None = None  # a literal the API documents as default
    example: str | None = None
    description: str = ""
    repeated: bool = False  # a query key that appears several times: a list


class FormField(BaseModel):
    name: str
    python_name: str
    is_file: bool = False
    required: bool = False
    description: str = ""
    example: str | None = None


class Sample(BaseModel):
    """One observed body: its text, and its JSON value when it parsed."""

    source: str  # "request", "example:<name>", "original-request:<name>"
    text: str
    json_value: Any = None
    is_json: bool = False


class Body(BaseModel):
    mode: BodyMode
    content_type: str | None = None
    samples: list[Sample] = Field(default_factory=list)
    form_fields: list[FormField] = Field(default_factory=list)
    type: TypeRef | None = None  # filled by inference for json bodies
    required: bool = True


class ExampleRequest(BaseModel):
    """The request a saved example was recorded with (its ``originalRequest``),
    already mapped onto the endpoint's parameters."""

    path_params: dict[str, str] = Field(default_factory=dict)  # python name -> value
    query: list[tuple[str, str]] = Field(default_factory=list)  # wire pairs, enabled only
    headers: list[tuple[str, str]] = Field(default_factory=list)
    body: Sample | None = None


class Example(BaseModel):
    """A saved example: one request/response pair the documentation shows."""

    name: str
    status: int
    headers: list[tuple[str, str]] = Field(default_factory=list)
    content_type: str | None = None
    body: Sample | None = None
    request: ExampleRequest = Field(default_factory=ExampleRequest)


class Response(BaseModel):
    status: int
    description: str = ""
    content_type: str | None = None
    type: TypeRef | None = None  # None: no body (204) or not JSON
    is_error: bool = False


class Endpoint(BaseModel):
    id: str  # stable: "GET /v3/devices/{device_id}"
    name: str  # display name: the first request's name
    function: str  # python method name
    resource: list[str] = Field(default_factory=list)  # attribute chain from the client
    method: str
    path: str  # template with python names: /v3/devices/{device_id}
    base_url_variable: str | None = None  # e.g. "baseUrl"; None when the host is literal
    base_url: str = ""  # the host part resolved with the collection's defaults
    params: list[Param] = Field(default_factory=list)
    body: Body | None = None
    responses: list[Response] = Field(default_factory=list)
    examples: list[Example] = Field(default_factory=list)
    call: ExampleRequest = Field(default_factory=ExampleRequest)  # the request's own values
    auth: list[str] = Field(default_factory=list)  # AuthScheme ids; [] = no auth
    description: str = ""
    sources: list[str] = Field(default_factory=list)  # locations of the merged requests
    default_headers: list[tuple[str, str]] = Field(default_factory=list)  # fixed headers

    @property
    def path_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "path"]

    @property
    def query_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "query"]

    @property
    def header_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "header"]


class Resource(BaseModel):
    """A folder: an attribute of the client (``client.device_data.aggregations``)."""

    name: str  # the folder's name
    python_name: str  # attribute name
    class_name: str  # e.g. "DeviceData"; the sync class is f"{class_name}Resource"
    module: str  # module file stem under resources/
    description: str = ""
    endpoints: list[str] = Field(default_factory=list)  # endpoint ids
    children: list[Resource] = Field(default_factory=list)


class Api(BaseModel):
    name: str
    description: str = ""
    package: str
    client_class: str
    env_prefix: str
    base_url: str = ""
    base_url_variable: str | None = None
    variables: list[Variable] = Field(default_factory=list)
    auth_schemes: list[AuthScheme] = Field(default_factory=list)
    root: Resource  # endpoints outside any folder live on the client itself
    endpoints: list[Endpoint] = Field(default_factory=list)
    models: list[ModelDef] = Field(default_factory=list)

    def endpoint(self, endpoint_id: str) -> Endpoint:
        # Renderers look up every endpoint of every resource: a scan each time
        # made rendering quadratic (seconds at 4,000 requests). Positions are
        # remembered for the last list seen and checked on every hit, so a
        # changed or replaced list can never return a wrong endpoint.
        endpoints = self.endpoints
        global _positions
        key, positions = _positions
        if key != (id(endpoints), len(endpoints)):
            positions = {}
            for index, e in enumerate(endpoints):
                positions.setdefault(e.id, index)
            _positions = ((id(endpoints), len(endpoints)), positions)
        found = positions.get(endpoint_id)
        if found is not None and endpoints[found].id == endpoint_id:
            return endpoints[found]
        for e in endpoints:  # the list changed in place since: scan
            if e.id == endpoint_id:
                return e
        raise KeyError(endpoint_id)

    def model(self, name: str) -> ModelDef:
        for m in self.models:
            if m.name == name:
                return m
        raise KeyError(name)


# Api.endpoint's index: ((id of the endpoint list, its length), id -> position).
_positions: tuple[tuple[int, int], dict[str, int]] = ((0, -1), {})

Resource.model_rebuild()
