from __future__ import annotations

import datetime as dt

import pytest

from claimrec.ingest.metadata import parse_published, read_text_metadata


@pytest.mark.parametrize(
    ("text", "published", "body"),
    [
        (" date 2021-08 Mens forhandlere sidder", "2021-08", "Mens forhandlere sidder"),
        ("date 2021-08-13\nFørste linje.", "2021-08-13", "Første linje."),
        ("Date: 2021-08-13T10:15:00Z Text", "2021-08-13", "Text"),
        ("\ufeffdate 2021-07 Over 1000", "2021-07", "Over 1000"),
        ("Den amerikanske ambassaden i Kabul", None, "Den amerikanske ambassaden i Kabul"),
        ("Date night was fun.", None, "Date night was fun."),
    ],
)
def test_date_header_shares_the_first_line_and_is_cut_from_the_body(
    text: str, published: str | None, body: str
) -> None:
    metadata = read_text_metadata(text)
    assert metadata.published == published
    assert text[metadata.body_start :] == body


def test_impossible_date_in_header_is_a_warning_not_a_date() -> None:
    metadata = read_text_metadata("date 2021-13 Tekst")
    assert metadata.published is None
    assert [warning.code for warning in metadata.warnings] == ["W204"]
    assert metadata.body_start == len("date 2021-13 ")


def test_front_matter_gives_date_source_title_and_language() -> None:
    text = "---\ntitle: Kabul\nsource: NRK\ndate: 2021-08-13\nlanguage: nb\n---\nTorsdag falt byen.\n"
    metadata = read_text_metadata(text)
    assert (metadata.published, metadata.source, metadata.title, metadata.language) == (
        "2021-08-13",
        "NRK",
        "Kabul",
        "nb",
    )
    assert text[metadata.body_start :] == "Torsdag falt byen.\n"


def test_broken_front_matter_is_kept_as_text_with_a_warning() -> None:
    text = "---\ntitle: [unclosed\n---\nBody."
    metadata = read_text_metadata(text)
    assert metadata.body_start == 0
    assert [warning.code for warning in metadata.warnings] == ["W207"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-08", "2021-08"),
        ("2021-8", "2021-08"),
        ("2021-08-13", "2021-08-13"),
        ("2021-08-13 10:00:00+02:00", "2021-08-13"),
        (dt.date(2021, 8, 13), "2021-08-13"),
        (dt.datetime(2021, 8, 13, 22, 0), "2021-08-13"),
        ("2021-02-30", None),
        ("13/08/2021", None),
        ("", None),
    ],
)
def test_parse_published(value: object, expected: str | None) -> None:
    assert parse_published(value) == expected
