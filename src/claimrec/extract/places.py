"""Places: the countries, peoples and state-like organisations a text names, and spelling variants of place names.

`find_places` finds "USA", "amerikanske", "die USA", "Afghanistans", "Nato" and resolves each
to an ISO 3166-1 alpha-2 code or an organisation key, so that the actor of a claim can be
compared across languages. Country names come from CLDR through Babel, in the text's
language and in English; the language data (`claimrec.lang.place_schema.PlaceData`) adds
aliases, demonyms, organisations and the traps.

`canonical_place_names` maps the spellings of proper names seen across a corpus ("Ghanzi",
"Badakshan", "Kundus") onto one canonical spelling each ("Ghazni", "Badakhshan", "Kunduz").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

from babel import Locale
from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz

from claimrec.lang import SUPPORTED_LANGUAGES, get_language
from claimrec.lang.place_schema import PlaceData, expand_forms

PlaceForm = Literal["name", "demonym", "organisation"]

LINGUA_FRANCA = "en"
"""The language whose names, aliases, organisations and traps are read in every language."""

CLDR_ORGANISATIONS = {"EU": "eu", "UN": "un"}
"""CLDR territory codes that name an organisation, and the organisation key they map to."""

NOT_COUNTRIES = frozenset({"AC", "CP", "CQ", "DG", "EA", "EZ", "IC", "QO", "TA", "XA", "XB", "ZZ"})
"""CLDR's two-letter territory codes that are no ISO 3166-1 country: reserved codes for
islands and enclaves that belong to a country (Ascension, Canary Islands, Ceuta and Melilla,
...), the eurozone, Outlying Oceania, the test pseudo-locales and "unknown region". Kosovo
(XK, user-assigned but used by the EU and CLDR) is kept."""

_APOSTROPHES = "'’"
_Trie = dict[str, "_Trie"]
_SENTENCE_BREAKS = frozenset('.!?:;"«»“”()[]')
_LAST_WORD = re.compile(r"(?<!\S)[^\W\d_][\w'’-]* \Z")


class PlaceMention(BaseModel):
    """A country, people or organisation named in a text.

    Attributes:
        start: Offset of the first character in the text.
        end: Offset after the last character; ``text[start:end]`` is the mention, a
            genitive ending included ("USA's", "Afghanistans").
        text: The words as written.
        code: ISO 3166-1 alpha-2 code of the country ("US"), or the organisation key ("nato").
        form: ``name`` ("USA", "Storbritannia"), ``demonym`` ("amerikanske", "Briten")
            or ``organisation`` ("FN", "Taliban").
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int
    end: int
    text: str
    code: str
    form: PlaceForm


@dataclass(frozen=True, slots=True)
class _Entry:
    """What a listed word means: a place (code and form), or nothing (``code`` None) for a not-place."""

    code: str | None
    form: PlaceForm
    personal: bool = False


@dataclass(frozen=True, slots=True)
class _Lookup:
    """The compiled pattern of a language's listed words, and what each word means."""

    regex: re.Pattern[str]
    entries: dict[str, _Entry]


def find_places(text: str, language: str) -> list[PlaceMention]:
    """Every country name, demonym and state-like organisation in `text`, in text order.

    Args:
        text: Any text.
        language: ISO 639-1 code of one of `claimrec.lang.SUPPORTED_LANGUAGES`.

    Returns:
        The mentions, ``[]`` when there is none.

    Raises:
        UnknownLanguageError: `language` is not supported.
    """
    lookup = _lookup(language)
    mentions: list[PlaceMention] = []
    for match in lookup.regex.finditer(text):
        entry = lookup.entries[_plain_apostrophes(match["place"])]
        if entry.code is None or (entry.personal and _names_a_person(text, match)):
            continue
        mentions.append(
            PlaceMention(start=match.start(), end=match.end(), text=match[0], code=entry.code, form=entry.form)
        )
    return mentions


def _names_a_person(text: str, match: re.Match[str]) -> bool:
    """Whether a country name that is also a personal name stands next to another name ("Michael Jordan")."""
    return _capitalised_word_before(text, match.start()) or (
        match["genitive"] is None and _capitalised_word_after(text, match.end())
    )


def _capitalised_word_before(text: str, start: int) -> bool:
    """A capitalised word one space before `start` that does not begin a sentence."""
    head = text[max(0, start - 64) : start]
    word = _LAST_WORD.search(head)
    if word is None or not word[0][0].isupper():
        return False
    lead = head[: word.start()].rstrip()
    return bool(lead) and lead[-1] not in _SENTENCE_BREAKS


