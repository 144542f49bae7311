"""The generation target: which collection, where to, under which names.

Read from ``[tool.postman-codegen]`` in ``pyproject.toml`` (or a file given
with ``--config``); command-line options override single settings. Paths are
relative to the config file's folder.
"""

from __future__ import annotations

import keyword
import re
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from generator.diagnostics import GeneratorError
from generator.naming import (
    RESERVED,
    RUNTIME_NAMES,
    class_name,
    pascal_case,
    screaming_snake_case,
    snake_case,
    words,
)


@dataclass(frozen=True)
class Target:
    collection: Path
    out: Path
    package: str
    client_class: str
    env_prefix: str
    overrides: Path | None = None
    # A folder of hand-written ``*.py.jinja`` files rendered into the package's
    # ``_extensions`` (see generator/render/plan.py); None: no extensions.
    extensions: Path | None = None
    upstream: str | None = None  # default source for `sync`; None when unknown
    project_name: str | None = None  # distribution name of the generated project
    version: str = "0.1.0"  # version of the generated package
    root: Path = Path(".")

    def with_changes(self, **changes: object) -> Target:
        return replace(self, **changes)  # type: ignore[arg-type]


# -- the names a target gives the generated project ------------------------------------
#
# Names the user sets (``package``, ``client-class``, ``env-prefix`` in the config,
# ``--package``) are checked and a bad one stops the run with one line naming the
# setting: silently generating ``my_api`` for ``My-API`` would surprise whoever
# then imports it. Names derived from the collection's file name are adjusted
# instead (``class`` -> ``class_client``), as every other derived name is.

_PACKAGE = re.compile(r"[a-z][a-z0-9_]*\Z")
_CLASS = re.compile(r"[A-Z][A-Za-z0-9_]*\Z")
_ENV_PREFIX = re.compile(r"[A-Z][A-Z0-9_]*\Z")
# PEP 508 project names and PEP 440 versions: what pip and setuptools accept.
_PROJECT_NAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\Z")
_VERSION = re.compile(
    r"""v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*
    (?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?[0-9]*)?
    (?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?
    (?:[-_.]?dev[-_.]?[0-9]*)?
    (?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?\Z""",
    re.VERBOSE | re.IGNORECASE | re.ASCII,
)
# Modules the generated code imports or sits next to: a package of that name
# would shadow them (``typing/`` in the project folder breaks ``import typing``).
_DEPENDENCIES = frozenset(
    "httpx httpcore h11 anyio sniffio certifi idna pydantic pydantic_core annotated_types "
    "typing_extensions typing_inspection pytest _pytest pluggy setuptools pkg_resources".split()
)
# The generated project's test folder, its helpers and its fixed test modules.
_PROJECT_NAMES = frozenset(
    "tests conftest test_client_methods test_client_auth test_client_pagination "
    "test_client_retries test_over_http".split()
)
# Names the client module defines or imports besides the client classes (which
# are ``X``, ``AsyncX``, ``XWithRawResponse`` and ``AsyncXWithRawResponse``).
_CLIENT_MODULE_NAMES = frozenset(
    "Mapping Sequence Self TYPE_CHECKING NOT_GIVEN DEFAULT_MAX_RETRIES DEFAULT_TIMEOUT "
    "DEFAULT_BASE_URL DEFAULT_BASE_URLS BASE_URL_ENV BASE_URL_ENVS".split()
)


def package_problem(name: str) -> str | None:
    """Why ``name`` cannot be the generated package's import name, or None."""
    if not _PACKAGE.match(name):
        return "is not a lower-case Python identifier (a-z, 0-9 and _, starting with a letter)"
    if keyword.iskeyword(name):
        return "is a Python keyword"
    if name in sys.stdlib_module_names or name in _DEPENDENCIES:
        return "would shadow the module of that name (standard library or a dependency)"
    if name in _PROJECT_NAMES:
        return "is the name of a file or folder of the generated project's tests"
    return None


def client_class_problem(name: str) -> str | None:
    """Why ``name`` cannot be the generated client's class name, or None."""
    if not _CLASS.match(name):
        return "is not a class name (A-Z, a-z, 0-9 and _, starting with an upper-case letter)"
    if keyword.iskeyword(name):
        return "is a Python keyword"
    taken = RESERVED | RUNTIME_NAMES | _CLIENT_MODULE_NAMES
    if name in taken or f"Async{name}" in taken:
        return "is a name the generated package already uses"
    if name.endswith(("Resource", "WithRawResponse")):
        return "ends like the generated resource classes ('Resource', 'WithRawResponse')"
    return None


def env_prefix_problem(name: str) -> str | None:
    """Why ``name`` cannot prefix the generated client's environment variables, or None."""
    if not _ENV_PREFIX.match(name):
        return "is not an upper-case name (A-Z, 0-9 and _, starting with a letter)"
    return None


