"""Which files the generated project has, and what each template gets.

``render_files`` returns ``{relative path: source text}`` (unformatted); the
format stage then makes it black/ruff clean.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from generator.config import Target
from generator.diagnostics import GeneratorError
from generator.model.api import Api, AuthScheme, Endpoint
from generator.naming import screaming_snake_case
from generator.render.filters import literal
from generator.render.testplan import render_test_files
from generator.render.views import (
    MethodView,
    ResourceView,
    all_resources,
    method_view,
    method_views_cached,
    resource_view,
)


@dataclass
class Credential:
    name: str
    env: str
    doc: str  # for docstrings (reST)
    sent_as: str = ""  # plain text for the README, e.g. "x-api-key header"


@dataclass
class SchemeView:
    id: str
    condition: str
    headers: str
    query: str


@dataclass
class BaseUrlView:
    key: str  # the collection variable, e.g. "dataGatewayUrl"
    default: str
    env: str | None  # e.g. "AKENZA_DATA_GATEWAY_URL"; None when that name is taken


@dataclass
class ClientView:
    credentials: list[Credential] = field(default_factory=list)
    schemes: list[SchemeView] = field(default_factory=list)
    scheme_ids: list[str] = field(default_factory=list)
    base_urls: list[BaseUrlView] = field(default_factory=list)
    missing_message: str = ""
    # Lower-case names of the headers credentials travel in (accepted from default_headers).
    auth_header_names: list[str] = field(default_factory=list)
    # Header/query names whose values the runtime masks in logs.
    secret_names: list[str] = field(default_factory=list)
    # Schemes the runtime cannot apply (oauth1, digest, ...): left to http_client.
    passthrough_ids: list[str] = field(default_factory=list)
    uses_basic: bool = False


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


def _by_use(api: Api) -> list[AuthScheme]:
    """Schemes most endpoints use first: the first credential is the client's
    positional argument (``Akenza(api_key)``) and the first fallback."""
    uses = Counter(scheme for endpoint in api.endpoints for scheme in endpoint.auth)
    order = {scheme.id: i for i, scheme in enumerate(api.auth_schemes)}
    return sorted(api.auth_schemes, key=lambda s: (-uses[s.id], order[s.id]))


def client_view(api: Api) -> ClientView:
    view = ClientView()
    seen: set[str] = set()
    secret_names: set[str] = set()
    header_names: set[str] = set()
    for scheme in _by_use(api):
        if scheme.kind == "apikey":
            secret_names.add(scheme.param_name.lower())
            if scheme.location == "header":
                header_names.add(scheme.param_name.lower())
        elif scheme.kind in ("bearer", "oauth2", "basic"):
            secret_names.add("authorization")
            header_names.add("authorization")
            view.uses_basic = view.uses_basic or scheme.kind == "basic"
        else:
            view.passthrough_ids.append(scheme.id)
        for arg in scheme.client_args:
            if arg not in seen:
                seen.add(arg)
                doc = _CREDENTIAL_DOCS.get(arg, "Credential.")
                sent_as = "Authorization header"
                if scheme.kind == "apikey":
                    doc = f"API key, sent in the ``{scheme.param_name}`` {scheme.location}."
                    sent_as = f"{scheme.param_name} {scheme.location}"
                elif scheme.kind in ("bearer", "oauth2"):
                    sent_as = "Authorization: Bearer header"
                elif scheme.kind != "basic":
                    sent_as = f"not applied by the client ({scheme.postman_type} auth)"
                variable = f"{api.env_prefix}_{arg.upper()}"
                view.credentials.append(Credential(arg, variable, doc, sent_as))
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
    view.auth_header_names = sorted(header_names)
    view.secret_names = sorted(secret_names)
    taken = {c.env for c in view.credentials} | {
        f"{api.env_prefix}_BASE_URL",
        f"{api.env_prefix}_LOG",
    }
    others: dict[str, str] = {}
    for endpoint in api.endpoints:
        if endpoint.base_url_variable:
            others.setdefault(endpoint.base_url_variable, endpoint.base_url)
    for key, default in sorted(others.items()):
        name = f"{api.env_prefix}_{screaming_snake_case(key, 'URL')}"
        view.base_urls.append(BaseUrlView(key, default, None if name in taken else name))
        taken.add(name)
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


def _call(endpoint: Endpoint, method: MethodView, *, raw: bool = False) -> str:
    """``client.<resources>.<method>(<required arguments>)``, for examples."""
    args = [literal(p.example or p.python_name) for p in endpoint.path_params if p.default is None]
    for arg in method.keyword:
        if arg.default is None:
            args.append(f"{arg.name}=...")
    chain = ".".join(
        ["client", *endpoint.resource, *(["with_raw_response"] if raw else []), endpoint.function]
    )
    return f"{chain}({', '.join(args)})"


def _snippet(api: Api, endpoint: Endpoint, method: MethodView) -> str:
    call = _call(endpoint, method)
    if method.uses_page:
        return f"for item in {call}:\n    print(item)"
    if method.returns == "None":
        return call
    return f"result = {call}"


@dataclass
class UsageView:
    """Example calls of the README's "Client usage" section (None: no such endpoint)."""

    list_call: str | None  # a paginated list method
    get_call: str | None  # a plain call, for the raw-response example
    raw_get_call: str | None
    has_noauth: bool  # some endpoints send no credentials


