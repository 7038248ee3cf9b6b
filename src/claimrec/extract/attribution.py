"""Who says so, and how sure: attribution, hedges and clause splitting.

`find_attribution` finds the source of a statement: the speaker of a reporting verb ("X sier",
"sier X", "Det oplyser X", "…, som sier"), else the noun phrase after "ifølge"/"according to"
(or before "zufolge"). The outlet a speaker talks to ("sier til NRK") or is quoted by ("ifølge
AFP") is kept as `via`. Hedges are conditions ("hvis", "om" opening a clause) and forecasts
("trolig", "could", "kan falle"). `split_clauses` cuts a sentence where a second value claim
starts, so that "Ti skoler er stengt, elleve om rådhuset regnes med" gives two clauses
with their own hedges. Everything language-specific comes from `claimrec.lang`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise, takewhile
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

from claimrec.extract.numbers import NumberMention, find_numbers
from claimrec.extract.words import is_function_word, is_name
from claimrec.lang import get_language

HedgeKind = Literal["conditional", "forecast"]
AttributionKind = Literal["according_to", "says", "claims"]

_TOKEN = re.compile(r"\w+(?:['’‐‑-]\w+)*|[^\w\s]")
_BOUNDARY_MARKS = frozenset('.!?;:()[]"«»“”„–—')
_BEFORE_INVERSION = frozenset(',"«»“”„–—-')
_VALUE_KINDS = frozenset({"count", "percent", "fraction", "quantity", "duration"})
# At most this many lower-case words in a source's noun phrase ("det centralasiatiske lands nationale …").
MAX_NOUN_WORDS = 4
# A finite auxiliary at most this many words after an ambiguous conditional opens a clause ("om X faktisk er").
CLAUSE_WINDOW = 4
# A condition that opens a sentence ends in a comma within this many words ("Om Kandahar faller, …").
MAX_CONDITION_WORDS = 10
# At most this many auxiliaries and adverbs between a subject and its reporting verb ("Taliban har også hevdet").
MAX_VERB_GAP = 3


class Span(BaseModel):
    """Character offsets into the analysed text: ``text[start:end]``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int
    end: int


class Attribution(BaseModel):
    """Who a statement is attributed to, and how it is hedged.

    Attributes:
        source: Who says it, as written ("Reuters", "en talsmand for politiet"); a title before a
            name is dropped ("nyhetsbyrået AFP" gives "AFP"). When the speaker is a pronoun ("Han
            siger") or not found, the outlet stands in ("Han siger til Reuters" gives "Reuters");
            None when neither is named.
        source_span: Offsets of `source`, or None.
        kind: ``according_to`` ("ifølge X"), ``says`` (a neutral reporting verb), ``claims`` (a
            contested assertion: "Taliban hevder"), or None when nothing attributes the text.
        cue_span: Offsets of the reporting verb or attribution phrase, or None.
        via: The outlet that relays the speaker's words ("sier til NRK", "ifølge AFP"), or None.
        via_span: Offsets of `via`, or None.
        hedge: ``conditional`` or ``forecast`` when the text says so, else None.
        hedge_span: Offsets of the hedge marker ("om", "trolig"), or None.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str | None = None
    source_span: Span | None = None
    kind: AttributionKind | None = None
    cue_span: Span | None = None
    via: str | None = None
    via_span: Span | None = None
    hedge: HedgeKind | None = None
    hedge_span: Span | None = None


class Clause(BaseModel):
    """A part of a sentence that states its own claim; the clauses of a sentence cover it exactly.

    Attributes:
        start: Offset of the clause; the separator before it (", ") belongs to the clause before.
        end: Offset after it.
        text: ``sentence[start:end]``.
        hedge: ``conditional`` or ``forecast`` when the clause says so, else None.
        hedge_span: Offsets of the hedge marker in the sentence, or None.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int
    end: int
    text: str
    hedge: HedgeKind | None = None
    hedge_span: Span | None = None


