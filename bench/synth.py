"""Synthetic Postman collections for the benchmark: realistic, deterministic.

``write_collection(path, requests)`` writes a v2.1 collection with exactly
``requests`` requests, shaped like a real REST API export:

- top-level folders (services) holding resource folders, some with a nested
  sub-resource folder; one service uses bearer auth, the rest the collection's
  API key;
- per resource: list (Spring Data page, query filters), get / update / delete
  by id (``:id`` path variables), create (JSON body), custom actions and
  sub-collection lists;
- 2–3 saved examples per request (success plus 4xx errors with a JSON error
  object), bodies pretty-printed like Postman saves them;
- every resource has its own entity (distinct field names and types: strings,
  ints, floats, bools, timestamps, enums, nested objects, lists of objects).

The same ``(requests, seed)`` always gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

_SERVICES = [
    "billing",
    "catalog",
    "inventory",
    "shipping",
    "identity",
    "analytics",
    "messaging",
    "payments",
    "scheduling",
    "documents",
    "monitoring",
    "reporting",
    "storage",
    "search",
    "notifications",
    "compliance",
    "marketing",
    "support",
    "fleet",
    "energy",
]
_NOUNS = [
    "account",
    "invoice",
    "order",
    "product",
    "customer",
    "shipment",
    "warehouse",
    "device",
    "sensor",
    "ticket",
    "campaign",
    "contract",
    "vehicle",
    "driver",
    "meter",
    "tariff",
    "report",
    "dashboard",
    "alert",
    "rule",
    "workflow",
    "document",
    "folder",
    "template",
    "schedule",
    "slot",
    "booking",
    "payment",
    "refund",
    "coupon",
    "subscription",
    "plan",
    "quota",
    "webhook",
    "token",
    "role",
    "group",
    "member",
    "tenant",
    "region",
    "site",
    "asset",
    "batch",
    "job",
    "task",
    "event",
    "channel",
    "message",
    "thread",
    "attachment",
]
_ADJECTIVES = [
    "primary",
    "external",
    "billing",
    "display",
    "default",
    "last",
    "next",
    "total",
    "average",
    "max",
    "min",
    "public",
    "internal",
    "preferred",
    "archived",
    "current",
]
_ATTRS = [
    "name",
    "code",
    "label",
    "reference",
    "status",
    "priority",
    "amount",
    "count",
    "weight",
    "score",
    "region",
    "currency",
    "email",
    "phone",
    "note",
    "url",
    "owner",
    "level",
    "version",
    "color",
    "category",
    "source",
    "target",
    "limit",
    "ratio",
    "duration",
]
_VERBS = [
    "activate",
    "deactivate",
    "archive",
    "restore",
    "approve",
    "reject",
    "sync",
    "retry",
    "publish",
    "lock",
    "unlock",
    "export",
    "validate",
    "assign",
    "cancel",
    "close",
]
_FILTERS = [
    "search",
    "status",
    "ownerId",
    "createdAfter",
    "createdBefore",
    "tag",
    "region",
    "category",
    "active",
    "minAmount",
    "maxAmount",
    "includeArchived",
]
_WORDS = (
    "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
    "incididunt ut labore et dolore magna aliqua enim minim veniam quis nostrud"
).split()


def _camel(*words: str) -> str:
    head, *rest = "_".join(words).split("_")
    return head + "".join(w[:1].upper() + w[1:] for w in rest)


def _title(word: str) -> str:
    return word.replace("_", " ").title()


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


class _Entity:
    """The JSON shape of one resource's objects: a list of (field, kind, extra)."""

    def __init__(self, rng: random.Random, noun: str, index: int) -> None:
        self.noun = noun
        self.fields: list[tuple[str, str, Any]] = [
            ("id", "id", None),
            ("name", "str", None),
            ("description", "nullable_str", None),
            ("createdAt", "datetime", None),
            ("updatedAt", "datetime", None),
        ]
        used = {f[0] for f in self.fields}
        kinds = [
            "str",
            "int",
            "float",
            "bool",
            "enum",
            "object",
            "list_str",
            "list_object",
            "datetime",
            "nullable_str",
        ]
        for _ in range(rng.randint(4, 10)):
            attr = _camel(rng.choice(_ADJECTIVES), rng.choice(_ATTRS))
            if attr in used:
                continue
            used.add(attr)
            kind = rng.choice(kinds)
            extra: Any = None
            if kind == "enum":
                extra = [
                    f"{attr.upper()}_{v}"
                    for v in rng.sample(
                        ["ACTIVE", "INACTIVE", "PENDING", "FAILED", "DONE", "NEW"], 3
                    )
                ]
            elif kind in ("object", "list_object"):
                extra = [
                    (_camel(rng.choice(_ATTRS), "value"), rng.choice(["str", "int", "float"])),
                    ("unit" + str(index % 7), "str"),
                    ("enabled", "bool"),
                ]
            self.fields.append((attr, kind, extra))

    def value(self, rng: random.Random, n: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, kind, extra in self.fields:
            out[name] = _value(rng, kind, extra, n, self.noun)
        return out

    def create_body(self, rng: random.Random) -> dict[str, Any]:
        body = self.value(rng, 0)
        for key in ("id", "createdAt", "updatedAt"):
            body.pop(key)
        return body


def _value(rng: random.Random, kind: str, extra: Any, n: int, noun: str) -> Any:
    if kind == "id":
        return f"{rng.randrange(16**15, 16**16):016x}"
    if kind == "str":
        return f"{noun} {' '.join(rng.sample(_WORDS, 2))}"
    if kind == "nullable_str":
        return None if n % 2 else " ".join(rng.sample(_WORDS, 5)).capitalize() + "."
    if kind == "datetime":
        return (
            f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d}:00.000+00:00"
        )
    if kind == "int":
        return rng.randint(0, 5000)
    if kind == "float":
        return round(rng.uniform(0, 1000), 2)
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "enum":
        return rng.choice(extra)
    if kind == "list_str":
        return [rng.choice(_WORDS) for _ in range(rng.randint(1, 3))]
    if kind == "object":
        return {k: _value(rng, t, None, n, noun) for k, t in extra}
    if kind == "list_object":
        return [{k: _value(rng, t, None, n, noun) for k, t in extra} for _ in range(2)]
    raise ValueError(kind)


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _error(rng: random.Random, status: int, path: str) -> dict[str, Any]:
    reasons = {
        400: "Bad Request",
        401: "Unauthorized",
        403: "Forbidden",
        404: "Not Found",
        409: "Conflict",
        422: "Unprocessable Entity",
    }
    return {
        "timestamp": f"2024-03-{rng.randint(1, 28):02d}T10:00:00.000+00:00",
        "path": path,
        "status": status,
        "error": reasons[status],
        "message": rng.choice(
            ["Validation failed", "Permission denied", "Not found", "Already exists"]
        ),
        "requestId": f"{rng.randrange(16**8):08x}-1",
    }


