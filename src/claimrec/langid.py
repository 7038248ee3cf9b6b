"""Language identification with lingua, restricted to the configured languages."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claimrec.lang import get_language

if TYPE_CHECKING:
    from lingua import LanguageDetector

# A document whose best language scores below this gets a warning.
MIN_DOCUMENT_CONFIDENCE = 0.6
# A sentence keeps its document's language unless it has at least this many words
# and another language wins with at least this confidence: single short sentences
# flip between Danish and Norwegian far too easily to be trusted on their own.
MIN_SENTENCE_WORDS = 6
MIN_SENTENCE_CONFIDENCE = 0.99


@dataclass(frozen=True)
class LanguageGuess:
    """The most likely language of a text (None for a text without letters) and its confidence."""

    code: str | None
    confidence: float


LanguageIdentifier = Callable[[list[str], tuple[str, ...]], list[LanguageGuess]]
"""A function like `detect_languages`: texts and language codes → one `LanguageGuess` per text."""


def detect_language(text: str, languages: tuple[str, ...]) -> LanguageGuess:
    """The most likely of `languages` for `text`."""
    return detect_languages([text], languages)[0]


def detect_languages(texts: list[str], languages: tuple[str, ...]) -> list[LanguageGuess]:
    """The most likely of `languages` for each text, computed in parallel."""
    detector = _detector(languages)
    names = _codes_by_lingua_name(languages)
    guesses = []
    for values in detector.compute_language_confidence_values_in_parallel(texts):
        best = values[0] if values and values[0].value > 0 else None
        if best is None:
            guesses.append(LanguageGuess(code=None, confidence=0.0))
        else:
            guesses.append(LanguageGuess(code=names[best.language.name], confidence=round(best.value, 4)))
    return guesses


def sentence_languages(
    texts: list[str],
    document_language: str | None,
    languages: tuple[str, ...],
    known: Mapping[str, str | None] | None = None,
) -> list[str | None]:
    """The language of each sentence: the document's, unless a long sentence is clearly another.

    `known` gives the languages of some texts found before for the same document language (an earlier
    version of the document): those are not detected again."""
    known = known or {}
    if len(languages) < 2 or not texts:
        return [document_language] * len(texts)
    detected = sorted({text for text in texts if len(text.split()) >= MIN_SENTENCE_WORDS and text not in known})
    guesses = dict(zip(detected, detect_languages(detected, languages), strict=True))
    result: list[str | None] = []
    for text in texts:
        language = document_language
        if text in known:
            language = known[text]
        elif text in guesses and guesses[text].code and guesses[text].confidence >= MIN_SENTENCE_CONFIDENCE:
            language = guesses[text].code
        result.append(language)
    return result


def _codes_by_lingua_name(languages: tuple[str, ...]) -> dict[str, str]:
    return {get_language(code).lingua: code for code in languages}


@cache
def _detector(languages: tuple[str, ...]) -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    members = [getattr(Language, get_language(code).lingua) for code in languages]
    if len(members) == 1:
        members.append(Language.ENGLISH if members[0] != Language.ENGLISH else Language.GERMAN)
    # Models load as texts need them: a long text needs only the trigram models, a tenth of the loading
    # time, so a run that reads one new long paragraph does not load them all (lingua's results are the same).
    return LanguageDetectorBuilder.from_languages(*members).build()
