"""Reading a collection file: size limit, decoding, JSON, then the parser.

Every problem with the file as a whole is a ``GeneratorError`` with a one-line
message naming the file; problems inside single items are warnings.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.diagnostics import Diagnostic, GeneratorError
from generator.postman.decode import decode
from generator.postman.jsontext import parse_json
from generator.postman.limits import MAX_COLLECTION_BYTES
from generator.postman.parse import parse_collection
from generator.postman.raw import RawCollection
from generator.postman.values import kind


def _too_big(size: int, limit: int) -> str:
    mb = 1024 * 1024
    return f"the file is {size / mb:.1f} MB; collections are limited to {limit / mb:.0f} MB"


def _read(path: Path, source: str, max_bytes: int) -> bytes:
    try:
        if path.is_dir():
            raise GeneratorError("this is a directory, not a collection file", source=source)
        size = path.stat().st_size
        if size > max_bytes:
            raise GeneratorError(_too_big(size, max_bytes), source=source)
        with path.open("rb") as stream:
            # Bounded read: a pipe or a growing file has no trustworthy size.
            return stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise GeneratorError("file not found", source=source) from None
    except PermissionError:
        raise GeneratorError("permission denied: cannot read the file", source=source) from None
    except OSError as problem:
        reason = problem.strerror or type(problem).__name__
        raise GeneratorError(f"cannot read the file: {reason}", source=source) from None


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while reading.

    Parsing allocates millions of small acyclic objects; each allocation burst
    triggers full collections over the whole (growing) document, which made a
    50 MB collection three times slower. Nothing here creates cycles.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_collection_bytes(
    data: bytes, source: str, *, max_bytes: int = MAX_COLLECTION_BYTES
) -> tuple[RawCollection, list[Diagnostic]]:
    """Parse collection file contents; ``source`` names the file in messages."""
    text = _decoded(data, source, max_bytes)
    with _gc_paused():
        doc = _document(text, source)
        del text  # as large as the file: not needed once parsed
        return _collection(doc, source)


def load_collection(
    path: Path, *, max_bytes: int = MAX_COLLECTION_BYTES
) -> tuple[RawCollection, list[Diagnostic]]:
    """Read and parse a collection file (v1, v2.0 or v2.1, or a Postman API export)."""
    source = os.fspath(path)
    data = _read(Path(path), source, max_bytes)
    text = _decoded(data, source, max_bytes)
    del data  # only the text is needed from here on
    with _gc_paused():
        doc = _document(text, source)
        del text  # as large as the file: not needed once parsed
        return _collection(doc, source)


def _decoded(data: bytes, source: str, max_bytes: int) -> str:
    if len(data) > max_bytes:
        raise GeneratorError(_too_big(len(data), max_bytes), source=source)
    text = decode(data, source)
    if not text or text.isspace():  # not ``strip()``: that would copy the whole file
        raise GeneratorError("the file is empty; expected a Postman collection", source=source)
    return text


def _document(text: str, source: str) -> dict[str, object]:
    doc = parse_json(text, source)
    if not isinstance(doc, dict):
        raise GeneratorError(
            f"the JSON document is {kind(doc)}, not an object; expected a Postman collection",
            source=source,
        )
    return doc


def _collection(doc: dict[str, object], source: str) -> tuple[RawCollection, list[Diagnostic]]:
    try:
        return parse_collection(doc, source)
    except RecursionError:
        # Defensive: nothing in the parser recurses, but the error must stay one line.
        raise GeneratorError("the collection is nested too deep to read", source=source) from None
