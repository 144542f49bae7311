from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'project/README.md.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_project_name = resolve('project_name')
    l_0_api = resolve('api')
    l_0_client = resolve('client')
    l_0_usage = resolve('usage')
    l_0_extensions = resolve('extensions')
    l_0_target = resolve('target')
    l_0_readme_sections = resolve('readme_sections')
    try:
        t_1 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_2 = environment.filters['md_line']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md_line' found.")
    pass
    yield '# '
    yield str((undefined(name='project_name') if l_0_project_name is missing else l_0_project_name))
    yield '\n\nPython client for the '
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'name')))
    yield ' API, generated from its Postman collection by\n[postman-codegen](https://github.com/). Do not edit by hand: regenerate instead.\n\n'
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'description')))
    yield '\n\n## Install\n\n```sh\npip install .\n```\n\n## Client usage\n\n```python\nfrom '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield ' import '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
    yield '\n\nwith '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
    yield '('
    for l_1_c in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'credentials')[:1]:
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_c, 'name'))
        yield '="..."'
    l_1_c = missing
    yield ') as client:  # closes the connection pool at the end\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'list_call'):
        pass
        yield '    for item in '
        yield str(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'list_call'))
        yield ':\n        print(item)\n'
    elif environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'get_call'):
        pass
        yield '    result = '
        yield str(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'get_call'))
        yield '\n'
    else:
        pass
        yield '    ...\n'
    yield '```\n\n`Async'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
    yield '` has the same methods, to be awaited (`async with Async'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
    yield '() as client:`).\n\n### Authentication\n\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'credentials'):
        pass
        yield '| Argument | Environment variable | Sent as |\n| --- | --- | --- |\n'
        for l_1_c in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'credentials'):
            _loop_vars = {}
            pass
            yield '| `'
            yield str(environment.getattr(l_1_c, 'name'))
            yield '` | `'
            yield str(environment.getattr(l_1_c, 'env'))
            yield '` | '
            yield str(t_2(environment.getattr(l_1_c, 'sent_as')))
            yield ' |\n'
        l_1_c = missing
        yield '\nEach endpoint sends the credential its collection entry uses; when the client lacks it,\nanother credential the client has is sent instead.\n'
        if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'has_noauth'):
            pass
            yield 'Endpoints without auth in the collection send no credentials at all.\n'
        yield 'Calling an endpoint that needs credentials without any raises `MissingCredentialsError`\nbefore a request is made. Credentials never appear in `repr()`, logs or error messages.\n'
    else:
        pass
        yield 'The collection declares no authentication. Pass `default_headers=` or an `httpx.Client`\nwith `auth=` as `http_client=` if the API needs some.\n'
    yield '\n### Configuration\n\n- `base_url=`: defaults to `'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'env_prefix'))
    yield '_BASE_URL`, then `'
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'base_url')))
    yield '`.\n'
    if environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'base_urls'):
        pass
        yield '- `base_urls=`: hosts of endpoints outside the main API, by collection variable:\n'
        for l_1_b in environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'base_urls'):
            _loop_vars = {}
            pass
            yield '  `'
            yield str(t_2(environment.getattr(l_1_b, 'key')))
            yield '` (default `'
            yield str(t_2(environment.getattr(l_1_b, 'default')))
            yield '`'
            if environment.getattr(l_1_b, 'env'):
                pass
                yield ', or `'
                yield str(environment.getattr(l_1_b, 'env'))
                yield '`'
            yield ').\n'
        l_1_b = missing
    yield '- `timeout=`: seconds or an `httpx.Timeout`; default 60 s (10 s to connect). Every method also\n  takes `timeout=` for one call.\n- `max_retries=`: default 2 (see below).\n- `default_headers=`, and per call `extra_headers=`, `extra_query=`, `extra_body=`.\n- `http_client=`: your own `httpx.Client` / `httpx.AsyncClient` (proxies, transports); you close it.\n- `client.with_options(max_retries=5, timeout=10)`: a copy with other settings, sharing the\n  connection pool.\n\nRedirects are not followed, so credentials never go to another host.\n\n### Errors\n\nAll errors derive from `'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield ".APIError` and are importable from the package root.\n\n| Error | When |\n| --- | --- |\n| `BadRequestError` | 400 |\n| `AuthenticationError` | 401 |\n| `PermissionDeniedError` | 403, e.g. an API key without the permission |\n| `NotFoundError` | 404 |\n| `ConflictError` | 409 |\n| `UnprocessableEntityError` | 422 |\n| `RateLimitError` | 429 |\n| `InternalServerError` | 500 and above |\n| `APIStatusError` | any other non-2xx status (base class of the above) |\n| `APITimeoutError` | the request timed out |\n| `APIConnectionError` | no response: refused, reset, DNS (base class of `APITimeoutError`) |\n| `MissingCredentialsError` | the endpoint needs credentials the client does not have |\n\nA status error has `status_code`, `response` (the `httpx.Response`) and `body`: the endpoint's\nerror model when the collection documents one for that status and the body matches it, else the\nJSON value (or text).\n\n### Retries\n\nUp to `max_retries` retries (default 2) on connection errors, timeouts and the statuses 408, 409,\n429 and 500 and above, waiting 0.5 s, 1 s, 2 s, ... (at most 8 s, minus up to 25 % jitter). A\n`Retry-After` (seconds or HTTP date) or `retry-after-ms` header sets the wait instead, capped at\n60 s. POST and PATCH requests, which may not be safe to repeat, are retried only when a repeat\ncannot duplicate their effect: when the connection could not be established, or when the server\nanswered 429 or 503 (it did not process the request). GET, PUT, DELETE, HEAD and OPTIONS are\nretried in all the cases above.\n\n### Responses that do not match their types\n\nResponse types are inferred from the collection's examples. When a successful response does not\nmatch its type (a new enum value, an unexpected null), the call still returns the data: models are\nbuilt without full validation, unknown parts kept as received. A warning is logged (logger\n`"
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '`), and the problem is available as `validation_error` on the raw response. Pass\n`strict_response_validation=True` to the client to raise `APIResponseValidationError` instead.\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'list_call'):
        pass
        yield '\n### Pagination\n\nList methods return the first page; iterating it fetches the following pages lazily and yields\nevery item once:\n\n```python\npage = '
        yield str(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'list_call'))
        yield '\nprint(page.items, page.total_elements, page.total_pages, page.number)\nfor item in page:  # all items of all pages\n    ...\nif page.has_next_page():\n    following = page.get_next_page()\nfor each_page in page.iter_pages():  # page by page\n    ...\n```\n\nPass `page=` (zero-based start) and `size=` to the method. With `Async'
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
        yield '`, a\nlist method returns an `AsyncPaginator`: `async for` over it iterates all items (no `await`\nneeded), and `await` gives the first page (`async for` over it, `await page.get_next_page()`,\n`async for p in page.iter_pages()`):\n\n```python\nasync for item in '
        yield str(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'list_call'))
        yield ':\n    ...\nfirst_page = await '
        yield str(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'list_call'))
        yield '\n```\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'raw_get_call'):
        pass
        yield '\n### Raw responses\n\nEvery resource (and the client) has `with_raw_response`, with the same methods returning an\n`APIResponse`: the `httpx.Response` (`http_response`, `status_code`, `headers`) and `parse()`, the\nvalue the plain method returns.\n\n```python\nresponse = '
        yield str(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'raw_get_call'))
        yield '\nprint(response.status_code, response.headers.get("date"))\nresult = response.parse()\n```\n'
    yield '\n### Logging\n\nSet `'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'env_prefix'))
    yield '_LOG=debug` (or `info`) to log each request (method, URL, headers with\ncredentials masked), each response (status, elapsed time, retries) and each retry to the\n`'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '` logger; without it only warnings are logged. Secret header and query values\n(API keys, tokens, secrets) are masked.\n'
    if (undefined(name='extensions') if l_0_extensions is missing else l_0_extensions):
        pass
        yield '\n### Helpers\n\nHand-written helpers rendered with the client:\n'
        for l_1_e in (undefined(name='extensions') if l_0_extensions is missing else l_0_extensions):
            _loop_vars = {}
            pass
            yield '\n- `'
            yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
            yield '.lib.'
            yield str(environment.getattr(l_1_e, 'module'))
            yield '`'
            if environment.getattr(l_1_e, 'resource'):
                pass
                yield ': methods on `client.'
                yield str(environment.getattr(l_1_e, 'resource'))
                yield '`'
            yield '.\n'
        l_1_e = missing
    yield "\n## Offline development with the mock server\n\npostman-codegen serves the collection's saved examples over HTTP, like a Postman mock server.\nPoint the client at it with `"
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'env_prefix'))
    yield '_BASE_URL` (or `base_url=`):\n\n```sh\npostman-codegen mock '
    yield str(t_2(environment.getattr(environment.getattr((undefined(name='target') if l_0_target is missing else l_0_target), 'collection'), 'name')))
    yield ' --port 8080   # listens on 127.0.0.1\nexport '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'env_prefix'))
    yield '_BASE_URL=http://127.0.0.1:8080\n'
    def t_3(fiter):
        for l_1_b in fiter:
            if environment.getattr(l_1_b, 'env'):
                yield l_1_b
    for l_1_b in t_3(environment.getattr((undefined(name='client') if l_0_client is missing else l_0_client), 'base_urls')):
        _loop_vars = {}
        pass
        yield 'export '
        yield str(environment.getattr(l_1_b, 'env'))
        yield '=http://127.0.0.1:8080   # endpoints on '
        yield str(t_2(environment.getattr(l_1_b, 'default')))
        yield '\n'
    l_1_b = missing
    yield '```\n\nRequests are matched by method and path. The `x-mock-response-name` (example name) and\n`x-mock-response-code` (status) request headers pick an example, e.g.\n`extra_headers={"x-mock-response-code": "404"}`; otherwise the example whose recorded query and\npath values match the request best, then the first 2xx one. Unknown routes answer 404 with the\nnearest endpoints in the JSON body. The generated tests in `tests/` run offline as well: `pytest`.\n\n## Endpoints\n'
    for l_1_section in (undefined(name='readme_sections') if l_0_readme_sections is missing else l_0_readme_sections):
        _loop_vars = {}
        pass
        yield '\n### '
        yield str(t_2(environment.getattr(l_1_section, 'title')))
        yield '\n'
        for l_2_e in environment.getattr(l_1_section, 'endpoints'):
            _loop_vars = {}
            pass
            yield '\n**'
            yield str(t_2(environment.getattr(l_2_e, 'name')))
            yield '** — `'
            yield str(environment.getattr(l_2_e, 'method'))
            yield ' '
            yield str(t_2(environment.getattr(l_2_e, 'path')))
            yield '`\n\n```python\n'
            yield str(environment.getattr(l_2_e, 'snippet'))
            yield '\n```\n'
        l_2_e = missing
    l_1_section = missing

blocks = {}
debug_info = '1=31&3=33&6=35&17=37&19=41&20=50&21=53&23=55&24=58&30=64&34=68&37=71&38=75&43=83&55=91&56=95&58=98&59=102&74=114&110=116&112=118&120=121&130=123&136=125&138=127&141=129&150=132&158=135&160=137&162=139&167=142&169=146&176=158&179=160&180=162&181=164&182=172&193=178&195=182&196=184&198=188&201=194'