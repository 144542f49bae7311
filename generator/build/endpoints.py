"""Drafts that share a method and path template → one ``Endpoint``.

Real collections repeat an endpoint many times with different bodies; users
expect one method. Parameters are united (one missing from some requests
becomes optional), bodies and examples become samples, and the endpoint takes
the first request's name, folder and description.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Literal, NamedTuple

from generator.build.requests import Draft, ExampleDraft, RequestValues
from generator.model.api import (
    Body,
    Endpoint,
    Example,
    ExampleRequest,
    FormField,
    Param,
    Response,
    Sample,
)
from generator.model.types import TypeRef
from generator.naming import Namespace, python_name

# Keyword arguments every generated method has; parameters must not take them.
# "body" and "content" are the body arguments the renderer adds.
METHOD_KWARGS = frozenset(
    {"self", "extra_headers", "extra_query", "extra_body", "timeout", "body", "content"}
)


def _path_template(draft: Draft, names: dict[int, str]) -> str:
    parts: list[str] = []
    index = 0
    for segment in draft.url.segments:
        if segment.is_param:
            parts.append("{" + names[index] + "}")
            index += 1
        else:
            parts.append(segment.text)
    return "/" + "/".join(parts) + ("/" if draft.url.trailing_slash else "")


def _path_params(drafts: list[Draft], ns: Namespace) -> tuple[list[Param], dict[int, str]]:
    first = drafts[0]
    params: list[Param] = []
    names: dict[int, str] = {}
    wire_names = [s.text for s in first.url.segments if s.is_param]
    for index, wire in enumerate(wire_names):
        py = ns.claim(python_name(wire, "param"))
        names[index] = py
        example = first.path_values.get(wire) or next(
            (e.request.path_params.get(f"#{index}", "") for e in first.examples), ""
        )
        description = next(
            (d.path_descriptions.get(wire, "") for d in drafts if d.path_descriptions.get(wire)),
            "",
        )
        params.append(
            Param(
                name=wire,
                python_name=py,
                location="path",
                required=True,
                example=example or None,
                description=description,
            )
        )
    return params, names


def _is_small_int(text: str) -> bool:
    digits = text.removeprefix("-")
    # isdigit() is true for "²" and "١": only ASCII digits are Python int literals.
    if not (digits.isascii() and digits.isdigit()) or len(digits) >= 10:
        return False
    return digits == "0" or digits[0] != "0"


def _scalar_type(values: list[str], repeated: bool) -> TypeRef:
    """int or bool when every example value says so; str otherwise."""
    kind: Literal["int", "bool", "str"] = "str"
    # Leading zeros and long digit strings are identifiers, not numbers.
    if values and all(_is_small_int(v) for v in values):
        kind = "int"
    elif values and all(v in ("true", "false") for v in values):
        kind = "bool"
    scalar = _SCALARS[kind]
    return TypeRef.list_of(scalar) if repeated else scalar


# Shared: TypeRef is frozen, and every query parameter takes one.
_SCALARS: dict[str, TypeRef] = {kind: TypeRef(kind=kind) for kind in ("int", "bool", "str")}


class _QueryUse(NamedTuple):
    """One request's use of a query parameter."""

    required: bool
    default: str | None
    example: str | None
    description: str
    repeated: bool


def _query_params(drafts: list[Draft], ns: Namespace) -> list[Param]:
    uses: dict[str, list[_QueryUse]] = {}  # wire name -> uses, in order of first use
    for draft in drafts:
        for q in draft.query:
            example = q.value if q.value and "{{" not in q.value else q.default
            use = _QueryUse(q.required, q.default, example, q.description, q.repeated)
            uses.setdefault(q.name, []).append(use)
    out: list[Param] = []
    for wire, variants in uses.items():
        values = [v.example for v in variants if v.example]
        in_all = len(variants) == len(drafts)
        defaults = {v.default for v in variants}
        repeated = any(v.repeated for v in variants)
        first = variants[0]
        out.append(
            Param(
                name=wire,
                python_name=ns.claim(python_name(wire, "param")),
                location="query",
                type=_scalar_type(values, repeated),
                required=in_all and all(v.required for v in variants),
                default=first.default if in_all and len(defaults) == 1 else None,
                example=first.example,
                description=next((v.description for v in variants if v.description), ""),
                repeated=repeated,
            )
        )
    return out


def _header_params(drafts: list[Draft], ns: Namespace) -> tuple[list[Param], list[tuple[str, str]]]:
    params: list[Param] = []
    fixed: list[tuple[str, str]] = []
    seen: set[str] = set()
    for draft in drafts:
        for h in draft.headers:
            key = h.name.lower()
            if key in seen:
                continue
            seen.add(key)
            if h.is_param or draft is not drafts[0]:
                params.append(
                    Param(
                        name=h.name,
                        python_name=ns.claim(python_name(h.name, "header")),
                        location="header",
                        required=False,
                        example=h.value if "{{" not in h.value else None,
                        description=h.description,
                    )
                )
            else:
                fixed.append((h.name, h.value))
    return params, fixed


