"""Rank phrases: "landets tredje største by", "the second-largest city", "zweitgrößte Stadt".

A rank is an ordinal (a word, a glued prefix or digits) before a superlative, or a bare
superlative for rank 1, followed by the category it ranks in. Around it the engine looks for
the scope ("landets", "in the world") and the entity ranked: a name after the category
("by Herat"), the subject of a copula ("Herat er …", "…, som er …"), an apposition
("Herat, … landets tredje største by") or a name after a copula ("… by er Herat").
Everything language-specific comes from `claimrec.lang`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict

from claimrec.extract.words import is_function_word, is_name
from claimrec.lang import get_language
from claimrec.lang.rank_schema import RankData

_WORD = re.compile(r"\w+(?:['’‐‑-]\w+)*")
_WORD_AT_END = re.compile(r"(\w+(?:['’‐‑-]\w+)*)['’]?\s*$")
_NEXT_WORD = re.compile(r"\s*(\w+(?:['’‐‑-]\w+)*)")
_HYPHENS = r"\-‐‑"
_SENTENCE_END = re.compile(r"(?<!\d)[.!?]+[\"'»”’)]*\s+")
# At most this many words between an apposition's comma and the rank ("Herat, hovedstad i … og landets …").
MAX_APPOSITION_WORDS = 8


class RankMention(BaseModel):
    """A rank stated in a text.

    Attributes:
        start: Offset of the rank phrase: scope, ordinal, superlative, category, scope after.
        end: Offset after it; ``text[start:end] == mention.text``.
        text: The rank phrase as written ("landets tredje største by").
        rank: 1 for a bare superlative, else the ordinal (2 for "næststørste").
        superlative: The English concept ranked by ("largest", "oldest").
        category: The noun ranked in, as written ("byen", "Städte"), or None.
        category_normalised: Its English concept for known nouns ("city"), else the word in
            lower case; None without category.
        scope: Where the ranking holds, as written ("landets", "the country's", "in Europe"), or None.
        entity: The thing ranked, as written ("Herat"), when the sentence names it; else None.
        entity_pronoun: The pronoun that stands for the entity ("Det" in "Det er landets
            næststørste by"), for the caller to resolve from the text before; else None.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int
    end: int
    text: str
    rank: int
    superlative: str
    category: str | None = None
    category_normalised: str | None = None
    scope: str | None = None
    entity: str | None = None
    entity_pronoun: str | None = None


def find_ranks(text: str, language: str) -> list[RankMention]:
    """Every rank phrase in `text`, in text order.

    Coordinated ordinals ("die zweit- und drittgrößten Städte Herat und Kandahar") give one
    mention per ordinal, each spanning the whole phrase. Groups are no rank: plural categories
    after a bare superlative ("de største byene"), "one of the largest", "the 10 largest".

    Args:
        text: A sentence (any text works; offsets point into it).
        language: Code of the language the text is in (da, de, en, nb, nn, sv).

    Returns:
        The mentions; ``[]`` when there is none.

    Raises:
        UnknownLanguageError: `language` is not supported.
    """
    grammar = _grammar(language)
    if grammar.rank is None:
        return []
    mentions: list[RankMention] = []
    for match in grammar.rank.finditer(text):
        mentions.extend(_mentions(text, match, grammar))
    return mentions


@dataclass(frozen=True)
class _Grammar:
    """One language's rank data, lower-cased into sets and compiled into patterns."""

    data: RankData
    rank: re.Pattern[str] | None
    one_of_before: re.Pattern[str] | None
    list_separator: re.Pattern[str]
    list_separator_before: re.Pattern[str]
    rank_of: dict[str, int]
    ambiguous: frozenset[str]
    licensors: frozenset[str]
    concept_of: dict[str, str]
    category_of: dict[str, str]
    plurals: frozenset[str]
    scope_words: frozenset[str]
    scope_prepositions: frozenset[str]
    scope_nouns: frozenset[str]
    copulas: frozenset[str]
    plural_articles: frozenset[str]
    part_nouns: frozenset[str]
    function_words: frozenset[str]
    determiners: frozenset[str]
    relative_pronouns: frozenset[str]
    negations: frozenset[str]
    adjective_endings: tuple[str, ...]


@dataclass(frozen=True)
class _Phrase:
    """A located piece of the text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _RankPhrase:
    """Where a rank phrase starts and ends, with its category and scope."""

    start: int
    end: int
    category: _Phrase | None
    scope: _Phrase | None


@dataclass(frozen=True)
class _Entity:
    """What the sentence says was ranked: a name, a pronoun to resolve, or nothing."""

    name: _Phrase | None = None
    pronoun: str | None = None


@cache
def _grammar(language: str) -> _Grammar:
    language_data = get_language(language)
    data = language_data.ranks
    attribution = language_data.attribution
    conjunctions = language_data.list_conjunctions
    return _Grammar(
        data=data,
        rank=_rank_pattern(data, conjunctions),
        one_of_before=_one_of_pattern(data.one_of),
        list_separator=_list_separator(conjunctions),
        list_separator_before=re.compile(f"(?:{_list_separator(conjunctions).pattern})$", re.IGNORECASE),
        rank_of={
            _squeeze(word): rank
            for table in (data.ordinals, data.ordinal_prefixes, data.ambiguous_ordinals)
            for rank, words in table.items()
            for word in words
        },
        ambiguous=_lower(word for words in data.ambiguous_ordinals.values() for word in words),
        licensors=_lower(data.ambiguous_ordinal_licensors),
        concept_of={_squeeze(stem): concept for concept, stems in data.superlatives.items() for stem in stems},
        category_of={form.lower(): noun.concept for noun in data.categories for form in noun.singular + noun.plural},
        plurals=_lower(form for noun in data.categories for form in noun.plural),
        scope_words=_lower(data.scope_words),
        scope_prepositions=_lower(data.scope_prepositions),
        scope_nouns=_lower(data.scope_nouns),
        copulas=_lower(data.copulas),
        plural_articles=_lower(data.plural_articles),
        part_nouns=_lower(data.part_nouns),
        function_words=language_data.function_words,
        determiners=_lower(attribution.determiners),
        relative_pronouns=_lower(attribution.relative_pronouns),
        negations=_lower(attribution.negations),
        adjective_endings=tuple(ending.lower() for ending in attribution.adjective_endings),
    )


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(word.lower() for word in words)


def _list_separator(conjunctions: tuple[str, ...]) -> re.Pattern[str]:
    """A comma or a list conjunction between two names."""
    if not conjunctions:
        return re.compile(r"\s*,\s*")
    words = _alternatives(conjunctions)
    return re.compile(rf"\s*,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+", re.IGNORECASE)


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation, longest first, spaces matching any whitespace."""
    ordered = sorted({word.lower() for word in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in word.split()) for word in ordered)


def _rank_pattern(data: RankData, conjunctions: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for every rank phrase of a language; None without superlatives.

    Groups: ``first`` (the first of two coordinated ordinals: "zweit- und"), ``word`` (an ordinal
    written apart, or digits: "tredje", "6."), ``prefix`` (an ordinal glued on: "næst") and
    ``superlative`` (the stem, without its ending).
    """
    if not data.superlatives:
        return None
    words = _alternatives(
        word for table in (data.ordinals, data.ambiguous_ordinals) for ws in table.values() for word in ws
    )
    digits = rf"\d{{1,3}}(?:{_alternatives(data.digit_ordinal_suffixes)})" if data.digit_ordinal_suffixes else ""
    prefixes = _alternatives(word for words in data.ordinal_prefixes.values() for word in words)
    separate = _either(words, digits)
    single = _either(
        rf"(?P<word>{separate})(?:\s*[{_HYPHENS}]\s*|\s+)" if separate else "",
        rf"(?P<prefix>{prefixes})[{_HYPHENS}]?" if prefixes else "",
    )
    first = _either(separate, prefixes)
    coordinated = (
        rf"(?:(?P<first>{first})\s*[{_HYPHENS}]?\s+(?:{_alternatives(conjunctions)})\s+)?"
        if first and conjunctions
        else ""
    )
    ordinal = rf"(?:{single})?" if single else ""
    stems = _alternatives(stem for stems in data.superlatives.values() for stem in stems)
    endings = "|".join(re.escape(ending) for ending in sorted(data.superlative_endings, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w{_HYPHENS}]){coordinated}{ordinal}(?P<superlative>{stems})(?:{endings})(?!\w)", re.IGNORECASE
    )


def _either(*alternatives: str) -> str:
    """The non-empty regex alternatives joined by "|"."""
    return "|".join(alternative for alternative in alternatives if alternative)


def _one_of_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Matches a text that ends in "one of" plus at most two words ("one of the country's")."""
    if not phrases:
        return None
    return re.compile(rf"(?<!\w)(?:{_alternatives(phrases)})\s+(?:[\w'’]+\s+){{0,2}}$", re.IGNORECASE)


def _mentions(text: str, match: re.Match[str], grammar: _Grammar) -> list[RankMention]:
    # A case-insensitive look-alike ("ſ" for "s") can match a stem without being its key: no concept.
    superlative = grammar.concept_of.get(_squeeze(match["superlative"]))
    ranks = _ranks(match, grammar)
    if superlative is None or not ranks or _is_group(text, match, grammar):
        return []
    phrase = _rank_phrase(text, match, grammar)
    if phrase is None:
        return []
    category = phrase.category
    entities = _entities(text, phrase.start, phrase.end, len(ranks), category, grammar)
    return [
        RankMention(
            start=phrase.start,
            end=phrase.end,
            text=text[phrase.start : phrase.end],
            rank=rank,
            superlative=superlative,
            category=category.text if category else None,
            category_normalised=_normalised(category, grammar),
            scope=phrase.scope.text if phrase.scope else None,
            entity=entity.name.text if entity.name else None,
            entity_pronoun=entity.pronoun,
        )
        for rank, entity in zip(ranks, entities, strict=True)
    ]


def _rank_phrase(text: str, match: re.Match[str], grammar: _Grammar) -> _RankPhrase | None:
    """The whole phrase around a rank match: scope, category, scope after; None when it ranks nothing.

    Nothing is ranked by an unlicensed "andre" (other), a part noun ("største del af": most of),
    or a bare superlative without a noun ("det beste") or with a plural one ("de største byene").
    """
    scope_before = _scope_before(text, match.start(), grammar)
    if not _licensed(text, match, scope_before, grammar):
        return None
    category = _category(text, match.end(), grammar)
    if category is not None and category.text.lower() in grammar.part_nouns:
        return None
    if _is_bare(match) and (category is None or _is_plural(text, match.start(), category, grammar)):
        return None
    end = category.end if category else match.end()
    scope_after = _scope_after(text, end, grammar)
    return _RankPhrase(
        start=scope_before.start if scope_before else match.start(),
        end=scope_after.end if scope_after else end,
        category=category,
        scope=scope_before or scope_after,
    )


def _squeeze(words: str) -> str:
    """Case-folded, with single spaces: the key of a matched word in the data's tables."""
    return " ".join(words.casefold().split())


def _rank_of(word: str, grammar: _Grammar) -> int | None:
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else grammar.rank_of.get(_squeeze(word))


def _ranks(match: re.Match[str], grammar: _Grammar) -> list[int]:
    """The ranks the match states: one, or two for coordinated ordinals; [] for digits before a capital."""
    ordinal = _group(match, "word") or _group(match, "prefix")
    if ordinal and ordinal[0].isdigit() and match["superlative"][0].isupper():
        return []  # "… i 2019. Største …": a sentence end, not an ordinal
    rank = _rank_of(ordinal, grammar) if ordinal else 1
    first = _group(match, "first")
    if first is None:
        return [rank] if rank else []
    first_rank = _rank_of(first, grammar)
    return [first_rank, rank] if first_rank and rank and ordinal else []


def _is_group(text: str, match: re.Match[str], grammar: _Grammar) -> bool:
    """ "one of the largest", "the 10 largest": a group of top items, not one rank."""
    before = text[max(0, match.start() - 60) : match.start()]
    if grammar.one_of_before is not None and grammar.one_of_before.search(before):
        return True
    previous = _word_before(text, match.start())
    return _is_bare(match) and previous is not None and previous.text.isdigit()


def _licensed(text: str, match: re.Match[str], scope: _Phrase | None, grammar: _Grammar) -> bool:
    """An ordinal that also means "other" ranks only after a genitive or a singular article."""
    word = _group(match, "word")
    if word is None or _squeeze(word) not in grammar.ambiguous or scope is not None:
        return True
    previous = _word_before(text, match.start())
    return previous is not None and previous.text.lower() in grammar.licensors


def _is_plural(text: str, start: int, category: _Phrase, grammar: _Grammar) -> bool:
    """A plural noun or a plural article: "de største byene" is a group, not one rank."""
    article = _word_before(text, start)
    return category.text.lower() in grammar.plurals or (
        article is not None and article.text.lower() in grammar.plural_articles
    )


def _is_bare(match: re.Match[str]) -> bool:
    """A superlative without any ordinal: rank 1."""
    return all(_group(match, name) is None for name in ("word", "prefix", "first"))


def _group(match: re.Match[str], name: str) -> str | None:
    """The text of group `name`, None when it did not take part or the pattern has no such group."""
    return match.groupdict().get(name)


def _normalised(category: _Phrase | None, grammar: _Grammar) -> str | None:
    if category is None:
        return None
    return grammar.category_of.get(category.text.lower(), category.text.lower())


def _category(text: str, position: int, grammar: _Grammar) -> _Phrase | None:
    """The noun ranked in: a known category noun, else the first noun-like word after the superlative.

    Up to three words before the first function word are considered. Adjectives between the
    superlative and the noun are skipped ("største militære luftbase"): in German the noun is the
    first capitalised word; elsewhere a word with an adjective ending is skipped when a word follows.
    """
    content: list[_Phrase] = []
    for word in _words_after(text, position, 3):
        if _is_function_word(word.text, grammar):
            break
        content.append(word)
    known = next((word for word in content if word.text.lower() in grammar.category_of), None)
    if known is not None or grammar.data.nouns_capitalised:
        return known or next((word for word in content if word.text[0].isupper()), None)
    lower: list[_Phrase] = []
    for word in content:
        if not word.text[0].islower():
            break
        lower.append(word)
    for word in lower[:-1]:
        if not grammar.adjective_endings or not word.text.lower().endswith(grammar.adjective_endings):
            return word
    return lower[-1] if lower else None


def _scope_before(text: str, position: int, grammar: _Grammar) -> _Phrase | None:
    """A genitive right before the rank ("landets", "Afghanistans", "the country's")."""
    word = _word_before(text, position)
    if word is None or not _is_genitive(word.text, grammar):
        return None
    article = _word_before(text, word.start)
    if article is not None and _has_apostrophe_genitive(word.text) and article.text.lower() in grammar.determiners:
        return _Phrase(article.start, word.end, text[article.start : word.end])
    return word


def _has_apostrophe_genitive(word: str) -> bool:
    return "'" in word or "’" in word


def _is_genitive(word: str, grammar: _Grammar) -> bool:
    """A scope word, a capitalised name in the genitive, or any genitive marked by an apostrophe."""
    lower = word.lower()
    if lower in grammar.scope_words:
        return True
    for suffix in grammar.data.genitive_suffixes:
        if not lower.endswith(suffix) or len(lower) <= len(suffix):
            continue
        if _has_apostrophe_genitive(suffix) or (word[0].isupper() and lower not in grammar.function_words):
            return True
    return False


def _scope_after(text: str, position: int, grammar: _Grammar) -> _Phrase | None:
    """A scope after the category: "i landet", "in the world", "des Landes", "Afghanistans" (German)."""
    words = _words_after(text, position, 3)
    if not words:
        return None
    first = words[0]
    if grammar.data.genitive_after_category and first.text[0].isupper() and _is_genitive(first.text, grammar):
        return first if first.text.lower() not in grammar.category_of else None
    if first.text.lower() not in grammar.scope_prepositions:
        return None
    rest = words[1:]
    if rest and rest[0].text.lower() in grammar.determiners and len(rest) > 1:
        rest = rest[1:]
    if rest and (rest[0].text.lower() in grammar.scope_nouns or _is_name(rest[0].text, grammar)):
        return _Phrase(first.start, rest[0].end, text[first.start : rest[0].end])
    return None


def _entities(
    text: str, start: int, end: int, count: int, category: _Phrase | None, grammar: _Grammar
) -> list[_Entity]:
    """The entity of each of `count` ranks of the phrase ``text[start:end]``; empty entities when unclear."""
    sentence_start = _sentence_start(text, start)
    if count > 1:
        comma = _apposition_comma(text, start, sentence_start, grammar)
        names = (
            _name_list_after(text, end, grammar)
            or _comma_names_after(text, end, grammar)
            or (_name_list_before(text, comma, grammar) if comma is not None else [])
        )
        return [_Entity(name=name) for name in names] if len(names) == count else [_Entity()] * count
    for found in (
        _name_after(text, end, grammar) if category is not None else None,
        _copula_subject(text, start, sentence_start, grammar),
        _copula_complement(text, end, grammar),
        _apposition_head(text, start, sentence_start, grammar),
        next(iter(_comma_names_after(text, end, grammar)), None),
    ):
        if isinstance(found, _Entity):
            return [found]
        if found is not None:
            return [_Entity(name=found)]
    return [_Entity()]


def _sentence_start(text: str, position: int) -> int:
    ends = [match.end() for match in _SENTENCE_END.finditer(text, 0, position)]
    return ends[-1] if ends else 0


def _copula_subject(text: str, start: int, sentence_start: int, grammar: _Grammar) -> _Entity | None:
    """The subject of "X er/is/ist … <rank>", also "…, som er …" and V2 "Nå er X landets …".

    Returns None when no copula leads to the rank, an empty entity when one does but its subject
    is no name (a pronoun, a common noun, or the statement is negated).
    """
    word = _word_before(text, start)
    for _ in range(3):
        if word is None or word.start < sentence_start:
            return None
        lower = word.text.lower()
        if lower in grammar.negations:
            return _Entity()
        if lower in grammar.copulas:
            return _subject_before(text, word.start, sentence_start, grammar)
        if not _is_function_word(word.text, grammar):
            break
        word = _word_before(text, word.start)
    if word is None or not _is_name(word.text, grammar):
        return None
    name = _name_before(text, word.end, grammar)
    copula = _word_before(text, name.start) if name else None
    if name is None or copula is None or copula.text.lower() not in grammar.copulas:
        return None
    return _Entity(name=_without_category(name, grammar))


def _subject_before(text: str, copula_start: int, sentence_start: int, grammar: _Grammar) -> _Entity:
    word = _word_before(text, copula_start)
    if word is None or word.start < sentence_start:
        return _Entity()
    if word.text.lower() in grammar.relative_pronouns:
        comma = re.search(r",\s*$", text[sentence_start : word.start])
        antecedent = _name_before(text, sentence_start + comma.start(), grammar) if comma else None
        return _Entity(name=_without_category(antecedent, grammar))
    if _is_name(word.text, grammar):
        return _Entity(name=_without_category(_name_before(text, word.end, grammar), grammar))
    if _is_function_word(word.text, grammar):
        return _Entity(pronoun=word.text)
    return _Entity()


def _copula_complement(text: str, end: int, grammar: _Grammar) -> _Phrase | None:
    """The name in "<rank> er/is Herat"."""
    words = _words_after(text, end, 1)
    if not words or words[0].text.lower() not in grammar.copulas:
        return None
    return _name_after(text, words[0].end, grammar)


def _apposition_head(text: str, start: int, sentence_start: int, grammar: _Grammar) -> _Phrase | None:
    """The name before the comma of an apposition: "Herat, … og landets tredje største by"."""
    comma = _apposition_comma(text, start, sentence_start, grammar)
    return _without_category(_name_before(text, comma, grammar), grammar) if comma is not None else None


def _apposition_comma(text: str, start: int, sentence_start: int, grammar: _Grammar) -> int | None:
    """The comma that opens an apposition ending in the rank phrase, or None.

    At most a few words may stand between comma and rank, none of them a copula (that is a
    clause, not an apposition), and the first not a conjunction or preposition ("…, og landets").
    """
    comma = text.rfind(",", sentence_start, start)
    if comma < 0:
        return None
    between = [word.lower() for word in _WORD.findall(text, comma + 1, start)]
    if len(between) > MAX_APPOSITION_WORDS or re.search(r"[;:()\[\]]", text[comma:start]):
        return None
    if between and between[0] in grammar.function_words and between[0] not in grammar.determiners:
        return None
    if any(word in grammar.copulas for word in between):
        return None
    return comma


def _name_after(text: str, position: int, grammar: _Grammar) -> _Phrase | None:
    """The name that starts with the next word, if that word is a name."""
    names: list[_Phrase] = []
    for word in _words_after(text, position, 6):
        if not _is_name(word.text, grammar):
            break
        names.append(word)
    if not names:
        return None
    return _Phrase(names[0].start, names[-1].end, text[names[0].start : names[-1].end])


def _name_list_after(text: str, position: int, grammar: _Grammar) -> list[_Phrase]:
    """Names joined by commas and list conjunctions right after `position` ("Herat und Kandahar")."""
    names: list[_Phrase] = []
    cursor = position
    while (name := _name_after(text, cursor, grammar)) is not None:
        names.append(name)
        separator = grammar.list_separator.match(text, name.end)
        if separator is None:
            break
        cursor = separator.end()
    return names


def _name_list_before(text: str, position: int, grammar: _Grammar) -> list[_Phrase]:
    """Names joined by commas and list conjunctions that end right before `position` ("Kandahar and Herat")."""
    names: list[_Phrase] = []
    cursor = position
    while (name := _name_before(text, cursor, grammar)) is not None:
        names.insert(0, name)
        separator = grammar.list_separator_before.search(text, max(0, name.start - 40), name.start)
        if separator is None:
            break
        cursor = separator.start()
    return names


def _comma_names_after(text: str, position: int, grammar: _Grammar) -> list[_Phrase]:
    """Names in an apposition after the phrase: "the second-largest city, Kandahar, fell"."""
    comma = re.compile(r"\s*,").match(text, position)
    if comma is None:
        return []
    names = _name_list_after(text, comma.end(), grammar)
    if not names or not re.compile(r"\s*(?:[,.;:!?)]|$)").match(text, names[-1].end):
        return []
    return names


def _name_before(text: str, position: int, grammar: _Grammar) -> _Phrase | None:
    """The name (one or more capitalised words) that ends right before `position`."""
    first = last = _word_before(text, position)
    while first is not None and _is_name(first.text, grammar):
        earlier = _word_before(text, first.start)
        if earlier is None or not _is_name(earlier.text, grammar):
            break
        first = earlier
    if first is None or last is None or not _is_name(last.text, grammar):
        return None
    return _Phrase(first.start, last.end, text[first.start : last.end])


def _without_category(name: _Phrase | None, grammar: _Grammar) -> _Phrase | None:
    """Drop a leading category noun ("Stadt Herat" is Herat); a category noun alone is no name ("Byen")."""
    if name is None:
        return None
    first = _WORD.match(name.text)
    if first is None or first.group().lower() not in grammar.category_of:
        return name
    rest = name.text[first.end() :]
    stripped = rest.lstrip()
    if not stripped:
        return None
    start = name.start + first.end() + len(rest) - len(stripped)
    return _Phrase(start, name.end, stripped)


def _is_name(word: str, grammar: _Grammar) -> bool:
    return is_name(word, grammar.function_words)


def _is_function_word(word: str, grammar: _Grammar) -> bool:
    return is_function_word(word, grammar.function_words)


def _word_before(text: str, position: int) -> _Phrase | None:
    """The word that ends at `position` or is separated from it only by whitespace."""
    window_start = max(0, position - 120)
    match = _WORD_AT_END.search(text, window_start, position)
    if match is None:
        return None
    return _Phrase(match.start(1), match.end(1), match.group(1))


def _words_after(text: str, position: int, limit: int) -> list[_Phrase]:
    """Up to `limit` words after `position`, separated from it and each other by whitespace only."""
    words: list[_Phrase] = []
    cursor = position
    while len(words) < limit:
        match = _NEXT_WORD.match(text, cursor)
        if match is None or (words and match.start(1) == cursor):
            break
        words.append(_Phrase(match.start(1), match.end(1), match.group(1)))
        cursor = match.end(1)
    return words