def _capitalised_word_after(text: str, end: int) -> bool:
    """A capitalised word one space after `end`."""
    return len(text) > end + 1 and text[end] == " " and text[end + 1].isupper()


def _plain_apostrophes(word: str) -> str:
    return word.replace("’", "'")


@cache
def _lookup(language: str) -> _Lookup:
    """One compiled regular expression over every listed word of `language`, and what each word means."""
    entries = _entries(language)
    genitives = "|".join(_genitive_pattern(ending) for ending in _genitive_endings(language))
    regex = rf"(?<!\w)(?P<place>{_trie_pattern(entries)})(?P<genitive>{genitives})?(?!\w)"
    return _Lookup(regex=re.compile(regex), entries=entries)


@cache
def _entries(language: str) -> dict[str, _Entry]:
    """Every listed word of `language` (apostrophes plain, also with a capital first letter) and what it means."""
    own = get_language(language).places
    sources = [(own, language)]
    if language != LINGUA_FRANCA:
        sources.append((get_language(LINGUA_FRANCA).places, LINGUA_FRANCA))
    personal = frozenset(name for data, _ in sources for name in data.personal_names)
    listed = [word_entry for data, code in sources for word_entry in _names(data, code, personal)]
    listed += list(_demonyms(own))
    entries: dict[str, _Entry] = {}
    for word, entry in listed:
        entries.setdefault(_plain_apostrophes(word), entry)
    for word, entry in listed:
        entries.setdefault(_plain_apostrophes(word[:1].upper() + word[1:]), entry)
    return entries


def _genitive_endings(language: str) -> list[str]:
    """The genitive endings of `language`, the longest first (as the pattern tries them)."""
    return sorted(set(get_language(language).places.genitive_endings), key=len, reverse=True)


def _genitive_pattern(ending: str) -> str:
    """A genitive ending as a regular expression; an apostrophe alone only follows s, x, z or ß.

    "Schweiz'", "Netherlands'" are genitives; the quote after "med Taliban'" closes a quotation.
    """
    if ending in _APOSTROPHES:
        return rf"(?<=[sxzßSXZ]){_pattern(ending)}"
    return _pattern(ending)


def _names(data: PlaceData, language: str, personal: frozenset[str]) -> Iterator[tuple[str, _Entry]]:
    """Not-places, organisations, aliases and CLDR names of one language, in order of precedence."""
    for form in data.not_places:
        for word in expand_forms(form):
            yield word, _Entry(code=None, form="name")
    organisations = _merge(data.organisations, _cldr_names(language, organisations=True))
    for key, forms in organisations.items():
        for word in _expand(forms):
            yield word, _Entry(code=key, form="organisation")
    for code, forms in _merge(data.country_aliases, _cldr_names(language, organisations=False)).items():
        for word in _expand(forms):
            yield word, _Entry(code=code, form="name", personal=word in personal)


def _demonyms(data: PlaceData) -> Iterator[tuple[str, _Entry]]:
    for code, forms in data.demonyms.items():
        for word in _expand(forms):
            yield word, _Entry(code=code, form="demonym")


def _expand(forms: Iterable[str]) -> Iterator[str]:
    for form in forms:
        yield from expand_forms(form)


