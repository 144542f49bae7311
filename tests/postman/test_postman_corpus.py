"""Every real collection of the shared corpus (and the project's own) loads with
no warnings and yields the request and example counts of MANIFEST.tsv."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from postman_helpers import walk

from generator.postman import load_collection

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
AKENZA = REPO / "collections" / "akenza.postman_collection.json"


def _manifest() -> dict[str, dict[str, str]]:
    path = CORPUS / "MANIFEST.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as stream:
        return {row["file"]: row for row in csv.DictReader(stream, delimiter="\t")}


MANIFEST = _manifest()
# akenza is not in the corpus manifest; its counts are known.
EXPECTED = {
    name: (int(r["request_count"]), int(r["example_count"])) for name, r in MANIFEST.items()
}
EXPECTED[AKENZA.name] = (74, 86)
FILES = sorted(CORPUS.glob("*.postman_collection.json")) if CORPUS.is_dir() else []


@pytest.mark.parametrize("path", [*FILES, AKENZA], ids=lambda p: p.name)
def test_collection_loads_with_expected_counts(path: Path) -> None:
    if not path.is_file():
        pytest.skip(f"{path} is missing")
    collection, warnings = load_collection(path)
    assert [str(w) for w in warnings] == []
    requests = list(walk(collection.items))
    examples = sum(len(r.examples) for r in requests)
    assert (len(requests), examples) == EXPECTED[path.name]
    # Every request has somewhere to go and a location to be named by.
    for request in requests:
        assert request.request.url.host or request.request.url.path
        assert request.where.startswith("item[")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus folder is missing")
def test_every_corpus_file_is_in_the_manifest() -> None:
    assert FILES, "corpus folder has no collections"
    assert {p.name for p in FILES} <= MANIFEST.keys()


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus folder is missing")
def test_corpus_schema_versions_match_the_manifest() -> None:
    for path in FILES:
        collection, _ = load_collection(path)
        assert collection.schema_version == MANIFEST[path.name]["schema_version"], path.name
