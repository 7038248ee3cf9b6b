"""Schema of a language's rank knowledge ("second-largest city", "tredje største by").

Keys are English concepts or plain numbers, values the native words. Matching ignores case.
The engine that reads this data is `claimrec.extract.ranks`; it never branches on a language
code. Function words, list conjunctions, relative pronouns and negations come from the other
parts of `LanguageData` (``function_words``, ``list_conjunctions``, ``attribution``).
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_Words = tuple[str, ...]
_Key = TypeVar("_Key")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CategoryNoun(_Frozen):
    """A noun that things are commonly ranked in ("by", "Stadt", "city"), with its forms.

    Attributes:
        concept: English singular, lower case: the normalised category ("city").
        singular: Singular forms, indefinite and definite ("by", "byen").
        plural: Plural forms ("byer", "byene"). A plural after a plain superlative is a
            group ("de største byene"), not one ranked thing. Default none.
    """

    concept: str = Field(min_length=1)
    singular: _Words = Field(min_length=1)
    plural: _Words = ()

    @field_validator("singular", "plural")
    @classmethod
    def _clean(cls, words: _Words) -> _Words:
        return check_words(words)


class RankData(_Frozen):
    """How a language ranks things. Filled in per language in ``lang/<code>/ranks.py``.

    Attributes:
        ordinals: Ordinal words by rank that stand before a superlative as a separate word,
            joined by a space or a hyphen ("tredje største", "second-largest", "nest største").
        ordinal_prefixes: Ordinals by rank glued to the superlative ("næststørste",
            "zweitgrößte"); a hyphen may stand in for the superlative in coordination
            ("zweit- und drittgrößten").
        ambiguous_ordinals: Ordinals that also mean "other" ("andre", "andra"). They rank only
            right after a genitive scope or one of `ambiguous_ordinal_licensors`.
        ambiguous_ordinal_licensors: Singular definite articles that make an ambiguous ordinal
            a rank ("den andra största staden"); a plural article ("de andre") never does.
        digit_ordinal_suffixes: What follows digits to make an ordinal ("6." in Danish, "6th",
            "6:e"). The digits must be followed by a space or hyphen and a lower-case superlative.
        superlatives: Superlative stems by the English concept they rank by
            ({"largest": ("størst",)}); multi-word stems allowed ("most populous").
        superlative_endings: Endings that make a stem attributive ("e" for "største"). The
            bare stem counts only when ``""`` is listed. Default ``("",)``.
        categories: Common nouns that things are ranked in, with their forms and concept.
            Other nouns are found too and normalised to their lower-case written form.
        nouns_capitalised: True where every noun is capitalised (German): the category is the
            first capitalised word after the superlative, not merely the next word.
        genitive_suffixes: Endings of a genitive ("s", "'s"). A capitalised genitive, or any
            genitive whose suffix has an apostrophe, before the rank is its scope ("Afghanistans").
        scope_words: Lower-case genitives of common nouns that scope a rank ("landets", "verdens").
        scope_prepositions: Prepositions (and genitive articles) that open a scope after the
            category ("i landet", "in the world", "des Landes").
        scope_nouns: Nouns that are a scope after a scope preposition ("landet", "world").
            A capitalised name there is a scope too.
        genitive_after_category: True where a bare genitive name follows the category as its
            scope ("die größte Stadt Afghanistans"). Default False.
        one_of: Phrases before a superlative that make it a group, not a rank ("en af", "one of").
        plural_articles: Articles that are only plural ("de", "dei"): before a bare superlative they
            make it a group ("de viktigste veiene"), whatever the noun.
        part_nouns: Nouns of a part ("del", "Teil", "part"): "største del af landet" means "most of
            the country", an amount, not a rank.
        copulas: Finite forms of "be" and "become" that link an entity to a rank ("er", "is").
    """

    ordinals: dict[int, _Words] = {}
    ordinal_prefixes: dict[int, _Words] = {}
    ambiguous_ordinals: dict[int, _Words] = {}
    ambiguous_ordinal_licensors: _Words = ()
    digit_ordinal_suffixes: _Words = ()
    superlatives: dict[str, _Words] = {}
    superlative_endings: _Words = ("",)
    categories: tuple[CategoryNoun, ...] = ()
    nouns_capitalised: bool = False
    genitive_suffixes: _Words = ()
    scope_words: _Words = ()
    scope_prepositions: _Words = ()
    scope_nouns: _Words = ()
    genitive_after_category: bool = False
    one_of: _Words = ()
    plural_articles: _Words = ()
    part_nouns: _Words = ()
    copulas: _Words = ()

    @field_validator(
        "ambiguous_ordinal_licensors",
        "digit_ordinal_suffixes",
        "genitive_suffixes",
        "scope_words",
        "scope_prepositions",
        "scope_nouns",
        "one_of",
        "plural_articles",
        "part_nouns",
        "copulas",
    )
    @classmethod
    def _clean_word_lists(cls, words: _Words) -> _Words:
        return check_words(words)

    @field_validator("ordinals", "ordinal_prefixes", "ambiguous_ordinals")
    @classmethod
    def _clean_ordinals(cls, words: dict[int, _Words]) -> dict[int, _Words]:
        if wrong := sorted(rank for rank in words if rank < 1):
            raise ValueError(f"ranks start at 1; got {wrong}")
        return check_word_map(words)

    @field_validator("superlatives")
    @classmethod
    def _clean_superlatives(cls, words: dict[str, _Words]) -> dict[str, _Words]:
        return check_word_map(words)

    @field_validator("superlative_endings")
    @classmethod
    def _clean_endings(cls, endings: _Words) -> _Words:
        if not endings:
            raise ValueError('superlative_endings must not be empty; use ("",) for bare stems')
        if wrong := [ending for ending in endings if ending != ending.strip()]:
            raise ValueError(f"endings have no spaces; got {wrong}")
        return endings

    @model_validator(mode="after")
    def _ambiguous_need_licensors(self) -> RankData:
        if self.ambiguous_ordinals and not (self.ambiguous_ordinal_licensors or self.scope_words):
            raise ValueError(
                "ambiguous_ordinals need ambiguous_ordinal_licensors or scope_words, "
                "otherwise they can never rank anything"
            )
        return self


def check_words(words: _Words) -> _Words:
    """Reject empty words and words with outer or double spaces; return `words` unchanged."""
    for word in words:
        if not word or word != word.strip() or "  " in word:
            raise ValueError(f"invalid word {word!r}: words must be non-empty, without outer or double spaces")
    return words


def check_word_map(words: dict[_Key, _Words]) -> dict[_Key, _Words]:
    """Reject keys without words and invalid words; return `words` unchanged."""
    for key, values in words.items():
        if not values:
            raise ValueError(f"no words given for {key!r}; drop the key or add its words")
        check_words(values)
    return words
