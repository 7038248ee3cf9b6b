"""Enumerations that follow a stated count: "twelve capitals: A, B, …, and L"."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from claimrec.lang import get_language

# The enumeration must start right after the counted thing: a colon or a dash, then the items.
_LIST_START = re.compile(r"\s*[:—–]\s*")
_CLAUSE_END = re.compile(r"[.;!?]")


class Enumeration(BaseModel):
    """The items listed after a count, located in the text."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    items: tuple[str, ...]


def enumeration_after(text: str, position: int, language: str) -> Enumeration | None:
    """The list that starts at `position` with a colon or dash, or None.

    Items are separated by commas and, before the last, by a list conjunction ("og",
    "and", "und", "och", …). A comma segment that starts with a function word ("…, som er
    landets tredje største by") continues the item before it instead of adding one.
    Fewer than two items is no enumeration.

    Args:
        text: The sentence.
        position: Offset just after the counted thing.
        language: Language code of `text`.
    """
    opener = _LIST_START.match(text, position)
    if opener is None or opener.group().strip() == "":
        return None
    end_match = _CLAUSE_END.search(text, opener.end())
    end = end_match.start() if end_match else len(text.rstrip())
    data = get_language(language)
    items: list[str] = []
    for segment in _split(text[opener.end() : end], data.list_conjunctions):
        words = segment.split()
        if not words:
            continue
        if items and words[0].lower() in data.function_words:
            continue
        items.append(segment.strip())
    if len(items) < 2:
        return None
    return Enumeration(start=opener.end(), end=end, items=tuple(items))


def _split(listing: str, conjunctions: tuple[str, ...]) -> list[str]:
    return _separator(conjunctions).split(listing)


@cache
def _separator(conjunctions: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in conjunctions)
    return (
        re.compile(rf"\s*,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+", re.IGNORECASE) if words else re.compile(r"\s*,\s*")
    )
