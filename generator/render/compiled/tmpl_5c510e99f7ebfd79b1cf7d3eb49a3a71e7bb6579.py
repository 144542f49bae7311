from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'tests/conftest.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield '"""Fixtures of the generated tests: the fake API, in-process or over real HTTP."""\n\nfrom __future__ import annotations\n\nimport sys\nfrom collections.abc import Iterator\nfrom pathlib import Path\n\nimport pytest\n\n# Test the package in this project, also when it is not installed (or an older one is).\nsys.path.insert(0, str(Path(__file__).resolve().parents[1]))\n# Failed asserts in the helpers show their values, like those in the tests.\npytest.register_assert_rewrite("_support")\n\nfrom _support import FakeApi, LiveServer  # noqa: E402\n\n\n@pytest.fixture\ndef api() -> Iterator[FakeApi]:\n    """The API served in-process (``httpx.MockTransport``), to the sync client."""\n    fake = FakeApi()\n    yield fake\n    fake.close()\n\n\n@pytest.fixture(scope="session")\ndef live_server() -> Iterator[LiveServer]:\n    with LiveServer() as server:\n        yield server\n\n\n@pytest.fixture(params=["sync", "async"])\ndef live_api(request: pytest.FixtureRequest, live_server: LiveServer) -> Iterator[FakeApi]:\n    """The API served by a real HTTP server on 127.0.0.1, to the sync or the async client."""\n    fake = FakeApi(asynchronous=request.param == "async", base_url=live_server.url)\n    live_server.fake = fake\n    yield fake\n    live_server.fake = None\n    fake.close()\n'

blocks = {}
debug_info = ''