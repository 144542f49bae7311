"""The names a target sets (``package``, ``client-class``, ``env-prefix``,
``--package``) are checked through the CLI: a bad one is one ``error:`` line
naming the setting and the config file, exit 2; names derived from a
collection's file name are adjusted so they always work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.config import (
    check_setting,
    default_client_class,
    default_package,
    load_target,
)
from generator.diagnostics import GeneratorError
from tests.hostile.helpers import assert_one_line_error, cli, collection, request, write_json


def _project(folder: Path, settings: str, name: str = "shop") -> Path:
    """A pyproject.toml with ``settings`` under [tool.postman-codegen], and its collection."""
    write_json(folder / f"{name}.postman_collection.json", collection(request("List things")))
    config = folder / "pyproject.toml"
    config.write_text(
        "[tool.postman-codegen]\n"
        f'collection = "{name}.postman_collection.json"\n'
        'out = "out"\n' + settings + "\n",
        encoding="utf-8",
    )
    return config


@pytest.mark.parametrize(
    ("settings", "phrases"),
    [
        ('package = "My-Api"', ["package 'My-Api'", "lower-case", "'my_api'"]),
        ('package = "Shop"', ["package 'Shop'", "lower-case", "'shop'"]),
        ('package = "1shop"', ["package '1shop'", "lower-case"]),
        ('package = "shöp"', ["package 'shöp'", "lower-case"]),
        ('package = "class"', ["package 'class'", "keyword"]),
        ('package = "typing"', ["package 'typing'", "shadow"]),
        ('package = "httpx"', ["package 'httpx'", "shadow"]),
        ('package = "tests"', ["package 'tests'", "tests"]),
        ('package = "test_over_http"', ["package 'test_over_http'", "tests"]),
        ('package = ""', ["package ''", "lower-case"]),
        ('package = "a.b"', ["package 'a.b'", "lower-case"]),
        ('package = "a\\nb"', ["package 'a\\nb'", "lower-case"]),
        ('client-class = "my client"', ["client-class 'my client'", "'MyClient'"]),
        ('client-class = "shop"', ["client-class 'shop'", "upper-case"]),
        ('client-class = "None"', ["client-class 'None'", "keyword"]),
        ('client-class = "Page"', ["client-class 'Page'", "already uses"]),
        ('client-class = "APIClient"', ["client-class 'APIClient'", "already uses"]),
        ('client-class = "Exception"', ["client-class 'Exception'", "already uses"]),
        ('client-class = "ShopResource"', ["client-class 'ShopResource'", "resource"]),
        ('env-prefix = "shop"', ["env-prefix 'shop'", "upper-case", "'SHOP'"]),
        ('env-prefix = "SHOP-API"', ["env-prefix 'SHOP-API'", "'SHOP_API'"]),
        ('env-prefix = "_SHOP"', ["env-prefix '_SHOP'", "upper-case"]),
        ('env-prefix = "9LIVES"', ["env-prefix '9LIVES'", "upper-case"]),
        ("package = 5", ["expected a string for 'package'"]),
    ],
)
@pytest.mark.parametrize("command", ["generate", "inspect"])
def test_a_bad_setting_is_one_line_naming_it_and_the_config(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    settings: str,
    phrases: list[str],
) -> None:
    config = _project(tmp_path, settings)
    run = cli(capsys, command, "--config", str(config))
    assert_one_line_error(run, str(config), *phrases)
    assert not (tmp_path / "out").exists()


def test_check_reports_bad_settings_the_same_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _project(tmp_path, 'env-prefix = "lower"')
    assert_one_line_error(cli(capsys, "check", "--config", str(config)), str(config), "env-prefix")


@pytest.mark.parametrize(
    ("package", "phrases"),
    [
        ("Foo-Bar", ["--package 'Foo-Bar'", "'foo_bar'"]),
        ("import", ["--package 'import'", "keyword"]),
        ("json", ["--package 'json'", "shadow"]),
        ("", ["--package ''"]),
    ],
)
def test_a_bad_package_option_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], package: str, phrases: list[str]
) -> None:
    path = write_json(tmp_path / "shop.postman_collection.json", collection(request("List")))
    run = cli(capsys, "generate", str(path), "--package", package, "--out", str(tmp_path / "o"))
    assert_one_line_error(run, *phrases)
    assert not (tmp_path / "o").exists()


def test_good_settings_are_kept_as_written(tmp_path: Path) -> None:
    config = _project(
        tmp_path, 'package = "shop_v2"\nclient-class = "ShopV2"\nenv-prefix = "SHOP2"'
    )
    target = load_target(config)
    assert (target.package, target.client_class, target.env_prefix) == (
        "shop_v2",
        "ShopV2",
        "SHOP2",
    )


def test_a_good_package_option_is_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_json(tmp_path / "shop.postman_collection.json", collection(request("List")))
    run = cli(capsys, "inspect", str(path), "--package", "my_shop", "--format", "json")
    assert run.code == 0, run
    summary = json.loads(run.out)
    assert (summary["package"], summary["client_class"]) == ("my_shop", "MyShop")


@pytest.mark.parametrize(
    ("stem", "package", "client_class"),
    [
        ("akenza", "akenza", "Akenza"),
        ("My API", "my_api", "MyApi"),
        ("class", "class_client", "ClassClient"),
        ("json", "json_client", "JsonClient"),
        ("typing", "typing_client", "TypingClient"),
        ("tests", "tests_client", "TestsClient"),
        ("page", "page", "PageClient"),
        ("devices resource", "devices_resource", "DevicesResourceClient"),
        ("123", "client_123", "Client123"),
        ("!!!", "client", "Client"),
        ("设备", "she_bei", "SheBei"),
    ],
)
def test_names_derived_from_the_file_name_always_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stem: str, package: str, client_class: str
) -> None:
    assert default_package(stem) == package
    assert default_client_class(package) == client_class
    # ... and through the CLI, from the collection's file name.
    path = write_json(tmp_path / f"{stem}.postman_collection.json", collection(request("List")))
    run = cli(capsys, "inspect", str(path), "--format", "json")
    assert run.code == 0, run
    summary = json.loads(run.out)
    assert (summary["package"], summary["client_class"]) == (package, client_class)


def test_a_config_without_names_derives_usable_ones(tmp_path: Path) -> None:
    target = load_target(_project(tmp_path, "", name="class"))
    assert (target.package, target.client_class, target.env_prefix) == (
        "class_client",
        "ClassClient",
        "CLASS_CLIENT",
    )


def test_check_setting_without_a_source() -> None:
    assert check_setting("package", "shop") == "shop"
    with pytest.raises(GeneratorError) as raised:
        check_setting("client-class", "lower")
    assert raised.value.one_line() == (
        "error: client-class 'lower' is not a class name (A-Z, a-z, 0-9 and _, starting "
        "with an upper-case letter) (use 'Lower'?)"
    )


@pytest.mark.parametrize(
    ("settings", "phrases"),
    [
        ('version = "not a version"', ["version 'not a version'", "PEP 440"]),
        ('version = "1.0 "', ["version '1.0 '", "PEP 440", "'1.0'"]),
        ('version = "1.٢.0"', ["version '1.٢.0'", "PEP 440"]),
        ('project-name = "-shop-"', ["project-name '-shop-'", "'shop'"]),
        ('project-name = "my shop"', ["project-name 'my shop'", "'my-shop'"]),
        ('collection = "c\\u0000.json"', ["collection 'c\\x00.json'", "NUL"]),
        ('out = "o\\u0000"', ["out 'o\\x00'", "NUL"]),
        ('overrides = "x\\u0000"', ["overrides 'x\\x00'", "NUL"]),
        ('extensions = "x\\u0000"', ["extensions 'x\\x00'", "NUL"]),
    ],
)
def test_bad_versions_project_names_and_paths_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], settings: str, phrases: list[str]
) -> None:
    config = tmp_path / "codegen.toml"
    write_json(tmp_path / "c.json", collection(request("List things")))
    text = settings if settings.startswith("collection") else f'collection = "c.json"\n{settings}'
    config.write_text(text + "\n", encoding="utf-8")
    assert_one_line_error(cli(capsys, "inspect", "--config", str(config)), str(config), *phrases)


@pytest.mark.parametrize("version", ["0.1.0", "1.0", "2024.1", "1.0rc1", "1.0.post2", "1!2.0+abc"])
def test_pep_440_versions_are_accepted(tmp_path: Path, version: str) -> None:
    config = _project(tmp_path, f'version = "{version}"\nproject-name = "shop.client_v2"')
    target = load_target(config)
    assert (target.version, target.project_name) == (version, "shop.client_v2")


@pytest.mark.parametrize(
    "text", ["[tool]\npostman-codegen = 5\n", "[tool.postman-codegen]\n", "tool = 5\n"]
)
def test_a_config_section_of_the_wrong_shape_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    config = tmp_path / "codegen.toml"
    config.write_text(text, encoding="utf-8")
    run = cli(capsys, "inspect", "--config", str(config))
    assert_one_line_error(run, str(config))


def test_a_pyproject_with_an_odd_tool_table_is_not_taken_for_a_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text("tool = 5\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = cli(capsys, "inspect")
    assert_one_line_error(run, "no collection given")
