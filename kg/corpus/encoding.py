"""Bytes of an input file → text, or a reason a user can act on.

Read as is: UTF-8, with or without a byte-order mark. Read with a warning: UTF-16/32
with a byte-order mark, UTF-16 without one when every other byte is zero, Vietnamese in
Windows-1258, TCVN3 or VNI when it clearly reads as Vietnamese (kg.corpus.legacy), and a
UTF-8 file with a handful of broken bytes (each replaced by U+FFFD). Refused: empty files,
binary files (images, PDFs, archives, Office documents), and bytes that are none of these.
Control characters are replaced by spaces, one for one, so character offsets still hold and
every output format (RDF/XML included) can carry the text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from kg.corpus.legacy import ENCODINGS, guess_legacy


class UndecodableError(ValueError):
    """The bytes are not an article we can read; the message says why and what to do."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # codec name, or "cp1258" / "tcvn3" / "vni"
    warnings: tuple[str, ...] = ()


# File-format signatures: a file that starts like this is not a text article.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an Office document (.docx, .xlsx, .odt)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program (ELF)"),
)
_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# C0 and C1 controls except TAB, LF, CR; DEL; the two non-characters U+FFFE/U+FFFF
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
MAX_CONTROL_SHARE = 0.1  # more control characters than this: binary, not text
MAX_NUL_SHARE = 0.01  # NUL bytes (not UTF-16) beyond this share: binary
MAX_BROKEN_UTF8 = 3  # broken byte sequences a UTF-8 file may have and still be read ...
BROKEN_UTF8_PER_BYTE = 1e-4  # ... or this share of its bytes, if larger
_RESAVE = "re-save the file as UTF-8"


def _where(data: bytes, position: int) -> str:
    line_start = data.rfind(b"\n", 0, position) + 1
    line = data.count(b"\n", 0, position) + 1
    column = len(data[line_start:position].decode("utf-8", errors="replace")) + 1
    return f"byte 0x{data[position]:02X} at line {line}, column {column}"


def _binary_kind(data: bytes) -> str | None:
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no byte-order mark: ASCII letters leave every other byte zero."""
    if len(data) % 2 or len(data) < 4:
        return None
    pairs = len(data) // 2
    even_zeros, odd_zeros = data[0::2].count(0), data[1::2].count(0)
    if odd_zeros >= 0.3 * pairs and even_zeros == 0:
        return "utf-16-le"
    if even_zeros >= 0.3 * pairs and odd_zeros == 0:
        return "utf-16-be"
    return None


def _from_invalid_utf8(data: bytes, first: UnicodeDecodeError) -> Decoded:
    where = _where(data, first.start)
    guess = guess_legacy(data)
    if guess.trusted:
        legacy = ENCODINGS[guess.best.encoding]
        note = f"decoded from {legacy.label}, an old Vietnamese encoding (the file is not UTF-8)"
        if legacy.name == "tcvn3":
            note += "; TCVN3 has no capitals with tone marks, so some capitals may read as small letters"
        return Decoded(guess.text, legacy.name, (f"{note}; {_RESAVE} to be sure",))
    limit = max(MAX_BROKEN_UTF8, int(len(data) * BROKEN_UTF8_PER_BYTE))
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    if broken <= limit:
        return Decoded(
            text,
            "utf-8",
            (f"{broken} broken UTF-8 byte sequence(s) replaced by U+FFFD (first: {where})",),
        )
    best = guess.best
    if best is not None and best.words >= 3 and best.valid >= 0.6:
        legacy = ENCODINGS[best.encoding]
        raise UndecodableError(
            f"not valid UTF-8 ({where}); it looks like Vietnamese in {legacy.label}, but not surely "
            f"enough to convert it ({best.valid:.0%} of {best.words} accented words read as Vietnamese). "
            f"Convert it to UTF-8 first, e.g. with {legacy.convert_hint}"
        )
    raise UndecodableError(
        f"not valid UTF-8 ({where}), and not Vietnamese in Windows-1258, TCVN3 or VNI either; {_RESAVE}"
    )


def decode_bytes(data: bytes) -> Decoded:
    """Decode an input file's bytes; raises UndecodableError with the reason."""
    if not data:
        raise UndecodableError("file is empty (0 bytes)")
    kind = _binary_kind(data)
    if kind:
        raise UndecodableError(f"binary data ({kind}), not a text article")
    warnings: list[str] = []
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                raise UndecodableError(
                    f"starts with a {name} byte-order mark but is not valid {name} "
                    f"(byte {len(bom) + error.start}); {_RESAVE}"
                ) from error
            if name != "UTF-8":
                warnings.append(f"decoded from {name} ({codec}, with a byte-order mark); {_RESAVE}")
            decoded = Decoded(text, codec, tuple(warnings))
            break
    else:
        codec = _utf16_without_bom(data) if b"\x00" in data else None
        if codec:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise UndecodableError(
                    f"binary data (NUL bytes, byte {error.start}), not a text article"
                ) from error
            decoded = Decoded(
                text, codec, (f"decoded from UTF-16 ({codec}) without a byte-order mark; {_RESAVE}",)
            )
        elif data[:65536].count(0) > MAX_NUL_SHARE * min(len(data), 65536):
            raise UndecodableError("binary data (NUL bytes), not a text article")
        else:
            try:
                decoded = Decoded(data.decode("utf-8"), "utf-8")
            except UnicodeDecodeError as error:
                decoded = _from_invalid_utf8(data, error)
    return _clean_controls(decoded)


def _clean_controls(decoded: Decoded) -> Decoded:
    text = decoded.text
    if not text.strip():
        raise UndecodableError("file is empty (only white space)")
    controls = _CONTROLS.findall(text)
    if not controls:
        return decoded
    if len(controls) > MAX_CONTROL_SHARE * len(text):
        raise UndecodableError(
            f"binary data ({len(controls)} control characters in {len(text)}), not a text article"
        )
    first = _CONTROLS.search(text).start()
    line = text.count("\n", 0, first) + 1
    note = f"{len(controls)} control character(s) replaced by spaces (first at line {line})"
    return Decoded(_CONTROLS.sub(" ", text), decoded.encoding, (*decoded.warnings, note))
