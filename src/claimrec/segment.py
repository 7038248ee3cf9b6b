"""Segment: a `Document` → its sentences, with offsets, roles and languages.

Paragraphs are split at blank lines first (headlines and captions are otherwise glued
to the paragraph after them), boilerplate is recognised and kept with a role, and
spaCy's rule-based sentencizer splits the rest.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claimrec.lang import BoilerplatePattern, get_language
from claimrec.langid import sentence_languages
from claimrec.models import Document, Sentence, SentenceRole

if TYPE_CHECKING:
    from spacy.language import Language as SpacyPipeline

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_TERMINAL = re.compile(r"[.!?…:;\"'»”\u2019)\]]\s*$")
# A paragraph of one sentence this short, without final punctuation, is a heading.
MAX_HEADING_WORDS = 12
# spaCy refuses texts longer than 1,000,000 characters; a longer paragraph (a file without blank lines)
# is split into windows of at most this many characters, which also bounds memory. Normal paragraphs
# are far shorter and are split by spaCy alone.
MAX_WINDOW_CHARS = 100_000
# A "sentence" longer than this (text without full stops) is cut into pieces of at most this many
# characters, as extraction slows down with the square of a sentence's values. News sentences stay
# below 500 characters (the seeds and NTREX: 460 at most).
MAX_SENTENCE_CHARS = 3_000


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    boilerplate: str | None = None


@dataclass(frozen=True)
class DocumentSentences:
    """The sentences of one document, and the error its segmentation raised, if it did.

    Attributes:
        sentences: What `segment` returns; where it raised, the document's paragraphs instead, each cut
            into pieces of at most `MAX_SENTENCE_CHARS` characters, as body sentences in the document's language.
        error: None, or the error `segment` raised (a bug: the document is read at paragraph level, and
            the run goes on).
    """

    sentences: list[Sentence]
    error: str | None = None


def segment_document(
    document: Document, languages: tuple[str, ...], known: Mapping[str, str | None] | None = None
) -> DocumentSentences:
    """`segment`, or where it raises, the document's paragraphs (see `DocumentSentences`)."""
    try:
        return DocumentSentences(segment(document, languages, known))
    except Exception as error:  # a segmentation bug costs this document its sentence splitting, not the run
        return DocumentSentences(_paragraph_sentences(document), f"{type(error).__name__}: {error}")


def segment(
    document: Document, languages: tuple[str, ...], known: Mapping[str, str | None] | None = None
) -> list[Sentence]:
    """Split `document` into sentences whose offsets point into `document.text`.

    Every non-blank character of the body lies in exactly one sentence; boilerplate
    (ad markers, credits, teasers) becomes sentences with role ``boilerplate``.

    Args:
        document: The document.
        languages: Languages a sentence may be identified as.
        known: Languages of sentence texts found before in a document of the same language (an earlier
            version of this one), which need not be identified again (default: none).
    """
    patterns = get_language(document.language).boilerplate if document.language else ()
    pipeline = _pipeline(get_language(document.language).spacy if document.language else "xx")
    pieces: list[tuple[int, _Piece]] = []
    for number, (start, end) in enumerate(_paragraphs(document.text, document.body_start)):
        pieces.extend((number, piece) for piece in _split_paragraph(document.text, start, end, patterns, pipeline))
    roles = _roles(document.text, pieces, patterns)
    spoken = [index for index, (role, _) in enumerate(roles) if role != "boilerplate"]
    detected = sentence_languages(
        [document.text[pieces[index][1].start : pieces[index][1].end] for index in spoken],
        document.language,
        languages,
        known,
    )
    language_of = dict(zip(spoken, detected, strict=True))
    return [
        Sentence(
            id=f"{document.id}:s{index}",
            doc_id=document.id,
            start=piece.start,
            end=piece.end,
            text=document.text[piece.start : piece.end],
            language=language_of.get(index, document.language),
            paragraph=paragraph,
            role=role,
            boilerplate=kind,
        )
        for index, ((paragraph, piece), (role, kind)) in enumerate(zip(pieces, roles, strict=True))
    ]


def _paragraph_sentences(document: Document) -> list[Sentence]:
    """The document's paragraphs as body sentences of at most `MAX_SENTENCE_CHARS` characters."""
    spans = [
        (paragraph, trimmed)
        for paragraph, (start, end) in enumerate(_paragraphs(document.text, document.body_start))
        for window in _windows(document.text, start, end, MAX_SENTENCE_CHARS)
        if (trimmed := _trim(document.text, *window))
    ]
    return [
        Sentence(
            id=f"{document.id}:s{index}",
            doc_id=document.id,
            start=start,
            end=end,
            text=document.text[start:end],
            language=document.language,
            paragraph=paragraph,
            role="body",
        )
        for index, (paragraph, (start, end)) in enumerate(spans)
    ]


