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

import functools
import re
import typing
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

from pydantic import BaseModel

from generator.build.variables import (
    VARIABLE,
    credential_hint,
    is_secret,
    looks_secret,
    looks_secret_value,
)
from generator.model.types import TypeRef
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


# What each form of _CREDENTIAL_RUN starts with, lower-cased.
_RUN_STARTS = (
    "bearer",
    "basic",
    "token",
    "eyj",
    "gh",
    "github_pat_",
    "sk_",
    "rk_",
    "xox",
    "akia",
    "asia",
    "aiza",
    "-----begin",
)


# What re's IGNORECASE matches to ASCII letters, besides ASCII itself (found by
# trying every code point): with these, a folded copy keeps the text's positions.
_FOLD = str.maketrans(
    {
        **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
        "\u0130": "i",  # İ
        "\u0131": "i",  # ı
        "\u017f": "s",  # ſ (long s)
        "\u212a": "k",  # K (Kelvin sign)
    }
)


def _replace_credential_runs(text: str, lowered: str | None = None) -> str:
    """``_CREDENTIAL_RUN.sub(PLACEHOLDER, text)``, with the regex tried only where
    one of its forms starts. The pattern has no literal prefix (IGNORECASE, ``\\b``),
    so ``re`` would try every alternative at every position of long texts.
    ``lowered``: ``text.lower()``, when the caller has it."""
    if not text.isascii():
        folded = text.translate(_FOLD)
    else:
        folded = text.lower() if lowered is None else lowered
    starts = sorted({i for prefix in _RUN_STARTS for i in _positions(folded, prefix)})
    parts: list[str] = []
    done = 0  # like sub: leftmost match first, the next one searched from its end
    for start in starts:
        if start < done:
            continue
        match = _CREDENTIAL_RUN.match(text, start)  # \b still sees text[start - 1]
        if match is not None:
            parts += (text[done:start], PLACEHOLDER)
            done = match.end()
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def _positions(text: str, part: str) -> Iterator[int]:
    """Every index where ``part`` occurs in ``text``, overlapping ones included."""
    index = text.find(part)
    while index != -1:
        yield index
        index = text.find(part, index + 1)


@functools.lru_cache(maxsize=4096)  # the same headers recur in every saved example
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


def _changes_json(value: Any, string: Callable[[str], str]) -> bool:
    """Whether ``_map_json`` would replace anything in ``value``: a read-only walk,
    much cheaper than the copy, and nearly every body has nothing to replace."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, item in node.items():
                kind = type(item)  # exact types first: cheaper than isinstance
                if kind is dict or kind is list or isinstance(item, dict | list):
                    stack.append(item)
                elif item is None or kind is bool:
                    continue  # never replaced
                elif looks_secret(str(key)) and _is_secret_scalar(item):
                    return True
                elif isinstance(item, str) and string(item) is not item:
                    return True
        elif isinstance(node, list):
            for item in node:
                kind = type(item)
                if kind is dict or kind is list or isinstance(item, dict | list):
                    stack.append(item)
                elif isinstance(item, str) and string(item) is not item:
                    return True
        elif isinstance(node, str):
            return string(node) is not node
    return False


def _map_json(value: Any, string: Callable[[str], str]) -> Any:
    """A JSON value with scalars under secret-looking keys replaced and every other
    string passed through ``string``: a copy when anything changes, else ``value``
    itself (JSON values in the model are never changed in place, only replaced).
    Iterative: any nesting depth is fine."""
    if not _changes_json(value, string):
        return value

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
    """A JSON value with values under secret-looking keys, and credential-looking
    strings anywhere, replaced by the placeholder (a copy when any is)."""
    return _map_json(value, _redact_string)


def _redact_string(text: str) -> str:
    return PLACEHOLDER if looks_secret_value(text) else text


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


def _might_name_secret(lowered: str) -> bool:
    """Whether the text (``lowered``: lower-cased) holds one of the words every name
    ``looks_secret`` accepts contains: pass pwd secret token key auth cookie
    credential signature session jwt otp. Spelled out, each long search guarded by
    one of its letters (a one-letter search is far cheaper; this runs over every body)."""
    low = lowered
    return (
        ("k" in low and ("key" in low or "token" in low or "cookie" in low))
        or "auth" in low
        or ("p" in low and ("pass" in low or "pwd" in low or "otp" in low))
        or ("c" in low and ("secret" in low or "credential" in low))
        or "signature" in low
        or "session" in low
        or ("j" in low and "jwt" in low)
    )


_FEW_SECRETS = 8  # up to this many known secrets, look for each with ``in`` first
_UNCHANGED = object()  # cache entry: the text came out of the sweep as it went in


class _Plan(NamedTuple):
    """How the sweep treats the nodes of one model class, decided once per class."""

    # The fields it looks at, in declaration order: (name, is a code field (kept
    # unless it holds models), its values are judged by the owner's name too,
    # plain text: none of the above nor a field with rules of its own (below)).
    fields: tuple[tuple[str, bool, bool, bool], ...]
    named_by_code: bool  # the node's ``name`` is an identifier: kept, and judges values
    is_sample: bool


@functools.cache
def _plan(cls: type[BaseModel]) -> _Plan | None:
    """None for ``TypeRef``: types hold type names only, and are frozen."""
    kind = cls.__name__
    if kind == "TypeRef":
        return None
    named_by_code = kind in _NAMED_BY_CODE
    is_sample = kind == "Sample"
    fields = []
    for field, info in cls.model_fields.items():
        is_code = field in _CODE_FIELDS
        if (field == "name" and named_by_code) or _passed_over(info.annotation, is_code):
            continue
        judged = field in _VALUE_FIELDS
        special = field in ("json_value", "default") or (field == "text" and is_sample)
        plain = not is_code and not (judged and named_by_code) and not special
        fields.append((field, is_code, judged, plain))
    return _Plan(tuple(fields), named_by_code, is_sample)


def _passed_over(annotation: Any, is_code: bool) -> bool:
    """Fields of a type the sweep passes over whatever their value: numbers and
    flags, a type (``TypeRef``, see ``_plan``), code that cannot hold a model."""
    if annotation in (bool, int, float) or annotation is TypeRef:
        return True
    if set(typing.get_args(annotation)) == {TypeRef, type(None)}:
        return True
    return is_code and not _mentions_model(annotation)


def _mentions_model(annotation: Any) -> bool:
    """``list[Endpoint]`` does, ``list[str]`` does not."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_mentions_model(arg) for arg in typing.get_args(annotation))


