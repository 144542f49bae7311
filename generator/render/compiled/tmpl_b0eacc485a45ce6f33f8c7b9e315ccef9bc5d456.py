from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/_types.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield '"""Types shared by the client\'s methods."""\n\nfrom __future__ import annotations\n\nfrom collections.abc import Mapping\nfrom typing import IO, Any, Literal, TypeAlias\n\nimport httpx\n\n__all__ = ["NOT_GIVEN", "NotGiven", "Headers", "Query", "Body", "FileTypes", "Timeout"]\n\n\nclass NotGiven:\n    """Marks an argument the caller did not pass (``None`` can be a real value)."""\n\n    def __bool__(self) -> Literal[False]:\n        return False\n\n    def __repr__(self) -> str:\n        return "NOT_GIVEN"\n\n\nNOT_GIVEN = NotGiven()\n\nHeaders: TypeAlias = Mapping[str, str]\nQuery: TypeAlias = Mapping[str, object]\nBody: TypeAlias = Mapping[str, Any]\nTimeout: TypeAlias = float | httpx.Timeout | None\nFileContent: TypeAlias = IO[bytes] | bytes | str\nFileTypes: TypeAlias = (\n    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]\n)\n'

blocks = {}
debug_info = ''