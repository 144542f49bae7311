from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/resources/resource.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_macros = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['whole_docstring']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'whole_docstring' found.")
    pass
    l_0_macros = context.vars['macros'] = environment.get_template('macros.jinja', 'package/resources/resource.py.jinja')._get_default_module(context)
    context.exported_vars.discard('macros')
    yield '"""'
    yield str(t_2(str_join((environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'resource'), 'name'), (str_join(('\n\n', environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'resource'), 'description'), )) if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'resource'), 'description') else ''), ))))
    yield '"""\n\nfrom __future__ import annotations\n\nfrom functools import cached_property\nfrom typing import TYPE_CHECKING'
    yield str((', Any' if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'uses_any') else cond_expr_undefined("the inline if-expression on line 7 in 'package/resources/resource.py.jinja' evaluated to false and no else section was defined.")))
    yield str((', cast' if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'uses_cast') else cond_expr_undefined("the inline if-expression on line 7 in 'package/resources/resource.py.jinja' evaluated to false and no else section was defined.")))
    yield '\n\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'extension_module'):
        pass
        yield 'from ..lib.'
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'extension_module'))
        yield ' import '
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'async_base'))
        yield ', '
        yield str(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'sync_base'))
        yield '\n'
    else:
        pass
        yield 'from .._resource import AsyncAPIResource, SyncAPIResource\n'
    yield 'from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper\nfrom .._types import NOT_GIVEN, Body, '
    yield str(('FileTypes, ' if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'uses_files') else cond_expr_undefined("the inline if-expression on line 15 in 'package/resources/resource.py.jinja' evaluated to false and no else section was defined.")))
    yield 'Headers, NotGiven, Query, Timeout\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'models'):
        pass
        yield 'from ..types import '
        yield str(t_1(context.eval_ctx, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'models'), ', '))
        yield '\n'
    yield '\nif TYPE_CHECKING:\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'uses_page'):
        pass
        yield '    from ..pagination import AsyncPaginator, SyncPage\n'
    for l_1_child in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'children'):
        _loop_vars = {}
        pass
        yield '    from .'
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
    if ((not environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'uses_page')) and (not environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'children'))):
        pass
        yield '    pass\n'
    yield '\n__all__ = [\n    "'
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'resource'), 'class_name'))
    yield 'Resource",\n    "Async'
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'resource'), 'class_name'))
    yield 'Resource",\n    "'
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'resource'), 'class_name'))
    yield 'ResourceWithRawResponse",\n    "Async'
    yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'resource'), 'class_name'))
    yield 'ResourceWithRawResponse",\n]\n'
    for l_1_is_async in [False, True]:
        l_1_prefix = missing
        _loop_vars = {}
        pass
        l_1_prefix = ('Async' if l_1_is_async else '')
        _loop_vars['prefix'] = l_1_prefix
        yield '\n\nclass '
        yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
        yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'resource'), 'class_name'))
        yield 'Resource('
        yield str((environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'async_base') if l_1_is_async else environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'sync_base')))
        yield '):\n    """'
        yield str(t_2((environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'resource'), 'description') or environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'resource'), 'name')), 4))
        yield '"""\n\n    @cached_property\n    def with_raw_response(self) -> '
        yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
        yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'resource'), 'class_name'))
        yield 'ResourceWithRawResponse:\n        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""\n        return '
        yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
        yield str(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'resource'), 'class_name'))
        yield 'ResourceWithRawResponse(self)\n'
        for l_2_child in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'children'):
            _loop_vars = {}
            pass
            yield str(context.call(environment.getattr((undefined(name='macros') if l_0_macros is missing else l_0_macros), 'child_property'), l_2_child, (undefined(name='prefix') if l_1_prefix is missing else l_1_prefix), '.', 'Resource', 'self._client', _loop_vars=_loop_vars))
        l_2_child = missing
        for l_2_m in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'methods'):
            _loop_vars = {}
            pass
            yield '\n'
            yield str(context.call(environment.getattr((undefined(name='macros') if l_0_macros is missing else l_0_macros), 'method'), l_2_m, l_1_is_async, _loop_vars=_loop_vars))
        l_2_m = missing
        yield str(context.call(environment.getattr((undefined(name='macros') if l_0_macros is missing else l_0_macros), 'raw_class'), str_join(((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix), environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'resource'), 'class_name'), 'ResourceWithRawResponse', )), str_join(((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix), environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'resource'), 'class_name'), 'Resource', )), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'methods'), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'children'), l_1_is_async, '.', _loop_vars=_loop_vars))
    l_1_is_async = l_1_prefix = missing

blocks = {}
debug_info = '1=25&2=28&7=30&9=33&10=36&15=46&16=48&17=51&21=54&24=57&25=61&26=63&27=65&28=67&29=69&32=72&37=76&38=78&39=80&40=82&42=84&43=88&46=91&47=96&50=98&52=101&53=104&54=107&56=109&58=113&60=115'