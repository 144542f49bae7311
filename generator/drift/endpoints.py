"""Comparing one endpoint of the old API with its counterpart in the new one:
name and place, parameters, auth, request body, response."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.drift import symbols
from generator.drift.bodies import covers, diff_bodies
from generator.drift.changes import Change, Level
from generator.drift.fields import FieldInfo, FieldPath, request_fields, response_fields
from generator.drift.similar import pair_renames
from generator.model.api import Api, AuthScheme, Endpoint, Param
from generator.model.types import ModelDef

_PATH_PARAM = re.compile(r"\{([^}]*)\}")


@dataclass(frozen=True)
class Side:
    """One API with what the comparison needs about it, computed once."""

    api: Api
    models: dict[str, ModelDef]
    typed: bool

    def scheme(self, scheme_id: str) -> AuthScheme | None:
        return next((s for s in self.api.auth_schemes if s.id == scheme_id), None)


def normalized_path(path: str) -> str:
    """``/v3/devices/{device_id}`` and ``/v3/devices/{id}`` are the same route."""
    return _PATH_PARAM.sub("{}", path)


class EndpointDiff:
    def __init__(self, old: Side, new: Side, before: Endpoint, after: Endpoint) -> None:
        self.old, self.new = old, new
        self.before, self.after = before, after
        self.out: list[Change] = []

    def add(
        self,
        level: Level,
        kind: str,
        message: str,
        symbol: str | None = None,
        old: str | None = None,
        new: str | None = None,
    ) -> None:
        self.out.append(
            Change(
                level,
                kind,
                self.after.id,
                symbol or symbols.any_call(self.after),
                message,
                old,
                new,
            )
        )

    def run(self) -> list[Change]:
        self.identity()
        self.params()
        self.auth()
        self.body()
        self.response()
        return self.out

    # -- the method itself ------------------------------------------------------------
    def identity(self) -> None:
        b, a = self.before, self.after
        old_symbol, new_symbol = symbols.call(b), symbols.call(a)
        if old_symbol != new_symbol:
            self.add(
                "breaking",
                "endpoint-renamed",
                "method renamed",
                new_symbol,
                old_symbol,
                new_symbol,
            )
        if b.method != a.method:
            self.add(
                "breaking",
                "endpoint-method-changed",
                "HTTP method changed",
                old=b.method,
                new=a.method,
            )
        old_route = f"{b.base_url_variable or ''}{normalized_path(b.path)}"
        new_route = f"{a.base_url_variable or ''}{normalized_path(a.path)}"
        if old_route != new_route:
            self.add(
                "breaking",
                "endpoint-path-changed",
                "path changed",
                old=_host_path(b),
                new=_host_path(a),
            )
        if b.name.strip() != a.name.strip() and old_symbol == new_symbol:
            self.add("docs-only", "endpoint-title-changed", "title changed", old=b.name, new=a.name)
        if b.description.strip() != a.description.strip():
            self.add("docs-only", "endpoint-description-changed", "description changed")

    # -- parameters -------------------------------------------------------------------
    def params(self) -> None:
        pairs, removed, added = _match_params(self.before, self.after, self.old, self.new)
        for p in removed:
            self.add(
                "breaking",
                "param-removed",
                f"{p.location} parameter `{p.name}` removed",
                symbols.param_symbol(self.before, p.python_name),
            )
        for p in added:
            state = "required" if p.required else "optional"
            level: Level = "breaking" if p.required else "non-breaking"
            self.add(
                level,
                "param-added",
                f"{state} {p.location} parameter `{p.name}` added",
                symbols.param_symbol(self.after, p.python_name),
            )
        for b, a in pairs:
            self.param(b, a)

    def param(self, b: Param, a: Param) -> None:
        symbol = symbols.param_symbol(self.after, a.python_name)
        if (b.name, b.python_name) != (a.name, a.python_name):
            self.add(
                "breaking",
                "param-renamed",
                f"{a.location} parameter renamed",
                symbol,
                # What callers type: the Python name, or the wire name when only it changed.
                b.python_name if b.python_name != a.python_name else b.name,
                a.python_name if b.python_name != a.python_name else a.name,
            )
        old_kinds, new_kinds = _param_kinds(b, self.old), _param_kinds(a, self.new)
        if old_kinds != new_kinds:
            widened = covers(new_kinds, old_kinds)  # parameters are input
            self.add(
                "non-breaking" if widened else "breaking",
                "param-type-changed",
                f"{a.location} parameter `{a.name}` type changed",
                symbol,
                _param_display(b),
                _param_display(a),
            )
        if b.required != a.required:
            state = "required" if a.required else "optional"
            self.add(
                "breaking" if a.required else "non-breaking",
                "param-required-changed",
                f"{a.location} parameter `{a.name}` is now {state}",
                symbol,
            )
        if b.default != a.default:
            self.add(
                "non-breaking",
                "param-default-changed",
                f"{a.location} parameter `{a.name}` default changed",
                symbol,
                b.default,
                a.default,
            )
        if b.description.strip() != a.description.strip():
            self.add(
                "docs-only",
                "param-description-changed",
                f"{a.location} parameter `{a.name}` description changed",
                symbol,
            )

    # -- auth -------------------------------------------------------------------------
    def auth(self) -> None:
        before = [_scheme_text(self.old.scheme(i), i) for i in self.before.auth]
        after = [_scheme_text(self.new.scheme(i), i) for i in self.after.auth]
        if before == after:
            return
        # Dropping auth keeps old calls working; any new or different credential does not.
        level: Level = "non-breaking" if not after else "breaking"
        self.add(
            level,
            "endpoint-auth-changed",
            "authentication changed",
            old=" or ".join(before) or "none",
            new=" or ".join(after) or "none",
        )

    # -- bodies -----------------------------------------------------------------------
    def body(self) -> None:
        b, a = self.before.body, self.after.body
        body_symbol = symbols.call(self.after, "body=...")
        if b is None and a is None:
            return
        if b is None or a is None:
            if a is None:
                self.add(
                    "breaking",
                    "request-body-removed",
                    "request body removed",
                    symbols.call(self.before, "body=..."),
                )
            else:
                level: Level = "breaking" if a.required else "non-breaking"
                state = "required" if a.required else "optional"
                self.add(level, "request-body-added", f"{state} request body added", body_symbol)
            return
        if b.mode != a.mode:
            self.add(
                "breaking",
                "request-body-changed",
                "request body format changed",
                body_symbol,
                b.mode,
                a.mode,
            )
            return
        if b.required != a.required:
            self.add(
                "breaking" if a.required else "non-breaking",
                "request-body-required-changed",
                "request body is now " + ("required" if a.required else "optional"),
                body_symbol,
            )
        old_fields = request_fields(self.before, self.old.models, self.old.typed)
        new_fields = request_fields(self.after, self.new.models, self.new.typed)

        def symbol(path: FieldPath, info: FieldInfo) -> str:
            return symbols.request_field_symbol(self.after, path)

        self.out += diff_bodies(old_fields, new_fields, "request", symbol, self.after.id)

    def response(self) -> None:
        old_fields = response_fields(self.before, self.old.models, self.old.typed)
        new_fields = response_fields(self.after, self.new.models, self.new.typed)
        typed = old_fields.typed and new_fields.typed

        def symbol(path: FieldPath, info: FieldInfo) -> str:
            return symbols.response_field_symbol(self.after, info.python_path, typed)

        self.out += diff_bodies(old_fields, new_fields, "response", symbol, self.after.id)


def _host_path(endpoint: Endpoint) -> str:
    host = f"{{{{{endpoint.base_url_variable}}}}}" if endpoint.base_url_variable else ""
    return f"{endpoint.method} {host}{endpoint.path}"


def _scheme_text(scheme: AuthScheme | None, scheme_id: str) -> str:
    if scheme is None:
        return scheme_id
    if scheme.kind == "apikey":
        return f"API key in {scheme.location} `{scheme.param_name}`"
    return {
        "bearer": "bearer token",
        "oauth2": "OAuth 2 bearer token",
        "basic": "HTTP basic auth",
    }.get(scheme.kind, scheme.postman_type)


def _param_kinds(param: Param, side: Side) -> frozenset[str]:
    variants = param.type.args if param.type.kind == "union" else (param.type,)
    kinds = set()
    for v in variants:
        model = side.models.get(v.name or "") if v.kind == "model" else None
        kinds.add(("enum" if model.kind == "enum" else "object") if model else v.kind)
    # A repeated query key is a list on the Python side.
    return frozenset({"list"} if param.repeated else kinds)


def _param_display(param: Param) -> str:
    text = param.type.annotation()
    return f"list[{text}]" if param.repeated else text


def _param_key(param: Param) -> tuple[str, str]:
    # Header names are case-insensitive on the wire.
    return (param.location, param.name.lower() if param.location == "header" else param.name)


def _path_order(endpoint: Endpoint) -> list[Param]:
    by_name = {p.python_name: p for p in endpoint.path_params}
    ordered = [by_name[n] for n in _PATH_PARAM.findall(endpoint.path) if n in by_name]
    return ordered + [p for p in endpoint.path_params if p not in ordered]


def _match_params(
    before: Endpoint, after: Endpoint, old: Side, new: Side
) -> tuple[list[tuple[Param, Param]], list[Param], list[Param]]:
    """(pairs, removed, added). Path parameters pair by position (renaming
    ``{id}`` to ``{device_id}`` keeps the route); the others by location and wire
    name, then by similar name and same type (a rename)."""
    pairs: list[tuple[Param, Param]] = []
    removed: list[Param] = []
    added: list[Param] = []
    old_path, new_path = _path_order(before), _path_order(after)
    if normalized_path(before.path) == normalized_path(after.path):
        pairs += list(zip(old_path, new_path, strict=False))
        removed += old_path[len(new_path) :]
        added += new_path[len(old_path) :]
        rest_old = [p for p in before.params if p.location != "path"]
        rest_new = [p for p in after.params if p.location != "path"]
    else:
        rest_old, rest_new = list(before.params), list(after.params)
    new_by_key = {_param_key(p): p for p in rest_new}
    unmatched_old: list[Param] = []
    for p in rest_old:
        twin = new_by_key.pop(_param_key(p), None)
        if twin is None:
            unmatched_old.append(p)
        else:
            pairs.append((p, twin))
    unmatched_new = [p for p in rest_new if _param_key(p) in new_by_key]

    def compatible(b: Param, a: Param) -> bool:
        return b.location == a.location and _param_kinds(b, old) == _param_kinds(a, new)

    renames = pair_renames(
        unmatched_old, unmatched_new, (lambda p: p.name, lambda p: p.name), compatible
    )
    pairs += renames
    removed += [p for p in unmatched_old if all(p is not b for b, _ in renames)]
    added += [p for p in unmatched_new if all(p is not a for _, a in renames)]
    return pairs, removed, added


def model_index(api: Api) -> dict[str, ModelDef]:
    return {m.name: m for m in api.models}
