"""Schema of a language's attribution and hedging knowledge ("ifølge Reuters", "kan falle").

Values are native words and phrases, written in lower case (matching ignores case unless a
field says otherwise); phrases of several words are allowed everywhere. The engine that reads
this data is `claimrec.extract.attribution`; it never branches on a language code.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, field_validator

from claimrec.lang.rank_schema import check_words

_Words = tuple[str, ...]


class AttributionData(BaseModel):
    """Who says so, and how sure. Filled in per language in ``lang/<code>/attribution.py``.

    Attributes:
        according_to: Words before a source ("ifølge", "according to", "laut", "enligt").
        according_to_after: Words after a source ("zufolge": "Reuters zufolge").
        report_verbs: Neutral reporting verbs, finite forms ("sier", "said", "oplyser", "la til").
        claim_verbs: Verbs of a contested assertion ("hevder", "claims", "behauptet"): the
            statement is the source's claim, not an established fact.
        fronted_objects: Pronouns that, fronted before a reporting verb, put the source after
            it ("Det oplyser politiet": the police say so).
        relative_pronouns: Relative pronouns ("som", "which"): the source of "…, som sier" is
            the noun phrase before them.
        complementizers: Words that open a reported clause ("at", "that", "dass"); a source is
            never sought across them.
        determiners: Articles and quantifiers that open a noun phrase ("en", "the", "flere").
        np_prepositions: Prepositions that continue a source's noun phrase ("en talsmand for
            politiet", "a spokesman for the police").
        member_prepositions: Prepositions that continue a subject before its verb ("en kilde i
            regjeringen sier") but not a source after it, where they open an adverbial
            ("skriver Taliban i en uttalelse").
        recipient_prepositions: Prepositions before whom a source speaks to ("sier til NRK"):
            that outlet relays the statement.
        adjective_endings: Endings of attributive adjectives ("militære"): a noun phrase without
            article continues past such a word. Empty where adjectives are not marked (English).
        conditionals: Words that open a condition ("hvis", "if", "falls").
        ambiguous_conditionals: Words that open a condition only when a clause follows ("om" is
            also "about" and "whether"): an unambiguous subject pronoun, or a finite auxiliary
            within the next four words, must follow.
        not_conditionals: Phrases in which a conditional word is no condition ("selv om",
            "om lag", "as if", "spurte om").
        not_after_conditional: Words after an ambiguous conditional that make it a preposition
            or "whether" ("om at", "om å", "om hvor").
        subject_pronouns: Pronouns that are only subjects ("de", "han", "vi"): after an ambiguous
            conditional they open a clause.
        finite_auxiliaries: Finite forms of "be", "have" and the modal verbs ("er", "har", "kan").
        forecasts: Words of a forecast or estimate ("trolig", "ventes", "could", "könnte").
        forecasts_exact_case: Forecast words that count only in the case written here
            (English "may", not the month "May").
        ambiguous_modals: Modals of both ability and possibility ("kan", "can", "kann"). They
            forecast unless next to a speaker pronoun or before a verb of `factual_after_modal`.
        speaker_pronouns: First- and second-person pronouns ("vi", "we"): "vi kan" is ability.
        factual_after_modal: Verbs that make a modal factual ("kan bekrefte": can confirm).
        negations: Negation words ("ikke", "not", "nicht").
        coordinators: Conjunctions that join two main clauses ("og", "men", "and", "but").
        verb_second: True where the finite verb comes second in a main clause (da, de, nb, nn,
            sv): after a fronted adverbial the subject follows the verb ("Torsdag bekreftet
            departementet at …"). Default False.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    according_to: _Words = ()
    according_to_after: _Words = ()
    report_verbs: _Words = ()
    claim_verbs: _Words = ()
    fronted_objects: _Words = ()
    relative_pronouns: _Words = ()
    complementizers: _Words = ()
    determiners: _Words = ()
    np_prepositions: _Words = ()
    member_prepositions: _Words = ()
    recipient_prepositions: _Words = ()
    adjective_endings: _Words = ()
    conditionals: _Words = ()
    ambiguous_conditionals: _Words = ()
    not_conditionals: _Words = ()
    not_after_conditional: _Words = ()
    subject_pronouns: _Words = ()
    finite_auxiliaries: _Words = ()
    forecasts: _Words = ()
    forecasts_exact_case: _Words = ()
    ambiguous_modals: _Words = ()
    speaker_pronouns: _Words = ()
    factual_after_modal: _Words = ()
    negations: _Words = ()
    coordinators: _Words = ()
    verb_second: bool = False

    @field_validator("*")
    @classmethod
    def _clean(cls, value: object) -> object:
        return check_words(value) if isinstance(value, tuple) else value
