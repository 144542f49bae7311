from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package/_logging.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    try:
        t_1 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    pass
    yield '"""Logging and redaction.\n\nThe ``'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield "`` logger is silent by default (only warnings reach Python's\nlast-resort handler); ``"
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'env_prefix'))
    yield '_LOG=debug`` (or ``info``) turns it on\nwhen a client is created. Everything logged or put in an error message passes\nthrough a ``Redactor`` first, so credentials never leave the process that way.\n"""\n\nfrom __future__ import annotations\n\nimport logging\nimport os\nimport re\nfrom collections.abc import Iterable\nfrom urllib.parse import quote\n\nimport httpx\n\n__all__ = ["logger", "setup_logging", "Redactor", "LOG_ENV"]\n\nlogger = logging.getLogger('
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package')))
    yield ')\n\nLOG_ENV = '
    yield str(t_1(str_join((environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'env_prefix'), '_LOG', ))))
    yield '\n_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}\n\nMASK = "***"\n# Header and query names whose values are secret whatever the API calls them.\n_SECRET_NAME = re.compile(\n    r"auth|api[-_.]?key|secret|token|passw|signature|cookie|session|credential", re.IGNORECASE\n)\n# Values shorter than this are not scrubbed from free text: they would mangle it.\n_MIN_SCRUBBED_SECRET = 4\n\n\ndef setup_logging() -> None:\n    """Apply ``'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'env_prefix'))
    yield '_LOG``: set the level, and add a stderr handler\n    unless the application has configured logging itself."""\n    level = _LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())\n    if level is None:\n        return\n    logger.setLevel(level)\n    if not logger.handlers and not logging.getLogger().handlers:\n        handler = logging.StreamHandler()\n        handler.setFormatter(\n            logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s")\n        )\n        logger.addHandler(handler)\n\n\nclass Redactor:\n    """Masks credentials: by header/query name, and by value in free text."""\n\n    def __init__(self, names: Iterable[str], secrets: Iterable[str | None]) -> None:\n        self._names = frozenset(n.lower() for n in names)\n        # Longest first, so a secret containing another is masked whole.\n        self._secrets = sorted(\n            {s for s in secrets if s and len(s) >= _MIN_SCRUBBED_SECRET}, key=len, reverse=True\n        )\n\n    def is_secret_name(self, name: str) -> bool:\n        return name.lower() in self._names or _SECRET_NAME.search(name) is not None\n\n    def text(self, text: str) -> str:\n        for secret in self._secrets:\n            text = text.replace(secret, MASK)\n        return text\n\n    def url(self, url: httpx.URL) -> str:\n        """The URL without user info, with secret query values masked."""\n        base = str(url.copy_with(query=None, fragment=None, username=None, password=None))\n        pairs = [\n            f"{quote(key, safe=\'\')}={MASK if self.is_secret_name(key) else quote(value, safe=\'\')}"\n            for key, value in url.params.multi_items()\n        ]\n        return self.text(base + ("?" + "&".join(pairs) if pairs else ""))\n\n    def headers(self, headers: httpx.Headers) -> dict[str, str]:\n        return {\n            key: MASK if self.is_secret_name(key) else self.text(value)\n            for key, value in headers.items()\n        }\n'

blocks = {}
debug_info = '3=19&4=21&21=23&23=25&36=27'