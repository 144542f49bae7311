from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/_resource.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield '"""Base classes of the resource groups (one per folder of the collection)."""\n\nfrom __future__ import annotations\n\nfrom typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from ._base_client import AsyncAPIClient, SyncAPIClient\n\n\nclass SyncAPIResource:\n    def __init__(self, client: SyncAPIClient) -> None:\n        self._client = client\n\n\nclass AsyncAPIResource:\n    def __init__(self, client: AsyncAPIClient) -> None:\n        self._client = client\n'

blocks = {}
debug_info = ''