def find_attribution(text: str, language: str) -> Attribution:
    """The source and the hedge of `text`.

    The first reporting verb decides (its speaker, else what it relays); without one, the first
    "according to" phrase. Conditions win over forecasts as the hedge.

    Args:
        text: A sentence or clause (any text works; offsets point into it).
        language: Code of the language the text is in (da, de, en, nb, nn, sv).

    Returns:
        The attribution; all fields None when the text names no source and has no hedge.

    Raises:
        UnknownLanguageError: `language` is not supported.
    """
    grammar = _grammar(language)
    return _attribution(text, _read(text, grammar), grammar)


def split_clauses(text: str, language: str) -> list[Clause]:
    """Cut `text` into clauses that each state their own value, conservatively.

    A clause starts after ", " when what follows up to the next comma has its own number and
    either a condition ("…, elleve om rådhuset regnes med") or, after a coordinating
    conjunction, a finite auxiliary while the clause before has a number too ("…, og i Danmark
    har 45 …"). Anything else stays one clause.

    Args:
        text: A sentence.
        language: Code of the language the text is in (da, de, en, nb, nn, sv).

    Returns:
        Clauses in text order that cover `text` without gap or overlap; ``[]`` for an empty text.

    Raises:
        UnknownLanguageError: `language` is not supported.
    """
    grammar = _grammar(language)
    return _clauses(text, _read(text, grammar), find_numbers(text, language), grammar)


def attribution_and_clauses(
    text: str, language: str, numbers: Sequence[NumberMention]
) -> tuple[Attribution, list[Clause]]:
    """`find_attribution` and `split_clauses` of `text` at once, reading its words once.

    Args:
        text: A sentence.
        language: Code of the language the text is in (da, de, en, nb, nn, sv).
        numbers: The mentions `claimrec.extract.numbers.find_numbers` finds in `text`.

    Raises:
        UnknownLanguageError: `language` is not supported.
    """
    grammar = _grammar(language)
    reading = _read(text, grammar)
    return _attribution(text, reading, grammar), _clauses(text, reading, numbers, grammar)


def _attribution(text: str, reading: _Reading, grammar: _Grammar) -> Attribution:
    tokens = reading.tokens
    hedge = _first_hedge(reading, _Range(0, len(tokens)))
    found = _reported(text, tokens, grammar) or _according_to(text, tokens, grammar)
    fields: dict[str, object] = {}
    if hedge is not None:
        fields = {"hedge": hedge.kind, "hedge_span": Span(start=hedge.start, end=hedge.end)}
    if found is not None:
        fields |= found.fields()
    return Attribution.model_validate(fields)


def _clauses(text: str, reading: _Reading, mentions: Sequence[NumberMention], grammar: _Grammar) -> list[Clause]:
    if not text:
        return []
    tokens = reading.tokens
    numbers = [mention.start for mention in mentions if mention.kind in _VALUE_KINDS]
    cuts = [0, *_clause_starts(reading, numbers, grammar), len(tokens)]
    clauses: list[Clause] = []
    for first, after in pairwise(cuts):
        start = 0 if first == 0 else tokens[first].start
        end = len(text) if after == len(tokens) else tokens[after].start
        hedge = _first_hedge(reading, _Range(first, after))
        clauses.append(
            Clause(
                start=start,
                end=end,
                text=text[start:end],
                hedge=hedge.kind if hedge else None,
                hedge_span=Span(start=hedge.start, end=hedge.end) if hedge else None,
            )
        )
    return clauses


class _Token(NamedTuple):
    """A word or a punctuation mark, with its lower-case form."""

    start: int
    end: int
    text: str
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


@dataclass(frozen=True)
class _Reading:
    """A text's tokens and the hedge markers that start at each token.

    Attributes:
        tokens: The words and punctuation marks.
        conditionals: The length of the condition marker at each token; 0 for none, and inside a phrase
            that makes a conditional word no condition ("selv om", "om lag").
        forecasts: The length of the forecast marker at each token; 0 for none.
    """

    tokens: list[_Token]
    conditionals: list[int]
    forecasts: list[int]


