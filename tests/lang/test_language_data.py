from __future__ import annotations

import pytest

from claimrec.errors import UnknownLanguageError
from claimrec.lang import SUPPORTED_LANGUAGES, check_languages, get_language


@pytest.mark.parametrize("code", SUPPORTED_LANGUAGES)
def test_every_language_loads_and_validates(code: str) -> None:
    data = get_language(code)
    assert data.code == code
    assert data.boilerplate, "every language needs boilerplate patterns"
    assert {pattern.kind for pattern in data.boilerplate} >= {"photo_credit", "read_also", "source_credit"}


def test_unknown_language_error_names_the_options_and_the_fix() -> None:
    with pytest.raises(UnknownLanguageError) as error:
        check_languages("da,fi")
    assert str(error.value) == (
        "Unknown language 'fi'. Supported: da, de, en, nb, nn, sv. Add claimrec/lang/fi/ to support it."
    )


def test_language_lists_are_normalised() -> None:
    assert check_languages(" NB, da ,nb") == ("da", "nb")
    with pytest.raises(UnknownLanguageError, match="No language given"):
        check_languages(",")
