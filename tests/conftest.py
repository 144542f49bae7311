"""Shared fixtures: where the corpus is, and the whole corpus generated once."""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
AKENZA = REPO / "collections" / "akenza.postman_collection.json"


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.postman_collection.json")) if CORPUS.is_dir() else []


@dataclass(frozen=True)
class GeneratedProject:
    name: str
    collection: Path
    out: Path
    package: str
    endpoints: int
    requests_merged: int
    warnings: list[str]


def _generate_one(args: tuple[str, str]) -> GeneratedProject:
    from generator.config import target_for_collection
    from generator.pipeline import generate

    collection, out = Path(args[0]), Path(args[1])
    target = target_for_collection(collection, out, None)
    built = generate(target)
    sources = sum(len(e.sources) for e in built.api.endpoints)
    return GeneratedProject(
        name=collection.name.split(".")[0],
        collection=collection,
        out=out,
        package=target.package,
        endpoints=len(built.api.endpoints),
        requests_merged=sources,
        warnings=[str(d) for d in built.diagnostics],
    )


@pytest.fixture(scope="session")
def generated_corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[GeneratedProject]]:
    """Every corpus collection generated into a temporary folder (in parallel)."""
    files = corpus_files()
    if not files:
        pytest.skip(f"corpus folder not found: {CORPUS}")
    root = tmp_path_factory.mktemp("corpus")
    jobs = [(str(f), str(root / f.name.split(".")[0])) for f in files]
    workers = max(1, min(len(jobs), os.cpu_count() or 1))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield list(pool.map(_generate_one, jobs))