@dataclass(frozen=True)
class _Phrases:
    """Token-sequence phrases, indexed by their first token so that most tokens are rejected by one lookup.

    Attributes:
        phrases: The phrases, each a tuple of tokens.
        lengths: First token → the lengths of the phrases it starts, longest first.
    """

    phrases: frozenset[tuple[str, ...]]
    lengths: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, phrases: Iterable[tuple[str, ...]]) -> _Phrases:
        """The index of `phrases` (empty ones never match)."""
        unique = frozenset(phrase for phrase in phrases if phrase)
        lengths: dict[str, set[int]] = {}
        for phrase in unique:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        return cls(unique, {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()})


@dataclass(frozen=True)
class _Grammar:
    """One language's attribution data as lower-case word sets and token-sequence phrases."""

    verbs: dict[tuple[str, ...], AttributionKind]
    verb_phrases: _Phrases
    according_to: _Phrases
    according_to_after: _Phrases
    conditionals: _Phrases
    ambiguous_conditionals: _Phrases
    not_conditionals: _Phrases
    forecasts: _Phrases
    forecasts_exact_case: _Phrases
    fronted_objects: frozenset[str]
    relative_pronouns: frozenset[str]
    complementizers: frozenset[str]
    determiners: frozenset[str]
    np_prepositions: frozenset[str]
    subject_prepositions: frozenset[str]
    recipient_prepositions: frozenset[str]
    adjective_endings: tuple[str, ...]
    genitive_suffixes: tuple[str, ...]
    not_after_conditional: frozenset[str]
    subject_pronouns: frozenset[str]
    finite_auxiliaries: frozenset[str]
    ambiguous_modals: frozenset[str]
    hedge_starts: frozenset[str]  # lower-case words that may start a condition or forecast marker
    speaker_pronouns: frozenset[str]
    factual_after_modal: frozenset[str]
    negations: frozenset[str]
    coordinators: frozenset[str]
    verb_second: bool
    function_words: frozenset[str]


@dataclass(frozen=True)
class _Range:
    """Tokens ``first`` to ``after`` (exclusive)."""

    first: int
    after: int


@dataclass(frozen=True)
class _Cited:
    """An "according to" marker and the source after (or before) it."""

    cue: _Range
    source: _Range | None


@dataclass(frozen=True)
class _Split:
    """A candidate cut at a comma: the tokens since the last cut, those up to the next comma."""

    left: _Range
    right: _Range
    numbers: list[int]


@dataclass(frozen=True)
class _Hedge:
    """A hedge marker located in the text."""

    kind: HedgeKind
    start: int
    end: int


@dataclass(frozen=True)
class _Found:
    """An attribution located in the text, before it becomes an `Attribution`."""

    text: str
    kind: AttributionKind
    cue: Span
    source: Span | None
    via: Span | None

    def fields(self) -> dict[str, object]:
        """The `Attribution` fields; without a named speaker the outlet is the source."""
        source, via = self.source, self.via
        if source is None and via is not None:
            source, via = via, None
        return {
            "kind": self.kind,
            "cue_span": self.cue,
            "source": self.text[source.start : source.end] if source else None,
            "source_span": source,
            "via": self.text[via.start : via.end] if via else None,
            "via_span": via,
        }


@cache
def _grammar(language: str) -> _Grammar:
    language_data = get_language(language)
    data = language_data.attribution
    verbs: dict[tuple[str, ...], AttributionKind] = {_phrase(verb): "says" for verb in data.report_verbs}
    verbs |= {_phrase(verb): "claims" for verb in data.claim_verbs}
    conditionals, ambiguous_conditionals = _phrases(data.conditionals), _phrases(data.ambiguous_conditionals)
    forecasts, ambiguous_modals = _phrases(data.forecasts), _lower(data.ambiguous_modals)
    return _Grammar(
        verbs=verbs,
        verb_phrases=_Phrases.of(verbs),
        according_to=_phrases(data.according_to),
        according_to_after=_phrases(data.according_to_after),
        conditionals=conditionals,
        ambiguous_conditionals=ambiguous_conditionals,
        not_conditionals=_phrases(data.not_conditionals),
        forecasts=forecasts,
        forecasts_exact_case=_Phrases.of(
            tuple(token.text for token in _tokens(word)) for word in data.forecasts_exact_case
        ),
        fronted_objects=_lower(data.fronted_objects),
        relative_pronouns=_lower(data.relative_pronouns),
        complementizers=_lower(data.complementizers),
        determiners=_lower(data.determiners),
        np_prepositions=_lower(data.np_prepositions),
        subject_prepositions=_lower(data.np_prepositions + data.member_prepositions),
        recipient_prepositions=_lower(data.recipient_prepositions),
        adjective_endings=tuple(ending.lower() for ending in data.adjective_endings),
        genitive_suffixes=tuple(suffix.lower() for suffix in language_data.ranks.genitive_suffixes),
        not_after_conditional=_lower(data.not_after_conditional),
        subject_pronouns=_lower(data.subject_pronouns),
        finite_auxiliaries=_lower(data.finite_auxiliaries),
        ambiguous_modals=ambiguous_modals,
        hedge_starts=frozenset(
            {*conditionals.lengths, *ambiguous_conditionals.lengths, *forecasts.lengths, *ambiguous_modals}
        ),
        speaker_pronouns=_lower(data.speaker_pronouns),
        factual_after_modal=_lower(data.factual_after_modal),
        negations=_lower(data.negations),
        coordinators=_lower(data.coordinators),
        verb_second=data.verb_second,
        function_words=language_data.function_words,
    )


