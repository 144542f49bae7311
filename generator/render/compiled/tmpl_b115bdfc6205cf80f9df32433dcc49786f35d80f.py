from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/types/__init__.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    pass
    yield '"""Models of the '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'name')))
    yield ' API."""\n\nfrom ..pagination import Page\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'models'):
        pass
        yield 'from .models import (\n'
        for l_1_m in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'models'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_1_m, 'name'))
            yield ',\n'
        l_1_m = missing
        yield ')\n'
    yield '\n__all__ = [\n    "Page",\n'
    for l_1_m in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'models'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_2(environment.getattr(l_1_m, 'name')))
        yield ',\n'
    l_1_m = missing
    yield ']\n'

blocks = {}
debug_info = '1=25&4=27&6=30&7=34&14=39&15=43'