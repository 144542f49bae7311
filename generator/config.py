"""The generation target: which collection, where to, under which names.

Read from ``[tool.postman-codegen]`` in ``pyproject.toml`` (or a file given
with ``--config``); command-line options override single settings. Paths are
relative to the config file's folder.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from generator.diagnostics import GeneratorError
from generator.naming import class_name, pascal_case, screaming_snake_case, snake_case


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


def target_for_collection(collection: Path, out: Path | None, package: str | None) -> Target:
    """A target from a bare collection path (no config): names from the file name."""
    stem = collection.name.split(".")[0]
    package_name = package or snake_case(stem, "client")
    return Target(
        collection=collection,
        out=out or Path("out") / package_name,
        package=package_name,
        client_class=class_name(pascal_case(package_name, "Client"), "Client"),
        env_prefix=screaming_snake_case(package_name, "API"),
    )


def find_config(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue
            if "postman-codegen" in data.get("tool", {}):
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
    section = data.get("tool", {}).get("postman-codegen", data)
    root = config_file.resolve().parent

    def text(key: str, default: str | None = None) -> str | None:
        value = section.get(key, default)
        if value is not None and not isinstance(value, str):
            raise GeneratorError(f"expected a string for {key!r}", source=where)
        return value

    collection = text("collection")
    if collection is None:
        raise GeneratorError("[tool.postman-codegen] needs 'collection'", source=where)
    package = text("package") or snake_case(Path(collection).name.split(".")[0], "client")
    overrides = text("overrides")
    extensions = text("extensions")
    return Target(
        collection=root / collection,
        out=root / (text("out") or "generated"),
        package=package,
        client_class=text("client-class") or class_name(package, "Client"),
        env_prefix=text("env-prefix") or screaming_snake_case(package, "API"),
        overrides=root / overrides if overrides else None,
        extensions=root / extensions if extensions else None,
        upstream=text("upstream"),
        project_name=text("project-name"),
        version=text("version") or "0.1.0",
        root=root,
    )