def _phrase(words: str) -> tuple[str, ...]:
    """A data phrase as the lower-case tokens it is written in ("la til" is ("la", "til"))."""
    return tuple(token.lower for token in _tokens(words))


def _phrases(words: Iterable[str]) -> _Phrases:
    return _Phrases.of(_phrase(word) for word in words)


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(word.lower() for word in words)


def _tokens(text: str) -> list[_Token]:
    return [_Token(*match.span(), word, word.lower()) for match in _TOKEN.finditer(text) for word in (match.group(),)]


def _read(text: str, grammar: _Grammar) -> _Reading:
    tokens = _tokens(text)
    cancelled = _cancelled(tokens, grammar)
    conditionals = [0] * len(tokens)
    forecasts = [0] * len(tokens)
    for index, token in enumerate(tokens):
        if token.lower in grammar.hedge_starts or token.text in grammar.forecasts_exact_case.lengths:
            conditionals[index] = 0 if index in cancelled else _conditional_at(tokens, index, grammar)
            forecasts[index] = _forecast_at(tokens, index, grammar)
    return _Reading(tokens, conditionals, forecasts)


def _matches(tokens: list[_Token], phrases: _Phrases) -> Iterator[tuple[int, int]]:
    """The index and length of the longest phrase of `phrases` at each token where one starts, in text order."""
    for index, token in enumerate(tokens):
        if token.lower in phrases.lengths and (length := _match_at(tokens, index, phrases)):
            yield index, length


def _match_at(tokens: list[_Token], index: int, phrases: _Phrases, *, exact_case: bool = False) -> int:
    """The number of tokens of the longest phrase of `phrases` that starts at `index`; 0 for none. With
    `exact_case`, the case must be as written in the data."""
    if index >= len(tokens):
        return 0

    def form(token: _Token) -> str:
        return token.text if exact_case else token.lower

    for length in phrases.lengths.get(form(tokens[index]), ()):
        if index + length <= len(tokens) and tuple(map(form, tokens[index : index + length])) in phrases.phrases:
            return length
    return 0


def _reported(text: str, tokens: list[_Token], grammar: _Grammar) -> _Found | None:
    """The first reporting or claim verb, with its speaker and the outlet it speaks to."""
    for index, length in _matches(tokens, grammar.verb_phrases):
        if _is_noun_use(tokens, index, grammar):
            continue
        after = index + length
        speaker = _speaker(tokens, index, after, grammar)
        recipient = _recipient(tokens, speaker.after if speaker and speaker.first >= after else after, grammar)
        cited = _according_to_phrase(tokens, grammar)
        via = recipient or (cited.source if cited else None)
        kind = grammar.verbs[tuple(token.lower for token in tokens[index:after])]
        return _Found(
            text=text,
            kind=kind,
            cue=_span(tokens, _Range(index, after)),
            source=_source_span(tokens, speaker, grammar) if speaker else None,
            via=_source_span(tokens, via, grammar) if via else None,
        )
    return None


