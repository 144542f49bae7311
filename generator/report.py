"""Figures about a generated API: endpoints, merges, and how well examples were typed.

``postman-codegen report COLLECTION...`` prints, per collection, the requests,
the endpoints they became, and the share of example leaf values (scalars,
``null``, ``[]``, ``{}``) whose inferred type is concrete (not ``Any``).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.model.api import Api
from generator.model.types import ModelDef, TypeRef

# Fields of the runtime's generic Page model (templates/package/pagination.py.jinja).
_SPRING_PAGE_FIELDS = frozenset(
    {"totalElements", "totalPages", "number", "size", "numberOfElements", "first", "last", "empty"}
)


@dataclass
class LeafCount:
    leaves: int = 0
    concrete: int = 0

    def add(self, other: LeafCount) -> None:
        self.leaves += other.leaves
        self.concrete += other.concrete

    @property
    def share(self) -> float:
        return self.concrete / self.leaves if self.leaves else 1.0


def _typed_metadata(value: Any) -> LeafCount:
    leaves = count_leaves(value, TypeRef(kind="dict", args=(TypeRef(kind="int"),)), {})
    return LeafCount(leaves.leaves, leaves.leaves)


def _variant_for(value: Any, options: tuple[TypeRef, ...]) -> TypeRef:
    """The union member a JSON value belongs to (first match, None last)."""
    wanted = {
        bool: ("bool",),
        int: ("int", "float"),
        float: ("float",),
        str: ("str", "datetime", "date", "uuid", "model"),
        list: ("list",),
        dict: ("model", "dict", "page"),
    }.get(type(value), ("none",))
    for option in options:
        if option.kind in wanted:
            return option
    return next((o for o in options if o.kind != "none"), options[0])


def count_leaves(value: Any, type_ref: TypeRef | None, models: dict[str, ModelDef]) -> LeafCount:
    """Leaves of ``value`` and how many of them sit under a concrete type."""
    count = LeafCount()
    stack: list[tuple[Any, TypeRef | None]] = [(value, type_ref)]
    while stack:
        item, ref = stack.pop()
        if ref is not None and ref.kind == "union":
            ref = _variant_for(item, ref.args)
        is_leaf = not isinstance(item, dict | list) or not item
        if is_leaf:
            count.leaves += 1
            if (
                ref is not None
                and ref.kind != "any"
                and not any(a.kind == "any" for a in ref.walk())
            ):
                count.concrete += 1
            continue
        if isinstance(item, list):
            inner = ref.args[0] if ref is not None and ref.kind == "list" else None
            stack.extend((v, inner) for v in item)
        elif ref is not None and ref.kind == "page":
            for key, v in item.items():
                if key == "content":
                    stack.append((v, TypeRef.list_of(ref.args[0])))
                elif key in ("pageable", "sort"):
                    # Typed by the runtime's Pageable/PageSort models: all bools and ints.
                    count.add(_typed_metadata(v))
                else:
                    known = key in _SPRING_PAGE_FIELDS
                    stack.append((v, TypeRef(kind="int") if known else None))
        elif ref is not None and ref.kind == "model" and ref.name in models:
            fields = {f.name: f.type for f in models[ref.name].fields}
            stack.extend((v, fields.get(k)) for k, v in item.items())
        else:
            inner = ref.args[0] if ref is not None and ref.kind == "dict" else None
            stack.extend((v, inner) for v in item.values())
    return count


def typed_leaves(api: Api) -> LeafCount:
    models = {m.name: m for m in api.models}
    total = LeafCount()
    for endpoint in api.endpoints:
        statuses = {r.status: r.type for r in endpoint.responses}
        for example in endpoint.examples:
            if example.body is not None and example.body.is_json:
                ref = statuses.get(example.status)
                total.add(count_leaves(example.body.json_value, ref, models))
        if endpoint.body is not None and endpoint.body.mode == "json":
            for sample in endpoint.body.samples:
                if sample.is_json:
                    total.add(count_leaves(sample.json_value, endpoint.body.type, models))
    return total


def main(argv: list[str] | None = None) -> int:
    from generator.config import target_for_collection
    from generator.pipeline import build

    parser = argparse.ArgumentParser(prog="python -m generator.report", description=__doc__)
    parser.add_argument("collections", nargs="+", type=Path)
    parser.add_argument("--overrides", type=Path, help="overrides file (one collection only)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = []
    totals = LeafCount()
    for path in args.collections:
        target = target_for_collection(path, None, None)
        if args.overrides is not None:
            target = target.with_changes(overrides=args.overrides)
        built = build(target)
        api = built.api
        leaves = typed_leaves(api)
        totals.add(leaves)
        rows.append(
            {
                "collection": path.name.split(".")[0],
                "requests": sum(len(e.sources) for e in api.endpoints),
                "endpoints": len(api.endpoints),
                "skipped": sum("skipped" in d.message for d in built.diagnostics),
                "models": len(api.models),
                "leaves": leaves.leaves,
                "typed": round(100 * leaves.share, 1),
            }
        )
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print("| collection | requests | endpoints | merged | skipped | models | typed leaves |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        merged = int(r["requests"]) - int(r["endpoints"])
        print(
            f"| {r['collection']} | {r['requests']} | {r['endpoints']} | {merged} | "
            f"{r['skipped']} | {r['models']} | {r['typed']}% of {r['leaves']} |"
        )
    req = sum(int(r["requests"]) for r in rows)
    eps = sum(int(r["endpoints"]) for r in rows)
    skipped = sum(int(r["skipped"]) for r in rows)
    print(
        f"| **all** | {req} | {eps} | {req - eps} | {skipped} | "
        f"{sum(int(r['models']) for r in rows)} | {100 * totals.share:.1f}% of {totals.leaves} |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
