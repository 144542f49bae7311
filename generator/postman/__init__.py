"""The Postman input stage: a collection file to the tolerant raw model
(``generator.postman.raw``), with warnings for items that had to be skipped.

Limits (see ``limits.py``): files up to 100 MB, folders nested up to 200 levels.
"""

from generator.postman.limits import MAX_COLLECTION_BYTES, MAX_FOLDER_DEPTH
from generator.postman.load import load_collection, load_collection_bytes
from generator.postman.parse import parse_collection

__all__ = [
    "MAX_COLLECTION_BYTES",
    "MAX_FOLDER_DEPTH",
    "load_collection",
    "load_collection_bytes",
    "parse_collection",
]