def usage_view(api: Api) -> UsageView:
    list_call = get_call = raw_get_call = None
    # Examples use endpoints of the main credential, so they work with the README's client.
    primary = _by_use(api)[0].id if api.auth_schemes else None
    for endpoint in sorted(
        api.endpoints, key=lambda e: primary is not None and primary not in e.auth
    ):
        method = method_view(endpoint)
        if method.uses_page and list_call is None:
            list_call = _call(endpoint, method)
        elif not method.uses_page and method.returns != "None" and get_call is None:
            if endpoint.method == "GET":
                get_call = _call(endpoint, method)
                raw_get_call = _call(endpoint, method, raw=True)
    has_noauth = bool(api.auth_schemes) and any(not e.auth for e in api.endpoints)
    return UsageView(list_call, get_call, raw_get_call, has_noauth)


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


EXTENSION_SUFFIX = ".py.jinja"
# The runtime modules every generated package has (templates/package/<name>.py.jinja).
RUNTIME_MODULES = (
    "__init__",
    "_client",
    "_base_client",
    "_exceptions",
    "_types",
    "_resource",
    "_response",
    "_retries",
    "_logging",
    "_validation",
    "_bulk",
    "_version",
    "pagination",
)


@dataclass
class ExtensionView:
    module: str  # under <package>/lib/
    resource: str | None  # the attribute chain it extends, e.g. "device_data.backfilling"


def extension_templates(target: Target) -> dict[str, Path]:
    """The target's hand-written extension templates by module name.

    ``extensions`` in the config names a folder; each ``NAME.py.jinja`` in it is
    rendered (same context as the package templates: ``api``, ``target``,
    ``client``) into ``<package>/lib/NAME.py``. When NAME is the module of a
    resource, that module must define ``<Class>Extension`` and
    ``Async<Class>Extension`` (subclasses of the runtime's resource bases), and
    the generated resource classes inherit them: the helpers appear on
    ``client.<resource>``.
    """
    folder = target.extensions
    if folder is None:
        return {}
    if not folder.is_dir():
        raise GeneratorError("extensions folder not found", source=str(folder))
    found = sorted(folder.glob("*" + EXTENSION_SUFFIX))
    return {path.name[: -len(EXTENSION_SUFFIX)]: path for path in found}


