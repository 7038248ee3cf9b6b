"""Fixtures for the per-language test tables."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimrec.extract.numbers import NumberMention, find_numbers
from claimrec.models import Document
from claimrec.segment import segment


@pytest.fixture
def boilerplate_of() -> Callable[[str, str], list[str | None]]:
    """The boilerplate kind (None for article text) of each sentence of a one-paragraph text."""

    def kinds(text: str, language: str) -> list[str | None]:
        document = Document(id="t", path="t.txt", text=f"Første avsnitt.\n\n{text}", language=language)
        return [sentence.boilerplate for sentence in segment(document, (language,))[1:]]

    return kinds


@pytest.fixture
def numbers_of() -> Callable[[str, str], list[str]]:
    """What `find_numbers` reports for a text, one line per mention, for the per-language tables."""

    def mentions(text: str, language: str) -> list[str]:
        return [_describe(mention) for mention in find_numbers(text, language)]

    return mentions


def _describe(mention: NumberMention) -> str:
    """ "vel 15 mil → quantity 150 km approx ≥150": text, kind, value (or low–high), unit, qualifier, bounds."""
    if mention.value is None:
        words = [f"{mention.text} → {mention.kind} {_number(mention.low)}–{_number(mention.high)}"]
    else:
        words = [f"{mention.text} → {mention.kind} {_number(mention.value)}"]
    if mention.unit:
        words.append(mention.unit)
    if mention.qualifier != "exact":
        words.append(mention.qualifier)
    if mention.value is not None and mention.low is not None:
        words.append(f"≥{_number(mention.low)}")
    if mention.value is not None and mention.high is not None:
        words.append(f"≤{_number(mention.high)}")
    return " ".join(words)


def _number(value: float | None) -> str:
    return "None" if value is None else str(int(value)) if value.is_integer() else f"{round(value, 4):g}"
