"""Turn a file's bytes into text, saying how, or say why they are not text."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from claimrec.errors import WarningCode
from claimrec.models import RecordedWarning

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
)
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Above this share of control characters the "text" is taken for binary data.
_MAX_CONTROL_SHARE = 0.01
# UTF-8 with a few broken sequences (a truncated copy, one stray byte) is still UTF-8;
# a file whose non-ASCII bytes are mostly invalid UTF-8 is in a legacy code page.
_MIN_VALID_SHARE = 0.8


@dataclass
class Decoded:
    """Text decoded from bytes, or the reason it is not text (`binary` set, `text` empty)."""

    text: str = ""
    encoding: str = "utf-8"
    binary: str | None = None
    warnings: list[RecordedWarning] = field(default_factory=list)


def decode(raw: bytes, declared: str | None = None) -> Decoded:
    """Decode `raw`: byte-order marks first, then UTF-8, then `declared`, cp1252 or latin-1.

    Args:
        raw: The file's bytes.
        declared: An encoding the file declares for itself (an HTML ``<meta charset>``),
            tried when the bytes are not UTF-8.

    Returns:
        A `Decoded` with the text and a warning for every fallback or replacement;
        for binary data, `binary` says what the bytes look like and `text` is empty.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            text = raw.decode(encoding, errors="replace")
            return _checked(Decoded(text=text, encoding=encoding), _replacements(raw, text, bom))
    for magic, name in _MAGIC:
        if raw.startswith(magic):
            return Decoded(binary=name)
    if b"\x00" in raw[:8192]:
        return Decoded(binary="contains NUL bytes")
    try:
        return _checked(Decoded(text=raw.decode("utf-8"), encoding="utf-8"), 0)
    except UnicodeDecodeError:
        pass
    invalid_share = _invalid_utf8_share(raw)
    if invalid_share <= 1 - _MIN_VALID_SHARE:
        text = raw.decode("utf-8", errors="replace")
        return _checked(Decoded(text=text, encoding="utf-8"), _replacements(raw, text, b""))
    for encoding in (declared or "utf-8", "cp1252", "latin-1"):
        if _known(encoding) in (None, "utf-8"):
            continue
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        decoded = Decoded(text=text, encoding=_known(encoding) or encoding)
        decoded.warnings.append(WarningCode.ENCODING_FALLBACK.warning(encoding=decoded.encoding))
        return _checked(decoded, 0)
    raise AssertionError("latin-1 decodes every byte string")


def _checked(decoded: Decoded, replaced: int) -> Decoded:
    if replaced:
        decoded.warnings.append(WarningCode.BYTES_REPLACED.warning(count=replaced))
    if decoded.text and len(_CONTROL.findall(decoded.text)) > _MAX_CONTROL_SHARE * len(decoded.text):
        return Decoded(binary="mostly control characters", encoding=decoded.encoding)
    return decoded


def _invalid_utf8_share(raw: bytes) -> float:
    """Share of non-ASCII bytes that are not part of a valid UTF-8 sequence."""
    non_ascii = sum(1 for byte in raw if byte >= 0x80)
    valid = sum(len(match) for match in _UTF8_MULTIBYTE.findall(raw))
    return (non_ascii - valid) / non_ascii if non_ascii else 0.0


def _replacements(raw: bytes, text: str, bom: bytes) -> int:
    original = raw[len(bom) :].count("\ufffd".encode()) if bom in (b"", codecs.BOM_UTF8) else 0
    return max(0, text.count("\ufffd") - original)


def _known(encoding: str) -> str | None:
    """The canonical name of `encoding`, or None for a name Python does not know."""
    try:
        return codecs.lookup(encoding).name.replace("_", "-")
    except LookupError:
        return None
