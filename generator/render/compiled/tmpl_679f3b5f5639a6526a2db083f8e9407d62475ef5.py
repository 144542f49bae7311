from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/_client.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_client = resolve('client')
    l_0_root = resolve('root')
    l_0_macros = missing
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    try:
        t_5 = environment.filters['whole_docstring']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'whole_docstring' found.")
    pass
    l_0_macros = context.vars['macros'] = environment.get_template('macros.jinja', 'package/_client.py.jinja')._get_default_module(context)
    context.exported_vars.discard('macros')
    yield '"""The '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
    yield ' and Async'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
    yield ' clients."""\n\nfrom __future__ import annotations\n\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'uses_basic'):
        pass
        yield 'import base64\n'
    yield 'import os\nfrom collections.abc import Mapping, Sequence\nfrom functools import cached_property\nfrom typing import TYPE_CHECKING, Self'
    yield str((', Any' if environment.getattr((undefined(name='root') if l_0_root is missing else l_0_root), 'uses_any') else cond_expr_undefined("the inline if-expression on line 12 in 'package/_client.py.jinja' evaluated to false and no else section was defined.")))
    yield str((', cast' if environment.getattr((undefined(name='root') if l_0_root is missing else l_0_root), 'uses_cast') else cond_expr_undefined("the inline if-expression on line 12 in 'package/_client.py.jinja' evaluated to false and no else section was defined.")))
    yield '\n\nimport httpx\n\nfrom ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient\nfrom ._response import async_to_raw_response_wrapper, to_raw_response_wrapper\nfrom ._types import NOT_GIVEN, Body, '
    yield str(('FileTypes, ' if environment.getattr((undefined(name='root') if l_0_root is missing else l_0_root), 'uses_files') else cond_expr_undefined("the inline if-expression on line 18 in 'package/_client.py.jinja' evaluated to false and no else section was defined.")))
    yield 'Headers, NotGiven, Query, Timeout\n'
    if environment.getattr((undefined(name='root') if l_0_root is missing else l_0_root), 'models'):
        pass
        yield 'from .types import '
        yield str(t_2(context.eval_ctx, environment.getattr((undefined(name='root') if l_0_root is missing else l_0_root), 'models'), ', '))
        yield '\n'
    yield '\nif TYPE_CHECKING:\n'
    if environment.getattr((undefined(name='root') if l_0_root is missing else l_0_root), 'uses_page'):
        pass
        yield '    from .pagination import AsyncPaginator, SyncPage\n'
    for l_1_child in environment.getattr((undefined(name='root') if l_0_root is missing else l_0_root), 'children'):
        _loop_vars = {}
        pass
        yield '    from .resources.'
        yield str(environment.getattr(l_1_child, 'module'))
        yield ' import (\n        Async'
        yield str(environment.getattr(l_1_child, 'class_name'))
        yield 'Resource,\n        Async'
        yield str(environment.getattr(l_1_child, 'class_name'))
        yield 'ResourceWithRawResponse,\n        '
        yield str(environment.getattr(l_1_child, 'class_name'))
        yield 'Resource,\n        '
        yield str(environment.getattr(l_1_child, 'class_name'))
        yield 'ResourceWithRawResponse,\n    )\n'
    l_1_child = missing
    if ((not environment.getattr((undefined(name='root') if l_0_root is missing else l_0_root), 'uses_page')) and (not environment.getattr((undefined(name='root') if l_0_root is missing else l_0_root), 'children'))):
        pass
        yield '    pass\n'
    yield '\n__all__ = ["'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
    yield '", "Async'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
    yield '"]\n\nDEFAULT_BASE_URL = '
    yield str(t_4(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'base_url')))
    yield '\nBASE_URL_ENV = '
    yield str(t_4(str_join((environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'env_prefix'), '_BASE_URL', ))))
    yield '\n# Hosts other than the main one, by collection variable, and the environment\n# variables that override them.\nDEFAULT_BASE_URLS: dict[str, str] = {\n'
    for l_1_b in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'base_urls'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_4(environment.getattr(l_1_b, 'key')))
        yield ': '
        yield str(t_4(environment.getattr(l_1_b, 'default')))
        yield ',\n'
    l_1_b = missing
    yield '}\nBASE_URL_ENVS: dict[str, str] = {\n'
    def t_6(fiter):
        for l_1_b in fiter:
            if environment.getattr(l_1_b, 'env'):
                yield l_1_b
    for l_1_b in t_6(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'base_urls')):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_4(environment.getattr(l_1_b, 'key')))
        yield ': '
        yield str(t_4(environment.getattr(l_1_b, 'env')))
        yield ',\n'
    l_1_b = missing
    yield '}\n\n\ndef _base_urls(explicit: Mapping[str, str] | None) -> dict[str, str]:\n    urls = dict(DEFAULT_BASE_URLS)\n    for key, env in BASE_URL_ENVS.items():\n        urls[key] = os.environ.get(env) or urls[key]\n    return {**urls, **(explicit or {})}\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'uses_basic'):
        pass
        yield '\n\ndef _basic(username: str | None, password: str | None) -> str:\n    token = base64.b64encode(f"{username}:{password}".encode()).decode()\n    return f"Basic {token}"\n'
    yield '\n\nclass _Credentials:\n    """Credentials and how they authenticate requests; never shown in repr, logs or errors."""\n\n'
    for l_1_c in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'credentials'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(environment.getattr(l_1_c, 'name'))
        yield ': str | None\n'
    l_1_c = missing
    yield '    _auth_header_names: frozenset[str] = frozenset('
    yield str(t_4(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'auth_header_names')))
    yield ')\n    _secret_names: frozenset[str] = frozenset('
    yield str(t_4(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'secret_names')))
    yield ')\n    _passthrough_schemes: frozenset[str] = frozenset('
    yield str(t_4(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'passthrough_ids')))
    yield ')\n    _missing_credentials_message = '
    yield str(t_4(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'missing_message')))
    yield '\n\n    def _init_credentials(self'
    for l_1_c in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'credentials'):
        _loop_vars = {}
        pass
        yield ', '
        yield str(environment.getattr(l_1_c, 'name'))
        yield ': str | None'
    l_1_c = missing
    yield ') -> None:\n'
    for l_1_c in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'credentials'):
        _loop_vars = {}
        pass
        yield '        self.'
        yield str(environment.getattr(l_1_c, 'name'))
        yield ' = '
        yield str(environment.getattr(l_1_c, 'name'))
        yield ' if '
        yield str(environment.getattr(l_1_c, 'name'))
        yield ' is not None else os.environ.get('
        yield str(t_4(environment.getattr(l_1_c, 'env')))
        yield ')\n'
    l_1_c = missing
    if (not environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'credentials')):
        pass
        yield '        pass\n'
    yield '\n    def _secret_values(self) -> list[str | None]:\n        return ['
    l_1_loop = missing
    for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'credentials'), undefined):
        _loop_vars = {}
        pass
        yield 'self.'
        yield str(environment.getattr(l_1_c, 'name'))
        yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 91 in 'package/_client.py.jinja' evaluated to false and no else section was defined.")))
    l_1_loop = l_1_c = missing
    yield ']\n\n    def auth_headers(self, schemes: Sequence[str]) -> tuple[dict[str, str], dict[str, str]] | None:\n        """Headers and query parameters for the first of ``schemes`` the client has\n        credentials for (then any other scheme it has credentials for); None if none."""\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'schemes'):
        pass
        yield '        candidates = [*schemes, *(s for s in '
        yield str(t_4(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'scheme_ids')))
        yield ' if s not in schemes)]\n        for scheme in candidates:\n'
        for l_1_s in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'schemes'):
            _loop_vars = {}
            pass
            yield '            if scheme == '
            yield str(t_4(environment.getattr(l_1_s, 'id')))
            yield ' and '
            yield str(environment.getattr(l_1_s, 'condition'))
            yield ':\n                return '
            yield str(environment.getattr(l_1_s, 'headers'))
            yield ', '
            yield str(environment.getattr(l_1_s, 'query'))
            yield '\n'
        l_1_s = missing
    yield '        return None\n\n    def __repr__(self) -> str:\n        return f"<{type(self).__name__} base_url={getattr(self, \'base_url\', \'\')!r}>"\n'
    l_1_loop = missing
    for l_1_is_async, l_1_loop in LoopContext([False, True], undefined):
        l_1_prefix = l_1_cls = missing
        _loop_vars = {}
        pass
        l_1_prefix = ('Async' if l_1_is_async else '')
        _loop_vars['prefix'] = l_1_prefix
        l_1_cls = str_join(((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix), environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'), ))
        _loop_vars['cls'] = l_1_cls
        yield '\n\nclass '
        yield str((undefined(name='cls') if l_1_cls is missing else l_1_cls))
        yield '(_Credentials, '
        yield str(('AsyncAPIClient' if l_1_is_async else 'SyncAPIClient'))
        yield '):\n    """'
        yield str(t_5(str_join((environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'name'), (str_join(('\n\n', environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'description'), )) if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'description') else ''), )), 4))
        yield '"""\n\n    def __init__(\n        self,\n'
        l_2_loop = missing
        for l_2_c, l_2_loop in LoopContext(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'credentials'), undefined):
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_loop, 'index0') == 1):
                pass
                yield '        *,\n'
            yield '        '
            yield str(environment.getattr(l_2_c, 'name'))
            yield ': str | None = None,\n'
        l_2_loop = l_2_c = missing
        if (t_3(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'credentials')) < 2):
            pass
            yield '        *,\n'
        yield '        base_url: str | None = None,\n        base_urls: Mapping[str, str] | None = None,\n        timeout: Timeout = DEFAULT_TIMEOUT,\n        max_retries: int = DEFAULT_MAX_RETRIES,\n        http_client: '
        yield str(('httpx.AsyncClient' if l_1_is_async else 'httpx.Client'))
        yield ' | None = None,\n        default_headers: Mapping[str, str] | None = None,\n        strict_response_validation: bool = False,\n    ) -> None:\n        """Create a client'
        yield str((' (use it as an async context manager, or call ``await close()``)' if l_1_is_async else ' (use it as a context manager, or call ``close()``)'))
        yield '.\n\n        Args:\n'
        for l_2_c in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'credentials'):
            _loop_vars = {}
            pass
            yield '            '
            yield str(environment.getattr(l_2_c, 'name'))
            yield ': '
            yield str(t_1(environment.getattr(l_2_c, 'doc'), 16))
            yield ' Defaults to the ``'
            yield str(environment.getattr(l_2_c, 'env'))
            yield '`` environment variable.\n'
        l_2_c = missing
        yield '            base_url: Defaults to ``'
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'env_prefix'))
        yield '_BASE_URL``, then to ``'
        yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'base_url'), 12))
        yield '``.\n            base_urls: Other base URLs by collection variable, for endpoints on another host'
        if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'base_urls'):
            pass
            yield ' ('
            l_2_loop = missing
            for l_2_b, l_2_loop in LoopContext(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'base_urls'), undefined):
                _loop_vars = {}
                pass
                yield '``'
                yield str(t_1(environment.getattr(l_2_b, 'key'), 16))
                yield '``'
                if environment.getattr(l_2_b, 'env'):
                    pass
                    yield ', default from ``'
                    yield str(environment.getattr(l_2_b, 'env'))
                    yield '``'
                yield str(('; ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 142 in 'package/_client.py.jinja' evaluated to false and no else section was defined.")))
            l_2_loop = l_2_b = missing
            yield ')'
        yield '.\n            timeout: Seconds (or an ``httpx.Timeout``) per request; each method also takes ``timeout=``.\n            max_retries: How often a failed request is retried (see the README for which failures).\n            http_client: A custom httpx client (proxies, transports, auth); the caller closes it.\n            default_headers: Headers sent with every request.\n            strict_response_validation: Raise ``APIResponseValidationError`` when a response does\n                not match its declared type, instead of returning the data with a logged warning.\n        """\n        self._init_credentials('
        l_2_loop = missing
        for l_2_c, l_2_loop in LoopContext(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'credentials'), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_2_c, 'name'))
            yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 150 in 'package/_client.py.jinja' evaluated to false and no else section was defined.")))
        l_2_loop = l_2_c = missing
        yield ')\n        super().__init__(\n            base_url=base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,\n            base_urls=_base_urls(base_urls),\n            timeout=timeout,\n            max_retries=max_retries,\n            http_client=http_client,\n            default_headers=default_headers,\n            strict_response_validation=strict_response_validation,\n        )\n\n    def with_options(\n        self,\n        *,\n'
        for l_2_c in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'credentials'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(environment.getattr(l_2_c, 'name'))
            yield ': str | None | NotGiven = NOT_GIVEN,\n'
        l_2_c = missing
        yield '        base_url: str | NotGiven = NOT_GIVEN,\n        base_urls: Mapping[str, str] | None = None,\n        timeout: Timeout | NotGiven = NOT_GIVEN,\n        max_retries: int | NotGiven = NOT_GIVEN,\n        default_headers: Mapping[str, str] | None = None,\n        strict_response_validation: bool | NotGiven = NOT_GIVEN,\n    ) -> Self:\n        """A copy of this client with some settings changed.\n\n        The copy shares the connection pool (closing the copy leaves it open; close\n        the original). ``base_urls`` and ``default_headers`` are merged into the\n        current ones; a credential set to ``None`` falls back to its environment variable.\n        """\n        return type(self)(\n'
        for l_2_c in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'credentials'):
            _loop_vars = {}
            pass
            yield '            '
            yield str(environment.getattr(l_2_c, 'name'))
            yield '=self.'
            yield str(environment.getattr(l_2_c, 'name'))
            yield ' if isinstance('
            yield str(environment.getattr(l_2_c, 'name'))
            yield ', NotGiven) else '
            yield str(environment.getattr(l_2_c, 'name'))
            yield ',\n'
        l_2_c = missing
        yield '            base_url=self.base_url if isinstance(base_url, NotGiven) else base_url,\n            base_urls={**self.base_urls, **(base_urls or {})},\n            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,\n            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,\n            http_client=self._client,\n            default_headers={**self.default_headers, **(default_headers or {})},\n            strict_response_validation=(\n                self._strict_response_validation\n                if isinstance(strict_response_validation, NotGiven)\n                else strict_response_validation\n            ),\n        )\n\n    @cached_property\n    def with_raw_response(self) -> '
        yield str((undefined(name='cls') if l_1_cls is missing else l_1_cls))
        yield 'WithRawResponse:\n        """The same methods and resources, returning an ``APIResponse`` (status, headers, ``parse()``)."""\n        return '
        yield str((undefined(name='cls') if l_1_cls is missing else l_1_cls))
        yield 'WithRawResponse(self)\n'
        for l_2_child in environment.getattr((undefined(name='root') if l_0_root is missing else l_0_root), 'children'):
            _loop_vars = {}
            pass
            yield str(context.call(environment.getattr((undefined(name='macros') if l_0_macros is missing else l_0_macros), 'child_property'), l_2_child, (undefined(name='prefix') if l_1_prefix is missing else l_1_prefix), '.resources.', 'Resource', 'self', _loop_vars=_loop_vars))
        l_2_child = missing
        for l_2_m in environment.getattr((undefined(name='root') if l_0_root is missing else l_0_root), 'methods'):
            _loop_vars = {}
            pass
            yield '\n'
            yield str(context.call(environment.getattr((undefined(name='macros') if l_0_macros is missing else l_0_macros), 'method'), l_2_m, l_1_is_async, 'self', _loop_vars=_loop_vars))
        l_2_m = missing
        yield '\n    '
        yield str(('async ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 209 in 'package/_client.py.jinja' evaluated to false and no else section was defined.")))
        yield 'def __'
        yield str(('a' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 209 in 'package/_client.py.jinja' evaluated to false and no else section was defined.")))
        yield 'enter__(self) -> Self:\n        return self\n\n    '
        yield str(('async ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 212 in 'package/_client.py.jinja' evaluated to false and no else section was defined.")))
        yield 'def __'
        yield str(('a' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 212 in 'package/_client.py.jinja' evaluated to false and no else section was defined.")))
        yield 'exit__(self, *exc: object) -> None:\n        '
        yield str(('await ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 213 in 'package/_client.py.jinja' evaluated to false and no else section was defined.")))
        yield 'self.close()\n'
        yield str(context.call(environment.getattr((undefined(name='macros') if l_0_macros is missing else l_0_macros), 'raw_class'), str_join(((undefined(name='cls') if l_1_cls is missing else l_1_cls), 'WithRawResponse', )), (undefined(name='cls') if l_1_cls is missing else l_1_cls), environment.getattr((undefined(name='root') if l_0_root is missing else l_0_root), 'methods'), environment.getattr((undefined(name='root') if l_0_root is missing else l_0_root), 'children'), l_1_is_async, '.resources.', _loop_vars=_loop_vars))
    l_1_loop = l_1_is_async = l_1_prefix = l_1_cls = missing

blocks = {}
debug_info = '1=45&2=48&6=52&12=56&18=59&19=61&20=64&24=67&27=70&28=74&29=76&30=78&31=80&32=82&35=85&39=89&41=93&42=95&46=97&47=101&51=107&52=115&62=121&74=125&75=129&77=133&78=135&79=137&80=139&82=141&83=149&84=153&86=162&91=167&96=175&97=178&99=180&100=184&101=188&108=195&109=199&110=201&113=204&114=208&118=211&119=214&122=218&124=221&131=225&135=227&138=229&139=233&141=241&142=245&150=265&164=272&165=276&181=280&182=284&198=294&200=296&201=298&202=301&204=303&206=307&209=310&212=314&213=318&214=320'