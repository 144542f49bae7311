"""Property: any collection is either a clean error (exit 2) or a working client.

Hypothesis builds collections with random structure (folders nested at random,
items of the wrong type, URLs as strings, objects or junk, every body mode,
saved examples, auth blocks, variables) and random text from the whole Unicode
range (surrogates included, as JSON escapes) or from the hostile payloads, in
every name, description and value. For each case:

- loading and building either raise ``GeneratorError`` with exit code 2 and a
  one-line message, or give a model;
- every rendered ``.py`` file compiles, ``pyproject.toml`` parses, every file
  is valid UTF-8;
- a sample is written out and imported in a fresh interpreter (the payloads'
  marker file must never appear);
- a smaller sample goes through the real formatted path (ruff's fixes and
  formatter, manifest) and must pass ``ruff check`` and ``black --check`` and import.

The normal test run does a few hundred cases; the sweep command runs as many as
``POSTMAN_CODEGEN_FUZZ_EXAMPLES`` says (see ``scripts/fuzz.sh``).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
import tomllib
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from generator.config import target_for_collection
from generator.diagnostics import ExitCode, GeneratorError
from generator.pipeline import build, generate_to_temp
from generator.render.environment import make_environment
from generator.render.plan import render_files
from tests.hostile.helpers import V21, black_check, import_everything, ruff_check
from tests.hostile.payloads import payloads

# The nested strategies have huge reprs, which Hypothesis warns about.
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")

FUZZING = "POSTMAN_CODEGEN_FUZZ_EXAMPLES" in os.environ
EXAMPLES = int(os.environ.get("POSTMAN_CODEGEN_FUZZ_EXAMPLES", "250"))
SHARDS = max(1, int(os.environ.get("POSTMAN_CODEGEN_FUZZ_SHARDS", "1")))
# One case in IMPORT_EVERY is imported in a subprocess, one in FORMAT_EVERY also
# goes through the format stage and `black --check`: those are the slow parts.
IMPORT_EVERY = int(os.environ.get("POSTMAN_CODEGEN_FUZZ_IMPORT_EVERY", "25"))
FORMAT_EVERY = int(os.environ.get("POSTMAN_CODEGEN_FUZZ_FORMAT_EVERY", "50"))

MARKER = Path(tempfile.gettempdir()) / f"postman-codegen-fuzz-marker-{os.getpid()}"
HOSTILE = [
    *payloads(str(MARKER)),
    "class",
    "def",
    "match",
    "type",
    "_",
    "__init__",
    "self",
    "model_config",
    "body",
    "content",
    "timeout",
    "cast",
    "Any",
    "json",
    "1st",
    "!!!",
    "",
    " ",
    "userId",
    "user_id",
    "UserID",
    "Get Device",
    "get_device",
    "GetDevice",
    "Devices",
    "devices",
    "devices ",
    "設備",
    "Ünïcödé",
    "{{baseUrl}}",
    "{{",
    "}}",
    ":id",
    "{id}",
    "%",
    "%2F",
    "?",
    "#",
    "&",
    "=",
    "/",
]

# --- strategies --------------------------------------------------------------------------

ANY_CHAR = st.characters(exclude_categories=())  # the whole range, surrogates included
texts = st.one_of(
    st.text(ANY_CHAR, max_size=30),
    st.sampled_from(HOSTILE),
    st.from_regex(r"[A-Za-z][A-Za-z0-9 _-]{0,15}", fullmatch=True),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12,
)
junk = st.one_of(
    st.none(), st.booleans(), st.integers(), texts, st.lists(st.integers(), max_size=2)
)


def _mostly(
    usual: st.SearchStrategy[Any], rare: st.SearchStrategy[Any], one_in: int = 5
) -> st.SearchStrategy[Any]:
    # one_of() draws its branches evenly (and merges repeated ones): weight by hand.
    return st.integers(0, one_in - 1).flatmap(lambda n: rare if n == 0 else usual)


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """The value as the schema wants it, or (one time in eight) junk in its place."""
    return _mostly(strategy, junk, 8)


pairs = st.lists(
    st.fixed_dictionaries(
        {"key": texts},
        optional={"value": _maybe(texts), "description": texts, "disabled": st.booleans()},
    ),
    max_size=3,
)
segments = st.lists(
    st.one_of(texts, st.sampled_from([":id", "{id}", "{{var}}", "v1", ""])), max_size=4
)
bases = st.sampled_from(
    ["https://api.example.com", "{{baseUrl}}", "{{baseUrl}}/v1", "http://h:8080", "", "api.x.io"]
)
url_strings = st.builds(lambda base, path: base + "/" + "/".join(path), bases, segments)
url_objects = st.fixed_dictionaries(
    {"raw": url_strings},
    optional={
        "host": _maybe(st.lists(texts, max_size=3)),
        "path": _maybe(segments),
        "query": _maybe(pairs),
        "variable": _maybe(pairs),
        "protocol": texts,
    },
)
urls = _mostly(st.one_of(url_strings, url_objects), junk, 10)
json_text = json_values.map(json.dumps)
bodies = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {
            "mode": _mostly(
                st.sampled_from(["raw", "urlencoded", "formdata", "graphql", "file"]), texts
            )
        },
        optional={
            "raw": _mostly(json_text, texts, 3),
            "urlencoded": _maybe(pairs),
            "formdata": _maybe(pairs),
            "graphql": st.fixed_dictionaries(
                {"query": texts, "variables": st.one_of(json_text, texts)}
            ),
            "options": st.fixed_dictionaries(
                {
                    "raw": st.fixed_dictionaries(
                        {"language": st.sampled_from(["json", "xml", "text"])}
                    )
                }
            ),
        },
    ),
)
auths = st.one_of(
    st.none(),
    st.sampled_from(["apikey", "bearer", "basic", "oauth2", "noauth", "inherit", "digest"]).flatmap(
        lambda kind: st.fixed_dictionaries({"type": st.just(kind), kind: _maybe(pairs)})
    ),
    junk,
)
methods = _mostly(
    st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE", "get", ""]), st.one_of(texts, junk), 4
)
requests = st.fixed_dictionaries(
    {"url": urls},
    optional={
        "method": methods,
        "header": _maybe(pairs),
        "body": _maybe(bodies),
        "auth": auths,
        "description": _maybe(texts),
    },
)
examples = st.lists(
    st.fixed_dictionaries(
        {"name": texts},
        optional={
            "code": st.one_of(st.integers(0, 999), texts, st.none()),
            "body": _mostly(json_text, st.one_of(texts, st.none()), 3),
            "header": _maybe(pairs),
            "originalRequest": st.one_of(requests, junk),
            "_postman_previewlanguage": st.sampled_from(["json", "text", "html"]),
        },
    ),
    max_size=3,
)
request_items = st.fixed_dictionaries(
    {"name": _maybe(texts), "request": _mostly(requests, st.one_of(url_strings, junk), 6)},
    optional={"response": _maybe(examples), "description": texts},
)
items = st.recursive(
    _mostly(request_items, junk, 10),
    lambda children: st.fixed_dictionaries(
        {"name": _maybe(texts), "item": _maybe(st.lists(children, max_size=4))},
        optional={"auth": auths, "description": texts, "variable": _maybe(pairs)},
    ),
    max_leaves=10,
)
collections = st.fixed_dictionaries(
    {
        "info": _maybe(
            st.fixed_dictionaries(
                {"name": _maybe(texts), "schema": st.one_of(st.just(V21), texts)},
                optional={"description": _maybe(texts)},
            )
        ),
        "item": _maybe(st.lists(items, max_size=6)),
    },
    optional={"variable": _maybe(pairs), "auth": auths},
)
documents = _mostly(collections, json_values, 10)


def _encode(doc: Any, ascii_only: bool) -> bytes:
    try:
        return json.dumps(doc, ensure_ascii=ascii_only).encode("utf-8")
    except UnicodeEncodeError:  # a raw lone surrogate: JSON must escape it
        return json.dumps(doc).encode("utf-8")


# --- the property ------------------------------------------------------------------------

OUTCOMES: Counter[str] = Counter()


def check_case(data: bytes, folder: Path, *, imported: bool, formatted: bool) -> str:
    path = folder / "fuzz.postman_collection.json"
    path.write_bytes(data)
    target = target_for_collection(path, folder / "out", None)
    try:
        built = build(target)
    except GeneratorError as error:
        assert error.exit_code == ExitCode.BAD_INPUT, error.one_line()
        assert "\n" not in error.one_line()
        return "clean error"
    files = render_files(built.api, target, make_environment())
    for rel, source in files.items():
        source.encode("utf-8")  # no lone surrogates: the file can be written
        if rel.endswith(".py"):
            compile(source, rel, "exec")
        elif rel.endswith(".toml"):
            tomllib.loads(source)
    if formatted:
        _, out = generate_to_temp(target)
        try:
            ruff_check(out)
            black_check(out)
            import_everything(out, target.package)
        finally:
            shutil.rmtree(out, ignore_errors=True)
    elif imported:
        out = folder / "out"
        for rel, source in files.items():
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / rel).write_text(source, encoding="utf-8")
        import_everything(out, target.package)
        shutil.rmtree(out)
    assert not MARKER.exists(), "a payload ran"
    return "formatted" if formatted else "imported" if imported else "compiled"


@pytest.mark.parametrize("shard", range(SHARDS))
def test_any_collection_is_a_clean_error_or_working_code(
    shard: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    workdir = tmp_path_factory.mktemp(f"fuzz{shard}")
    started = time.perf_counter()

    @settings(
        max_examples=max(1, EXAMPLES // SHARDS),
        deadline=None,
        derandomize=not FUZZING,  # the normal run is the same every time
        database=None if not FUZZING else settings.default.database,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    @given(doc=documents, ascii_only=st.booleans(), bom=st.integers(0, 19))
    def run(doc: Any, ascii_only: bool, bom: int) -> None:
        data = _encode(doc, ascii_only)
        if bom == 0:
            data = b"\xef\xbb\xbf" + data
        # Sampled by the case's hash: Hypothesis favours small numbers, so a drawn
        # number would pick the slow paths far more often than asked for.
        digest = zlib.crc32(data)
        outcome = check_case(
            data,
            workdir,
            imported=digest % IMPORT_EVERY == 0,
            formatted=digest % FORMAT_EVERY == 0,
        )
        OUTCOMES[outcome] += 1

    OUTCOMES.clear()
    fixed = os.environ.get("POSTMAN_CODEGEN_FUZZ_SEED")  # to replay a sweep
    (seed(int(fixed) + shard)(run) if fixed else run)()
    seconds = time.perf_counter() - started
    summary = ", ".join(f"{k}: {v}" for k, v in sorted(OUTCOMES.items()))
    print(f"\nfuzz shard {shard}: {sum(OUTCOMES.values())} cases in {seconds:.0f}s ({summary})")
    assert OUTCOMES["compiled"] + OUTCOMES["imported"] + OUTCOMES["formatted"] > 0


# Cases the sweep found, kept so they stay fixed.
REGRESSIONS = {
    "status code in non-ASCII digits": {
        "info": {"name": "r", "schema": V21},
        "item": [{"request": "https://api.example.com/", "response": [{"code": "²"}]}],
    },
    "host urllib cannot parse": {
        "info": {"name": "r", "schema": V21},
        "item": [{"request": {"url": {"raw": "https://a.io/", "host": ["["]}}}],
    },
    "class name read as zero": {
        "info": {"name": "r", "schema": V21},
        "item": [{"request": "https://a.io/õ", "response": [{"code": 200, "body": '{"a": 1}'}]}],
    },
    "non-BMP character in the TOML description": {"info": {"name": "\U000dc349Ã"}, "item": []},
    "lone surrogate in a JSON body key": {
        "info": {"name": "\ud800"},
        "item": [{"request": "https://a.io/x", "response": [{"body": '{"\\ud800": 1}'}]}],
    },
}


@pytest.mark.parametrize("name", list(REGRESSIONS))
def test_regressions(name: str, tmp_path: Path) -> None:
    data = _encode(REGRESSIONS[name], ascii_only=True)
    assert check_case(data, tmp_path, imported=True, formatted=False) == "imported"
