from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'project/pyproject.toml.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_project_name = resolve('project_name')
    l_0_target = resolve('target')
    l_0_api = resolve('api')
    try:
        t_1 = environment.filters['toml']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'toml' found.")
    pass
    yield '[build-system]\nrequires = ["setuptools>=68"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = '
    yield str(t_1((undefined(name='project_name') if l_0_project_name is missing else l_0_project_name)))
    yield '\nversion = '
    yield str(t_1(environment.getattr((undefined(name='target') if l_0_target is missing else l_0_target), 'version')))
    yield '\ndescription = '
    yield str(t_1(str_join(('Python client for the ', environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'name'), ' API', ))))
    yield '\nreadme = "README.md"\nrequires-python = ">=3.11"\ndependencies = ["httpx>=0.27,<1", "pydantic>=2.7,<3"]\n\n[project.optional-dependencies]\ntest = ["pytest>=8"]\n\n[tool.setuptools.packages.find]\ninclude = ['
    yield str(t_1(str_join((environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'), '*', ))))
    yield ']\n\n[tool.setuptools.package-data]\n'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield ' = ["py.typed"]\n\n[tool.ruff]\nline-length = 100\ntarget-version = "py311"\n\n[tool.ruff.lint]\nselect = ["E", "F", "I", "UP", "B"]\nignore = ["E501"]\n\n[tool.ruff.lint.isort]\nknown-first-party = ['
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package')))
    yield ']\n\n[tool.black]\nline-length = 100\ntarget-version = ["py311"]\n\n[tool.mypy]\nfiles = ['
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package')))
    yield ']\nstrict = true\npython_version = "3.11"\nplugins = ["pydantic.mypy"]\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n'

blocks = {}
debug_info = '6=21&7=23&8=25&17=27&20=29&31=31&38=33'