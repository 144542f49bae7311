"""The endpoint model as plain JSON data, for ``postman-codegen inspect``."""

from __future__ import annotations

from typing import Any

from generator.model.api import Api


def api_summary(api: Api) -> dict[str, Any]:
    endpoints = []
    for e in api.endpoints:
        endpoints.append(
            {
                "id": e.id,
                "name": e.name,
                "method": e.method,
                "path": e.path,
                "resource": ".".join(e.resource),
                "resource_chain": e.resource,
                "function": e.function,
                "base_url_variable": e.base_url_variable,
                "auth": e.auth,
                "params": [
                    {
                        "name": p.name,
                        "python_name": p.python_name,
                        "location": p.location,
                        "required": p.required,
                        "type": p.type.annotation(),
                        "default": p.default,
                    }
                    for p in e.params
                ],
                "body": (
                    None
                    if e.body is None
                    else {
                        "mode": e.body.mode,
                        "content_type": e.body.content_type,
                        "type": e.body.type.annotation() if e.body.type else None,
                        "samples": len(e.body.samples),
                    }
                ),
                "responses": [
                    {
                        "status": r.status,
                        "model": r.type.annotation() if r.type else None,
                        "is_error": r.is_error,
                    }
                    for r in e.responses
                ],
                "examples": len(e.examples),
                "sources": e.sources,
            }
        )
    models = [
        {
            "name": m.name,
            "kind": m.kind,
            "enum_values": m.enum_values,
            "fields": [
                {
                    "name": f.name,
                    "python_name": f.python_name,
                    "type": f.type.annotation(),
                    "required": f.required,
                }
                for f in m.fields
            ],
        }
        for m in api.models
    ]
    return {
        "name": api.name,
        "package": api.package,
        "client_class": api.client_class,
        "base_url": api.base_url,
        "auth_schemes": [s.model_dump() for s in api.auth_schemes],
        "endpoints": endpoints,
        "models": models,
    }
