from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/resources/__init__.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    pass
    yield '"""Resource groups of the '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
    yield ' client, one per folder of the collection."""\n'

blocks = {}
debug_info = '1=13'