"""Raw collection → intermediate endpoint model (``Api``).

The stage order: variables → walk the folder tree (auth inheritance) → one
draft per request → drafts merged into endpoints → resources and names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from generator.build.auth import effective_auth, merge_schemes, scheme_for
from generator.build.endpoints import build_endpoint
from generator.build.requests import Draft, make_draft
from generator.build.urls import base_url_name
from generator.build.variables import Variables
from generator.config import Target
from generator.diagnostics import Diagnostic
from generator.model.api import Api, AuthScheme, Endpoint, Resource, Variable
from generator.naming import Namespace, class_name, python_name
from generator.postman.raw import RawAuth, RawCollection, RawFolder, RawRequestItem

__all__ = ["build_api"]

# Attributes of the generated clients and resources that endpoints must not take.
CLIENT_RESERVED = frozenset(
    {
        "api_key", "bearer_token", "username", "password", "base_url", "base_urls",
        "timeout", "max_retries", "default_headers", "http_client", "with_options",
        "with_raw_response", "copy", "close", "request", "get_page", "auth_headers",
        "default_query", "is_closed",
    }
)


@dataclass
class _Walked:
    item: RawRequestItem
    folders: list[RawFolder]
    auth: RawAuth | None


def _walk(raw: RawCollection) -> list[_Walked]:
    """Requests in document order with their folder chain and effective auth.

    Iterative, so deeply nested exports cannot exhaust the Python stack."""
    out: list[_Walked] = []
    stack: list[tuple[list[RawFolder], list[RawAuth | None], list[object]]] = [
        ([], [raw.auth], list(reversed(raw.items)))
    ]
    while stack:
        folders, auths, pending = stack[-1]
        if not pending:
            stack.pop()
            continue
        node = pending.pop()
        if isinstance(node, RawFolder):
            stack.append(([*folders, node], [*auths, node.auth], list(reversed(node.items))))
        elif isinstance(node, RawRequestItem):
            auth = effective_auth([*auths, node.request.auth])
            out.append(_Walked(node, folders, auth))
    return out


def _variables(raw: RawCollection) -> Variables:
    scoped = list(raw.variables)
    stack: list[RawFolder] = [i for i in raw.items if isinstance(i, RawFolder)]
    while stack:
        folder = stack.pop()
        scoped.extend(folder.variables)
        stack.extend(i for i in folder.items if isinstance(i, RawFolder))
    return Variables(scoped)


def _group(drafts: list[Draft]) -> list[list[Draft]]:
    groups: dict[tuple[str, str, str], list[Draft]] = {}
    for draft in drafts:
        key = (draft.method, base_url_name(draft.url), draft.url.template_key)
        groups.setdefault(key, []).append(draft)
    return list(groups.values())


# Each resource module imports its children, so a deep tree is a deep chain of
# imports; past this depth, folders are merged into their ancestor (real
# collections nest a handful of levels).
MAX_RESOURCE_DEPTH = 50


class _ResourceBuilder:
    """Folders that hold endpoints → the resource tree, with all names decided."""

    def __init__(self) -> None:
        self.too_deep: list[str] = []  # locations of folders merged into an ancestor
        self.root = Resource(name="", python_name="", class_name="", module="")
        self._by_folder: dict[int, Resource] = {}
        self._parents: dict[int, Resource] = {}
        self._classes = Namespace({"Client", "AsyncClient", "Page", "SyncPage", "AsyncPage"})
        self._modules = Namespace({"__init__"})

    def resource_for(self, folders: list[RawFolder]) -> Resource:
        parent = self.root
        if len(folders) > MAX_RESOURCE_DEPTH:
            self.too_deep.append(folders[MAX_RESOURCE_DEPTH].where)
            folders = folders[:MAX_RESOURCE_DEPTH]
        for folder in folders:
            key = id(folder)
            if key not in self._by_folder:
                resource = Resource(
                    name=folder.name,
                    python_name="",
                    class_name="",
                    module="",
                    description=folder.description,
                )
                parent.children.append(resource)
                self._by_folder[key] = resource
                self._parents[id(resource)] = parent
            parent = self._by_folder[key]
        return parent

    def name_all(self, endpoints: dict[str, Endpoint], diagnostics: list[Diagnostic]) -> None:
        stack: list[tuple[Resource, str]] = [(self.root, "")]
        while stack:
            resource, prefix = stack.pop()
            attributes = Namespace(CLIENT_RESERVED)
            for child in resource.children:
                child.python_name = attributes.claim(python_name(child.name, "resource"))
                base = class_name(child.name, "Resource")
                if base in self._classes and prefix:
                    base = prefix + base
                # The class pair is {name}Resource and Async{name}Resource: a folder
                # "Async X" must not take the async name of a folder "X".
                child.class_name = self._classes.claim(base, companions=("Async{}",))
                child.module = self._modules.claim(python_name(child.class_name, "resource"))
            for endpoint_id in resource.endpoints:
                endpoint = endpoints[endpoint_id]
                fallback = python_name(f"{endpoint.method} {endpoint.path}", "call")
                wanted = python_name(endpoint.name, fallback) if endpoint.name.strip() else fallback
                endpoint.function = attributes.claim(wanted)
            for child in reversed(resource.children):
                stack.append((child, child.class_name))

    def set_chains(self, endpoints: dict[str, Endpoint]) -> None:
        stack: list[tuple[Resource, list[str]]] = [(self.root, [])]
        while stack:
            resource, chain = stack.pop()
            for endpoint_id in resource.endpoints:
                endpoints[endpoint_id].resource = chain
            for child in resource.children:
                stack.append((child, [*chain, child.python_name]))


def build_api(raw: RawCollection, target: Target) -> tuple[Api, list[Diagnostic]]:
    diagnostics: list[Diagnostic] = []
    variables = _variables(raw)
    walked = _walk(raw)
    drafts = [make_draft(w.item, w.folders, w.auth, variables) for w in walked]

    bases = Counter(base_url_name(d.url) for d in drafts)
    main_base = bases.most_common(1)[0][0] if bases else None
    main_resolved = next(
        (d.url.resolved_base for d in drafts if base_url_name(d.url) == main_base), ""
    )

    schemes = []
    schemes_by_auth: dict[int, AuthScheme] = {}  # id of a RawAuth of ``raw`` -> its scheme
    resources = _ResourceBuilder()
    endpoints: dict[str, Endpoint] = {}
    for group in _group(drafts):
        first = group[0]
        endpoint = build_endpoint(group)
        base_name = base_url_name(first.url)
        if base_name != main_base:
            endpoint.base_url_variable = base_name
        resolved = first.url.resolved_base
        endpoint.base_url = "" if "{{" in resolved else resolved
        if first.auth is not None:
            # Auth blocks are inherited: thousands of requests share a few of them.
            scheme = schemes_by_auth.get(id(first.auth))
            if scheme is None:
                scheme = schemes_by_auth[id(first.auth)] = scheme_for(first.auth)
            schemes.append(scheme)
            endpoint.auth = [scheme.id]
        if endpoint.id in endpoints:  # same method and path on another host
            endpoint.id = f"{endpoint.id} @{base_name}"
        endpoints[endpoint.id] = endpoint
        resources.resource_for(first.folders).endpoints.append(endpoint.id)

    if resources.too_deep:
        diagnostics.append(
            Diagnostic(
                "warning",
                resources.too_deep[0].split(".", 1)[0],
                f"folders nested deeper than {MAX_RESOURCE_DEPTH} levels "
                f"({len(resources.too_deep)} request(s)): their requests are put in the "
                f"folder at level {MAX_RESOURCE_DEPTH}",
            )
        )
    _prune_empty(resources.root)
    resources.name_all(endpoints, diagnostics)
    resources.set_chains(endpoints)

    api_variables = [
        Variable(
            name=v.key,
            value="" if v.key in variables.secret_names else (v.value or ""),
            description=v.description,
            secret=v.key in variables.secret_names,
        )
        for v in raw.variables
        if v.key
    ]
    api = Api(
        name=raw.name,
        description=raw.description,
        package=target.package,
        client_class=target.client_class,
        env_prefix=target.env_prefix,
        base_url="" if "{{" in main_resolved else main_resolved,
        base_url_variable=main_base if main_base and main_base in variables.values else None,
        variables=api_variables,
        auth_schemes=merge_schemes(schemes),
        root=resources.root,
        endpoints=list(endpoints.values()),
    )
    return api, diagnostics


def _prune_empty(root: Resource) -> None:
    """Drop folders with no endpoint anywhere below (empty folders in exports)."""
    order: list[Resource] = []
    stack = [root]
    while stack:
        resource = stack.pop()
        order.append(resource)
        stack.extend(resource.children)
    for resource in reversed(order):
        resource.children = [c for c in resource.children if c.endpoints or c.children]
