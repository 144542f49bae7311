"""The generated project's tests: which files, and what each template gets.

``render_test_files`` is called by ``plan.render_files``. The tests live in
``tests/``: one module per resource (a test per saved example, or per endpoint
without examples), client-level tests (auth, pagination, retries), and
``test_over_http.py``, which runs every resource test again through a real
HTTP server with the sync and the async client.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import jinja2

from generator.config import Target
from generator.model.api import Api, Resource
from generator.naming import MAX_NAME_LENGTH, Namespace
from generator.render.testcalls import fake_credentials
from generator.render.testcases import Case, endpoint_cases
from generator.render.testclient import auth_view, pagination_view, retries_view
from generator.render.views import all_resources

TESTS_DIR = "tests"
ROOT_MODULE = "test_client_methods"  # endpoints outside any folder
FIXED_MODULES = frozenset(
    {
        ROOT_MODULE,
        "test_client_auth",
        "test_client_pagination",
        "test_client_retries",
        "test_over_http",
    }
)
_TYPING_IMPORTS = {"Any": "typing", "datetime": "datetime", "date": "datetime", "UUID": "uuid"}


@dataclass
class CaseModule:
    name: str  # file stem, e.g. "test_devices"
    title: str  # collection text (the folder name): the template escapes it
    cases: list[Case]
    types_imports: list[str] = field(default_factory=list)  # from <package>.types
    other_imports: list[tuple[str, str]] = field(default_factory=list)  # (module, name)

    @property
    def uses_pytest(self) -> bool:
        return any(c.raises or c.skip for c in self.cases)

    @property
    def uses_package(self) -> bool:
        return any(c.raises for c in self.cases)

    def support_imports(self) -> list[str]:
        used = " ".join(check for c in self.cases for check in c.checks)
        return ["FakeApi"] + [
            name for name in ("assert_parses", "assert_same", "page_of") if f"{name}(" in used
        ]


def _imports(module: CaseModule, model_names: set[str]) -> None:
    names = set().union(*(c.type_names for c in module.cases)) if module.cases else set()
    module.types_imports = sorted(n for n in names if n in model_names or n == "Page")
    module.other_imports = sorted(
        (_TYPING_IMPORTS[n], n) for n in names if n in _TYPING_IMPORTS and n not in model_names
    )


def case_modules(api: Api) -> list[CaseModule]:
    """One module per resource that has endpoints, in document order."""
    names = Namespace()  # unique across modules: test_over_http.py runs them all by name
    model_names = {m.name for m in api.models}
    # A test module named like the package (``test_x``) would shadow it in the tests.
    stems = Namespace(FIXED_MODULES | {api.package})
    groups: list[tuple[str, str, Resource]] = [(ROOT_MODULE, api.name, api.root)]
    groups += [
        (stems.claim(f"test_{r.module}"[:MAX_NAME_LENGTH]), r.name, r)
        for r in all_resources(api.root)
    ]
    modules: list[CaseModule] = []
    for stem, title, resource in groups:
        cases = [
            case
            for endpoint_id in resource.endpoints
            for case in endpoint_cases(api, api.endpoint(endpoint_id), names)
        ]
        if cases:
            module = CaseModule(stem, title, cases)
            _imports(module, model_names)
            modules.append(module)
    return modules


def render_test_files(api: Api, target: Target, env: jinja2.Environment) -> dict[str, str]:
    del target  # the tests depend on the API model only
    from generator.render.plan import client_view

    client = client_view(api)
    common = {"api": api}

    def render(template: str, **extra: object) -> str:
        return env.get_template(f"tests/{template}").render(**common, **extra)

    modules = case_modules(api)
    files = {
        f"{TESTS_DIR}/conftest.py": render("conftest.py.jinja"),
        f"{TESTS_DIR}/_support.py": render(
            "_support.py.jinja",
            credentials=fake_credentials(api),
            base_url_keys=[b.key for b in client.base_urls],
        ),
        f"{TESTS_DIR}/test_client_auth.py": render(
            "test_client_auth.py.jinja", view=auth_view(api)
        ),
        f"{TESTS_DIR}/test_client_pagination.py": render(
            "test_client_pagination.py.jinja", view=pagination_view(api)
        ),
        f"{TESTS_DIR}/test_client_retries.py": render(
            "test_client_retries.py.jinja", probe=retries_view(api)
        ),
        f"{TESTS_DIR}/test_over_http.py": render("test_over_http.py.jinja", modules=modules),
    }
    for module in modules:
        files[f"{TESTS_DIR}/{module.name}.py"] = render("test_resource.py.jinja", module=module)
    return files