def _is_noun_use(tokens: list[_Token], index: int, grammar: _Grammar) -> bool:
    """ "the claims", "Taliban's claims": a verb form after an article or a genitive is a noun."""
    if index == 0:
        return False
    previous = tokens[index - 1]
    article = previous.lower in grammar.determiners and not _is_pronoun(previous, grammar)
    return article or previous.lower.endswith(("'s", "’s"))


def _speaker(tokens: list[_Token], verb: int, after: int, grammar: _Grammar) -> _Range | None:
    """Who speaks: the antecedent of a relative pronoun, the subject, or the noun phrase after the verb."""
    if _after_relative_pronoun(tokens, verb, grammar):
        return _noun_phrase_before(tokens, verb - 1, grammar)
    inverted = _noun_phrase(tokens, after, grammar, grammar.np_prepositions)
    if verb > 0 and tokens[verb - 1].text in _BEFORE_INVERSION and inverted is not None:
        return inverted
    subject = _subject(tokens, verb, grammar)
    if subject is None or _is_fronted_object(tokens, subject, grammar):
        return inverted or subject
    if inverted is not None and _is_inversion(tokens, subject, inverted, grammar):
        return inverted
    return subject


def _after_relative_pronoun(tokens: list[_Token], verb: int, grammar: _Grammar) -> bool:
    """ "…, som sier": a relative pronoun right before the verb, not opening the sentence ("Das sagte …")."""
    if verb < 2 or tokens[verb - 1].lower not in grammar.relative_pronouns:
        return False
    before = tokens[verb - 2]
    return before.is_word or before.text == ","


def _is_fronted_object(tokens: list[_Token], phrase: _Range, grammar: _Grammar) -> bool:
    """ "Det oplyser politiet": a fronted "det" is the object; the speaker follows the verb."""
    return phrase.after - phrase.first == 1 and tokens[phrase.first].lower in grammar.fronted_objects


def _is_inversion(tokens: list[_Token], before: _Range, after: _Range, grammar: _Grammar) -> bool:
    """ "Torsdag bekreftet departementet at …": in a verb-second language an adverbial can stand
    before the verb and the subject after it, right before the reported clause."""
    if not grammar.verb_second or tokens[before.first].lower in grammar.determiners:
        return False
    following = tokens[after.after : after.after + 2]
    words = [token.lower for token in following if token.text != ","]
    return bool(words) and words[0] in grammar.complementizers


def _subject(tokens: list[_Token], verb: int, grammar: _Grammar) -> _Range | None:
    """The subject before a verb: a noun phrase from the clause start that reaches the verb.

    Between the noun phrase and the verb there may be a few auxiliaries and adverbs ("Taliban
    har hevdet"), a relative clause between commas ("Kildene, som …, sier"), an apposition
    ("John Kirby, talsmann for …, bekrefter"; a name in it is preferred) or the first verb of a
    coordinated pair ("Taliban innledet … og hevdet").
    """
    subject = _noun_phrase(tokens, _clause_start(tokens, verb, grammar), grammar, grammar.subject_prepositions)
    if subject is None or subject.after > verb:
        return None
    if subject.after == verb:
        return subject
    gap = tokens[subject.after : verb]
    if len(gap) <= MAX_VERB_GAP and all(_is_function_word(token, grammar) for token in gap):
        return subject
    if tokens[verb - 1].lower in grammar.coordinators:
        return subject
    if gap[0].text != "," or subject.after + 1 >= verb:
        return None
    if tokens[subject.after + 1].lower in grammar.relative_pronouns and tokens[verb - 1].text == ",":
        return subject
    apposition = _noun_phrase(tokens, subject.after + 1, grammar, grammar.np_prepositions)
    if apposition is None or apposition.after not in (verb, verb - 1):
        return None
    if _is_name_only(tokens, apposition, grammar) and not _is_name_only(tokens, subject, grammar):
        return apposition
    return subject


def _is_name_only(tokens: list[_Token], phrase: _Range, grammar: _Grammar) -> bool:
    """Whether every word of the phrase is a name ("John Kirby"), not a title ("Talsmann i Pentagon")."""
    return all(_is_name(token, grammar) for token in tokens[phrase.first : phrase.after])


