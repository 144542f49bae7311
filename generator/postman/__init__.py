"""The Postman input stage: a collection file to the tolerant raw model
(``generator.postman.raw``), with warnings for items that had to be skipped."""

from generator.postman.load import MAX_COLLECTION_BYTES, load_collection, load_collection_bytes
from generator.postman.parse import MAX_FOLDER_DEPTH, parse_collection

__all__ = [
    "MAX_COLLECTION_BYTES",
    "MAX_FOLDER_DEPTH",
    "load_collection",
    "load_collection_bytes",
    "parse_collection",
]
