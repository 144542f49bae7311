"""A collection with hostile text in every place text can go.

Each payload tries to escape the context it is rendered into (a string literal,
a docstring, a comment, a Jinja template, a TOML string, Markdown) and, if it
did, would create the marker file. The tests then check the marker never
appears and that the text survived as text.
"""

from __future__ import annotations

import json
from typing import Any

from tests.hostile.helpers import V21

# Text that a working escape keeps visible in docstrings and the README, and
# that Jinja would drop if it ever evaluated collection text as a template.
JINJA_HIDDEN = "JINJA_NEVER_RAN"


def payloads(marker: str) -> list[str]:
    touch = f"__import__('pathlib').Path({marker!r}).touch()"
    system = f"__import__('os').system('touch {marker}')"
    return [
        f'"""; {touch}; """',
        f"'''; {touch}; '''",
        f'"); {touch}; ("',
        f"'); {touch}; ('",
        f'"; import os; os.system("touch {marker}"); "',
        f"\"); import os; os.system('touch {marker}') #",
        system,
        f'\\"""\n{touch}\n"""\\',
        "trailing backslash \\",
        "\\",
        '\\"',
        '"',
        '""',
        '""""',
        "\\N{BULLET} \\x41 \\u0041 \\U0001F600 \\0 \\n",
        f"{{{{ {touch} }}}}",
        f"{{% if false %}}{JINJA_HIDDEN}{{% endif %}}",
        "{{ cycler.__init__.__globals__.os.system('id') }}",
        "{# comment #} {% raw %} {% endraw %} {{",
        "}}",
        f"line one\n{touch}\nline three",
        f"carriage\r{touch}\rreturn\r\n",
        f"\u2028{touch}\u2029",
        "\x00\x01\x07\x08\x0b\x0c\x1b[31mred\x1b[0m\x7f",
        "\u202eevil bidi\u202c \ufeff BOM \u200b zero width",
        "\ud800 lone surrogate \udfff",
        f"# {touch}",
        f"<script>{touch}</script>",
        f"]]\n[tool.evil]\nx = '{touch}'",
        f"`{touch}`",
        "\t\ttabs\tinside",
        "\u00a0non-breaking\u3000ideographic space",
    ]


def _request(index: int, text: str) -> dict[str, Any]:
    json_body = {text: text, "list": [text, {text: [text]}], "n": index}
    return {
        "name": text,
        "description": text,
        "request": {
            "method": "POST",
            "description": {"content": text, "type": "text/markdown"},
            "url": {
                "raw": f"https://api.example.com/v1/x{index}/:id",
                "host": ["api", "example", "com"],
                "path": ["v1", f"x{index}", ":id", text],
                "query": [
                    {"key": text, "value": text, "description": text},
                    {"key": f"q{index}", "value": text},
                ],
                "variable": [{"key": "id", "value": text, "description": text}],
            },
            "header": [
                {"key": f"X-Text-{index}", "value": text, "description": text},
                {"key": text, "value": text},
                {"key": "Content-Type", "value": "application/json"},
            ],
            "body": {"mode": "raw", "raw": json.dumps(json_body)},
        },
        "response": [
            {
                "name": text,
                "code": 200,
                "header": [{"key": "Content-Type", "value": "application/json"}],
                "body": json.dumps([json_body]),
            },
            {"name": text, "code": 400, "body": json.dumps({"message": text, text: text})},
            {"name": text, "code": 201, "body": text},
        ],
    }


def _form_request(index: int, text: str) -> dict[str, Any]:
    mode = "urlencoded" if index % 2 else "formdata"
    return {
        "name": f"{text} form",
        "request": {
            "method": "PUT",
            "url": f"https://api.example.com/form{index}?{text}={text}",
            "body": {
                "mode": mode,
                mode: [
                    {"key": text, "value": text, "description": text},
                    {"key": f"f{index}", "value": text, "type": "text"},
                ],
            },
        },
    }


def _text_request(index: int, text: str) -> dict[str, Any]:
    mode = ["raw", "graphql"][index % 2]
    body: dict[str, Any] = (
        {"mode": "raw", "raw": text, "options": {"raw": {"language": "text"}}}
        if mode == "raw"
        else {"mode": "graphql", "graphql": {"query": text, "variables": json.dumps({text: text})}}
    )
    return {
        "name": f"{text} text",
        "request": {"method": "PATCH", "url": f"https://api.example.com/t{index}", "body": body},
    }


def hostile_collection(marker: str) -> dict[str, Any]:
    texts = payloads(marker)
    folders = [
        {
            "name": text,
            "description": text,
            "item": [_request(i, text), _form_request(i, text), _text_request(i, text)],
            "variable": [{"key": text, "value": text}],
        }
        for i, text in enumerate(texts)
    ]
    return {
        "info": {"name": texts[0], "description": "\n\n".join(texts), "schema": V21},
        "auth": {"type": "apikey", "apikey": [{"key": "key", "value": texts[2]}]},
        "variable": [{"key": text, "value": text} for text in texts]
        + [{"key": "baseUrl", "value": texts[0]}],
        "item": [*folders, _request(len(texts), texts[1])],
    }