def _clause_start(tokens: list[_Token], verb: int, grammar: _Grammar) -> int:
    """The first token of the clause the verb is in: after a sentence mark, quote, dash or "at/that"."""
    start = 0
    for index in range(verb - 1, -1, -1):
        token = tokens[index]
        opens = token.text in _BOUNDARY_MARKS or token.lower in grammar.complementizers
        coordinated = token.text == "," and index + 1 < verb and tokens[index + 1].lower in grammar.coordinators
        if opens or coordinated:
            start = index + 1
            break
    while start < verb and tokens[start].lower in grammar.coordinators:
        start += 1
    return start


def _noun_phrase(
    tokens: list[_Token], index: int, grammar: _Grammar, prepositions: frozenset[str] = frozenset()
) -> _Range | None:
    """The noun phrase that starts at `index`, or None.

    A phrase is a pronoun, or an optional article, names and at most four lower-case words, and
    one phrase after one of `prepositions` ("en talsmand for politiet"). Without an article a
    lower-case word continues only when it looks adjectival or genitive ("militære tjenestemenn",
    "landets talsperson"), or where adjectives are unmarked (English).
    """
    if index >= len(tokens) or not tokens[index].is_word:
        return None
    first = tokens[index]
    if _is_pronoun(first, grammar) and not _opens_noun(tokens, index + 1, grammar, first):
        return _Range(index, index + 1)
    article = first.lower in grammar.determiners and not _is_name(first, grammar)
    end = _noun_words_end(tokens, index + 1 if article else index, grammar, article=article)
    if end == index + (1 if article else 0):
        return None
    if end < len(tokens) and tokens[end].lower in prepositions:
        inner = _noun_phrase(tokens, end + 1, grammar)
        if inner is not None:
            end = inner.after
    return _Range(index, end)


def _is_pronoun(token: _Token, grammar: _Grammar) -> bool:
    word = token.lower
    return word in grammar.subject_pronouns or word in grammar.fronted_objects or word in grammar.speaker_pronouns


def _opens_noun(tokens: list[_Token], index: int, grammar: _Grammar, article: _Token) -> bool:
    """Whether `article` ("det", "den") is an article here: a noun word follows it."""
    return (
        article.lower in grammar.determiners
        and index < len(tokens)
        and tokens[index].is_word
        and not _is_function_word(tokens[index], grammar)
        and not _is_verb_at(tokens, index, grammar)
    )


def _noun_words_end(tokens: list[_Token], index: int, grammar: _Grammar, *, article: bool) -> int:
    """Where the names and lower-case words of a noun phrase starting at `index` end."""
    lower_words = 0
    end = index
    while end < len(tokens) and tokens[end].is_word:
        token = tokens[end]
        if token.text[0].isdigit() or _is_function_word(token, grammar) or _is_verb_at(tokens, end, grammar):
            break
        if not _is_name(token, grammar):
            if lower_words >= MAX_NOUN_WORDS:
                break
            lower_words += 1
        if end > index and not _continues(tokens[end - 1], token, grammar, article=article):
            break
        end += 1
    return end


def _continues(previous: _Token, token: _Token, grammar: _Grammar, *, article: bool) -> bool:
    """Whether `token` still belongs to the noun phrase that `previous` is in."""
    if _is_name(token, grammar) or article or not grammar.adjective_endings:
        return True
    word = previous.lower
    return word.endswith(grammar.adjective_endings) or word.endswith(grammar.genitive_suffixes)


def _noun_phrase_before(tokens: list[_Token], index: int, grammar: _Grammar) -> _Range | None:
    """The noun phrase that ends right before token `index` (a comma in between is skipped)."""
    end = index - 1 if index > 0 and tokens[index - 1].text == "," else index
    first = end
    while first > 0 and tokens[first - 1].is_word and end - first < MAX_NOUN_WORDS + 2:
        token = tokens[first - 1]
        if token.lower in grammar.determiners:
            first -= 1
            break
        if _is_function_word(token, grammar) or _is_verb_at(tokens, first - 1, grammar):
            break
        first -= 1
    return _Range(first, end) if first < end else None


