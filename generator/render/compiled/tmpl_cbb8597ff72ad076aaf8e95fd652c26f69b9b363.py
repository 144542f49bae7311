from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_method = l_0_child_property = l_0_raw_class = missing
    try:
        t_1 = environment.filters['comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'comment' found.")
    try:
        t_2 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_3 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    try:
        t_4 = environment.filters['whole_docstring']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'whole_docstring' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_m, l_1_is_async, l_1_receiver):
        t_6 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        if l_1_receiver is missing:
            l_1_receiver = 'self._client'
        pass
        t_6.extend((
            '    ',
            str(('async ' if (l_1_is_async and environment.getattr(l_1_m, 'async_def')) else cond_expr_undefined("the inline if-expression on line 4 in 'macros.jinja' evaluated to false and no else section was defined."))),
            'def ',
            str(environment.getattr(l_1_m, 'name')),
            '(\n        self,\n',
        ))
        for l_2_a in environment.getattr(l_1_m, 'positional'):
            _loop_vars = {}
            pass
            t_6.extend((
                '        ',
                str(environment.getattr(l_2_a, 'name')),
                ': ',
                str(environment.getattr(l_2_a, 'annotation')),
                str((str_join((' = ', environment.getattr(l_2_a, 'default'), )) if (not t_5(environment.getattr(l_2_a, 'default'))) else cond_expr_undefined("the inline if-expression on line 7 in 'macros.jinja' evaluated to false and no else section was defined."))),
                ',\n',
            ))
        l_2_a = missing
        t_6.append(
            '        *,\n',
        )
        for l_2_a in environment.getattr(l_1_m, 'keyword'):
            _loop_vars = {}
            pass
            t_6.extend((
                '        ',
                str(environment.getattr(l_2_a, 'name')),
                ': ',
                str(environment.getattr(l_2_a, 'annotation')),
                str((str_join((' = ', environment.getattr(l_2_a, 'default'), )) if (not t_5(environment.getattr(l_2_a, 'default'))) else cond_expr_undefined("the inline if-expression on line 11 in 'macros.jinja' evaluated to false and no else section was defined."))),
                ',\n',
            ))
        l_2_a = missing
        t_6.extend((
            '        extra_headers: Headers | None = None,\n        extra_query: Query | None = None,\n        extra_body: Body | None = None,\n        timeout: Timeout | NotGiven = NOT_GIVEN,\n    ) -> ',
            str((environment.getattr(l_1_m, 'async_returns') if l_1_is_async else environment.getattr(l_1_m, 'returns'))),
            ':\n        """',
            str(t_2(environment.getattr(l_1_m, 'summary'), 8)),
            '\n',
        ))
        if environment.getattr(l_1_m, 'description'):
            pass
            t_6.extend((
                '\n        ',
                str(t_2(environment.getattr(l_1_m, 'description'), 8)),
                '\n',
            ))
        t_6.extend((
            '\n        ``',
            str(t_1(environment.getattr(environment.getattr(l_1_m, 'endpoint'), 'method'))),
            ' ',
            str(t_2(environment.getattr(environment.getattr(l_1_m, 'endpoint'), 'path'), 8)),
            '``\n',
        ))
        if (environment.getattr(l_1_m, 'positional') or environment.getattr(l_1_m, 'keyword')):
            pass
            t_6.append(
                '\n        Args:\n',
            )
            for l_2_a in (environment.getattr(l_1_m, 'positional') + environment.getattr(l_1_m, 'keyword')):
                _loop_vars = {}
                pass
                t_6.extend((
                    '            ',
                    str(environment.getattr(l_2_a, 'name')),
                    ': ',
                    str(t_2((environment.getattr(l_2_a, 'doc') or 'See the API documentation.'), 16)),
                    '\n',
                ))
            l_2_a = missing
        t_6.extend((
            '        """\n        return ',
            str(('await ' if (l_1_is_async and environment.getattr(l_1_m, 'async_def')) else cond_expr_undefined("the inline if-expression on line 33 in 'macros.jinja' evaluated to false and no else section was defined."))),
            str(l_1_receiver),
            '.',
            str(environment.getattr(l_1_m, 'call')),
            '(\n            ',
            str(t_3(environment.getattr(environment.getattr(l_1_m, 'endpoint'), 'method'))),
            ',\n            ',
            str(t_3(environment.getattr(l_1_m, 'path'))),
            ',\n            cast_to=',
            str(environment.getattr(l_1_m, 'cast_to')),
            ',\n',
        ))
        if environment.getattr(l_1_m, 'path_params'):
            pass
            t_6.append(
                '            path_params={',
            )
            l_2_loop = missing
            for (l_2_k, l_2_v), l_2_loop in LoopContext(environment.getattr(l_1_m, 'path_params'), undefined):
                _loop_vars = {}
                pass
                t_6.extend((
                    str(t_3(l_2_k)),
                    ': ',
                    str(l_2_v),
                    str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 38 in 'macros.jinja' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_k = l_2_v = missing
            t_6.append(
                '},\n',
            )
        if environment.getattr(l_1_m, 'query'):
            pass
            t_6.append(
                '            query={',
            )
            l_2_loop = missing
            for (l_2_k, l_2_v), l_2_loop in LoopContext(environment.getattr(l_1_m, 'query'), undefined):
                _loop_vars = {}
                pass
                t_6.extend((
                    str(l_2_k),
                    ': ',
                    str(l_2_v),
                    str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 41 in 'macros.jinja' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_k = l_2_v = missing
            t_6.append(
                '},\n',
            )
        if environment.getattr(l_1_m, 'headers'):
            pass
            t_6.append(
                '            headers={',
            )
            l_2_loop = missing
            for (l_2_k, l_2_v), l_2_loop in LoopContext(environment.getattr(l_1_m, 'headers'), undefined):
                _loop_vars = {}
                pass
                t_6.extend((
                    str(l_2_k),
                    ': ',
                    str(l_2_v),
                    str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 44 in 'macros.jinja' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_k = l_2_v = missing
            t_6.append(
                '},\n',
            )
        if environment.getattr(l_1_m, 'body_kwarg'):
            pass
            t_6.extend((
                '            ',
                str(environment.getattr(l_1_m, 'body_kwarg')),
                ',\n',
            ))
        if environment.getattr(l_1_m, 'errors'):
            pass
            t_6.append(
                '            errors={',
            )
            l_2_loop = missing
            for (l_2_status, l_2_model), l_2_loop in LoopContext(environment.getattr(l_1_m, 'errors'), undefined):
                _loop_vars = {}
                pass
                t_6.extend((
                    str(l_2_status),
                    ': ',
                    str(l_2_model),
                    str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 50 in 'macros.jinja' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_status = l_2_model = missing
            t_6.append(
                '},\n',
            )
        if environment.getattr(l_1_m, 'auth'):
            pass
            t_6.append(
                '            auth=(',
            )
            for l_2_s in environment.getattr(l_1_m, 'auth'):
                _loop_vars = {}
                pass
                t_6.extend((
                    str(t_3(l_2_s)),
                    ',',
                ))
            l_2_s = missing
            t_6.append(
                '),\n',
            )
        if environment.getattr(l_1_m, 'base_url_key'):
            pass
            t_6.extend((
                '            base_url_key=',
                str(t_3(environment.getattr(l_1_m, 'base_url_key'))),
                ',\n',
            ))
        t_6.append(
            '            extra_headers=extra_headers,\n            extra_query=extra_query,\n            extra_body=extra_body,\n            timeout=timeout,\n        )\n',
        )
        return concat(t_6)
    context.exported_vars.add('method')
    context.vars['method'] = l_0_method = Macro(environment, macro, 'method', ('m', 'is_async', 'receiver'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_child, l_1_prefix, l_1_module_prefix, l_1_suffix, l_1_arg):
        t_7 = []
        if l_1_child is missing:
            l_1_child = undefined("parameter 'child' was not provided", name='child')
        if l_1_prefix is missing:
            l_1_prefix = undefined("parameter 'prefix' was not provided", name='prefix')
        if l_1_module_prefix is missing:
            l_1_module_prefix = undefined("parameter 'module_prefix' was not provided", name='module_prefix')
        if l_1_suffix is missing:
            l_1_suffix = undefined("parameter 'suffix' was not provided", name='suffix')
        if l_1_arg is missing:
            l_1_arg = undefined("parameter 'arg' was not provided", name='arg')
        pass
        t_7.extend((
            '\n    @cached_property\n    def ',
            str(environment.getattr(l_1_child, 'python_name')),
            '(self) -> ',
            str(l_1_prefix),
            str(environment.getattr(l_1_child, 'class_name')),
            str(l_1_suffix),
            ':\n        """',
            str(t_4((environment.getattr(l_1_child, 'description') or environment.getattr(l_1_child, 'name')), 8)),
            '"""\n        from ',
            str(l_1_module_prefix),
            str(environment.getattr(l_1_child, 'module')),
            ' import ',
            str(l_1_prefix),
            str(environment.getattr(l_1_child, 'class_name')),
            str(l_1_suffix),
            '\n\n        return ',
            str(l_1_prefix),
            str(environment.getattr(l_1_child, 'class_name')),
            str(l_1_suffix),
            '(',
            str(l_1_arg),
            ')\n',
        ))
        return concat(t_7)
    context.exported_vars.add('child_property')
    context.vars['child_property'] = l_0_child_property = Macro(environment, macro, 'child_property', ('child', 'prefix', 'module_prefix', 'suffix', 'arg'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_class_name, l_1_target_class, l_1_methods, l_1_children, l_1_is_async, l_1_module_prefix):
        t_8 = []
        l_1_prefix = missing
        if l_1_class_name is missing:
            l_1_class_name = undefined("parameter 'class_name' was not provided", name='class_name')
        if l_1_target_class is missing:
            l_1_target_class = undefined("parameter 'target_class' was not provided", name='target_class')
        if l_1_methods is missing:
            l_1_methods = undefined("parameter 'methods' was not provided", name='methods')
        if l_1_children is missing:
            l_1_children = undefined("parameter 'children' was not provided", name='children')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        if l_1_module_prefix is missing:
            l_1_module_prefix = undefined("parameter 'module_prefix' was not provided", name='module_prefix')
        pass
        l_1_prefix = ('Async' if l_1_is_async else '')
        t_8.extend((
            '\n\nclass ',
            str(l_1_class_name),
            ':\n    """Like ``',
            str(l_1_target_class),
            '``, but each method returns an ``APIResponse`` (status, headers) of its result."""\n\n    def __init__(self, target: ',
            str(l_1_target_class),
            ') -> None:\n        self._target = target\n',
        ))
        for l_2_m in l_1_methods:
            _loop_vars = {}
            pass
            t_8.extend((
                '        self.',
                str(environment.getattr(l_2_m, 'name')),
                ' = ',
                str(('async_' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 88 in 'macros.jinja' evaluated to false and no else section was defined."))),
                'to_raw_response_wrapper(target.',
                str(environment.getattr(l_2_m, 'name')),
                ')\n',
            ))
        l_2_m = missing
        for l_2_child in l_1_children:
            _loop_vars = {}
            pass
            t_8.append(
                str(context.call((undefined(name='child_property') if l_0_child_property is missing else l_0_child_property), l_2_child, (undefined(name='prefix') if l_1_prefix is missing else l_1_prefix), l_1_module_prefix, 'ResourceWithRawResponse', str_join(('self._target.', environment.getattr(l_2_child, 'python_name'), )), _loop_vars=_loop_vars)),
            )
        l_2_child = missing
        return concat(t_8)
    context.exported_vars.add('raw_class')
    context.vars['raw_class'] = l_0_raw_class = Macro(environment, macro, 'raw_class', ('class_name', 'target_class', 'methods', 'children', 'is_async', 'module_prefix'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '3=42&4=53&6=58&7=63&10=73&11=78&17=87&18=89&19=92&21=96&24=101&25=106&28=111&29=116&33=124&34=129&35=131&36=133&37=136&38=142&40=155&41=161&43=174&44=180&46=193&47=197&49=200&50=206&52=219&53=224&55=235&56=239&67=248&70=263&71=269&72=271&74=278&78=288&79=304&82=307&83=309&85=311&87=314&88=319&90=327&91=331'