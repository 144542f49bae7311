from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/lib/__init__.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_extensions = resolve('extensions')
    pass
    yield '"""Hand-written helpers of the '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
    yield " client, rendered from the target's extensions.\n"
    for l_1_e in (undefined(name='extensions') if l_0_extensions is missing else l_0_extensions):
        _loop_vars = {}
        pass
        yield '\n- ``'
        yield str(environment.getattr(l_1_e, 'module'))
        yield '``'
        if environment.getattr(l_1_e, 'resource'):
            pass
            yield ': helpers on ``client.'
            yield str(environment.getattr(l_1_e, 'resource'))
            yield '``'
    l_1_e = missing
    yield '"""\n'

blocks = {}
debug_info = '1=14&2=16&4=20'