def _paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    spans = []
    for match in _PARAGRAPH_BREAK.finditer(text, start):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def _split_paragraph(
    text: str, start: int, end: int, patterns: tuple[BoilerplatePattern, ...], pipeline: SpacyPipeline
) -> list[_Piece]:
    """Cut span-scoped boilerplate out of a paragraph and split the rest into sentences."""
    pieces: list[_Piece] = []
    cursor = start
    cuts = sorted(
        (match.start(), match.end(), pattern.kind)
        for pattern in patterns
        if pattern.scope == "span"
        for match in pattern.regex.finditer(text, start, end)
        if match.end() > match.start()
    )
    for cut_start, cut_end, kind in cuts:
        if cut_start < cursor:
            continue
        pieces.extend(_sentences(text, cursor, cut_start, pipeline))
        if trimmed := _trim(text, cut_start, cut_end):
            pieces.append(_Piece(*trimmed, boilerplate=kind))
        cursor = cut_end
    pieces.extend(_sentences(text, cursor, end, pipeline))
    return pieces


def _sentences(text: str, start: int, end: int, pipeline: SpacyPipeline) -> list[_Piece]:
    pieces: list[_Piece] = []
    for window_start, window_end in _windows(text, start, end, MAX_WINDOW_CHARS):
        if not text[window_start:window_end].strip():
            continue
        for sentence in pipeline(text[window_start:window_end]).sents:
            sentence_start, sentence_end = window_start + sentence.start_char, window_start + sentence.end_char
            spans = (_trim(text, *span) for span in _windows(text, sentence_start, sentence_end, MAX_SENTENCE_CHARS))
            pieces.extend(_Piece(*span) for span in spans if span)
    return pieces


def _windows(text: str, start: int, end: int, size: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut into spans of at most `size` characters, each cut after the last space or line
    break before the limit (at the limit where there is none)."""
    windows = []
    while end - start > size:
        limit = start + size
        cut = max(text.rfind(" ", start, limit), text.rfind("\n", start, limit)) + 1
        cut = cut if cut > start else limit
        windows.append((start, cut))
        start = cut
    windows.append((start, end))
    return windows


def _roles(
    text: str, pieces: list[tuple[int, _Piece]], patterns: tuple[BoilerplatePattern, ...]
) -> list[tuple[SentenceRole, str | None]]:
    """Role and boilerplate kind of every piece, judged by sentence and by paragraph."""
    by_paragraph: dict[int, list[int]] = {}
    for index, (paragraph, _) in enumerate(pieces):
        by_paragraph.setdefault(paragraph, []).append(index)
    roles: list[tuple[SentenceRole, str | None]] = [("body", None)] * len(pieces)
    for indices in by_paragraph.values():
        paragraph_text = text[pieces[indices[0]][1].start : pieces[indices[-1]][1].end]
        whole = next((p.kind for p in patterns if p.scope == "paragraph" and p.regex.search(paragraph_text)), None)
        for index in indices:
            piece = pieces[index][1]
            kind = whole or piece.boilerplate or _sentence_boilerplate(text[piece.start : piece.end], patterns)
            if kind:
                roles[index] = ("boilerplate", kind)
        content = [index for index in indices if roles[index][0] != "boilerplate"]
        if any(roles[index][1] == "photo_credit" for index in indices):
            for index in content:
                roles[index] = ("caption", None)
        elif len(content) == 1 and _looks_like_heading(text[pieces[content[0]][1].start : pieces[content[0]][1].end]):
            roles[content[0]] = ("heading", None)
    return roles


def _sentence_boilerplate(sentence: str, patterns: tuple[BoilerplatePattern, ...]) -> str | None:
    return next((p.kind for p in patterns if p.scope == "sentence" and p.regex.match(sentence)), None)


def _looks_like_heading(sentence: str) -> bool:
    return "\n" not in sentence and not _TERMINAL.search(sentence) and len(sentence.split()) <= MAX_HEADING_WORDS


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


@cache
def _pipeline(spacy_code: str) -> SpacyPipeline:
    import spacy

    pipeline = spacy.blank(spacy_code)
    pipeline.add_pipe("sentencizer")
    return pipeline
