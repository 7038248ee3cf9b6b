from __future__ import annotations

from claimrec.compare import compare
from claimrec.models import Claim, Cluster, TimeSpan


def _claim(number: int, value: float | None = 12.0, **fields: object) -> Claim:
    base: dict[str, object] = {
        "id": f"d{number}:c0", "doc_id": f"d{number}", "sentence_id": f"d{number}:s0", "start": 0, "end": 1,
        "text": "x", "language": "nb", "kind": "count", "value": value, "qualifier": "exact",
        "counted": "hovedsteder", "counted_head": "hovedsteder",
    }  # fmt: skip
    base.update(fields)
    return Claim.model_validate(base)


def _finding(*claims: Claim):  # type: ignore[no-untyped-def]
    [finding] = compare([Cluster(id="k0", claim_ids=tuple(c.id for c in claims))], list(claims))
    return finding


def test_equal_values_agree_and_the_summary_names_the_sources() -> None:
    finding = _finding(_claim(0, 3000, qualifier="approx"), _claim(1, 3000))
    assert (finding.verdict, finding.difference, finding.severity) == ("agree", "same", 0.0)
    assert finding.summary == "2 sources agree: about 3,000 hovedsteder (d0); 3,000 hovedsteder (d1)."


def test_units_read_as_words_in_the_singular_after_one() -> None:
    def measure(number: int, value: float, unit: str, kind: str = "duration", **fields: object) -> Claim:
        return _claim(number, value, kind=kind, unit=unit, counted=None, counted_head=None, **fields)

    finding = _finding(measure(0, 1, "weeks", qualifier="less_than"), measure(1, 1, "weeks", qualifier="less_than"))
    assert finding.summary == "2 sources agree: less than 1 week (d0); less than 1 week (d1)."
    assert _finding(measure(0, 2, "weeks")).summary == "Only d0 states this: 2 weeks."
    assert _finding(measure(0, 55, "years_of_age", kind="quantity")).summary == "Only d0 states this: 55 years of age."
    assert _finding(measure(0, 1, "km", kind="quantity")).summary == "Only d0 states this: 1 km."


def test_different_counts_conflict_with_a_reason_citing_both() -> None:
    finding = _finding(_claim(0, 11), _claim(1, 12))
    assert (finding.verdict, finding.difference, finding.severity) == ("conflict", "contradiction", 1.0)
    assert finding.reasons == ("d0 says 11 hovedsteder; d1 says 12 hovedsteder: these cannot both be true.",)


def test_a_document_contradicting_itself_is_flagged() -> None:
    other = _claim(0, 12, id="d0:c1", sentence_id="d0:s9", paragraph=4)
    finding = _finding(_claim(0, 11), other)
    assert finding.within_document
    assert finding.summary.endswith("A document contradicts itself.")


def test_a_conditional_claim_against_a_plain_one_differs_but_does_not_contradict() -> None:
    finding = _finding(_claim(0, 12), _claim(1, 13, hedged=True, hedge="conditional"))
    assert (finding.verdict, finding.difference) == ("differs_by_time", "hedged")


def test_a_hedge_only_one_wording_of_a_sentence_has_does_not_explain_another_value() -> None:
    plain, forecast = _claim(0, 500), _claim(1, 276, hedged=True, hedge="forecast")
    one_sentence = Cluster(id="k0", claim_ids=(plain.id, forecast.id), wordings=((plain.id, forecast.id),))
    [finding] = compare([one_sentence], [plain, forecast])
    assert (finding.verdict, finding.difference) == ("conflict", "contradiction")
    assert _finding(plain, forecast).verdict == "differs_by_time"  # two sentences: a forecast beside a report


def test_two_forecasts_that_differ_contradict_each_other() -> None:
    finding = _finding(_claim(0, 30, hedged=True, hedge="forecast"), _claim(1, 90, hedged=True, hedge="forecast"))
    assert finding.verdict == "conflict"


def test_a_contested_claim_is_attributed_not_contradicted() -> None:
    finding = _finding(_claim(0, 12), _claim(1, 20, attribution="claims", attributed_to="Taliban"))
    assert (finding.verdict, finding.difference) == ("differs_by_time", "attributed")


def test_two_contested_claims_that_differ_contradict_each_other() -> None:
    finding = _finding(
        _claim(0, 649, attribution="claims", attributed_to="the group"),
        _claim(1, 347, attribution="claims", attributed_to="the group"),
    )
    assert finding.verdict == "conflict"


def test_counts_reported_on_different_days_may_be_an_update() -> None:
    finding = _finding(_claim(0, 11, as_of="2021-08-12"), _claim(1, 12, as_of="2021-08-13"))
    assert (finding.verdict, finding.difference) == ("differs_by_time", "update")


def test_the_same_value_on_different_weekdays_conflicts_on_time() -> None:
    sunday = TimeSpan(start=None, end=None, label="Sunday", weekday=6)
    monday = TimeSpan(start=None, end=None, label="Monday", weekday=0)
    finding = _finding(_claim(0, 12, time=sunday), _claim(1, 12, time=monday))
    assert finding.verdict == "conflict"
    assert "times that cannot match" in finding.reasons[0]