def _resource_paths(api: Api) -> dict[str, str]:
    """Resource module -> attribute chain from the client (``device_data.backfilling``)."""
    paths: dict[str, str] = {}
    stack = [(child, child.python_name) for child in api.root.children]
    while stack:
        resource, chain = stack.pop()
        paths[resource.module] = chain
        stack.extend((c, f"{chain}.{c.python_name}") for c in resource.children)
    return paths


def _check_extension(text: str, module: str, class_name: str, source: Path) -> None:
    for name in (f"{class_name}Extension", f"Async{class_name}Extension"):
        if f"class {name}(" not in text:
            raise GeneratorError(
                f"extension {module!r} extends resource {class_name} but defines no class {name}",
                source=str(source),
            )


def render_files(api: Api, target: Target, env: jinja2.Environment) -> dict[str, str]:
    """Every file of the generated project, by path, as rendered (not yet formatted)."""
    return {
        **render_project_config(api, target, env),
        **render_package_files(api, target, env),
        **render_tests(api, target, env),
    }


def render_tests(api: Api, target: Target, env: jinja2.Environment) -> dict[str, str]:
    """The generated project's tests (see testplan.py)."""
    with method_views_cached():
        return render_test_files(api, target, env)


def render_package_files(api: Api, target: Target, env: jinja2.Environment) -> dict[str, str]:
    """The package and the README: everything but the tests and pyproject.toml."""
    with method_views_cached():
        return _package_files(api, target, env)


def render_project_config(api: Api, target: Target, env: jinja2.Environment) -> dict[str, str]:
    """The generated project's pyproject.toml: written first, as the formatters
    read their settings from it."""
    template = env.get_template("project/pyproject.toml.jinja")
    return {"pyproject.toml": template.render(**_common(api, target))}


def _common(api: Api, target: Target) -> dict[str, object]:
    templates = extension_templates(target)
    paths = _resource_paths(api)
    return {
        "api": api,
        "target": target,
        "client": client_view(api),
        "extensions": [ExtensionView(module, paths.get(module)) for module in templates],
        "project_name": target.project_name or api.package.replace("_", "-"),
    }


def _package_files(api: Api, target: Target, env: jinja2.Environment) -> dict[str, str]:
    package = Path(api.package)
    templates = extension_templates(target)
    common = _common(api, target)

    def render(template: str, **extra: object) -> str:
        return env.get_template(template).render(**common, **extra)

    files: dict[str, str] = {}
    for name in RUNTIME_MODULES:
        extra = {"root": resource_view(api, api.root)} if name == "_client" else {}
        files[str(package / f"{name}.py")] = render(f"package/{name}.py.jinja", **extra)
    files[str(package / "py.typed")] = ""

    rendered_extensions: dict[str, str] = {}
    for module, source in templates.items():
        try:
            template = env.from_string(source.read_text(encoding="utf-8"))
        except (OSError, jinja2.TemplateSyntaxError) as exc:
            raise GeneratorError(f"cannot load extension: {exc}", source=str(source)) from None
        rendered_extensions[module] = template.render(**common)
        files[str(package / "lib" / f"{module}.py")] = rendered_extensions[module]
    if templates:
        files[str(package / "lib" / "__init__.py")] = render("package/lib/__init__.py.jinja")

    files[str(package / "resources" / "__init__.py")] = render(
        "package/resources/__init__.py.jinja"
    )
    for resource in all_resources(api.root):
        extension = resource.module if resource.module in templates else None
        if extension is not None:
            _check_extension(
                rendered_extensions[extension], extension, resource.class_name, templates[extension]
            )
        view: ResourceView = resource_view(api, resource, extension)
        files[str(package / "resources" / f"{resource.module}.py")] = render(
            "package/resources/resource.py.jinja", view=view
        )
    files[str(package / "types" / "__init__.py")] = render("package/types/__init__.py.jinja")
    files[str(package / "types" / "models.py")] = render("package/types/models.py.jinja")
    files["README.md"] = render(
        "project/README.md.jinja", readme_sections=readme_sections(api), usage=usage_view(api)
    )
    return files
