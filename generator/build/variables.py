"""Postman ``{{variable}}`` references: finding and resolving them.

Resolution is bounded (a variable may refer to another, and cycles exist in
real exports), and variables that hold secrets are never substituted into
anything that ends up in generated files.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Mapping

from generator.naming import words
from generator.postman.raw import RawVariable

VARIABLE = re.compile(r"\{\{\s*([^{}]+?)\s*\}\}")
MAX_DEPTH = 10

# Words that make a name a credential's name, matched as whole words of the name
# (``accessToken`` -> access, token) so ``tokenizer`` or ``sessions_count`` are not.
_SECRET_WORDS = frozenset(
    "password passwd pwd passphrase secret secrets token tokens apikey authorization auth "
    "credential credentials cookie cookies signature session jwt otp".split()
)
# Credentials named by two words: matched in the name with its separators removed.
_SECRET_COMPOUNDS = tuple(
    "apikey accesskey secretkey privatekey clientsecret sessionid authkey signingkey".split()
)

# Values that are credentials whatever they are called: an HTTP auth header value
# (not a placeholder), a JWT, and the key formats of well-known providers.
_SECRET_VALUE = re.compile(
    r"""
    ^\s*(?:bearer|basic|token|negotiate)\s+[A-Za-z0-9._~+/=-]{6,}\s*$
    | \beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*
    | \bgh[pousr]_[A-Za-z0-9]{20,}
    | \bgithub_pat_[A-Za-z0-9_]{20,}
    | \b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{8,}
    | \bxox[abposr]-[A-Za-z0-9-]{8,}
    | \b(?:AKIA|ASIA)[A-Z0-9]{16}\b
    | \bAIza[0-9A-Za-z_-]{30,}
    | -----BEGIN\ [A-Z ]*PRIVATE\ KEY-----
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _shortest_match(pattern: re.Pattern[str]) -> int:
    """The fewest characters ``pattern`` can match (0 when ``re`` cannot say)."""
    try:
        parser = importlib.import_module("re._parser")  # re's own (Python 3.11+)
        return int(parser.parse(pattern.pattern, pattern.flags).getwidth()[0])
    except Exception:  # another Python: no shortcut, same results
        return 0


# Shorter values cannot be a credential by their form (most example values are).
_SHORTEST_SECRET_VALUE = _shortest_match(_SECRET_VALUE)


def might_hold_credential(text: str, lowered: str | None = None) -> bool:
    """A cheap test that spares the regexes the megabytes of ordinary example
    text: every credential form above contains one of these words.
    ``lowered``: ``text.lower()``, when the caller has it."""
    if lowered is None:
        lowered = text.lower()
    return (
        "bearer" in lowered
        or "basic" in lowered
        or "token" in lowered
        or "eyj" in lowered
        or "gh" in lowered
        or "_pat_" in lowered
        or "k_" in lowered
        or "xox" in lowered
        or "akia" in lowered
        or "asia" in lowered
        or "aiza" in lowered
        or "negotiate" in lowered
        or "-----begin" in lowered
    )


def credential_hint(text: str, lowered: str | None = None) -> bool:
    """``might_hold_credential``, narrowed for ASCII text to what the credential
    regexes (``_SECRET_VALUE`` here, ``_CREDENTIAL_RUN`` in redact) cannot match
    without: ``gh`` is in "high" and ``k_`` in "task_id", ``ghp_`` and ``sk_live_``
    are not. Only for ASCII text, where ``lower()`` folds case exactly as the
    regexes' IGNORECASE does; other text keeps the broad test."""
    if lowered is None:
        lowered = text.lower()
    if not text.isascii():
        return might_hold_credential(text, lowered)
    # Each long search is guarded by one of its letters: a one-letter search
    # (memchr) is many times cheaper, and this runs over every body.
    low = lowered
    return (
        ("b" in low and ("bearer" in low or "basic" in low))
        or (
            "k" in low and ("token" in low or "akia" in low or "k_live_" in low or "k_test_" in low)
        )
        or "negotiate" in low
        or ("j" in low and "eyj" in low)
        or (
            "_" in low
            and (
                "ghp_" in low
                or "gho_" in low
                or "ghu_" in low
                or "ghs_" in low
                or "ghr_" in low
                or "github_pat_" in low
            )
        )
        or ("x" in low and "xox" in low)
        or "asia" in low
        or ("z" in low and "aiza" in low)
        or ("-----" in low and "-----begin" in low)
    )


@functools.lru_cache(maxsize=4096)  # the same few keys recur in thousands of bodies
def looks_secret(name: str) -> bool:
    """True for names like ``apiKey``, ``client_secret``, ``accessToken``, ``Cookie``."""
    parts = words(name)
    joined = "".join(parts)
    return any(p in _SECRET_WORDS for p in parts) or any(c in joined for c in _SECRET_COMPOUNDS)


def looks_secret_value(value: str) -> bool:
    """True for values that are credentials by their form (``Bearer abc...``, a JWT,
    ``ghp_...``, ``AKIA...``); a ``{{variable}}`` reference is not a value."""
    if not value or len(value) < _SHORTEST_SECRET_VALUE:  # removing variables only shortens
        return False
    if "{{" not in value:  # nothing for VARIABLE to remove (the common case)
        return credential_hint(value) and _SECRET_VALUE.search(value) is not None
    if not might_hold_credential(value):
        return False
    return _SECRET_VALUE.search(VARIABLE.sub("", value)) is not None


def is_secret(variable: RawVariable) -> bool:
    return (
        variable.type == "secret"
        or looks_secret(variable.key)
        or looks_secret_value(variable.value or "")
    )


class Variables:
    """The collection's variables, with secret values withheld."""

    def __init__(self, variables: Iterable[RawVariable]) -> None:
        self._values: dict[str, str] = {}
        self.secret_names: set[str] = set()
        # Results of pure functions of a text under these variables (parsed body
        # samples, see ``requests.read_sample``): a collection repeats its bodies
        # in every saved example, and each needs parsing only once.
        self.memo: dict[object, object] = {}
        self._resolved: dict[str, str] = {}  # text -> text with variables substituted
        for var in variables:
            if var.disabled or not var.key:
                continue
            if is_secret(var):
                self.secret_names.add(var.key)
                continue
            self._values.setdefault(var.key, var.value or "")

    @property
    def values(self) -> Mapping[str, str]:
        return self._values

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def resolve(self, text: str) -> str:
        """Substitute known, non-secret variables; unknown ones stay as ``{{name}}``."""
        if "{{" not in text:  # nothing to substitute (most text): skip the regex
            return text
        found = self._resolved.get(text)  # the same few references recur everywhere
        if found is None:
            found = self._resolved[text] = self._substituted(text)
        return found

    def _substituted(self, text: str) -> str:
        for _ in range(MAX_DEPTH):
            replaced = VARIABLE.sub(self._substitute, text)
            if replaced == text:
                break
            text = replaced
        return text

    def _substitute(self, match: re.Match[str]) -> str:
        value = self._values.get(match.group(1))
        return match.group(0) if value is None or value == "" else value


def whole_variable(text: str) -> str | None:
    """The name when ``text`` is exactly one ``{{name}}`` reference."""
    match = VARIABLE.fullmatch(text.strip())
    return match.group(1) if match else None
