"""Credentials in a collection never reach the generated project or ``inspect``.

Distinctive secrets are planted in every place a collection keeps credentials;
the whole output tree (code, generated tests, README, pyproject, manifest) and
the inspect JSON are then searched for each of them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.build.redact import PLACEHOLDER, redact_json, redact_value
from generator.build.variables import looks_secret, looks_secret_value
from tests.hostile.helpers import V21, cli, import_everything, output_text, write_json

# Each value is unique, so a hit names the place that leaked.
SECRETS = {
    "auth_apikey": "sk_live_AUTHAPIKEY0001",
    "auth_bearer": "BEARERTOKEN0002xyz",
    "auth_basic_password": "BASICPASSWORD0003",
    "auth_basic_username": "BASICUSER0003u",
    "auth_oauth2_token": "OAUTHACCESS0004",
    "auth_oauth2_client_secret": "OAUTHCLIENTSECRET0005",
    "auth_oauth2_refresh": "OAUTHREFRESH0005r",
    "auth_oauth1_secret": "OAUTH1CONSUMERSECRET0006",
    "auth_digest_password": "DIGESTPASSWORD0007",
    "auth_awsv4_secret": "AWSSECRETKEY0008",
    "folder_auth_bearer": "FOLDERBEARER0009",
    "request_auth_apikey": "REQUESTAPIKEY0010",
    "var_secret_type": "SECRETTYPEVAR0011",
    "var_named_token": "NAMEDTOKENVAR0012",
    "var_named_password": "NAMEDPASSWORDVAR0013",
    "var_jwt_value": (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJKV1RWQUwwMDE0In0."
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    ),
    "var_bearer_value": "Bearer BEARERINVALUE0015",
    "var_github_token": "ghp_GITHUBTOKEN0016abcdefghijklmnopqrstuv",
    "var_aws_key": "AKIAAWSKEYID0017XYZW",
    "folder_var_secret": "FOLDERSECRETVAR0018",
    "header_authorization": "Bearer HEADERAUTH0019",
    "header_x_api_key": "HEADERAPIKEY0020",
    "header_cookie": "session=COOKIE0021",
    "header_custom_token": "CUSTOMTOKENHEADER0022",
    "header_custom_bearer_value": "Bearer CUSTOMHEADERVALUE0023",
    "query_api_key": "QUERYAPIKEY0024",
    "query_access_token": "QUERYACCESSTOKEN0025",
    "body_password": "BODYPASSWORD0026",
    "body_nested_secret": "BODYNESTEDSECRET0027",
    "body_api_key": "BODYAPIKEY0028",
    "body_token_list": "BODYTOKENLIST0029",
    "form_password": "FORMPASSWORD0030",
    "form_client_secret": "FORMCLIENTSECRET0031",
    "example_header_set_cookie": "sid=SETCOOKIE0032",
    "example_header_authorization": "Bearer EXAMPLEAUTH0033",
    "example_body_access_token": "EXAMPLEACCESSTOKEN0034",
    "example_body_refresh_token": "EXAMPLEREFRESH0035",
    "original_request_header": "ORIGINALREQUESTKEY0036",
    "original_request_body_password": "ORIGINALBODYPASSWORD0037",
    "path_variable_token": "PATHTOKEN0038",
    "url_userinfo_password": "URLPASSWORD0039",
    "graphql_variable_password": "GRAPHQLPASSWORD0040",
    "text_body_password": "TEXTBODYPASSWORD0041",
    "auth_value_reused_in_description": "REUSEDSECRET0042",
    "example_query_token": "EXAMPLEQUERYTOKEN0043",
    "env_style_var": "PRIVATEKEYVAR0044",
}


def _kv(**pairs: str) -> list[dict[str, str]]:
    return [{"key": k, "value": v} for k, v in pairs.items()]


def _collection() -> dict[str, Any]:
    s = SECRETS
    json_headers = [{"key": "Content-Type", "value": "application/json"}]
    login_body = {
        "username": "alice",
        "password": s["body_password"],
        "profile": {"clientSecret": s["body_nested_secret"], "name": "Alice"},
        "apiKey": s["body_api_key"],
        "tokens": [{"token": s["body_token_list"]}],
    }
    example_body = {
        "access_token": s["example_body_access_token"],
        "refresh_token": s["example_body_refresh_token"],
        "expires_in": 3600,
        "user": {"id": 1, "name": "Alice"},
    }
    login = {
        "name": "Log in",
        "request": {
            "method": "POST",
            "auth": {"type": "apikey", "apikey": _kv(key="X-Key", value=s["request_auth_apikey"])},
            "header": [
                *json_headers,
                {"key": "Authorization", "value": s["header_authorization"]},
                {"key": "x-api-key", "value": s["header_x_api_key"]},
                {"key": "Cookie", "value": s["header_cookie"]},
                {"key": "X-Session-Token", "value": s["header_custom_token"]},
                {"key": "X-Forwarded-Auth", "value": s["header_custom_bearer_value"]},
            ],
            "url": {
                "raw": "{{baseUrl}}/login/:token?api_key=x&access_token=y&page=1",
                "host": ["{{baseUrl}}"],
                "path": ["login", ":token"],
                "query": _kv(
                    api_key=s["query_api_key"], access_token=s["query_access_token"], page="1"
                ),
                "variable": [{"key": "token", "value": s["path_variable_token"]}],
            },
            "body": {"mode": "raw", "raw": json.dumps(login_body)},
        },
        "response": [
            {
                "name": "OK",
                "code": 200,
                "header": [
                    *json_headers,
                    {"key": "Set-Cookie", "value": s["example_header_set_cookie"]},
                    {"key": "Authorization", "value": s["example_header_authorization"]},
                ],
                "body": json.dumps(example_body),
                "originalRequest": {
                    "method": "POST",
                    "header": [{"key": "X-Api-Key", "value": s["original_request_header"]}],
                    "url": ("{{baseUrl}}/login/abc?token=" + s["example_query_token"]),
                    "body": {
                        "mode": "raw",
                        "raw": json.dumps({"password": s["original_request_body_password"]}),
                    },
                },
            }
        ],
    }
    form = {
        "name": "Token form",
        "request": {
            "method": "POST",
            "url": "{{baseUrl}}/oauth/token",
            "body": {
                "mode": "urlencoded",
                "urlencoded": _kv(
                    grant_type="password",
                    password=s["form_password"],
                    client_secret=s["form_client_secret"],
                ),
            },
        },
    }
    graphql = {
        "name": "GraphQL login",
        "request": {
            "method": "POST",
            "url": "{{baseUrl}}/graphql",
            "body": {
                "mode": "graphql",
                "graphql": {
                    "query": "mutation { login }",
                    "variables": json.dumps({"password": s["graphql_variable_password"]}),
                },
            },
        },
    }
    text = {
        "name": "Text login",
        "request": {
            "method": "PUT",
            "url": "https://user:" + s["url_userinfo_password"] + "@api.example.com/text",
            "header": [{"key": "Content-Type", "value": "application/x-www-form-urlencoded"}],
            "body": {"mode": "raw", "raw": "user=alice&password=" + s["text_body_password"]},
            "description": "Uses the key REUSEDSECRET0042 (do not do this).",
        },
    }
    secured = {
        "name": "Secured",
        "auth": {"type": "bearer", "bearer": _kv(token=s["folder_auth_bearer"])},
        "variable": [{"key": "folderSecret", "value": s["folder_var_secret"], "type": "secret"}],
        "item": [
            {"name": "Me", "request": {"url": "{{baseUrl}}/me?sig={{folderSecret}}"}},
            {"name": "Reuse", "request": {"url": "{{baseUrl}}/me/{{jwt}}/x?v={{plain}}"}},
        ],
    }
    other_auth = [
        ("basic", _kv(username=s["auth_basic_username"], password=s["auth_basic_password"])),
        (
            "oauth2",
            _kv(
                accessToken=s["auth_oauth2_token"],
                clientSecret=s["auth_oauth2_client_secret"],
                refreshToken=s["auth_oauth2_refresh"],
            ),
        ),
        ("oauth1", _kv(consumerSecret=s["auth_oauth1_secret"], consumerKey="ck")),
        ("digest", _kv(username="u", password=s["auth_digest_password"])),
        ("awsv4", _kv(secretKey=s["auth_awsv4_secret"], accessKey="ak")),
    ]
    auth_folders = [
        {
            "name": f"{kind} folder",
            "auth": {"type": kind, kind: params},
            "item": [{"name": f"Call {kind}", "request": {"url": f"{{{{baseUrl}}}}/{kind}"}}],
        }
        for kind, params in other_auth
    ]
    return {
        "info": {
            "name": "Secrets",
            "schema": V21,
            "description": "Contact us. Key: " + s["auth_value_reused_in_description"],
        },
        "auth": {"type": "apikey", "apikey": _kv(key="X-Api-Key", value=s["auth_apikey"])},
        "variable": [
            {"key": "baseUrl", "value": "https://api.example.com"},
            {"key": "plain", "value": "hello"},
            {"key": "k1", "value": s["var_secret_type"], "type": "secret"},
            {"key": "myToken", "value": s["var_named_token"]},
            {"key": "adminPassword", "value": s["var_named_password"]},
            {"key": "jwt", "value": s["var_jwt_value"]},
            {"key": "auth_header", "value": s["var_bearer_value"]},
            {"key": "gh", "value": s["var_github_token"]},
            {"key": "aws", "value": s["var_aws_key"]},
            {"key": "private_key", "value": s["env_style_var"]},
            {"key": "reused", "value": s["auth_value_reused_in_description"], "type": "secret"},
        ],
        "item": [
            login,
            form,
            graphql,
            text,
            secured,
            *auth_folders,
            {
                "name": "Uses vars",
                "request": {
                    "url": "{{baseUrl}}/vars?a={{myToken}}&b={{jwt}}&c={{gh}}&d={{aws}}",
                    "header": [{"key": "X-Auth", "value": "{{auth_header}}"}],
                },
            },
        ],
    }


def _leaks(text: str) -> list[str]:
    return [place for place, secret in SECRETS.items() if secret.split()[-1] in text]


@pytest.fixture(scope="module")
def collection_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_json(tmp_path_factory.mktemp("secrets") / "secrets.json", _collection())


def test_no_secret_in_the_generated_project(
    collection_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    run = cli(capsys, "generate", str(collection_file), "--out", str(out))
    assert run.code == 0, run
    assert _leaks(output_text(out)) == []
    assert _leaks(run.out + run.err) == []
    # "secrets" is a standard-library module: the package derived from the file name
    # must not shadow it.
    import_everything(out, "secrets_client")


def test_no_secret_in_inspect_output(
    collection_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("json", "text"):
        run = cli(capsys, "inspect", str(collection_file), "--format", fmt)
        assert run.code == 0, run
        assert _leaks(run.out + run.err) == []


def test_redacted_values_are_placeholders_not_gaps(
    collection_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The endpoints and their parameters are still there; only values are withheld.
    run = cli(capsys, "inspect", str(collection_file), "--format", "json")
    summary = json.loads(run.out)
    login = next(e for e in summary["endpoints"] if e["name"] == "Log in")
    query = {p["name"]: p for p in login["params"] if p["location"] == "query"}
    assert set(query) == {"api_key", "access_token", "page"}
    assert query["page"]["default"] == "1"
    # A withheld default is no default: the client must not send the placeholder.
    assert query["api_key"]["default"] is None and not query["api_key"]["required"]


@pytest.mark.parametrize(
    "name",
    [
        "password",
        "apiKey",
        "api_key",
        "X-API-KEY",
        "clientSecret",
        "access_token",
        "refreshToken",
        "Authorization",
        "Cookie",
        "sessionId",
        "private_key",
        "passwd",
        "pwd",
        "x-auth-token",
        "signature",
        "credentials",
    ],
)
def test_secret_names(name: str) -> None:
    assert looks_secret(name)


@pytest.mark.parametrize(
    "name",
    [
        "name",
        "tokenizer_mode",
        "page",
        "id",
        "description",
        "type",
        "author",
        "keyboard",
        "sessions_count",
        "monkey",
        "turkey",
    ],
)
def test_ordinary_names(name: str) -> None:
    assert not looks_secret(name)


@pytest.mark.parametrize(
    "value",
    [
        "Bearer abc.def",
        "Basic dXNlcjpwYXNz",
        SECRETS["var_jwt_value"],
        SECRETS["var_github_token"],
        SECRETS["var_aws_key"],
        "sk_live_51H8abcdefghijklmnop",
        "xoxb-1234-5678-abcdefgh",
        "-----BEGIN PRIVATE KEY-----\nMIIE",
    ],
)
def test_credential_looking_values(value: str) -> None:
    assert looks_secret_value(value)


@pytest.mark.parametrize(
    "value",
    [
        "hello",
        "https://api.example.com",
        "application/json",
        "1234",
        "true",
        "2024-01-01",
        "550e8400-e29b-41d4-a716-446655440000",
        "{{token}}",
        "Bearer {{token}}",
        "",
    ],
)
def test_ordinary_values(value: str) -> None:
    assert not looks_secret_value(value)


def test_flags_and_placeholders_are_not_secrets() -> None:
    assert redact_value("create_upload_token", "true") == "true"
    assert redact_value("token_count", "12") == "12"
    assert redact_value("token", "abc123") == PLACEHOLDER
    assert redact_value("page", "Bearer abcdef123456") == PLACEHOLDER
    assert redact_value("page", "2") == "2"


def test_deeply_nested_example_bodies_are_redacted_without_recursion() -> None:
    deep: Any = {"password": "hunter2"}
    for _ in range(5000):
        deep = {"next": [deep]}
    redacted = redact_json(deep)
    for _ in range(5000):
        redacted = redacted["next"][0]
    assert redacted == {"password": PLACEHOLDER}
