from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'tests/test_client_pagination.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_probe = missing
    try:
        t_1 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    pass
    yield '"""Pagination of both clients: iterating a list fetches the following pages."""\n\nfrom __future__ import annotations\n\nimport pytest\n\nfrom _support import FakeApi, all_items, assert_same\n\n'
    l_0_probe = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'probe')
    context.vars['probe'] = l_0_probe
    context.exported_vars.add('probe')
    yield 'FIRST_PAGE = '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'first'))
    yield '\nSECOND_PAGE = '
    yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'second'))
    yield '\n\n\n'
    if environment.getattr((undefined(name='probe') if l_0_probe is missing else l_0_probe), 'skip'):
        pass
        yield '@pytest.mark.skip(reason='
        yield str(t_1(environment.getattr((undefined(name='probe') if l_0_probe is missing else l_0_probe), 'skip')))
        yield ')\n'
    yield '@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])\ndef test_iterating_fetches_every_page(asynchronous: bool) -> None:\n    """Two pages served: iteration yields the items of both, asking for page 1 second."""\n    api = FakeApi(asynchronous=asynchronous)\n    api.serve(200, json_body=FIRST_PAGE)\n    api.serve(200, json_body=SECOND_PAGE)\n'
    for (l_1_name, l_1_value) in environment.getattr((undefined(name='probe') if l_0_probe is missing else l_0_probe), 'setup'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(l_1_name)
        yield ' = '
        yield str(l_1_value)
        yield '\n'
    l_1_name = l_1_value = missing
    yield '    items = api.call(lambda client: all_items('
    yield str((environment.getattr((undefined(name='probe') if l_0_probe is missing else l_0_probe), 'call') or 'None'))
    yield '))\n    assert_same(items, FIRST_PAGE["content"] + SECOND_PAGE["content"])\n    pages = [dict(request.query).get("page") for request in api.requests]\n    assert pages == ['
    yield str(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'first_page_param')))
    yield ', "1"]\n'

blocks = {}
debug_info = '9=20&10=24&11=26&14=28&15=31&23=34&24=38&26=44&29=46'