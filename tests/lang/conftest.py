"""Fixtures for the per-language test tables."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimrec.models import Document
from claimrec.segment import segment


@pytest.fixture
def boilerplate_of() -> Callable[[str, str], list[str | None]]:
    """The boilerplate kind (None for article text) of each sentence of a one-paragraph text."""

    def kinds(text: str, language: str) -> list[str | None]:
        document = Document(id="t", path="t.txt", text=f"Første avsnitt.\n\n{text}", language=language)
        return [sentence.boilerplate for sentence in segment(document, (language,))[1:]]

    return kinds