def project_name_problem(name: str) -> str | None:
    if not _PROJECT_NAME.match(name):
        return "is not a project name (A-Z, a-z, 0-9, and . _ - between them)"
    return None


def version_problem(version: str) -> str | None:
    if not _VERSION.match(version):
        return "is not a version number (PEP 440: 1.0.0, 2.1rc1, ...)"
    return None


def _kebab_case(text: str) -> str:
    return snake_case(text, "client").replace("_", "-")


_CHECKS: dict[str, tuple[Callable[[str], str | None], Callable[[str], str]]] = {
    "package": (package_problem, snake_case),
    "--package": (package_problem, snake_case),
    "client-class": (client_class_problem, pascal_case),
    "env-prefix": (env_prefix_problem, screaming_snake_case),
    "project-name": (project_name_problem, _kebab_case),
    "version": (version_problem, str.strip),
}


def check_setting(setting: str, value: str, source: str | None = None) -> str:
    """``value`` if it is usable for ``setting`` (``package``, ``--package``,
    ``client-class``, ``env-prefix``, ``project-name``, ``version``); else a
    ``GeneratorError`` naming both, with a usable spelling of the value if any."""
    problem_of, respell = _CHECKS[setting]
    problem = problem_of(value)
    if problem is None:
        return value
    suggestion = respell(value) if words(value) else value
    hint = f" (use {suggestion!r}?)" if problem_of(suggestion) is None else ""
    raise GeneratorError(f"{setting} {value!r} {problem}{hint}", source=source)


def default_package(text: str) -> str:
    """A package name derived from ``text`` (a file name): always usable."""
    name = snake_case(text, "client")
    if package_problem(name) is not None:
        name = f"{name}_client"
    return name if package_problem(name) is None else "client"


def default_client_class(package: str) -> str:
    """The client class named after the package (``akenza`` -> ``Akenza``): always usable."""
    name = class_name(pascal_case(package, "Client"), "Client")
    if client_class_problem(name) is not None:
        name = f"{pascal_case(package, 'Api')}Client"
    return name if client_class_problem(name) is None else "ApiClient"


def default_env_prefix(package: str) -> str:
    return screaming_snake_case(package, "API")


def target_for_collection(collection: Path, out: Path | None, package: str | None) -> Target:
    """A target from a bare collection path (no config): names from the file name;
    ``package`` (the ``--package`` option) is checked, not adjusted."""
    stem = collection.name.split(".")[0]
    if package is not None:
        check_setting("--package", package)
    package_name = package or default_package(stem)
    return Target(
        collection=collection,
        out=out or Path("out") / package_name,
        package=package_name,
        client_class=default_client_class(package_name),
        env_prefix=default_env_prefix(package_name),
    )


def find_config(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue
            tool = data.get("tool")
            if isinstance(tool, dict) and "postman-codegen" in tool:
                return candidate
    return None


def load_target(config_file: Path) -> Target:
    """Read the target from a pyproject.toml (``[tool.postman-codegen]``) or a
    standalone TOML file whose top level holds the same keys."""
    where = str(config_file)
    try:
        data = tomllib.loads(config_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GeneratorError("config file not found", source=where) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GeneratorError(f"cannot read config: {exc}", source=where) from None
    except tomllib.TOMLDecodeError as exc:
        raise GeneratorError(f"invalid TOML: {exc}", source=where) from None
    tool = data.get("tool")
    section = tool.get("postman-codegen", data) if isinstance(tool, dict) else data
    if not isinstance(section, dict):
        raise GeneratorError("[tool.postman-codegen] must be a table", source=where)
    root = config_file.resolve().parent

    def text(key: str, default: str | None = None) -> str | None:
        value = section.get(key, default)
        if value is not None and not isinstance(value, str):
            raise GeneratorError(f"expected a string for {key!r}", source=where)
        return value

    def path(key: str) -> str | None:
        value = text(key)
        if value is not None and "\x00" in value:  # no file system takes one
            raise GeneratorError(f"{key} {value!r} is not a path: it holds a NUL", source=where)
        return value

    collection = path("collection")
    if collection is None:
        raise GeneratorError("[tool.postman-codegen] needs 'collection'", source=where)

    def name(setting: str) -> str | None:
        value = text(setting)
        return None if value is None else check_setting(setting, value, where)

    package = name("package") or default_package(Path(collection).name.split(".")[0])
    overrides = path("overrides")
    extensions = path("extensions")
    return Target(
        collection=root / collection,
        out=root / (path("out") or "generated"),
        package=package,
        client_class=name("client-class") or default_client_class(package),
        env_prefix=name("env-prefix") or default_env_prefix(package),
        overrides=root / overrides if overrides else None,
        extensions=root / extensions if extensions else None,
        upstream=text("upstream"),
        project_name=name("project-name"),
        version=name("version") or "0.1.0",
        root=root,
    )
