from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'tests/test_over_http.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_modules = resolve('modules')
    pass
    yield '"""Every resource test again, through a real HTTP server on 127.0.0.1.\n\nThe in-process transport skips the wire; here the same examples travel as real\nHTTP requests and responses, once with the sync and once with the async client.\n"""\n\nfrom __future__ import annotations\n\nfrom collections.abc import Callable\nfrom types import ModuleType\nfrom typing import Any\n\nimport pytest\n'
    for l_1_module in (undefined(name='modules') if l_0_modules is missing else l_0_modules):
        _loop_vars = {}
        pass
        yield 'import '
        yield str(environment.getattr(l_1_module, 'name'))
        yield '\n'
    l_1_module = missing
    yield '\nfrom _support import FakeApi\n\nMODULES: list[ModuleType] = ['
    for l_1_module in (undefined(name='modules') if l_0_modules is missing else l_0_modules):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_module, 'name'))
        yield ', '
    l_1_module = missing
    yield ']\n\n\ndef _cases() -> list[Any]:\n    cases = []\n    for module in MODULES:\n        for name, case in vars(module).items():\n            if name.startswith("test_") and callable(case):\n                marks = getattr(case, "pytestmark", [])\n                cases.append(pytest.param(case, marks=marks, id=name))\n    return cases\n\n\n@pytest.mark.parametrize("case", _cases())\ndef test_over_http(case: Callable[[FakeApi], None], live_api: FakeApi) -> None:\n    case(live_api)\n'

blocks = {}
debug_info = '14=13&15=17&20=21'