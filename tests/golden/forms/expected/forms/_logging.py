"""Logging and redaction.

The ``forms`` logger is silent by default (only warnings reach Python's
last-resort handler); ``FORMS_LOG=debug`` (or ``info``) turns it on
when a client is created. Everything logged or put in an error message passes
through a ``Redactor`` first, so credentials never leave the process that way.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable
from urllib.parse import quote

import httpx

__all__ = ["logger", "setup_logging", "Redactor", "LOG_ENV"]

logger = logging.getLogger("forms")

LOG_ENV = "FORMS_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}

MASK = "***"
# Header and query names whose values are secret whatever the API calls them.
_SECRET_NAME = re.compile(
    r"auth|api[-_.]?key|secret|token|passw|signature|cookie|session|credential", re.IGNORECASE
)
# Values shorter than this are not scrubbed from free text: they would mangle it.
_MIN_SCRUBBED_SECRET = 4


def setup_logging() -> None:
    """Apply ``FORMS_LOG``: set the level, and add a stderr handler
    unless the application has configured logging itself."""
    level = _LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)


class Redactor:
    """Masks credentials: by header/query name, and by value in free text."""

    def __init__(self, names: Iterable[str], secrets: Iterable[str | None]) -> None:
        self._names = frozenset(n.lower() for n in names)
        # Longest first, so a secret containing another is masked whole.
        self._secrets = sorted(
            {s for s in secrets if s and len(s) >= _MIN_SCRUBBED_SECRET}, key=len, reverse=True
        )

    def is_secret_name(self, name: str) -> bool:
        return name.lower() in self._names or _SECRET_NAME.search(name) is not None

    def text(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        return text

    def url(self, url: httpx.URL) -> str:
        """The URL without user info, with secret query values masked."""
        base = str(url.copy_with(query=None, fragment=None, username=None, password=None))
        pairs = [
            f"{quote(key, safe='')}={MASK if self.is_secret_name(key) else quote(value, safe='')}"
            for key, value in url.params.multi_items()
        ]
        return self.text(base + ("?" + "&".join(pairs) if pairs else ""))

    def headers(self, headers: httpx.Headers) -> dict[str, str]:
        return {
            key: MASK if self.is_secret_name(key) else self.text(value)
            for key, value in headers.items()
        }
