"""The overrides file: what examples cannot tell, written down once per target.

A TOML file (format in ``OVERRIDES.md``) can rename models, set field types
and required-ness, declare enums, set an endpoint's request/response types,
and rename methods and resources. It is applied after every inference, so it
survives regeneration; an entry that no longer matches anything gives a
warning naming the entry, and a malformed file stops the run with one line.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from generator.diagnostics import Diagnostic, GeneratorError
from generator.infer.names import field_python_names
from generator.infer.typesyntax import TypeSyntaxError, parse_type
from generator.infer.usage import model_users, response_for
from generator.model.api import Api, Endpoint, Resource
from generator.model.types import ModelDef, ModelField, TypeRef
from generator.naming import class_name, python_name

# -- the file's schema ------------------------------------------------------------


class _Section(BaseModel):
    # strict: TOML has real booleans, so "yes" for a bool is a mistake, not a value.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class EnumSpec(_Section):
    values: list[str] = Field(min_length=1)
    description: str = ""


class FieldSpec(_Section):
    type: str | None = None
    required: bool | None = None
    description: str | None = None


class ModelSpec(_Section):
    declare: bool = False  # a model the examples never show: every field needs a type
    rename: str | None = None
    description: str | None = None
    fields: dict[str, FieldSpec] = Field(default_factory=dict)


class EndpointSpec(_Section):
    function: str | None = None
    request: str | None = None
    responses: dict[str, str] = Field(default_factory=dict)


class ResourceSpec(_Section):
    python_name: str


class OverridesFile(_Section):
    enums: dict[str, EnumSpec] = Field(default_factory=dict)
    models: dict[str, ModelSpec] = Field(default_factory=dict)
    endpoints: dict[str, EndpointSpec] = Field(default_factory=dict)
    resources: dict[str, ResourceSpec] = Field(default_factory=dict)


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")


def key_path(*parts: str) -> str:
    """A TOML-style key for messages: ``endpoints."GET /v3/x".responses``."""
    return ".".join(p if _BARE_KEY.match(p) else json.dumps(p) for p in parts)


@dataclass(frozen=True)
class Overrides:
    """A checked overrides file; ``source`` names it in messages."""

    source: str
    spec: OverridesFile

    @classmethod
    def from_dict(cls, data: object, source: str = "overrides") -> Overrides:
        try:
            spec = OverridesFile.model_validate(data)
        except ValidationError as exc:
            error = exc.errors()[0]
            where = key_path(*(str(p) for p in error["loc"])) or None
            raise GeneratorError(error["msg"], source=source, where=where) from None
        overrides = cls(source, spec)
        overrides._check()
        return overrides

    def declared_names(self) -> set[str]:
        """Class names the file gives: enums, declared models and rename targets."""
        models = self.spec.models
        given = {m.rename for m in models.values() if m.rename}
        given |= {name for name, m in models.items() if m.declare}
        return set(self.spec.enums) | given

    def types(self) -> Iterator[tuple[str, str]]:
        """Every (key path, type text) in the file."""
        for name, model in self.spec.models.items():
            for wire, spec in model.fields.items():
                if spec.type is not None:
                    yield key_path("models", name, "fields", wire, "type"), spec.type
        for key, endpoint in self.spec.endpoints.items():
            if endpoint.request is not None:
                yield key_path("endpoints", key, "request"), endpoint.request
            for status, text in endpoint.responses.items():
                yield key_path("endpoints", key, "responses", status), text

    def _error(self, where: str, message: str) -> GeneratorError:
        return GeneratorError(message, source=self.source, where=where)

    def _check_declared(self, name: str, model: ModelSpec) -> None:
        if class_name(name) != name:
            raise self._error(key_path("models", name), "not a valid class name")
        if name in self.spec.enums:
            raise self._error(key_path("models", name), f"{name!r} is given to two types")
        if model.rename is not None:
            where = key_path("models", name, "rename")
            raise self._error(where, "a declared model is named by its key: no rename")
        for wire, field_spec in model.fields.items():
            if field_spec.type is None:
                where = key_path("models", name, "fields", wire)
                raise self._error(where, "a field of a declared model needs a type")

    def _check(self) -> None:
        """What the schema cannot say: names are valid, types parse, no clashes."""
        spec = self.spec
        for name, enum in spec.enums.items():
            if class_name(name) != name:
                raise self._error(key_path("enums", name), "not a valid class name")
            if len(set(enum.values)) != len(enum.values):
                raise self._error(key_path("enums", name, "values"), "values repeat")
        targets: dict[str, str] = {}
        for name, model in spec.models.items():
            if model.declare:
                self._check_declared(name, model)
            if model.rename is None:
                continue
            where = key_path("models", name, "rename")
            if class_name(model.rename) != model.rename:
                raise self._error(where, f"{model.rename!r} is not a valid class name")
            if model.rename in spec.enums or model.rename in targets:
                raise self._error(where, f"{model.rename!r} is given to two types")
            targets[model.rename] = name
        for key, endpoint in spec.endpoints.items():
            function = endpoint.function
            if function is not None and python_name(function) != function:
                where = key_path("endpoints", key, "function")
                raise self._error(where, f"{function!r} is not a valid method name")
            for status in endpoint.responses:
                # isascii: "²".isdigit() is true, but int() rejects it.
                if not (status.isascii() and status.isdigit() and 100 <= int(status) <= 599):
                    where = key_path("endpoints", key, "responses", status)
                    raise self._error(where, "not an HTTP status code")
        for key, resource in spec.resources.items():
            if python_name(resource.python_name) != resource.python_name:
                where = key_path("resources", key, "python_name")
                raise self._error(where, f"{resource.python_name!r} is not a valid attribute name")
        for where, text in self.types():
            try:
                parse_type(text)
            except TypeSyntaxError as exc:
                raise self._error(where, f"bad type {text!r}: {exc}") from None


def load_overrides(path: Path) -> Overrides:
    """Read and check an overrides file; any problem is a ``GeneratorError``."""
    source = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GeneratorError("overrides file not found", source=source) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GeneratorError(f"cannot read overrides: {exc}", source=source) from None
    except tomllib.TOMLDecodeError as exc:
        raise GeneratorError(f"invalid TOML: {exc}", source=source) from None
    return Overrides.from_dict(data, source)


# -- applying ---------------------------------------------------------------------


def _stale(overrides: Overrides, where: str, what: str) -> Diagnostic:
    return Diagnostic("warning", f"{overrides.source}: {where}", f"{what} matches nothing")


def matching_endpoints(api: Api, key: str) -> list[Endpoint]:
    """Endpoints an ``[endpoints]`` key names: by id (``GET /v3/x``), else by request name."""
    by_id = [e for e in api.endpoints if e.id == key]
    return by_id or [e for e in api.endpoints if e.name == key]


def rename_models(ref: TypeRef, renames: dict[str, str]) -> TypeRef:
    if ref.kind == "model" and ref.name in renames:
        return TypeRef.model(renames[ref.name])
    if not ref.args:
        return ref
    args = tuple(rename_models(a, renames) for a in ref.args)
    return TypeRef.union_of(*args) if ref.kind == "union" else ref.model_copy(update={"args": args})


class _TypeApplier:
    def __init__(self, api: Api, overrides: Overrides) -> None:
        self.api = api
        self.overrides = overrides
        self.diagnostics: list[Diagnostic] = []
        self.renames: dict[str, str] = {}

    def warn(self, where: str, message: str) -> None:
        self.diagnostics.append(Diagnostic("warning", f"{self.overrides.source}: {where}", message))

    def type_of(self, where: str, text: str) -> TypeRef | None:
        """The parsed type with renamed models followed; None (and a warning) when it
        names a type that does not exist."""
        ref = rename_models(parse_type(text), self.renames)
        known = {m.name for m in self.api.models}
        missing = sorted(ref.model_names() - known)
        if missing:
            self.warn(where, f"unknown type {', '.join(missing)}: override skipped")
            return None
        return ref

    def run(self) -> list[Diagnostic]:
        spec = self.overrides.spec
        self.api.models.extend(
            ModelDef(name=name, kind="enum", description=e.description, enum_values=e.values)
            for name, e in spec.enums.items()
        )
        declared = [(n, m) for n, m in spec.models.items() if m.declare]
        self.api.models.extend(
            ModelDef(name=name, description=m.description or "") for name, m in declared
        )
        self._renames()
        for name, model_spec in spec.models.items():
            model = self._model(self.renames.get(name, name))
            if model is None:
                continue
            if model_spec.declare:
                self._declared_fields(name, model, model_spec)
            else:
                self._model_spec(name, model, model_spec)
        for key, endpoint_spec in spec.endpoints.items():
            if endpoint_spec.request is not None or endpoint_spec.responses:
                self._endpoint_spec(key, endpoint_spec)
        self._unused([*spec.enums, *(name for name, _ in declared)])
        return self.diagnostics

    def _model(self, name: str) -> ModelDef | None:
        return next((m for m in self.api.models if m.name == name and m.kind == "object"), None)

    def _renames(self) -> None:
        for name, model_spec in self.overrides.spec.models.items():
            if model_spec.declare:
                continue
            model = self._model(name)
            if model is None:
                self.diagnostics.append(
                    _stale(self.overrides, key_path("models", name), f"model {name}")
                )
            elif model_spec.rename is not None:
                self.renames[name] = model_spec.rename
        if not self.renames:
            return
        for model in self.api.models:
            model.name = self.renames.get(model.name, model.name)
            for item in model.fields:
                item.type = rename_models(item.type, self.renames)
        for endpoint in self.api.endpoints:
            if endpoint.body is not None and endpoint.body.type is not None:
                endpoint.body.type = rename_models(endpoint.body.type, self.renames)
            for response in endpoint.responses:
                if response.type is not None:
                    response.type = rename_models(response.type, self.renames)

    def _model_spec(self, name: str, model: ModelDef, spec: ModelSpec) -> None:
        if spec.description is not None:
            model.description = spec.description
        by_wire = {f.name: f for f in model.fields}
        for wire, field_spec in spec.fields.items():
            where = key_path("models", name, "fields", wire)
            found = by_wire.get(wire)
            if found is None:
                self.diagnostics.append(
                    _stale(self.overrides, where, f"field {wire!r} of {model.name}")
                )
            else:
                self._field_spec(where, found, field_spec)

    def _declared_fields(self, name: str, model: ModelDef, spec: ModelSpec) -> None:
        wires = list(spec.fields)
        for wire, py in zip(wires, field_python_names(wires), strict=True):
            item = ModelField(name=wire, python_name=py, type=TypeRef(kind="any"), required=False)
            where = key_path("models", name, "fields", wire)
            self._field_spec(where, item, spec.fields[wire])
            if item.evidence == "override":  # its type resolved
                model.fields.append(item)

    def _field_spec(self, where: str, item: ModelField, spec: FieldSpec) -> None:
        if spec.type is not None:
            ref = self.type_of(f"{where}.type", spec.type)
            if ref is not None:
                item.type = ref
                item.evidence = "override"
        if spec.required is not None:
            item.required = spec.required
        if not item.required:
            item.type = item.type.optional()  # an optional field may always be None
        if spec.description is not None:
            item.description = spec.description

    def _endpoint_spec(self, key: str, spec: EndpointSpec) -> None:
        endpoints = matching_endpoints(self.api, key)
        if not endpoints:
            self.diagnostics.append(
                _stale(self.overrides, key_path("endpoints", key), f"endpoint {key!r}")
            )
            return
        for endpoint in endpoints:
            if spec.request is not None:
                where = key_path("endpoints", key, "request")
                ref = self.type_of(where, spec.request)
                if endpoint.body is None:
                    self.diagnostics.append(
                        _stale(self.overrides, where, f"the body of {endpoint.id}")
                    )
                elif ref is not None:
                    endpoint.body.type = ref
            for status, text in spec.responses.items():
                ref = self.type_of(key_path("endpoints", key, "responses", status), text)
                if ref is not None:
                    response_for(endpoint, int(status)).type = ref

    def _unused(self, names: list[str]) -> None:
        """Warn about enums and declared models no endpoint reaches."""
        users = model_users(self.api)
        for name in names:
            if name not in users:
                section = "enums" if name in self.overrides.spec.enums else "models"
                where = key_path(section, name)
                self.warn(where, f"{name} is used by no field or endpoint: it matches nothing")


def apply_type_overrides(api: Api, overrides: Overrides) -> list[Diagnostic]:
    """Apply enums, model renames, field settings and endpoint types (in that order)."""
    return _TypeApplier(api, overrides).run()


# -- naming overrides (applied by the builder) ---------------------------------------


def _resources(root: Resource) -> Iterator[tuple[tuple[str, ...], Resource]]:
    """Every folder resource with its attribute chain from the client."""
    stack: list[tuple[tuple[str, ...], Resource]] = [((), root)]
    while stack:
        chain, resource = stack.pop()
        for child in resource.children:
            child_chain = (*chain, child.python_name)
            yield child_chain, child
            stack.append((child_chain, child))


def apply_naming_overrides(api: Api, overrides: Overrides) -> tuple[Api, list[Diagnostic]]:
    """Rename methods (``endpoints.<key>.function``) and resource attributes
    (``resources.<folder name or dotted attribute chain>.python_name``), in place."""
    diagnostics: list[Diagnostic] = []
    for key, spec in overrides.spec.endpoints.items():
        if spec.function is None:
            continue
        endpoints = matching_endpoints(api, key)
        if not endpoints:
            diagnostics.append(_stale(overrides, key_path("endpoints", key), f"endpoint {key!r}"))
        for endpoint in endpoints:
            _rename_function(api, overrides, key, endpoint, spec.function)
    for key, resource_spec in overrides.spec.resources.items():
        found = [(c, r) for c, r in _resources(api.root) if key in (r.name, ".".join(c))]
        if not found:
            diagnostics.append(_stale(overrides, key_path("resources", key), f"resource {key!r}"))
        for chain, resource in sorted(found, key=lambda f: f[0]):
            _rename_resource(api, overrides, key, chain, resource, resource_spec.python_name)
    return api, diagnostics


def _rename_function(
    api: Api, overrides: Overrides, key: str, endpoint: Endpoint, function: str
) -> None:
    for other in api.endpoints:
        if other is not endpoint and other.resource == endpoint.resource:
            if other.function == function:
                where = key_path("endpoints", key, "function")
                raise GeneratorError(
                    f"{function!r} is already the method of {other.id}",
                    source=overrides.source,
                    where=where,
                )
    endpoint.function = function


def _rename_resource(
    api: Api, overrides: Overrides, key: str, chain: tuple[str, ...], resource: Resource, new: str
) -> None:
    parent_chain = chain[:-1]
    siblings = [r for c, r in _resources(api.root) if c[:-1] == parent_chain and r is not resource]
    if new in {r.python_name for r in siblings}:
        where = key_path("resources", key, "python_name")
        raise GeneratorError(
            f"{new!r} is already a resource there", source=overrides.source, where=where
        )
    depth = len(chain) - 1
    for endpoint in api.endpoints:
        if tuple(endpoint.resource[: depth + 1]) == chain:
            endpoint.resource[depth] = new
    resource.python_name = new
