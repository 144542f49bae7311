"""Splitting a request URL into base URL, path template and parameters.

``{{baseUrl}}/v3/devices/:deviceId?workspaceId={{workspaceId}}`` becomes base
``{{baseUrl}}`` (variable ``baseUrl``), segments ``v3``, ``devices`` and the
path parameter ``deviceId``, and one query parameter. Path parameters are
written three ways in real exports: ``:name``, ``{name}`` and ``{{name}}``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from generator.build.variables import Variables, whole_variable
from generator.postman.raw import RawQueryParam, RawUrl

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_BRACED = re.compile(r"^\{([^{}]+)\}$")


@dataclass(frozen=True)
class Segment:
    text: str  # literal text, or the parameter's wire name
    is_param: bool = False
    from_variable: bool = False  # written as {{name}}: the collection may hold a value


@dataclass
class SplitUrl:
    base: str  # as written, e.g. "{{baseUrl}}" or "https://api.example.com"
    base_variable: str | None
    resolved_base: str  # with collection variables substituted
    segments: list[Segment] = field(default_factory=list)
    query: list[RawQueryParam] = field(default_factory=list)
    trailing_slash: bool = False

    @property
    def template_key(self) -> str:
        """Path with parameters blanked: requests that share it are one endpoint."""
        parts = ["{}" if s.is_param else s.text for s in self.segments]
        return "/" + "/".join(parts) + ("/" if self.trailing_slash else "")


def _host_text(url: RawUrl) -> str:
    host = ".".join(url.host)
    if url.protocol:
        host = f"{url.protocol}://{host}"
    if url.port:
        host = f"{host}:{url.port}"
    return host


def _split_raw(raw: str) -> tuple[str, list[str]]:
    """Split a raw URL string (without query) into its base and path segments."""
    text = raw.split("#", 1)[0].split("?", 1)[0].strip()
    if _SCHEME.match(text):
        scheme_end = text.index("://") + 3
        slash = text.find("/", scheme_end)
        base, path = (text, "") if slash == -1 else (text[:slash], text[slash:])
    elif text.startswith("{{"):
        close = text.find("}}")
        slash = text.find("/", close + 2 if close != -1 else 0)
        base, path = (text, "") if slash == -1 else (text[:slash], text[slash:])
    elif text.startswith("/"):
        base, path = "", text
    else:
        slash = text.find("/")
        base, path = (text, "") if slash == -1 else (text[:slash], text[slash:])
    return base, path.split("/")[1:] if path else []


@functools.lru_cache(maxsize=4096)  # segments are few and repeat in every request
def _segment(raw_segment: str) -> Segment:
    if raw_segment.startswith(":") and len(raw_segment) > 1:
        return Segment(raw_segment[1:], is_param=True)
    name = whole_variable(raw_segment)
    if name is not None:
        return Segment(name, is_param=True, from_variable=True)
    braced = _BRACED.match(raw_segment)
    if braced:
        return Segment(braced.group(1), is_param=True)
    return Segment(unquote(raw_segment) if "%" in raw_segment else raw_segment)


def split_url(url: RawUrl, variables: Variables) -> SplitUrl:
    if url.host or url.path:
        base = _host_text(url)
        raw_path = list(url.path)
        # A host written as "{{baseUrl}}/v1" in one host segment carries path too.
        if "/" in base.split("://", 1)[-1]:
            extra_base, extra_path = _split_raw(base)
            base, raw_path = extra_base, extra_path + raw_path
    else:
        base, raw_path = _split_raw(url.raw)
    trailing = bool(raw_path) and raw_path[-1] == ""
    segments = [_segment(s) for s in raw_path if s != ""]
    base_variable = whole_variable(base) if base else None
    resolved = variables.resolve(base) if base else ""
    # A base variable whose value has a path ("https://host/api/v2") keeps it
    # in the base URL: the client's base_url then carries the prefix.
    if resolved and not _SCHEME.match(resolved) and "{{" not in resolved and resolved:
        resolved = "https://" + resolved
    return SplitUrl(
        base=base,
        base_variable=base_variable,
        resolved_base=resolved.rstrip("/"),
        segments=segments,
        query=list(url.query),
        trailing_slash=trailing,
    )


def base_url_name(split: SplitUrl) -> str:
    """A stable key for a base URL: its variable name, else its host."""
    if split.base_variable:
        return split.base_variable
    host = None
    if _SCHEME.match(split.resolved_base):
        try:
            host = urlsplit(split.resolved_base).hostname
        except ValueError:  # "https://[" and other hosts urllib cannot parse
            host = None
    return host or split.base or "default"
