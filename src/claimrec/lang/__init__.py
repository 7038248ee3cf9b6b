"""Language knowledge as data: one module per language, validated by `LanguageData`.

Each package ``claimrec/lang/<code>/`` defines ``LANGUAGE = LanguageData(...)``. The
engine never branches on a language code; adding a language means adding a package
here and a table of tests under ``tests/lang/<code>/``.
"""

from __future__ import annotations

import importlib
from functools import cache

from claimrec.errors import UnknownLanguageError
from claimrec.lang.base import BOILERPLATE
from claimrec.lang.schema import BoilerplatePattern, LanguageData

__all__ = ["SUPPORTED_LANGUAGES", "BoilerplatePattern", "LanguageData", "check_languages", "get_language"]

SUPPORTED_LANGUAGES: tuple[str, ...] = ("da", "de", "en", "nb", "nn", "sv")


@cache
def get_language(code: str) -> LanguageData:
    """The data of language `code`, with the shared base patterns appended.

    Raises:
        UnknownLanguageError: `code` is not one of `SUPPORTED_LANGUAGES`.
    """
    if code not in SUPPORTED_LANGUAGES:
        raise UnknownLanguageError(
            f"Unknown language {code!r}. Supported: {', '.join(SUPPORTED_LANGUAGES)}. "
            f"Add claimrec/lang/{code}/ to support it."
        )
    data: LanguageData = importlib.import_module(f"claimrec.lang.{code}").LANGUAGE
    return data.model_copy(update={"boilerplate": data.boilerplate + BOILERPLATE})


def check_languages(codes: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Validate language codes given as a sequence or a comma-separated string.

    Returns:
        The codes, deduplicated and sorted.

    Raises:
        UnknownLanguageError: a code is not supported, or none is given.
    """
    if isinstance(codes, str):
        codes = [code.strip() for code in codes.split(",")]
    chosen = tuple(sorted({code.strip().lower() for code in codes if code.strip()}))
    if not chosen:
        raise UnknownLanguageError(f"No language given. Choose from: {', '.join(SUPPORTED_LANGUAGES)}.")
    for code in chosen:
        get_language(code)
    return chosen
