"""The assembler `claimrec.extract.extract`: which claims a sentence yields."""

from __future__ import annotations

import pytest

from claimrec.extract import corpus_names, extract
from claimrec.models import Claim, Document
from claimrec.segment import segment


def _claims(text: str, language: str) -> list[Claim]:
    document = Document(id="d", path="d.txt", text=text, language=language, published="2018-09-30")
    sentences = segment(document, (language,))
    return extract(sentences, {document.id: document}, corpus_names(sentences))


@pytest.mark.parametrize(
    ("text", "language", "label"),
    [
        ("The minister told parliament on Saturday that the plan had failed.", "en", "Saturday"),
        ("Ministeren fortalte Stortinget på lørdag at planen var mislykket.", "nb", "Saturday"),
        ("Die Ministerin sagte am Donnerstag vor dem Ausschuss aus.", "de", "Thursday"),
    ],
)  # fmt: skip
def test_when_a_source_spoke_is_a_time_claim(text: str, language: str, label: str) -> None:
    """The day of a statement is checkable like any other time: another outlet may give another day."""
    times = [claim for claim in _claims(text, language) if claim.kind == "time"]
    assert [claim.time.label for claim in times if claim.time is not None] == [label]


def test_a_time_is_a_claim_of_its_own_and_the_time_a_value_of_its_clause_holds_at() -> None:
    claims = _claims("Taliban captured 12 provincial capitals on Friday.", "en")
    assert [claim.kind for claim in claims] == ["count", "time"]
    assert [claim.time.label if claim.time else None for claim in claims] == ["Friday", "Friday"]


@pytest.mark.parametrize(
    ("text", "language", "phase"),
    [
        ("USA og Nato begynte sin tilbaketrekking fra Afghanistan i mai.", "nb", "start"),
        ("USA begyndte at trække sig ud i sidste måned.", "da", "start"),
        ("Die Bundeswehr beendete ihren Einsatz am Dienstag.", "de", "end"),
        ("Alle soldater forlod i sidste uge Bagram.", "da", None),
        ("Kriget började i mars.", "sv", "start"),
        ("The talks ended on Friday.", "en", "end"),
    ],
)  # fmt: skip
def test_a_time_claim_says_whether_what_it_dates_began_or_ended(text: str, language: str, phase: str | None) -> None:
    [claim] = [claim for claim in _claims(text, language) if claim.kind == "time"]
    assert claim.phase == phase


@pytest.mark.parametrize(
    ("text", "language", "names", "not_names"),
    [
        ("Am Dienstag sagte Müller in Bonn, 40 Busse fehlten.", "de", {"bonn", "müller"}, {"dienstag"}),
        ('"Many things hinge on March," Jones told 300 voters in Ohio.', "en", {"jones", "ohio"}, {"many", "march"}),
        ("«Mye avhenger av mars», sa Hansen til 300 velgere i Bergen.", "nb", {"hansen", "bergen"}, {"mye"}),
    ],
)  # fmt: skip
def test_anchors_are_names_not_times_or_words_opening_a_quote(
    text: str, language: str, names: set[str], not_names: set[str]
) -> None:
    """A weekday or month names no event, and the first word after an opening quote is capitalised anyway."""
    anchors = {anchor for claim in _claims(text, language) for anchor in claim.anchors}
    assert names <= anchors
    assert not anchors & not_names