def _merge(first: dict[str, tuple[str, ...]], second: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    merged = dict(first)
    for key, forms in second.items():
        merged[key] = merged.get(key, ()) + forms
    return merged


@cache
def _cldr_names(language: str, *, organisations: bool) -> dict[str, tuple[str, ...]]:
    """CLDR's names of countries (or of the organisations in `CLDR_ORGANISATIONS`) in `language`.

    A name with an alternative in parentheses, "Myanmar (Burma)", gives both names.
    Names in lower case ("eurozonen") are descriptions, not names, and are left out.
    """
    names: dict[str, tuple[str, ...]] = {}
    for code, name in Locale.parse(language).territories.items():
        key = CLDR_ORGANISATIONS.get(code) if organisations else code
        if key and (organisations or _is_country(code)) and name[:1].isupper():
            names[key] = _split_alternative(name)
    return names


def _is_country(code: str) -> bool:
    return len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES and code not in CLDR_ORGANISATIONS


def _split_alternative(name: str) -> tuple[str, ...]:
    alternative = re.fullmatch(r"(.+?) \((.+)\)", name)
    return (alternative[1], alternative[2]) if alternative else (name,)


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching exactly `words`, the longest first, as a trie.

    A trie-shaped pattern lets the regex engine reject most positions after one character
    instead of trying every word in turn.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: _Trie) -> str:
    branches = [_pattern(char) + _node_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 else f"{body}?"


def _pattern(text: str) -> str:
    """`text` as a regular expression in which an apostrophe matches both ' and ’."""
    return "".join(f"[{_APOSTROPHES}]" if char in _APOSTROPHES else re.escape(char) for char in text)


# --- Spelling variants -------------------------------------------------------------------

ESTABLISHED_CUTOFF = 90.0
"""Similarity (0-100) above which two spellings that are both common are still one name
("Mazar-e-Sharif", "Mazar-i-Sharif"); below it both stand ("Basra", "Bosra")."""

MIN_VARIANT_LENGTH = 5
"""Names shorter than this (letters, after transliteration) only merge when they transliterate
alike: "Hera" is not a misspelling of "Herat", nor "Iran" of "Iraq"."""

TRANSLITERATIONS = (
    ("dsch", "j"),
    ("tsch", "ch"),
    ("sch", "sh"),
    ("dzj", "j"),
    ("dsj", "j"),
    ("tsj", "ch"),
    ("sj", "sh"),
    ("dj", "j"),
    ("kh", "k"),
    ("gh", "g"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("z", "s"),
    ("w", "v"),
    ("oo", "u"),
    ("ou", "u"),
    ("ee", "i"),
    ("y", "i"),
)
"""Spellings of one sound that differ between the transliterations of Arabic, Persian and
Pashto names into English, German, French and the Nordic languages ("Dschalalabad",
"Jalalabad"; "Kunduz", "Kundus"; "Kabul", "Kaboul"). Applied in order to the folded name."""

_FOLDED_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i"})
_VOWELS = frozenset("aeiou")


@dataclass(frozen=True, slots=True)
class _Spelling:
    """One spelling with what the variant rules compare."""

    name: str
    count: int
    folded: str
    key: str
    actor: str | None

    @property
    def skeleton(self) -> str:
        return "".join(char for char in self.key if char not in _VOWELS)

    @property
    def index(self) -> tuple[str, str]:
        """Candidates must share the first letter and the consonants (in any order)."""
        return self.key[:1], "".join(sorted(self.skeleton))


def canonical_place_names(names: Iterable[str], *, score_cutoff: float = 80.0, rare: int = 2) -> dict[str, str]:
    """Map the spellings of proper names seen across a corpus onto one canonical spelling each.

    Spellings are read from the most frequent down (ties alphabetically), so the result does
    not depend on the order of `names`. Each spelling becomes the canonical of its own group
    unless it is a variant of an earlier canonical:

    - it transliterates alike (same letters after folding case and accents and after
      `TRANSLITERATIONS`): "Kunduz"/"Kundus", "Badakhshan"/"Badakshan", "Kabul"/"Kabool"; or
    - it is near: same first letter, at least `MIN_VARIANT_LENGTH` letters, the same
      consonants in the same order or with two adjacent ones swapped ("Ghanzi"/"Ghazni", but
      not "Ghani"/"Ghazni" nor "Taliban"/"Taloqan"), not the other name with letters or words
      added ("Niger"/"Nigeria", "Sudan"/"South Sudan"), similarity of at least
      `score_cutoff`; and either the spelling is rare (seen at most `rare` times) or the two
      differ only in vowels with a similarity of at least `ESTABLISHED_CUTOFF`: a spelling
      that is common on its own is not a typo of another common one.

    A name of a country or organisation that `find_places` knows in any language only joins
    a name of the same country ("Austria" never joins "Australia", "Iran" never "Iraq").

    Args:
        names: Every occurrence of a name, repeated as often as it occurs.
        score_cutoff: Least `rapidfuzz.fuzz.ratio` (0-100) of two near spellings. Default 80.
        rare: Most occurrences of a spelling that may be a typo. Default 2.

    Returns:
        Every distinct spelling in `names` → its canonical spelling (itself for a canonical).

    Raises:
        ValueError: `score_cutoff` is outside 0-100 or `rare` is negative.
    """
    if not 0 <= score_cutoff <= 100 or rare < 0:
        raise ValueError(
            f"score_cutoff must be within 0-100 and rare at least 0; got score_cutoff={score_cutoff}, rare={rare}."
        )
    counts = Counter(names)
    canonical: dict[str, str] = {}
    groups: dict[tuple[str, str], list[_Spelling]] = {}
    for name in sorted(counts, key=lambda name: (-counts[name], name)):
        spelling = _spelling(name, counts[name])
        target = _best_target(spelling, groups.get(spelling.index, []), score_cutoff, rare)
        canonical[name] = target.name if target else name
        if target is None and spelling.key:
            groups.setdefault(spelling.index, []).append(spelling)
    return canonical


def _best_target(spelling: _Spelling, candidates: list[_Spelling], score_cutoff: float, rare: int) -> _Spelling | None:
    """The canonical `spelling` is a variant of: the most similar, then the most frequent (the earliest)."""
    best: _Spelling | None = None
    best_score = -1.0
    for candidate in candidates:
        score = fuzz.ratio(spelling.key, candidate.key)
        if score > best_score and _is_variant(spelling, candidate, score, score_cutoff, rare):
            best, best_score = candidate, score
    return best


def _is_variant(spelling: _Spelling, canonical: _Spelling, score: float, score_cutoff: float, rare: int) -> bool:
    if spelling.actor is not None and spelling.actor != canonical.actor:
        return False
    if spelling.key == canonical.key:
        return True
    return (
        min(len(spelling.key), len(canonical.key)) >= MIN_VARIANT_LENGTH
        and not _extends(spelling, canonical)
        and _same_consonants(spelling.skeleton, canonical.skeleton)
        and score >= score_cutoff
        and (spelling.count <= rare or (spelling.skeleton == canonical.skeleton and score >= ESTABLISHED_CUTOFF))
    )


def _extends(first: _Spelling, second: _Spelling) -> bool:
    """Whether one name is the other with letters or words added ("Nigeria", "South Sudan")."""
    first_words, second_words = set(first.folded.split()), set(second.folded.split())
    return (
        first.key.startswith(second.key)
        or second.key.startswith(first.key)
        or (first_words != second_words and (first_words <= second_words or second_words <= first_words))
    )


def _same_consonants(first: str, second: str) -> bool:
    """Equal consonant skeletons, or equal but for one swap of adjacent consonants."""
    if first == second:
        return True
    if len(first) != len(second):
        return False
    differ = [index for index, (one, other) in enumerate(zip(first, second, strict=True)) if one != other]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and first[differ[0]] == second[differ[1]]
        and first[differ[1]] == second[differ[0]]
    )


def _spelling(name: str, count: int) -> _Spelling:
    folded = _fold(name)
    return _Spelling(name=name, count=count, folded=folded, key=_transliteration_key(folded), actor=_actor(name))


def _fold(name: str) -> str:
    """`name` in lower case without accents, words separated by single spaces ("Mazar-i-Šarif" → "mazar i sarif")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(_FOLDED_LETTERS))
    letters = "".join(char if char.isalnum() else " " for char in decomposed if not unicodedata.combining(char))
    return " ".join(letters.split())


def _transliteration_key(folded: str) -> str:
    key = folded.replace(" ", "")
    for spelling, sound in TRANSLITERATIONS:
        key = key.replace(spelling, sound)
    return re.sub(r"(.)\1+", r"\1", key)


def _actor(name: str) -> str | None:
    """The country or organisation `name` is, as a whole, in any supported language; None for other names."""
    for language in SUPPORTED_LANGUAGES:
        entry = _whole_name(name.strip(), language)
        if entry is not None and entry.code is not None and entry.form != "demonym":
            return entry.code
    return None


def _whole_name(name: str, language: str) -> _Entry | None:
    """The listed word that `name` is as a whole in `language`, perhaps with a genitive ending, as `find_places`
    reads it there (the longest listed word first; an apostrophe alone only after s, x, z or ß), by looking it up
    rather than compiling the language's pattern."""
    plain, entries = _plain_apostrophes(name), _entries(language)
    if plain in entries:
        return entries[plain]
    for ending in reversed(_genitive_endings(language)):
        word = plain.removesuffix(_plain_apostrophes(ending))
        if word == plain or not word or (ending in _APOSTROPHES and word[-1] not in "sxzßSXZ"):
            continue
        if word in entries:
            return entries[word]
    return None