class _Sweeper:
    def __init__(self, secrets: Iterable[str]) -> None:
        # Longest first, so a secret that contains another is replaced whole.
        ordered = sorted(set(secrets), key=lambda s: (-len(s), s))
        self._known = re.compile("|".join(map(re.escape, ordered))) if ordered else None
        # A few plain substring searches are much cheaper than the alternation
        # regex on texts that hold none of the secrets (nearly all of them).
        self._few_known = tuple(ordered) if len(ordered) <= _FEW_SECRETS else None
        # ``text`` is a pure function of its input, and the same texts recur all
        # over a model (descriptions, copied bodies, header values): sweep each once.
        self._swept: dict[str, object] = {}
        self._swept_values: dict[tuple[str, str], object] = {}

    def text(self, text: str) -> str:
        """Free text (descriptions, examples, bodies) with credentials replaced."""
        swept = self._swept.get(text)
        if swept is None:
            result = self._sweep_text(text)
            swept = self._swept[text] = _UNCHANGED if result == text else result
        return text if swept is _UNCHANGED else swept  # type: ignore[return-value]

    def _sweep_text(self, text: str) -> str:
        if not text or text == PLACEHOLDER:
            return text
        if self._known is not None and self._may_hold_known(text):
            text = self._known.sub(PLACEHOLDER, text)
        # Cheap tests first: this runs over every example body of the collection.
        if "@" in text:
            text = _URL_PASSWORD.sub(lambda m: f"{m.group(1)}:{PLACEHOLDER}@", text)
        lowered = text.lower()
        if credential_hint(text, lowered):
            swept = _replace_credential_runs(text, lowered)
            if swept is not text:
                text, lowered = swept, swept.lower()
        if ('"' in text or "=" in text) and _might_name_secret(lowered):
            text = _JSON_PAIR.sub(self._json_pair, text) if '"' in text else text
            text = _FORM_PAIR.sub(self._form_pair, text) if "=" in text else text
        return text

    def _may_hold_known(self, text: str) -> bool:
        few = self._few_known
        return few is None or any(secret in text for secret in few)

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
        """A value judged by its name and its form, then swept as text (cached too:
        the same header, query and example values recur across endpoints)."""
        key = (name, value)
        swept = self._swept_values.get(key)
        if swept is None:
            result = self.text(redact_value(name, value))
            swept = self._swept_values[key] = _UNCHANGED if result == value else result
        return value if swept is _UNCHANGED else swept  # type: ignore[return-value]

    def json(self, value: Any) -> Any:
        return _map_json(value, self._json_string)

    def _json_string(self, text: str) -> str:
        return PLACEHOLDER if looks_secret_value(text) else self.text(text)

    def model(self, model: BaseModel) -> None:
        """Sweep a model in place, and every model inside it."""
        swept_texts = self._swept  # the cache of ``text``, looked up here directly
        stack: list[BaseModel] = [model]
        while stack:
            node = stack.pop()
            plan = _plan(type(node))
            if plan is None:
                continue
            values = node.__dict__  # where pydantic keeps field values: no attribute lookup
            owner_name = values.get("name", "") if plan.named_by_code else ""
            clean_text = False
            for field, is_code, judged_by_name, plain in plan.fields:
                value = values[field]
                swept: Any
                if plain and type(value) is str:  # most fields: text, swept on its own
                    swept = swept_texts.get(value)
                    if swept is _UNCHANGED:
                        continue
                    if swept is None:
                        swept = self.text(value)
                    if swept is not value:
                        setattr(node, field, swept)
                    continue
                # A parameter's or field's values are judged by its name as well.
                named = owner_name if judged_by_name else ""
                if type(value) is str:  # the common case first
                    if is_code or (field == "json_value" and clean_text):
                        continue
                    swept = self.value(named, value) if named else self.text(value)
                elif value is None or type(value) in _PLAIN_SCALARS:
                    continue  # nothing to sweep, in any field
                elif not value and type(value) in (list, dict):
                    continue  # empty: nothing to sweep either
                elif is_code and not _holds_models(value):
                    continue
                elif field == "json_value" and clean_text:
                    # Parsed from a text the sweep found clean (and already redacted
                    # by key when read): walking megabytes of bodies again finds nothing.
                    continue
                elif isinstance(value, BaseModel):
                    stack.append(value)  # swept in its turn
                    continue
                else:
                    swept = self._field(field, named, value, stack)
                if field == "default" and swept == PLACEHOLDER:
                    swept = None  # a withheld default is no default: never send the placeholder
                if field == "text" and plan.is_sample:  # declared before json_value
                    # No escaped secrets; the one-letter search first is much cheaper.
                    clean_text = swept == value and ("\\" not in value or "\\u" not in value)
                if swept is not value:
                    setattr(node, field, swept)

    def _field(self, field: str, owner_name: str, value: Any, stack: list[BaseModel]) -> Any:
        """The swept value of a field; containers are copied only when something
        in them changes (nothing changes the model's lists and dicts in place)."""
        if isinstance(value, BaseModel):
            stack.append(value)
            return value
        if isinstance(value, str):
            return self.value(owner_name, value) if owner_name else self.text(value)
        if field == "json_value":
            return self.json(value)
        if isinstance(value, dict):
            swept = {
                k: self.value(str(k), v) if isinstance(v, str) else v for k, v in value.items()
            }
            return value if all(swept[k] is v for k, v in value.items()) else swept
        if isinstance(value, list):
            out: list[Any] | None = None  # the copy, from the first changed item on
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):  # the common case, without a call
                    stack.append(item)
                    new = item
                else:
                    new = self._item(item, stack)
                if out is None and new is not item:
                    out = value[:index]
                if out is not None:
                    out.append(new)
            return value if out is None else out
        return value

    def _item(self, item: Any, stack: list[BaseModel]) -> Any:
        if isinstance(item, BaseModel):
            stack.append(item)
            return item
        if isinstance(item, tuple) and len(item) == 2:  # header or query pairs
            name, text = item
            credential_header = text and name.strip().lower() in _SECRET_HEADERS
            new = PLACEHOLDER if credential_header else self.value(name, text)
            return item if new is text else (name, new)
        if isinstance(item, str):
            return self.text(item)
        return item


def _holds_models(value: Any) -> bool:
    """``Api.endpoints`` holds models to sweep; ``Resource.endpoints`` holds ids to keep."""
    return isinstance(value, list) and any(isinstance(item, BaseModel) for item in value)


def redact_api(model: BaseModel, secrets: Iterable[str] = ()) -> None:
    """Sweep a finished model (an ``Api``) in place; see the module docstring."""
    _Sweeper(secrets).model(model)