def _page(items: list[dict[str, Any]], size: int) -> dict[str, Any]:
    sort = {"sorted": False, "unsorted": True, "empty": True}
    return {
        "content": items,
        "pageable": {
            "sort": sort,
            "offset": 0,
            "pageSize": size,
            "pageNumber": 0,
            "paged": True,
            "unpaged": False,
        },
        "totalPages": 1,
        "totalElements": len(items),
        "last": True,
        "number": 0,
        "sort": sort,
        "size": size,
        "numberOfElements": len(items),
        "first": True,
        "empty": not items,
    }


_JSON_HEADERS = [
    {"key": "Content-Type", "value": "application/json"},
    {"key": "Date", "value": "Mon, 04 Mar 2024 10:00:00 GMT"},
]


def _url(
    segments: list[str],
    query: list[dict[str, Any]] | None = None,
    variables: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    raw = "{{baseUrl}}/" + "/".join(segments)
    enabled = [q for q in (query or []) if not q.get("disabled")]
    if enabled:
        raw += "?" + "&".join(f"{q['key']}={q['value']}" for q in enabled)
    url: dict[str, Any] = {"raw": raw, "host": ["{{baseUrl}}"], "path": list(segments)}
    if query:
        url["query"] = query
    if variables:
        url["variable"] = variables
    return url


def _example(name: str, request: dict[str, Any], code: int, body: Any) -> dict[str, Any]:
    statuses = {
        200: "OK",
        201: "Created",
        204: "No Content",
        400: "Bad Request",
        401: "Unauthorized",
        403: "Forbidden",
        404: "Not Found",
        409: "Conflict",
        422: "Unprocessable Entity",
    }
    example: dict[str, Any] = {
        "name": name,
        "originalRequest": request,
        "status": statuses[code],
        "code": code,
        "_postman_previewlanguage": "json" if body is not None else "text",
        "header": _JSON_HEADERS if body is not None else [],
        "cookie": [],
        "body": _json(body) if body is not None else "",
    }
    return example


def _request(
    method: str, url: dict[str, Any], description: str, body: Any = None
) -> dict[str, Any]:
    request: dict[str, Any] = {
        "method": method,
        "header": [],
        "url": url,
        "description": description,
    }
    if body is not None:
        request["header"] = [{"key": "Content-Type", "value": "application/json", "type": "text"}]
        request["body"] = {
            "mode": "raw",
            "raw": _json(body),
            "options": {"raw": {"language": "json"}},
        }
    return request


def _sentence(rng: random.Random, words: int = 12) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def _resource_requests(
    rng: random.Random, prefix: list[str], noun: str, entity: _Entity, id_var: str
) -> list[dict[str, Any]]:
    """Every request of one resource folder, in a realistic order."""
    plural = _plural(noun)
    title = _title(noun)
    base = [*prefix, plural.replace("_", "-")]
    path = "/" + "/".join(base)
    id_param = [
        {
            "key": "id",
            "value": f"{{{{{id_var}}}}}",
            "description": f"The {noun.replace('_', ' ')} id (16 hex characters).",
        }
    ]
    out: list[dict[str, Any]] = []

    # list: a Spring page with filters
    query = [
        {"key": "page", "value": "0", "description": "Zero-based page index."},
        {"key": "size", "value": "20", "description": "Page size.", "disabled": True},
        {
            "key": "sort",
            "value": "name,asc",
            "description": "`property,direction`.",
            "disabled": True,
        },
    ]
    for f in rng.sample(_FILTERS, rng.randint(1, 4)):
        query.append(
            {
                "key": f,
                "value": rng.choice(["", "true", "abc", "42"]),
                "description": _sentence(rng, 6),
                "disabled": rng.random() < 0.6,
            }
        )
    request = _request(
        "GET", _url(base, query), f"Lists {plural} as a Spring page. " + _sentence(rng)
    )
    items = [entity.value(rng, i) for i in range(rng.randint(1, 3))]
    examples = [
        _example(f"{title} page", request, 200, _page(items, 20)),
        _example("Unauthorized", request, 401, _error(rng, 401, path)),
    ]
    if rng.random() < 0.5:
        examples.append(_example("Empty page", request, 200, _page([], 20)))
    out.append(
        {"name": f"List {plural.replace('_', ' ')}", "request": request, "response": examples}
    )

    # get by id
    request = _request(
        "GET", _url([*base, ":id"], variables=id_param), f"Returns one {noun}. " + _sentence(rng)
    )
    examples = [
        _example(title, request, 200, entity.value(rng, 1)),
        _example("Not found", request, 404, _error(rng, 404, path + "/x")),
    ]
    if rng.random() < 0.4:
        examples.append(_example("Forbidden", request, 403, _error(rng, 403, path + "/x")))
    out.append({"name": f"Get {noun.replace('_', ' ')}", "request": request, "response": examples})

    # create
    body = entity.create_body(rng)
    request = _request("POST", _url(base), f"Creates a {noun}. " + _sentence(rng), body)
    examples = [
        _example(f"{title} created", request, 201, entity.value(rng, 2)),
        _example("Validation error", request, 400, _error(rng, 400, path)),
    ]
    if rng.random() < 0.5:
        examples.append(_example("Conflict", request, 409, _error(rng, 409, path)))
    out.append(
        {"name": f"Create {noun.replace('_', ' ')}", "request": request, "response": examples}
    )

    # update
    body = entity.create_body(rng)
    request = _request("PUT", _url([*base, ":id"], variables=id_param), f"Replaces a {noun}.", body)
    examples = [
        _example(f"{title} updated", request, 200, entity.value(rng, 3)),
        _example("Not found", request, 404, _error(rng, 404, path + "/x")),
    ]
    out.append(
        {"name": f"Update {noun.replace('_', ' ')}", "request": request, "response": examples}
    )

    # delete
    request = _request(
        "DELETE",
        _url([*base, ":id"], variables=id_param),
        f"Deletes a {noun}. It cannot be restored.",
    )
    examples = [
        _example("Deleted", request, 204, None),
        _example("Not found", request, 404, _error(rng, 404, path + "/x")),
    ]
    out.append(
        {"name": f"Delete {noun.replace('_', ' ')}", "request": request, "response": examples}
    )

    # custom actions
    for verb in rng.sample(_VERBS, rng.randint(1, 4)):
        body = (
            {"reason": _sentence(rng, 4), "force": rng.random() < 0.5}
            if rng.random() < 0.6
            else None
        )
        request = _request(
            "POST",
            _url([*base, ":id", verb], variables=id_param),
            f"{verb.title()}s a {noun}. " + _sentence(rng),
            body,
        )
        examples = [
            _example(f"{title} {verb}d", request, 200, entity.value(rng, 4)),
            _example("Unprocessable", request, 422, _error(rng, 422, path)),
        ]
        if rng.random() < 0.3:
            examples.append(_example("Not found", request, 404, _error(rng, 404, path)))
        out.append(
            {
                "name": f"{verb.title()} {noun.replace('_', ' ')}",
                "request": request,
                "response": examples,
            }
        )
    return out


def make_collection(requests: int, seed: int = 8) -> dict[str, Any]:
    rng = random.Random(f"{seed}:{requests}")
    folders: list[dict[str, Any]] = []
    total = 0
    index = 0
    variables = [
        {"key": "baseUrl", "value": "https://api.example.com", "type": "string"},
        {"key": "apiKey", "value": "", "type": "string"},
        {"key": "accessToken", "value": "", "type": "string"},
    ]
    while total < requests:
        service = _SERVICES[len(folders) % len(_SERVICES)]
        if len(folders) >= len(_SERVICES):
            service = f"{service}_{len(folders) // len(_SERVICES) + 1}"
        service_folder: dict[str, Any] = {
            "name": _title(service),
            "description": f"The {service.replace('_', ' ')} service. " + _sentence(rng, 20),
            "item": [],
        }
        if len(folders) % 5 == 3:
            service_folder["auth"] = {
                "type": "bearer",
                "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}],
            }
        for noun in rng.sample(_NOUNS, rng.randint(4, 9)):
            if total >= requests:
                break
            index += 1
            id_var = _camel(noun, "id")
            variables.append(
                {"key": f"{id_var}{index}", "value": f"{index:016x}", "type": "string"}
            )
            entity = _Entity(rng, noun, index)
            prefix = ["v1", service.replace("_", "-")]
            items = _resource_requests(rng, prefix, noun, entity, f"{id_var}{index}")
            resource: dict[str, Any] = {
                "name": _title(_plural(noun)),
                "description": _sentence(rng, 16),
                "item": items,
            }
            if rng.random() < 0.25:  # a nested sub-resource under /{plural}/:id/
                child = rng.choice(_NOUNS)
                child_entity = _Entity(rng, f"{noun}_{child}", index)
                child_items = _resource_requests(
                    rng,
                    [*prefix, _plural(noun), f":{id_var}"],
                    f"{noun}_{child}",
                    child_entity,
                    f"{id_var}{index}",
                )[:3]
                for item in child_items:
                    item["request"]["url"]["variable"] = [
                        {
                            "key": id_var,
                            "value": f"{{{{{id_var}{index}}}}}",
                            "description": f"The parent {noun} id.",
                        },
                        *item["request"]["url"].get("variable", []),
                    ]
                resource["item"].append({"name": _title(_plural(child)), "item": child_items})
            room = requests - total
            _trim(resource, room)
            total += _count(resource)
            service_folder["item"].append(resource)
        folders.append(service_folder)
    return {
        "info": {
            "_postman_id": f"00000000-0000-4000-8000-{requests:012d}",
            "name": f"Synthetic API ({requests} requests)",
            "description": "A generated collection for the postman-codegen benchmark.",
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
        },
        "item": folders,
        "auth": {
            "type": "apikey",
            "apikey": [
                {"key": "key", "value": "X-API-Key", "type": "string"},
                {"key": "value", "value": "{{apiKey}}", "type": "string"},
                {"key": "in", "value": "header", "type": "string"},
            ],
        },
        "variable": variables,
    }


def _count(node: dict[str, Any]) -> int:
    if "request" in node:
        return 1
    return sum(_count(child) for child in node.get("item", []))


def _trim(node: dict[str, Any], room: int) -> int:
    """Drop trailing requests so the folder holds at most ``room``; returns what it holds."""
    kept: list[dict[str, Any]] = []
    for child in node.get("item", []):
        if room <= 0:
            break
        if "request" in child:
            kept.append(child)
            room -= 1
        else:
            held = _trim(child, room)
            if held:
                kept.append(child)
                room -= held
    node["item"] = kept
    return _count(node)


def write_collection(path: Path, requests: int, seed: int = 8) -> Path:
    data = make_collection(requests, seed)
    assert _count({"item": data["item"]}) == requests
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent="\t", ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("requests", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    write_collection(args.out, args.requests, args.seed)


if __name__ == "__main__":
    main()
