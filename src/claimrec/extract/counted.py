"""What a number counts: the words right after it ("3000 amerikanske soldater")."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from claimrec.extract.words import is_function_word
from claimrec.lang import get_language

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")
_GAP = re.compile(r"[ \t\u00a0]+")
# At most this many words name the counted thing ("tre infanteribataljoner", "afghanske regeringssoldater").
MAX_COUNTED_WORDS = 3
# Words this short are no adjectives by their ending alone ("de", "se"); "nye", "nya" ("new") are.
MIN_ADJECTIVE_LETTERS = 2


class CountedThing(BaseModel):
    """The counted noun phrase as written, and its last word, lower-cased, as its head."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str
    head: str


def counted_after(text: str, position: int, language: str, *, after_preposition: bool = False) -> CountedThing | None:
    """The noun phrase that a number ending at `position` counts, or None.

    Args:
        text: The sentence.
        position: Offset just after the number (and its unit, if any).
        language: Language code of `text`.
        after_preposition: Look past one preposition and determiner first, as for shares
            ("85 prosent av landet" counts "landet"). Default False.

    Returns:
        Modifiers (adjectives, acronyms, proper adjectives) and the noun they lead to, at
        most three words separated by spaces only; None when the next word is a function
        word or a reporting verb ("oplyser"), or punctuation comes first. Where every noun is
        capitalised (German) the phrase ends with its last capitalised word, and a lower-case
        word that is no adjective ("800 gestiegen") names nothing.
    """
    data = get_language(language)
    function_words = data.function_words
    words = _words_after(text, position)
    if after_preposition:
        while words and is_function_word(words[0].group(), function_words):
            words = words[1:]
    verbs = _verbs(language)
    phrase: list[re.Match[str]] = []
    for word in words[:MAX_COUNTED_WORDS]:
        if is_function_word(word.group(), function_words) or word.group().lower() in verbs:
            break
        if data.capitalised_nouns and not _is_noun_or_modifier(word.group(), data.attribution.adjective_endings):
            break
        phrase.append(word)
        if not _is_modifier(word.group(), data.attribution.adjective_endings, data.capitalised_nouns):
            break
    if data.capitalised_nouns:
        while phrase and not phrase[-1].group()[0].isupper():
            phrase.pop()
    if not phrase:
        return None
    start, end = phrase[0].start(), phrase[-1].end()
    return CountedThing(start=start, end=end, text=text[start:end], head=phrase[-1].group().lower())


@cache
def _verbs(language: str) -> frozenset[str]:
    """Reporting and claiming verbs of one word ("oplyser", "sagde"): they follow a bare count
    ("steget til 832 oplyser myndighederne") but never name what it counts."""
    attribution = get_language(language).attribution
    return frozenset(verb.lower() for verb in (*attribution.report_verbs, *attribution.claim_verbs) if " " not in verb)


def _is_noun_or_modifier(word: str, adjective_endings: tuple[str, ...]) -> bool:
    """Where every noun is capitalised, a lower-case word that is no adjective is a verb or
    adverb ("gestiegen", "zweimal"): it ends the counted phrase without naming anything."""
    return word[0].isupper() or (len(word) > MIN_ADJECTIVE_LETTERS and word.endswith(adjective_endings))


def _is_modifier(word: str, adjective_endings: tuple[str, ...], capitalised_nouns: bool) -> bool:
    """An adjective ("amerikanske"), acronym ("US") or, where nouns are lower case, proper adjective ("American")."""
    if len(word) > 1 and word.isupper():
        return True
    if word[0].isupper():
        return not capitalised_nouns
    return len(word) > MIN_ADJECTIVE_LETTERS and word.endswith(adjective_endings)


def _words_after(text: str, position: int) -> list[re.Match[str]]:
    """The words after `position` up to the first punctuation mark, at most a handful."""
    words: list[re.Match[str]] = []
    cursor = position
    while len(words) < MAX_COUNTED_WORDS + 3:
        gap = _GAP.match(text, cursor)
        if gap is None and words:
            break
        word = _WORD.match(text, gap.end() if gap else cursor)
        if word is None:
            break
        words.append(word)
        cursor = word.end()
    return words
