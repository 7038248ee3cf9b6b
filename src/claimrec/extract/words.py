"""Word tests shared by the finders: names and function words."""

from __future__ import annotations

import re

# A word, hyphenated or with an apostrophe inside ("Taliban-talsmann", "USA's").
WORD_PATTERN = r"\w+(?:['’‐‑-]\w+)*"
_HYPHEN = re.compile(r"[‐‑-]")


def is_name(word: str, function_words: frozenset[str]) -> bool:
    """Capitalised and no function word; acronyms ("USA") always; hyphenated ones end in a name part."""
    if not word[:1].isupper():
        return False
    if len(word) > 1 and word.isupper():
        return True
    if word.lower() in function_words:
        return False
    last = _HYPHEN.split(word)[-1]
    return last[:1].isupper() or len(last) <= 3


def is_function_word(word: str, function_words: frozenset[str]) -> bool:
    """Acronyms in capitals ("US", "EU") are names, never the pronoun or preposition they spell."""
    return not (len(word) > 1 and word.isupper()) and word.lower() in function_words
