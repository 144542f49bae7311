"""Keeping credentials out of everything we generate.

Two layers:

- While building, values under secret-looking names (``password``, ``apiKey``,
  ``Authorization``, ``client_secret``, ...) or with credential-looking values
  (``Bearer ...``, JWTs, provider key formats) are replaced by a placeholder in
  example bodies, headers, query values and variables (``redact_*``).
- ``redact_api`` then sweeps the finished model once more: every value under a
  secret name, every credential-looking string, and every literal occurrence of
  a value the collection keeps as a credential (auth settings, secret
  variables) becomes the placeholder, wherever it sits, descriptions included.
  Names that are code (python names, wire names, paths) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import BaseModel

from generator.build.variables import (
    VARIABLE,
    is_secret,
    looks_secret,
    looks_secret_value,
    might_hold_credential,
)
from generator.postman.raw import RawAuth, RawCollection, RawFolder, RawRequestItem

PLACEHOLDER = "<redacted>"

_SECRET_HEADERS = frozenset(
    "authorization proxy-authorization cookie set-cookie x-api-key api-key x-auth-token "
    "x-access-token".split()
)

# Auth settings that say how a credential is sent, not what it is.
_AUTH_SETTINGS = frozenset(
    "key in addtokento headerprefix tokentype tokenname granttype authurl accesstokenurl "
    "redirecturi callbackurl scope state clientauthentication algorithm signaturemethod "
    "version realm service region qop addparamstoheader addemptyparamstosign includebodyhash "
    "usebrowser challengealgorithm disableretryrequest queryparamkey header "
    "issecretbase64encoded workstation domain timestamp".split()
)
# Shorter known secrets are not swept from free text: "admin" or "1234" would
# mangle ordinary words; those values are still withheld where they are used.
MIN_SWEPT_LENGTH = 6

# Model fields that hold code or wire names, never free text (when they hold models,
# as ``Api.endpoints`` does, those are still swept).
_CODE_FIELDS = frozenset(
    "python_name function class_name module resource package client_class env_prefix id path "
    "endpoints used_by kind location mode method content_type postman_type client_args "
    "param_name auth sources source base_url_variable evidence".split()
)
# Fields that hold a value of the named thing (not text about it).
_VALUE_FIELDS = frozenset({"example", "default", "value"})
# Models whose ``name`` is a wire name or an identifier; elsewhere ``name`` is display text.
_NAMED_BY_CODE = frozenset("Param FormField ModelField ModelDef Variable AuthScheme".split())

_URL_PASSWORD = re.compile(r"(?<=://)([^/@\s:]*):[^/@\s]+@")
_JSON_PAIR = re.compile(r'"((?:[^"\\]|\\.){1,80})"(\s*:\s*)("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*)')
_FORM_PAIR = re.compile(r"(?<![^\s&?;])([^=&\s]{1,80})=([^&\s]*)")
_CREDENTIAL_RUN = re.compile(
    r"""
    \b(?:bearer|basic|token)\s+(?=[A-Za-z0-9._~+/=-]{12})[A-Za-z._~+/=-]*\d[A-Za-z0-9._~+/=-]*
    | \beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*
    | \bgh[pousr]_[A-Za-z0-9]{20,} | \bgithub_pat_[A-Za-z0-9_]{20,}
    | \b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{8,} | \bxox[abposr]-[A-Za-z0-9-]{8,}
    | \b(?:AKIA|ASIA)[A-Z0-9]{16}\b | \bAIza[0-9A-Za-z_-]{30,}
    | -----BEGIN\ [A-Z ]*PRIVATE\ KEY-----[^-]*(?:-----END\ [A-Z ]*PRIVATE\ KEY-----)?
    """,
    re.IGNORECASE | re.VERBOSE,
)


def is_secret_header(name: str, value: str = "") -> bool:
    return (
        name.strip().lower() in _SECRET_HEADERS or looks_secret(name) or looks_secret_value(value)
    )


def _is_flag(value: str) -> bool:
    # create_upload_token=true names a token but holds none.
    return value.lower() in ("true", "false", "null") or value.isdigit()


def redact_value(key: str, value: str) -> str:
    """The value, or the placeholder when its name or its form says credential."""
    if not value or value == PLACEHOLDER:
        return value
    if (looks_secret(key) and not _is_flag(value)) or looks_secret_value(value):
        return PLACEHOLDER
    return value


_PLAIN_SCALARS = {int, float, bool, type(None)}


def _map_json(value: Any, string: Callable[[str], str]) -> Any:
    """A copy of a JSON value: scalars under secret-looking keys replaced, every
    other string passed through ``string``. Iterative: any nesting depth is fine."""

    def leaf(item: Any) -> Any:
        return string(item) if isinstance(item, str) else item

    if not isinstance(value, dict | list):
        return leaf(value)
    root: dict[str, Any] | list[Any] = {} if isinstance(value, dict) else []
    stack: list[tuple[dict[str, Any] | list[Any], dict[str, Any] | list[Any]]] = [(value, root)]
    while stack:
        source, copy = stack.pop()
        if isinstance(source, dict):
            assert isinstance(copy, dict)
            for key, item in source.items():
                if looks_secret(str(key)) and _is_secret_scalar(item):
                    copy[key] = PLACEHOLDER
                elif isinstance(item, dict | list):
                    copy[key] = {} if isinstance(item, dict) else []
                    stack.append((item, copy[key]))
                else:
                    copy[key] = leaf(item)
        elif isinstance(copy, list) and {type(item) for item in source} <= _PLAIN_SCALARS:
            copy.extend(source)  # numbers only: the common long arrays of examples
        else:
            assert isinstance(copy, list)
            for item in source:
                if isinstance(item, dict | list):
                    copy.append({} if isinstance(item, dict) else [])
                    stack.append((item, copy[-1]))
                else:
                    copy.append(leaf(item))
    return root


def redact_json(value: Any) -> Any:
    """A copy of a JSON value with values under secret-looking keys, and
    credential-looking strings anywhere, replaced by the placeholder."""
    return _map_json(value, lambda text: PLACEHOLDER if looks_secret_value(text) else text)


def _is_secret_scalar(item: Any) -> bool:
    if isinstance(item, bool) or item is None:
        return False
    return isinstance(item, int | float) or (isinstance(item, str) and not _is_flag(item))


def redact_headers(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, PLACEHOLDER if v and is_secret_header(k, v) else v) for k, v in headers]


# --- the final sweep ---------------------------------------------------------------


def _auth_secrets(auth: RawAuth | None) -> list[str]:
    if auth is None:
        return []
    return [
        value
        for name, value in auth.params.items()
        if name.replace("_", "").lower() not in _AUTH_SETTINGS
    ]


def known_secrets(raw: RawCollection) -> set[str]:
    """Values the collection holds as credentials: auth settings at every level
    (requests and saved examples' requests too) and secret variables."""
    found: list[str] = [*_auth_secrets(raw.auth)]
    found += [v.value or "" for v in raw.variables if is_secret(v)]
    stack: list[RawFolder | RawRequestItem] = list(raw.items)
    while stack:
        item = stack.pop()
        if isinstance(item, RawFolder):
            found += _auth_secrets(item.auth)
            found += [v.value or "" for v in item.variables if is_secret(v)]
            stack.extend(item.items)
        else:
            found += _auth_secrets(item.request.auth)
            found += [
                secret
                for example in item.examples
                if example.original_request is not None
                for secret in _auth_secrets(example.original_request.auth)
            ]
    return {
        s.strip()
        for s in found
        if len(s.strip()) >= MIN_SWEPT_LENGTH
        and not _is_flag(s.strip())
        and not VARIABLE.fullmatch(s.strip())
    }


# Every name ``looks_secret`` accepts contains one of these (lower-cased).
_NAME_HINTS = tuple(
    "pass pwd secret token key auth cookie credential signature session jwt otp".split()
)


def _might_name_secret(text: str) -> bool:
    lowered = text.lower()
    return any(hint in lowered for hint in _NAME_HINTS)


class _Sweeper:
    def __init__(self, secrets: Iterable[str]) -> None:
        # Longest first, so a secret that contains another is replaced whole.
        ordered = sorted(set(secrets), key=lambda s: (-len(s), s))
        self._known = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def text(self, text: str) -> str:
        """Free text (descriptions, examples, bodies) with credentials replaced."""
        if not text or text == PLACEHOLDER:
            return text
        if self._known is not None:
            text = self._known.sub(PLACEHOLDER, text)
        # Cheap tests first: this runs over every example body of the collection.
        if "@" in text:
            text = _URL_PASSWORD.sub(lambda m: f"{m.group(1)}:{PLACEHOLDER}@", text)
        if might_hold_credential(text):
            text = _CREDENTIAL_RUN.sub(PLACEHOLDER, text)
        if ('"' in text or "=" in text) and _might_name_secret(text):
            text = _JSON_PAIR.sub(self._json_pair, text) if '"' in text else text
            text = _FORM_PAIR.sub(self._form_pair, text) if "=" in text else text
        return text

    @staticmethod
    def _json_pair(match: re.Match[str]) -> str:
        key, colon, value = match.groups()
        if not looks_secret(key) or _is_flag(value.strip('"')):
            return match.group(0)
        return f'"{key}"{colon}"{PLACEHOLDER}"'

    @staticmethod
    def _form_pair(match: re.Match[str]) -> str:
        key, value = match.groups()
        return f"{key}={redact_value(key, value)}" if value else match.group(0)

    def value(self, name: str, value: str) -> str:
        return self.text(redact_value(name, value))

    def json(self, value: Any) -> Any:
        return _map_json(value, self._json_string)

    def _json_string(self, text: str) -> str:
        return PLACEHOLDER if looks_secret_value(text) else self.text(text)

    def model(self, model: BaseModel) -> None:
        """Sweep a model in place, and every model inside it."""
        stack: list[BaseModel] = [model]
        while stack:
            node = stack.pop()
            kind = type(node).__name__
            if kind == "TypeRef":  # types hold type names only, and are frozen
                continue
            owner_name = getattr(node, "name", "") if kind in _NAMED_BY_CODE else ""
            clean_text = False
            for field in type(node).model_fields:
                value = getattr(node, field)
                code = field in _CODE_FIELDS and not _holds_models(value)
                if code or (field == "name" and kind in _NAMED_BY_CODE):
                    continue
                if field == "json_value" and clean_text:
                    # Parsed from a text the sweep found clean (and already redacted
                    # by key when read): walking megabytes of bodies again finds nothing.
                    continue
                # A parameter's or field's values are judged by its name as well.
                named = owner_name if field in _VALUE_FIELDS else ""
                swept = self._field(field, named, value, stack)
                if field == "default" and swept == PLACEHOLDER:
                    swept = None  # a withheld default is no default: never send the placeholder
                if field == "text" and kind == "Sample":  # declared before json_value
                    clean_text = swept == value and "\\u" not in value  # no escaped secrets
                if swept is not value:
                    setattr(node, field, swept)

    def _field(self, field: str, owner_name: str, value: Any, stack: list[BaseModel]) -> Any:
        if isinstance(value, BaseModel):
            stack.append(value)
            return value
        if isinstance(value, str):
            return self.value(owner_name, value) if owner_name else self.text(value)
        if field == "json_value":
            return self.json(value)
        if isinstance(value, dict):
            return {k: self.value(str(k), v) if isinstance(v, str) else v for k, v in value.items()}
        if isinstance(value, list):
            out: list[Any] = []
            for item in value:
                if isinstance(item, BaseModel):
                    stack.append(item)
                    out.append(item)
                elif isinstance(item, tuple) and len(item) == 2:  # header or query pairs
                    name, text = item
                    credential_header = text and name.strip().lower() in _SECRET_HEADERS
                    out.append((name, PLACEHOLDER if credential_header else self.value(name, text)))
                elif isinstance(item, str):
                    out.append(self.text(item))
                else:
                    out.append(item)
            return out
        return value


def _holds_models(value: Any) -> bool:
    """``Api.endpoints`` holds models to sweep; ``Resource.endpoints`` holds ids to keep."""
    return isinstance(value, list) and any(isinstance(item, BaseModel) for item in value)


def redact_api(model: BaseModel, secrets: Iterable[str] = ()) -> None:
    """Sweep a finished model (an ``Api``) in place; see the module docstring."""
    _Sweeper(secrets).model(model)