def _body(drafts: list[Draft], ns: Namespace) -> Body | None:
    bodies = [d.body for d in drafts if d.body is not None]
    if not bodies:
        return None
    modes = Counter(b.mode for b in bodies)
    mode = max(modes, key=lambda m: (modes[m], -[b.mode for b in bodies].index(m)))
    chosen = [b for b in bodies if b.mode == mode]
    samples: list[Sample] = [b.sample for b in chosen if b.sample is not None]
    for draft in drafts:
        for example in draft.examples:
            if example.request.body is not None and (
                mode not in ("json", "graphql") or example.request.body.is_json
            ):
                samples.append(example.request.body)
    form_fields: list[FormField] = []
    if mode in ("urlencoded", "multipart"):
        seen: dict[str, int] = {}
        for body in chosen:
            for f in body.form:
                if f.key in seen:
                    continue
                seen[f.key] = 1
                in_all = all(any(g.key == f.key for g in b.form) for b in chosen)
                form_fields.append(
                    FormField(
                        name=f.key,
                        python_name=ns.claim(python_name(f.key, "field")),
                        is_file=f.type == "file",
                        required=in_all and not f.disabled,
                        description=f.description,
                        example=None if f.type == "file" else f.value,
                    )
                )
    return Body(
        mode=mode,
        content_type=chosen[0].content_type,
        samples=samples,
        form_fields=form_fields,
        required=len(bodies) == len(drafts),
    )


def _mapped_path_params(values: RequestValues, names: dict[int, str]) -> dict[str, str]:
    """Path values by python name instead of position."""
    return {
        names[int(key[1:])]: value
        for key, value in values.path_params.items()
        if key.startswith("#") and int(key[1:]) in names
    }


def _example(draft: ExampleDraft, names: dict[int, str]) -> Example:
    values = draft.request
    request = ExampleRequest(
        path_params=_mapped_path_params(values, names),
        query=values.query,
        headers=values.headers,
        body=values.body,
    )
    return Example(
        name=draft.name,
        status=draft.status,
        headers=draft.headers,
        content_type=draft.content_type,
        body=draft.body,
        request=request,
    )


def _call(own: RequestValues, names: dict[int, str]) -> ExampleRequest:
    """The request's own values. Its body is a copy: the examples recorded without a
    request of their own share ``own.body``, and later stages change models in place."""
    return ExampleRequest(
        path_params=_mapped_path_params(own, names),
        query=own.query,
        headers=own.headers,
        body=own.body.model_copy() if own.body is not None else None,
    )


def _sample_key(sample: Sample | None) -> tuple[str, str, bool] | None:
    # The JSON value is parsed from the text (``read_sample``): equal texts, equal values.
    return None if sample is None else (sample.source, sample.text, sample.is_json)


# ``_example_key`` reads these fields (a sample's JSON value is parsed from its text):
# a field added to one of these models must be added there.
assert set(Example.model_fields) == {"name", "status", "headers", "content_type", "body", "request"}
assert set(ExampleRequest.model_fields) == {"path_params", "query", "headers", "body"}
assert set(Sample.model_fields) == {"source", "text", "json_value", "is_json"}


def _example_key(example: Example) -> tuple[object, ...]:
    """All of a saved example but its name, as a tuple: equal exactly when the
    examples' JSON dumps are, without writing megabytes of body JSON to compare."""
    request = example.request
    return (
        example.status,
        tuple(example.headers),
        example.content_type,
        _sample_key(example.body),
        tuple(request.path_params.items()),
        tuple(request.query),
        tuple(request.headers),
        _sample_key(request.body),
    )


def _unique_examples(examples: Iterable[Example]) -> list[Example]:
    """Examples in order, without repeats: an exported endpoint copied many times
    over carries the same saved example each time, and a copy adds nothing."""
    seen: set[tuple[object, ...]] = set()
    out: list[Example] = []
    for example in examples:
        key = _example_key(example)
        if key not in seen:
            seen.add(key)
            out.append(example)
    return out


def _responses(examples: list[Example]) -> list[Response]:
    by_status: dict[int, Response] = {}
    for example in examples:
        if example.status not in by_status:
            by_status[example.status] = Response(
                status=example.status,
                description=example.name,
                content_type=example.content_type,
                is_error=example.status >= 400,
            )
    return [by_status[s] for s in sorted(by_status)]


def build_endpoint(drafts: list[Draft]) -> Endpoint:
    """One endpoint from its drafts (the first one names it)."""
    first = drafts[0]
    ns = Namespace(METHOD_KWARGS)
    path_params, names = _path_params(drafts, ns)
    body = _body(drafts, ns)
    query = _query_params(drafts, ns)
    headers, fixed_headers = _header_params(drafts, ns)
    for p in path_params:
        if p.example is None:
            p.example = p.python_name
    examples = _unique_examples(_example(e, names) for d in drafts for e in d.examples)
    call = _call(first.own, names)
    path = _path_template(first, names)
    return Endpoint(
        id=f"{first.method} {path}",
        name=first.item.name,
        function="",
        method=first.method,
        path=path,
        params=path_params + query + headers,
        body=body,
        responses=_responses(examples),
        examples=examples,
        call=call,
        description=first.item.description or first.item.request.description,
        sources=[d.item.where for d in drafts],
        default_headers=fixed_headers,
    )
