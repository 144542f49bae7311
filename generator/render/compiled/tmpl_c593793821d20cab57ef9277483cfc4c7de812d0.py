from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'tests/test_client_auth.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_api = resolve('api')
    l_0_probe = l_0_skip = l_0_call_probe = missing
    try:
        t_1 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    pass
    yield '"""Auth modes of both clients: credentials from the environment, and none at all."""\n\nfrom __future__ import annotations\n\nimport pytest\n\n'
    if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'headers') or environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'query')):
        pass
        yield 'import '
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
        yield '\n'
    yield '\nfrom _support import FakeApi\n\n# Environment variables the client reads credentials from, with the values the tests set.\nENV: dict[str, str] = '
    yield str(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'env')))
    yield '\n# Client arguments that leave every credential to the environment.\nNO_CREDENTIALS: dict[str, None] = '
    yield str(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'no_credentials')))
    yield '\nCLIENTS = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])\n'
    l_0_probe = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'probe')
    context.vars['probe'] = l_0_probe
    context.exported_vars.add('probe')
    l_0_skip = (str_join(('@pytest.mark.skip(reason=', t_1(environment.getattr((undefined(name='probe') if l_0_probe is missing else l_0_probe), 'skip')), ')', )) if environment.getattr((undefined(name='probe') if l_0_probe is missing else l_0_probe), 'skip') else '')
    context.vars['skip'] = l_0_skip
    context.exported_vars.add('skip')
    def macro(l_1_indent):
        t_2 = []
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
            ', **NO_CREDENTIALS)\n',
        ))
        return concat(t_2)
    context.exported_vars.add('call_probe')
    context.vars['call_probe'] = l_0_call_probe = Macro(environment, macro, 'call_probe', ('indent',), False, False, False, context.eval_ctx.autoescape)
    if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'headers') or environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'query')):
        pass
        yield '\n\n'
        yield str((undefined(name='skip') if l_0_skip is missing else l_0_skip))
        yield '\n@CLIENTS\ndef test_credentials_from_environment(\n    asynchronous: bool, monkeypatch: pytest.MonkeyPatch\n) -> None:\n    """Without credential arguments, the client authenticates with the environment\'s."""\n    for name, value in ENV.items():\n        monkeypatch.setenv(name, value)\n    api = FakeApi(asynchronous=asynchronous)\n    api.serve(204)\n'
        yield str(context.call((undefined(name='call_probe') if l_0_call_probe is missing else l_0_call_probe), 4))
        yield '\n    sent = api.requests[0]\n'
        for (l_1_name, l_1_value) in context.call(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'headers'), 'items')):
            _loop_vars = {}
            pass
            yield '    assert sent.headers.get('
            yield str(t_1(l_1_name))
            yield ') == '
            yield str(t_1(l_1_value))
            yield '\n'
        l_1_name = l_1_value = missing
        for (l_1_name, l_1_value) in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'query'):
            _loop_vars = {}
            pass
            yield '    assert ('
            yield str(t_1(l_1_name))
            yield ', '
            yield str(t_1(l_1_value))
            yield ') in sent.query\n'
        l_1_name = l_1_value = missing
        yield '\n\n'
        yield str((undefined(name='skip') if l_0_skip is missing else l_0_skip))
        yield '\n@CLIENTS\ndef test_missing_credentials_fail_before_sending(\n    asynchronous: bool, monkeypatch: pytest.MonkeyPatch\n) -> None:\n    """No argument and no environment variable: a clear error, and no request."""\n    for name in ENV:\n        monkeypatch.delenv(name, raising=False)\n    api = FakeApi(asynchronous=asynchronous)\n    with pytest.raises('
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
        yield '.MissingCredentialsError):\n'
        yield str(context.call((undefined(name='call_probe') if l_0_call_probe is missing else l_0_call_probe), 8))
        yield '\n    assert api.requests == []\n'
    else:
        pass
        yield '\n\n'
        yield str((undefined(name='skip') if l_0_skip is missing else l_0_skip))
        yield '\n@CLIENTS\ndef test_no_credentials_needed(asynchronous: bool, monkeypatch: pytest.MonkeyPatch) -> None:\n    """The API needs no credentials the client applies: none are sent."""\n    for name in ENV:\n        monkeypatch.delenv(name, raising=False)\n    api = FakeApi(asynchronous=asynchronous)\n    api.serve(204)\n'
        yield str(context.call((undefined(name='call_probe') if l_0_call_probe is missing else l_0_call_probe), 4))
        yield '\n    sent = api.requests[0]\n'
        for l_1_name in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'absent_headers'):
            _loop_vars = {}
            pass
            yield '    assert '
            yield str(t_1(l_1_name))
            yield ' not in sent.headers\n'
        l_1_name = missing

blocks = {}
debug_info = '7=21&8=24&14=27&16=29&18=31&19=34&20=37&21=42&22=46&24=54&26=62&29=65&39=67&41=69&42=73&44=78&45=82&49=88&58=90&59=92&64=97&72=99&74=101&75=105'