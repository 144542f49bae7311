from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/types/models.py.jinja'

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
        t_2 = environment.filters['enum_members']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'enum_members' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_5 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    try:
        t_6 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_7 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_8 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    try:
        t_9 = environment.filters['whole_docstring']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'whole_docstring' found.")
    pass
    yield '"""Data models of the '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'name')))
    yield ' API, inferred from its examples.\n\nEvery model keeps fields it does not declare (``extra="allow"``) and accepts both\nthe wire names and the python names. ``model_dump(by_alias=True, exclude_unset=True)``\ngives back what the server sent.\n"""\n\nfrom __future__ import annotations\n\nfrom datetime import date, datetime\nfrom enum import StrEnum\nfrom typing import Any\nfrom uuid import UUID\n\nfrom pydantic import BaseModel, ConfigDict, Field\n\nfrom ..pagination import Page\n\n__all__ = ['
    l_1_loop = missing
    for l_1_m, l_1_loop in LoopContext(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'models'), undefined):
        _loop_vars = {}
        pass
        yield str(t_5(environment.getattr(l_1_m, 'name')))
        yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 19 in 'package/types/models.py.jinja' evaluated to false and no else section was defined.")))
    l_1_loop = l_1_m = missing
    yield ']\n'
    if t_4(context.eval_ctx, t_7(context, environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'models'), 'kind', 'equalto', 'enum')):
        pass
        yield '\n\nclass _OpenEnum(StrEnum):\n    """An enum that accepts values it does not list: the API may add some later.\n\n    An unknown value becomes a member of its own (``Color("teal").value == "teal"``)\n    instead of failing validation of the whole response.\n    """\n\n    @classmethod\n    def _missing_(cls, value: object) -> Any:\n        if not isinstance(value, str):\n            return None\n        member = str.__new__(cls, value)\n        member._name_ = value\n        member._value_ = value\n        return member\n'
    for l_1_m in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'models'):
        _loop_vars = {}
        pass
        if (environment.getattr(l_1_m, 'kind') == 'enum'):
            pass
            yield '\n\nclass '
            yield str(environment.getattr(l_1_m, 'name'))
            yield '(_OpenEnum):\n    """'
            yield str(t_9((environment.getattr(l_1_m, 'description') or environment.getattr(l_1_m, 'name')), 4))
            yield '"""\n\n'
            for (l_2_member, l_2_value) in t_2(environment.getattr(l_1_m, 'enum_values')):
                _loop_vars = {}
                pass
                yield '    '
                yield str(l_2_member)
                yield ' = '
                yield str(l_2_value)
                yield '\n'
            l_2_member = l_2_value = missing
        else:
            pass
            yield '\n\nclass '
            yield str(environment.getattr(l_1_m, 'name'))
            yield '(BaseModel):\n    """'
            yield str(t_9((environment.getattr(l_1_m, 'description') or environment.getattr(l_1_m, 'name')), 4))
            yield '"""\n\n    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())\n\n'
            for l_2_f in environment.getattr(l_1_m, 'fields'):
                l_2_doc = l_2_args = missing
                _loop_vars = {}
                pass
                l_2_doc = t_8(str_join((environment.getattr(l_2_f, 'description'), (str_join((' Example: ', environment.getattr(l_2_f, 'example'), )) if environment.getattr(l_2_f, 'example') else ''), )))
                _loop_vars['doc'] = l_2_doc
                l_2_args = t_3(context.eval_ctx, t_6(context, [('default=None' if (not environment.getattr(l_2_f, 'required')) else ''), (str_join(('alias=', t_5(environment.getattr(l_2_f, 'name')), )) if (environment.getattr(l_2_f, 'name') != environment.getattr(l_2_f, 'python_name')) else ''), (str_join(('description=', t_5((undefined(name='doc') if l_2_doc is missing else l_2_doc)), )) if (undefined(name='doc') if l_2_doc is missing else l_2_doc) else '')]), ', ')
                _loop_vars['args'] = l_2_args
                yield '    '
                yield str(environment.getattr(l_2_f, 'python_name'))
                yield ': '
                yield str(context.call(environment.getattr(environment.getattr(l_2_f, 'type'), 'annotation'), _loop_vars=_loop_vars))
                if (undefined(name='args') if l_2_args is missing else l_2_args):
                    pass
                    yield ' = Field('
                    yield str((undefined(name='args') if l_2_args is missing else l_2_args))
                    yield ')'
                yield '\n'
            l_2_f = l_2_doc = l_2_args = missing
    l_1_m = missing

blocks = {}
debug_info = '1=67&19=70&20=77&39=80&40=83&43=86&44=88&46=90&47=94&52=102&53=104&57=106&58=110&59=112&64=115'