from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'tests/test_client_retries.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_probe = resolve('probe')
    l_0_skip = l_0_call_probe = missing
    try:
        t_1 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    pass
    yield '"""Retries of both clients: a 503 is retried when retries are on, raised when off."""\n\nfrom __future__ import annotations\n\nimport pytest\n\nimport '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '\n\nfrom _support import FakeApi\n\nCLIENTS = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])\n'
    l_0_skip = (str_join(('@pytest.mark.skip(reason=', t_1(environment.getattr((undefined(name='probe') if l_0_probe is missing else l_0_probe), 'skip')), ')', )) if environment.getattr((undefined(name='probe') if l_0_probe is missing else l_0_probe), 'skip') else '')
    context.vars['skip'] = l_0_skip
    context.exported_vars.add('skip')
    def macro(l_1_retries, l_1_indent):
        t_2 = []
        if l_1_retries is missing:
            l_1_retries = undefined("parameter 'retries' was not provided", name='retries')
        if l_1_indent is missing:
            l_1_indent = undefined("parameter 'indent' was not provided", name='indent')
        pass
        for (l_2_name, l_2_value) in environment.getattr((undefined(name='probe') if l_0_probe is missing else l_0_probe), 'setup'):
            _loop_vars = {}
            pass
            t_2.extend((
                str((' ' * l_1_indent)),
                str(l_2_name),
                ' = ',
                str(l_2_value),
                '\n',
            ))
        l_2_name = l_2_value = missing
        t_2.extend((
            str((' ' * l_1_indent)),
            'api.call(lambda client: ',
            str((environment.getattr((undefined(name='probe') if l_0_probe is missing else l_0_probe), 'call') or 'None')),
            ', max_retries=',
            str(l_1_retries),
            ')\n',
        ))
        return concat(t_2)
    context.exported_vars.add('call_probe')
    context.vars['call_probe'] = l_0_call_probe = Macro(environment, macro, 'call_probe', ('retries', 'indent'), False, False, False, context.eval_ctx.autoescape)
    yield '\n\n'
    yield str((undefined(name='skip') if l_0_skip is missing else l_0_skip))
    yield '\n@CLIENTS\ndef test_retries_after_a_503(asynchronous: bool) -> None:\n    """A 503 with ``Retry-After: 0`` is retried at once, and the retry succeeds."""\n    api = FakeApi(asynchronous=asynchronous)\n    api.serve(503, headers=[("Retry-After", "0")])\n    api.serve(204)\n'
    yield str(context.call((undefined(name='call_probe') if l_0_call_probe is missing else l_0_call_probe), 2, 4))
    yield '\n    assert len(api.requests) == 2\n\n\n'
    yield str((undefined(name='skip') if l_0_skip is missing else l_0_skip))
    yield '\n@CLIENTS\ndef test_no_retry_when_retries_are_off(asynchronous: bool) -> None:\n    """With ``max_retries=0`` the 503 is raised after one request."""\n    api = FakeApi(asynchronous=asynchronous)\n    api.serve(503, headers=[("Retry-After", "0")])\n    with pytest.raises('
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.InternalServerError):\n'
    yield str(context.call((undefined(name='call_probe') if l_0_call_probe is missing else l_0_call_probe), 0, 8))
    yield '\n    assert len(api.requests) == 1\n'

blocks = {}
debug_info = '7=21&12=23&13=26&14=33&15=37&17=45&21=56&28=58&32=60&38=62&39=64'