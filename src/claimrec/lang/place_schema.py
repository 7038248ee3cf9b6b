"""Schema of a language's place knowledge: country aliases, demonyms and state-like organisations.

Country names come from CLDR through Babel (``Locale.parse(code).territories``), in the
language itself and in English; a language only adds what CLDR lacks. Keys are ISO 3166-1
alpha-2 codes for countries (``"US"``) and stable lower-case keys for organisations
(``"nato"``), so that "amerikanske soldater", "US-Soldaten" and "American troops" all name
the actor ``US``. The engine that reads this data is `claimrec.extract.places`.

Every word list uses one small notation for inflection: ``stem(ending|ending)`` stands for
the stem alone and the stem with each ending ("amerikaner(en|e|ne)" is amerikaner,
amerikaneren, amerikanere, amerikanerne). Forms are written as they appear mid-sentence: a
form also matches with its first letter upper-cased (at a sentence start), never in any
other case, so "Kina" is China and "kina" is not, "US" is the country and "us" is not.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, field_validator

_FORM = re.compile(r"[^()|]+(?:\([^()|]+(?:\|[^()|]+)*\))?")
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")
_ORGANISATION_KEY = re.compile(r"[a-z][a-z_]*")

_Forms = tuple[str, ...]


class PlaceData(BaseModel):
    """How a language names countries, their people and state-like organisations.

    Filled in per language in ``lang/<code>/places.py``. All fields default to empty.

    Attributes:
        country_aliases: ISO alpha-2 code → names CLDR lacks ("Amerika", "Britain", "UK").
        demonyms: ISO alpha-2 code → adjectives and nouns for the country's people, with
            their inflection ("amerikansk(e)", "amerikaner(en|e|ne)").
        organisations: Organisation key → names of an organisation or armed movement that
            acts like a state in the news ("nato": "NATO", "Nato"). CLDR's names of the
            European Union and the United Nations are added to ``eu`` and ``un`` by the engine.
        not_places: Names of other places or things that contain a country name or demonym
            ("New Mexico", "Sør-Amerika"): a match of one of them is not a country mention.
        personal_names: Country names that are also given names or surnames ("Jordan"):
            next to another capitalised word ("Michael Jordan") they name a person.
        genitive_endings: What the language appends to a name for the genitive
            ("s", "'s", ":s"); an apostrophe stands for both ' and ’. An apostrophe alone
            is a genitive only after s, x, z or ß ("Schweiz'", "Netherlands'").
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    country_aliases: dict[str, _Forms] = {}
    demonyms: dict[str, _Forms] = {}
    organisations: dict[str, _Forms] = {}
    not_places: _Forms = ()
    personal_names: _Forms = ()
    genitive_endings: _Forms = ()

    @field_validator("country_aliases", "demonyms")
    @classmethod
    def _country_keys(cls, forms: dict[str, _Forms]) -> dict[str, _Forms]:
        return _check_keys(forms, _COUNTRY_CODE, "an ISO 3166-1 alpha-2 code in upper case, e.g. 'US'")

    @field_validator("organisations")
    @classmethod
    def _organisation_keys(cls, forms: dict[str, _Forms]) -> dict[str, _Forms]:
        return _check_keys(forms, _ORGANISATION_KEY, "a lower-case key such as 'nato' or 'islamic_state'")

    @field_validator("not_places", "personal_names")
    @classmethod
    def _plain_forms(cls, forms: _Forms) -> _Forms:
        return _check_forms(forms)


def expand_forms(form: str) -> _Forms:
    """The words a form in ``stem(ending|ending)`` notation stands for, the stem first.

    Example:
        ``expand_forms("brite(n|r|rne)")`` is ``("brite", "briten", "briter", "briterne")``.
    """
    stem, _, endings = form.partition("(")
    if not endings:
        return (form,)
    return (stem, *(stem + ending for ending in endings.rstrip(")").split("|")))


def _check_keys(forms: dict[str, _Forms], key_pattern: re.Pattern[str], expected: str) -> dict[str, _Forms]:
    for key, words in forms.items():
        if not key_pattern.fullmatch(key):
            raise ValueError(f"Bad key {key!r}: expected {expected}.")
        _check_forms(words)
    return forms


def _check_forms(forms: _Forms) -> _Forms:
    for form in forms:
        if not _FORM.fullmatch(form) or form != form.strip():
            raise ValueError(
                f"Bad form {form!r}: write a word or phrase, optionally followed by its endings "
                "in parentheses, e.g. 'amerikaner(en|e|ne)', without surrounding spaces."
            )
    return forms
