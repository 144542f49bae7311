"""Drift between a collection, the committed client and the upstream API.

``check`` (is ``generated/`` what the inputs produce?), ``diff`` (what changed
between two collections, at the level of the generated client's API) and
``sync`` (pull the upstream collection, show the changelog, regenerate).
The command-line wiring is in ``commands``; see ``README.md`` here.
"""
