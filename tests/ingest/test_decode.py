from __future__ import annotations

import codecs

import pytest

from claimrec.ingest.decode import decode

DANISH = "Kandahar har flere end 600.000 indbyggere, næststørste by – siger kilder."


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (DANISH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + DANISH.encode("utf-8"), "utf-8-sig"),
        (DANISH.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF32_LE + DANISH.encode("utf-32-le"), "utf-32"),
    ],
)
def test_unicode_encodings_decode_without_warnings(raw: bytes, encoding: str) -> None:
    decoded = decode(raw)
    assert (decoded.text, decoded.encoding, decoded.warnings, decoded.binary) == (DANISH, encoding, [], None)


def test_cp1252_falls_back_with_a_recorded_warning() -> None:
    decoded = decode(DANISH.encode("cp1252"))
    assert decoded.text == DANISH
    assert decoded.encoding == "cp1252"
    assert [warning.code for warning in decoded.warnings] == ["W201"]


def test_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    decoded = decode("Ærø ".encode("latin-1") + b"\x81")
    assert decoded.encoding == "iso8859-1"
    assert decoded.text == "Ærø \x81"


def test_declared_encoding_is_tried_before_cp1252() -> None:
    text = "Škoda - čeština"
    decoded = decode(text.encode("iso8859-2"), declared="iso-8859-2")
    assert decoded.text == text
    assert decoded.encoding == "iso8859-2"


def test_utf8_with_a_stray_byte_stays_utf8_and_counts_the_replacement() -> None:
    raw = DANISH.encode("utf-8") + b" \xff " + DANISH.encode("utf-8")
    decoded = decode(raw)
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("\ufffd") == 1
    assert [warning.message for warning in decoded.warnings] == ["1 undecodable byte sequence(s) replaced with U+FFFD"]


def test_truncated_utf8_at_the_end_is_replaced_not_fatal() -> None:
    decoded = decode(DANISH.encode("utf-8")[:-2] + "æ".encode()[:1])
    assert decoded.encoding == "utf-8"
    assert decoded.text.endswith("\ufffd")


@pytest.mark.parametrize(
    ("raw", "evidence"),
    [
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"PK\x03\x04rest", "ZIP archive or Office document"),
        (b"abc\x00def", "contains NUL bytes"),
        (bytes(range(1, 32)) * 10, "mostly control characters"),
    ],
)
def test_binary_data_is_recognised(raw: bytes, evidence: str) -> None:
    decoded = decode(raw)
    assert decoded.binary == evidence
    assert decoded.text == ""