def _is_verb_at(tokens: list[_Token], index: int, grammar: _Grammar) -> bool:
    return _match_at(tokens, index, grammar.verb_phrases) > 0


def _recipient(tokens: list[_Token], index: int, grammar: _Grammar) -> _Range | None:
    """The outlet after "til"/"to" right at `index` ("sier til nyhetsbyrået Reuters")."""
    if index < len(tokens) and tokens[index].lower in grammar.recipient_prepositions:
        return _noun_phrase(tokens, index + 1, grammar)
    return None


def _according_to(text: str, tokens: list[_Token], grammar: _Grammar) -> _Found | None:
    """The first "ifølge X" / "X zufolge" as an attribution of its own."""
    phrase = _according_to_phrase(tokens, grammar)
    if phrase is None:
        return None
    return _Found(
        text=text,
        kind="according_to",
        cue=_span(tokens, phrase.cue),
        source=_source_span(tokens, phrase.source, grammar) if phrase.source else None,
        via=None,
    )


def _according_to_phrase(tokens: list[_Token], grammar: _Grammar) -> _Cited | None:
    """The first "ifølge X" / "X zufolge": its marker and the source it names."""
    before = next(_matches(tokens, grammar.according_to), None)
    after = next(_matches(tokens, grammar.according_to_after), None)
    if before is not None and (after is None or before[0] <= after[0]):
        index, length = before
        source = _noun_phrase(tokens, index + length, grammar, grammar.np_prepositions)
        return _Cited(cue=_Range(index, index + length), source=source)
    if after is not None:
        index, length = after
        return _Cited(cue=_Range(index, index + length), source=_noun_phrase_before(tokens, index, grammar))
    return None


def _source_span(tokens: list[_Token], phrase: _Range, grammar: _Grammar) -> Span | None:
    """The source as written; a pronoun is no source, and titles before a name are dropped.

    "nyhetsbyrået AFP", "den tyske forsvarsminister Annegret Kramp-Karrenbauer" give the name; a
    phrase with a preposition before the name ("en reporter fra nyhetsbyrået AFP") stays whole,
    and so does a name with its article ("The New York Times").
    """
    words = tokens[phrase.first : phrase.after]
    if len(words) == 1 and _is_pronoun(words[0], grammar):
        return None
    name_start = len(words)
    while name_start > 0 and _is_name(words[name_start - 1], grammar):
        name_start -= 1
    titles = words[:name_start]
    descriptive = any(not _is_function_word(token, grammar) for token in titles)
    if 0 < name_start < len(words) and descriptive and not any(_is_preposition(token, grammar) for token in titles):
        words = words[name_start:]
    return Span(start=words[0].start, end=words[-1].end)


def _is_preposition(token: _Token, grammar: _Grammar) -> bool:
    return token.lower in grammar.subject_prepositions or token.lower in grammar.recipient_prepositions


def _span(tokens: list[_Token], phrase: _Range) -> Span:
    return Span(start=tokens[phrase.first].start, end=tokens[phrase.after - 1].end)


def _is_name(token: _Token, grammar: _Grammar) -> bool:
    return is_name(token.text, grammar.function_words)


def _is_function_word(token: _Token, grammar: _Grammar) -> bool:
    return is_function_word(token.text, grammar.function_words)


def _first_hedge(reading: _Reading, part: _Range) -> _Hedge | None:
    """The first condition among the tokens of `part`, else the first forecast there."""
    tokens = reading.tokens
    kinds: tuple[tuple[HedgeKind, list[int]], ...] = (
        ("conditional", reading.conditionals),
        ("forecast", reading.forecasts),
    )
    for kind, lengths in kinds:
        for index in range(part.first, part.after):
            if length := lengths[index]:
                return _Hedge(kind, tokens[index].start, tokens[index + length - 1].end)
    return None


def _cancelled(tokens: list[_Token], grammar: _Grammar) -> frozenset[int]:
    """Tokens inside a phrase that makes a conditional word no condition ("selv om", "om lag")."""
    inside: set[int] = set()
    for index, length in _matches(tokens, grammar.not_conditionals):
        inside.update(range(index, index + length))
    return frozenset(inside)