def test_wordings_reading_one_value_at_two_times_both_sentences_state_agree() -> None:
    # "30 September 1882, 136 years ago today" in two languages: one reading of the 136 years takes the
    # date, the other today. Both sentences state both times, so the value is no contradiction.
    date = TimeSpan(start="1882-09-30", end="1882-09-30", label="1882-09-30")
    today = TimeSpan(start="2018-09-30", end="2018-09-30", label="today", relative=True)

    def years(number: int, time: TimeSpan) -> Claim:
        return _claim(number, 136, kind="duration", unit="years", counted=None, counted_head=None, time=time)

    def stated(number: int, place: int, time: TimeSpan) -> Claim:
        return _claim(number, None, id=f"d{number}:c{place}", kind="time", counted=None, counted_head=None, time=time)

    at_date, at_today = years(0, date), years(1, today)
    one_sentence = Cluster(id="k0", claim_ids=(at_date.id, at_today.id), wordings=((at_date.id, at_today.id),))
    both = [stated(0, 1, date), stated(0, 2, today), stated(1, 1, date), stated(1, 2, today)]
    lone = [Cluster(id=f"k{n}", claim_ids=(claim.id,)) for n, claim in enumerate(both, start=1)]
    [finding, *_] = compare([one_sentence, *lone], [at_date, at_today, *both])
    assert (finding.verdict, finding.difference) == ("agree", "same")
    # Where neither wording's sentence states the other's time, the wordings still disagree on it.
    alone = [stated(0, 1, date), stated(1, 1, today)]
    lone = [Cluster(id=f"k{n}", claim_ids=(claim.id,)) for n, claim in enumerate(alone, start=1)]
    [finding, *_] = compare([one_sentence, *lone], [at_date, at_today, *alone])
    assert (finding.verdict, finding.difference) == ("conflict", "contradiction")


def test_late_sunday_and_early_monday_can_be_one_moment() -> None:
    late = TimeSpan(start=None, end=None, label="late Sunday", weekday=6, part_of_day="late")
    early = TimeSpan(start=None, end=None, label="early Monday", weekday=0, part_of_day="early")
    assert (
        _finding(_claim(0, None, kind="time", time=late), _claim(1, None, kind="time", time=early)).verdict == "agree"
    )


def test_parts_of_day_conflict_only_when_their_hours_cannot_meet() -> None:
    def at(part: str) -> Claim:
        return _claim(0 if part == "evening" else 1, None, kind="time", time=TimeSpan(
            start=None, end=None, label=f"Friday {part}", weekday=4, part_of_day=part
        ))  # fmt: skip

    assert _finding(at("evening"), at("night")).verdict == "agree"
    assert _finding(at("evening"), at("morning")).verdict == "conflict"


def test_unresolved_months_compare_by_name() -> None:
    october = TimeSpan(start=None, end=None, label="October")
    november = TimeSpan(start=None, end=None, label="November")
    finding = _finding(_claim(0, None, kind="time", time=october), _claim(1, None, kind="time", time=november))
    assert finding.verdict == "conflict"


def test_a_single_claim_beside_the_same_quantity_at_another_time_differs_by_time() -> None:
    july = TimeSpan(start="2021-07-01", end="2021-07-31", label="July 2021")
    claimed = _claim(0, 0.85, kind="share", time=july, attribution="claims", attributed_to="Taliban")
    now = _claim(1, 0.67, kind="share", as_of="2021-08")
    clusters = [Cluster(id="k0", claim_ids=(claimed.id,)), Cluster(id="k1", claim_ids=(now.id,))]
    first, second = compare(clusters, [claimed, now])
    assert (first.verdict, first.difference, first.related_cluster_ids) == ("differs_by_time", "attributed", ("k1",))
    assert second.related_cluster_ids == ("k0",)


def test_a_lone_claim_is_single() -> None:
    finding = _finding(_claim(0, 2, kind="rank", rank=2, entity="Kandahar", category="largest city"))
    assert (finding.verdict, finding.summary) == ("single", "Only d0 states this: #2 largest city (Kandahar).")


def test_a_count_that_differs_from_the_list_after_it_is_a_conflict_within_its_document() -> None:
    finding = _finding(_claim(0, 12, enumerated=11))
    assert (finding.verdict, finding.within_document) == ("conflict", True)
    assert finding.reasons == ("d0 says 12 hovedsteder but lists 11: the count and its list disagree.",)
    assert _finding(_claim(0, 12, enumerated=12)).verdict == "single"
    assert _finding(_claim(0, 1_500_000, enumerated=3)).verdict == "single"


def test_two_entities_with_one_rank_in_one_category_conflict() -> None:
    def ranked(number: int, entity: str, rank: int) -> Claim:
        return _claim(number, float(rank), kind="rank", rank=rank, entity=entity, category="largest city")

    herat, kandahar, kabul = ranked(0, "Herat", 2), ranked(1, "Kandahar", 2), ranked(2, "Kabul", 1)
    clusters = [Cluster(id=f"k{n}", claim_ids=(claim.id,)) for n, claim in enumerate((herat, kandahar, kabul))]
    first, second, third = compare(clusters, [herat, kandahar, kabul])
    assert (first.verdict, first.related_cluster_ids) == ("conflict", ("k1",))
    assert (second.verdict, second.related_cluster_ids) == ("conflict", ("k0",))
    assert "Herat and Kandahar are each said to be the #2 largest city" in first.reasons[-1]
    assert third.verdict == "single"


def test_days_named_by_reports_of_different_months_may_be_days_of_different_weeks() -> None:
    friday = TimeSpan(start="2021-06-25", end="2021-07-30", label="Friday", weekday=4, relative=True)
    tuesday = TimeSpan(
        start="2021-06-01", end="2021-06-29", label="late Tuesday", weekday=1, part_of_day="late", relative=True
    )
    july = _claim(0, None, kind="time", time=friday, as_of="2021-07")
    finding = _finding(july, _claim(1, None, kind="time", time=tuesday, as_of="2021-06"))
    assert (finding.verdict, finding.difference) == ("differs_by_time", "update")
    assert finding.reasons[0].endswith("they may be days of different weeks.")
    assert _finding(july, _claim(1, None, kind="time", time=tuesday, as_of="2021-07")).verdict == "conflict"
