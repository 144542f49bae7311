"""Bytes to text. Collections are UTF-8 (a BOM is accepted); UTF-16 and UTF-32
are recognised by their BOM or by the zero bytes around the first ASCII
characters, as JSON allows. Anything else gets a message saying what to do."""

from __future__ import annotations

import codecs

from generator.diagnostics import GeneratorError

# Checked in order: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Files people pass by mistake, recognised by their first bytes.
_BINARY = (
    (b"\x1f\x8b", "a gzip archive; decompress it first"),
    (b"PK\x03\x04", "a ZIP archive; extract the collection's .json file first"),
    (b"%PDF", "a PDF document, not a Postman collection"),
)


def _guess_without_bom(data: bytes) -> str:
    """JSON text starts with an ASCII character, so zero bytes give the encoding away."""
    head = data[:4]
    if len(head) == 4:
        if head[:3] == b"\x00\x00\x00":
            return "utf-32-be"
        if head[1:] == b"\x00\x00\x00":
            return "utf-32-le"
    if len(head) >= 2:
        if head[0] == 0 and head[1] != 0:
            return "utf-16-be"
        if head[0] != 0 and head[1] == 0:
            return "utf-16-le"
    return "utf-8"


def decode(data: bytes, source: str) -> str:
    for magic, what in _BINARY:
        if data.startswith(magic):
            raise GeneratorError(f"the file is {what}", source=source)
    encoding = ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom) :], name
            break
    encoding = encoding or _guess_without_bom(data)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as problem:
        line = data.count(b"\n", 0, problem.start) + 1
        byte = data[problem.start : problem.start + 1].hex().upper()
        if encoding == "utf-8":
            message = (
                f"the file is not UTF-8 text (byte 0x{byte} at line {line}, offset "
                f"{problem.start}); save it as UTF-8, as Postman exports do"
            )
        else:
            message = (
                f"the file looks like {encoding.upper()} but does not decode "
                f"(offset {problem.start}: {problem.reason}); save it as UTF-8"
            )
        raise GeneratorError(message, source=source) from None