def _conditional_at(tokens: list[_Token], index: int, grammar: _Grammar) -> int:
    """The length of a condition marker at `index`; 0 for none.

    An ambiguous marker ("om") needs a clause after it and no "that"/"to"/wh-word right after: a
    subject pronoun right after it, a finite auxiliary within the next few words before any
    punctuation, or, when it opens the sentence or a clause, a comma that closes the condition
    ("Om Kandahar faller, förlorar …").
    """
    if length := _match_at(tokens, index, grammar.conditionals):
        return length
    length = _match_at(tokens, index, grammar.ambiguous_conditionals)
    after = index + length
    if not length or after >= len(tokens) or tokens[after].lower in grammar.not_after_conditional:
        return 0
    if tokens[after].lower in grammar.subject_pronouns:
        return length
    window = tokens[after + 1 : after + 1 + CLAUSE_WINDOW]
    words = list(takewhile(lambda token: token.is_word, window))
    if any(token.lower in grammar.finite_auxiliaries for token in words):
        return length
    opens_clause = index == 0 or tokens[index - 1].text in _BOUNDARY_MARKS or tokens[index - 1].text == ","
    return length if opens_clause and _closed_by_comma(tokens, after) else 0


def _closed_by_comma(tokens: list[_Token], index: int) -> bool:
    """Whether a comma follows within a condition's length, before any other punctuation."""
    for token in tokens[index : index + MAX_CONDITION_WORDS]:
        if not token.is_word:
            return token.text == ","
    return False


def _forecast_at(tokens: list[_Token], index: int, grammar: _Grammar) -> int:
    """The length of a forecast marker at `index`; 0 for none.

    An ambiguous modal ("kan", "can") forecasts unless a first- or second-person pronoun stands
    next to it ("vi kan", "kan vi") or a verb of saying or showing follows ("kan bekrefte").
    """
    if length := _match_at(tokens, index, grammar.forecasts):
        return length
    if length := _match_at(tokens, index, grammar.forecasts_exact_case, exact_case=True):
        return length
    if tokens[index].lower not in grammar.ambiguous_modals or _is_noun_use(tokens, index, grammar):
        return 0
    neighbours = tokens[max(0, index - 1) : index] + tokens[index + 1 : index + 2]
    if any(token.lower in grammar.speaker_pronouns for token in neighbours):
        return 0
    following = [token.lower for token in tokens[index + 1 : index + 4] if token.is_word]
    verbs = [word for word in following if word not in grammar.negations and word not in grammar.function_words]
    if verbs and verbs[0] in grammar.factual_after_modal:
        return 0
    return 1


def _clause_starts(reading: _Reading, numbers: list[int], grammar: _Grammar) -> list[int]:
    """Token indexes after ", " where a new value clause starts."""
    tokens = reading.tokens
    starts: list[int] = []
    previous = 0
    commas = [index for index, token in enumerate(tokens) if token.text == "," and index + 1 < len(tokens)]
    for position, comma in enumerate(commas):
        segment_end = commas[position + 1] if position + 1 < len(commas) else len(tokens)
        right = _Range(comma + 1, segment_end)
        left = _Range(previous, comma)
        if _starts_clause(reading, _Split(left, right, numbers), grammar):
            starts.append(comma + 1)
            previous = comma + 1
    return starts


def _starts_clause(reading: _Reading, split: _Split, grammar: _Grammar) -> bool:
    """Whether the part after a comma is a clause of its own (see `split_clauses`)."""
    tokens = reading.tokens
    right = split.right
    if not _has_number(tokens, right, split.numbers):
        return False
    if any(reading.conditionals[right.first : right.after]):
        return True
    opens_with_coordinator = tokens[right.first].lower in grammar.coordinators
    has_finite = any(token.lower in grammar.finite_auxiliaries for token in tokens[right.first : right.after])
    return opens_with_coordinator and has_finite and _has_number(tokens, split.left, split.numbers)


def _has_number(tokens: list[_Token], phrase: _Range, numbers: list[int]) -> bool:
    if phrase.first >= phrase.after:
        return False
    start, end = tokens[phrase.first].start, tokens[phrase.after - 1].end
    return any(start <= number < end for number in numbers)
