"""Bytes to text: reject binary files, detect the encoding of the rest.

UTF-8 (with or without a BOM) is tried first because nearly everything is
UTF-8; anything else goes to charset-normalizer, and only bytes that no
encoding reads as plausible text are refused. Binary files are recognised by
their magic numbers and by NUL/control bytes, so a PDF or an image is named as
such instead of being "decoded" into noise.
"""

from __future__ import annotations

import codecs

import charset_normalizer

from briefings.sources import errors
from briefings.sources.errors import SourceError

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "Office document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Western single-byte encodings read the same bytes; charset-normalizer ranks
# them by tiny margins, so cp1252 (what "Latin-1" files really are) wins ties.
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_CONTROL_SHARE = 0.05


def decode(data: bytes, *, declared: str | None = None) -> str:
    """Text of ``data``, or SourceError with the reason it is not text. ``declared``
    is an encoding the transport named (an HTTP charset), tried after a BOM.

    >>> decode("Le café est très bon, déjà prêt.".encode("cp1252"))
    'Le café est très bon, déjà prêt.'
    """
    if not data.strip():
        raise SourceError(errors.EMPTY)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise SourceError(errors.binary(kind))
    text = (
        _decode_with_bom(data)
        or _decode_declared(data, declared)
        or _decode_utf8(data)
        or _decode_detected(data)
    )
    if not text.strip():
        raise SourceError(errors.EMPTY)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise SourceError(errors.binary())
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_with_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise SourceError(errors.UNDECODABLE) from None
    return None


def _decode_declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        return data.decode(declared)
    except (LookupError, UnicodeDecodeError):
        return None


def _decode_utf8(data: bytes) -> str | None:
    if b"\x00" in data:
        return None  # UTF-16 without a BOM, or binary: let detection decide
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode_detected(data: bytes) -> str:
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        if b"\x00" in data:
            raise SourceError(errors.binary())
        raise SourceError(errors.UNDECODABLE)
    best = matches[0]
    for match in matches:
        if match.encoding in _WESTERN and match.chaos <= best.chaos + 0.01:
            best = match
            break
    return str(best)
