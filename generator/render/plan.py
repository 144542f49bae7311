"""Which files the generated project has, and what each template gets.

``render_files`` returns ``{relative path: source text}`` (unformatted); the
format stage then makes it black/ruff clean.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from generator.config import Target
from generator.model.api import Api, AuthScheme, Endpoint
from generator.render.filters import literal
from generator.render.views import MethodView, ResourceView, all_resources, method_view, resource_view


@dataclass
class Credential:
    name: str
    env: str
    doc: str


@dataclass
class SchemeView:
    id: str
    condition: str
    headers: str
    query: str


@dataclass
class ClientView:
    credentials: list[Credential] = field(default_factory=list)
    schemes: list[SchemeView] = field(default_factory=list)
    scheme_ids: list[str] = field(default_factory=list)
    base_urls: list[tuple[str, str]] = field(default_factory=list)
    missing_message: str = ""


_CREDENTIAL_DOCS = {
    "api_key": "API key.",
    "bearer_token": "Bearer token (for example a user JWT or an OAuth access token).",
    "username": "User name for HTTP basic auth.",
    "password": "Password for HTTP basic auth.",
}


def _scheme_view(scheme: AuthScheme) -> SchemeView | None:
    if scheme.kind == "apikey":
        arg = scheme.client_args[0]
        pair = f"{{{literal(scheme.param_name)}: self.{arg}}}"
        in_query = scheme.location == "query"
        return SchemeView(
            scheme.id, f"self.{arg}", "{}" if in_query else pair, pair if in_query else "{}"
        )
    if scheme.kind in ("bearer", "oauth2"):
        return SchemeView(
            scheme.id,
            "self.bearer_token",
            '{"Authorization": f"Bearer {self.bearer_token}"}',
            "{}",
        )
    if scheme.kind == "basic":
        return SchemeView(
            scheme.id,
            "self.username is not None and self.password is not None",
            '{"Authorization": _basic(self.username, self.password)}',
            "{}",
        )
    return None


def client_view(api: Api) -> ClientView:
    view = ClientView()
    seen: set[str] = set()
    for scheme in api.auth_schemes:
        for arg in scheme.client_args:
            if arg not in seen:
                seen.add(arg)
                doc = _CREDENTIAL_DOCS.get(arg, "Credential.")
                if scheme.kind == "apikey":
                    doc = f"API key, sent in the ``{scheme.param_name}`` {scheme.location}."
                view.credentials.append(Credential(arg, f"{api.env_prefix}_{arg.upper()}", doc))
        scheme_view = _scheme_view(scheme)
        if scheme_view is not None:
            view.schemes.append(scheme_view)
            view.scheme_ids.append(scheme.id)
    envs = ", ".join(c.env for c in view.credentials) or "none"
    names = ", ".join(c.name for c in view.credentials) or "credentials"
    view.missing_message = (
        f"This endpoint needs credentials: pass {names} to the client "
        f"or set one of these environment variables: {envs}."
    )
    others: dict[str, str] = {}
    for endpoint in api.endpoints:
        if endpoint.base_url_variable:
            others.setdefault(endpoint.base_url_variable, endpoint.base_url)
    view.base_urls = sorted(others.items())
    return view


@dataclass
class ReadmeEndpoint:
    name: str
    method: str
    path: str
    snippet: str


@dataclass
class ReadmeSection:
    title: str
    endpoints: list[ReadmeEndpoint]


def _snippet(api: Api, endpoint: Endpoint, method: MethodView) -> str:
    args = [literal(p.example or p.python_name) for p in endpoint.path_params if p.default is None]
    for arg in method.keyword:
        if arg.default is None:
            args.append(f"{arg.name}=...")
    chain = ".".join(["client", *endpoint.resource, endpoint.function])
    call = f"{chain}({', '.join(args)})"
    if method.uses_page:
        return f"for item in {call}:\n    print(item)"
    if method.returns == "None":
        return call
    return f"result = {call}"


def readme_sections(api: Api) -> list[ReadmeSection]:
    sections: list[ReadmeSection] = []
    groups = [("Client", api.root)] + [(r.name or r.class_name, r) for r in all_resources(api.root)]
    for title, resource in groups:
        entries = []
        for endpoint_id in resource.endpoints:
            endpoint = api.endpoint(endpoint_id)
            entries.append(
                ReadmeEndpoint(
                    endpoint.name or endpoint.function,
                    endpoint.method,
                    endpoint.path,
                    _snippet(api, endpoint, method_view(endpoint)),
                )
            )
        if entries:
            sections.append(ReadmeSection(title, entries))
    return sections


def render_files(api: Api, target: Target, env: jinja2.Environment) -> dict[str, str]:
    package = Path(api.package)
    client = client_view(api)
    common = {
        "api": api,
        "target": target,
        "client": client,
        "project_name": target.project_name or api.package.replace("_", "-"),
    }

    def render(template: str, **extra: object) -> str:
        return env.get_template(template).render(**common, **extra)

    files: dict[str, str] = {}
    for name in ("__init__", "_client", "_base_client", "_exceptions", "_types", "_resource",
                 "_version", "pagination"):
        extra = {"root": resource_view(api, api.root)} if name == "_client" else {}
        files[str(package / f"{name}.py")] = render(f"package/{name}.py.jinja", **extra)
    files[str(package / "py.typed")] = ""
    files[str(package / "resources" / "__init__.py")] = render("package/resources/__init__.py.jinja")
    for resource in all_resources(api.root):
        view: ResourceView = resource_view(api, resource)
        files[str(package / "resources" / f"{resource.module}.py")] = render(
            "package/resources/resource.py.jinja", view=view
        )
    files[str(package / "types" / "__init__.py")] = render("package/types/__init__.py.jinja")
    files[str(package / "types" / "models.py")] = render("package/types/models.py.jinja")
    files["pyproject.toml"] = render("project/pyproject.toml.jinja")
    files["README.md"] = render("project/README.md.jinja", readme_sections=readme_sections(api))
    return files
