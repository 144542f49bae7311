"""The input stage's limits, in one place.

- ``MAX_COLLECTION_BYTES`` (100 MB): the largest real collections are a few MB
  (the corpus: 3.6 MB); a 50 MB file parses in a few seconds. Bigger files are
  refused before they are read, so a wrong file cannot eat the memory.
- ``MAX_FOLDER_DEPTH`` (200 levels): real collections nest a handful of levels
  (the corpus: at most 5). Deeper trees are generated or broken and would give
  absurd module paths. JSON nested deeper than Python's recursion limit (about
  500 folders) is refused while reading, with the same kind of message.
"""

MAX_COLLECTION_BYTES = 100 * 1024 * 1024
MAX_FOLDER_DEPTH = 200
