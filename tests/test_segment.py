from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.models import Document, Report
from claimrec.segment import MAX_SENTENCE_CHARS, segment

LANGUAGES = ("da", "de", "en", "nb", "nn", "sv")


def _document(text: str, language: str = "nb") -> Document:
    return Document(id="doc", path="doc.txt", text=text, language=language)


def _covered(text: str, start: int, spans: list[tuple[int, int]]) -> bool:
    """Every non-space character from `start` lies in exactly one span."""
    owners = [0] * len(text)
    for span_start, span_end in spans:
        for index in range(span_start, span_end):
            owners[index] += 1
    return all(owners[i] == 1 for i in range(start, len(text)) if not text[i].isspace()) and max(owners, default=0) <= 1


def test_seed_sentences_are_their_evidence_spans_and_cover_the_body(seeds_report: Report) -> None:
    assert len(seeds_report.sentences) == 179
    for document in seeds_report.documents:
        sentences = [s for s in seeds_report.sentences if s.doc_id == document.id]
        assert all(document.text[s.start : s.end] == s.text for s in sentences)
        assert _covered(document.text, document.body_start, [(s.start, s.end) for s in sentences])


def test_paragraphs_split_at_blank_lines_before_sentences() -> None:
    text = "Lynrask offensiv\n\nTidligere torsdag falt Herat. Dermed har gruppen fått kontroll."
    sentences = segment(_document(text), LANGUAGES)
    assert [(s.text, s.paragraph, s.role) for s in sentences] == [
        ("Lynrask offensiv", 0, "heading"),
        ("Tidligere torsdag falt Herat.", 1, "body"),
        ("Dermed har gruppen fått kontroll.", 1, "body"),
    ]


def test_abbreviations_and_day_numbers_do_not_end_sentences() -> None:
    text = "Allerede 4. august bad UD norske borgere om å forlate Afghanistan. Det skjedde kl. 20.30 i går."
    assert [s.text for s in segment(_document(text), LANGUAGES)] == [
        "Allerede 4. august bad UD norske borgere om å forlate Afghanistan.",
        "Det skjedde kl. 20.30 i går.",
    ]


def test_caption_paragraph_keeps_its_text_as_caption_and_credit_as_boilerplate() -> None:
    text = "Soldater vokter veien mot byen. Foto: Jane Doe / AFP\n\nByen falt i går."
    sentences = segment(_document(text), LANGUAGES)
    assert [(s.text, s.role, s.boilerplate) for s in sentences] == [
        ("Soldater vokter veien mot byen.", "caption", None),
        ("Foto: Jane Doe / AFP", "boilerplate", "photo_credit"),
        ("Byen falt i går.", "body", None),
    ]


def test_span_boilerplate_is_cut_out_of_the_sentence_it_is_glued_to() -> None:
    text = "Fakta om krigen Ekspandér faktaboks Hæren trakk seg ut i mai."
    sentences = segment(_document(text), LANGUAGES)
    assert [(s.text, s.role) for s in sentences] == [
        ("Fakta om krigen Ekspandér faktaboks", "boilerplate"),
        ("Hæren trakk seg ut i mai.", "body"),
    ]


def test_video_paragraph_is_boilerplate_as_a_whole() -> None:
    text = "Hva skjer nå? Du trenger javascript for å se video. Hva skjer nå?\n\nByen falt."
    roles = [(s.role, s.boilerplate) for s in segment(_document(text), LANGUAGES)]
    assert roles == [("boilerplate", "video")] * 3 + [("body", None)]


def test_document_without_language_is_still_segmented() -> None:
    sentences = segment(Document(id="x", path="x.txt", text="12345. 678!", language=None), LANGUAGES)
    assert [s.text for s in sentences] == ["12345.", "678!"]


@settings(max_examples=150, deadline=None)
@given(
    text=st.lists(
        st.sampled_from([*"ab æøå.!?:\n\t«»–-/0123456789", "Foto:", "Les også:", " \n\n", "ekspandér faktaboks"]),
        max_size=80,
    ).map("".join)
    | st.text(max_size=200),
    language=st.sampled_from(LANGUAGES),
)
def test_any_text_is_covered_exactly_once_with_exact_offsets(text: str, language: str) -> None:
    document = _document(text, language)
    sentences = segment(document, LANGUAGES)
    assert all(text[s.start : s.end] == s.text and s.text == s.text.strip() and s.text for s in sentences)
    assert _covered(text, 0, [(s.start, s.end) for s in sentences])


def test_a_paragraph_longer_than_spacy_accepts_is_cut_into_bounded_sentences() -> None:
    # A file without blank lines or full stops made spaCy raise E088 (over 1,000,000 characters) and
    # ended the run; now it is cut at spaces into sentences that extraction can handle.
    text = "ord " * 300_000 + "slut."
    document = Document(id="long", path="long.txt", text=text, language="da")
    sentences = segment(document, ("da",))
    assert all(len(sentence.text) <= MAX_SENTENCE_CHARS for sentence in sentences)
    assert all(text[sentence.start : sentence.end] == sentence.text for sentence in sentences)
    assert "".join(sentence.text for sentence in sentences).replace(" ", "") == text.replace(" ", "")
