from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from threadpoolctl import threadpool_info, threadpool_limits

from claimrec.cluster import cluster, compatible, fork, order, search, sentences, values
from claimrec.cluster.components import components
from claimrec.cluster.groups import Groups
from claimrec.cluster.thresholds import NEIGHBOURS
from claimrec.embed.claims import ClaimVectors
from claimrec.models import Claim, TimeSpan
from claimrec.workcache import WorkCache


def _claim(number: int, **fields: object) -> Claim:
    values: dict[str, object] = {
        "id": f"d{number}:c0",
        "doc_id": f"d{number}",
        "sentence_id": f"d{number}:s0",
        "start": 0,
        "end": 10,
        "text": "x",
        "language": "nb",
        "kind": "count",
        "value": 3000.0,
        "counted": "soldater",
        "counted_head": "soldater",
    }
    values.update(fields)
    return Claim.model_validate(values)


def _vectors(*rows: list[float]) -> ClaimVectors:
    """Claims with these frames (zero-padded to one width with the other vectors), all counting the same thing,
    in unrelated sentences."""
    width = max(3, len(rows[0]))
    frames = np.zeros((len(rows), width), dtype=np.float32)
    frames[:, : len(rows[0])] = rows
    frames /= np.linalg.norm(frames, axis=1, keepdims=True)
    counted = np.tile(np.eye(1, width, dtype=np.float32), (len(rows), 1))
    unrelated_sentences = np.eye(len(rows), width, dtype=np.float32)
    unrelated_sentences[:, 3:] = 0.0
    return ClaimVectors.of_matrices(
        frames=frames, sentences=unrelated_sentences, counted=counted, counted_phrases=counted
    )


def test_similar_compatible_claims_join_and_every_claim_is_in_one_cluster() -> None:
    claims = [_claim(0), _claim(1, value=3100.0), _claim(2, kind="share", value=0.5, counted=None, counted_head=None)]
    groups = cluster(claims, _vectors([1, 0, 0], [0.9, 0.1, 0], [1, 0, 0]))
    assert [group.claim_ids for group in groups] == [("d0:c0", "d1:c0"), ("d2:c0",)]


def test_dissimilar_frames_stay_apart() -> None:
    groups = cluster([_claim(0), _claim(1)], _vectors([1, 0, 0], [0, 1, 0]))
    assert len(groups) == 2


def test_different_countries_never_join_however_similar_the_frames() -> None:
    us, gb = _claim(0, actor="US", actor_from="clause"), _claim(1, actor="GB", actor_from="clause")
    assert not compatible(us, gb)
    assert len(cluster([us, gb], _vectors([1, 0, 0], [1, 0, 0]))) == 2


def test_an_actor_guessed_from_context_does_not_block_an_organisation() -> None:
    guessed, named = _claim(0, actor="AF", actor_from="context"), _claim(1, actor="taliban", actor_from="clause")
    assert compatible(guessed, named)


def test_two_sentences_of_one_paragraph_state_two_facts() -> None:
    first = _claim(0)
    second = _claim(1, doc_id="d0", sentence_id="d0:s1", start=20, end=30)
    assert not compatible(first, second)
    assert compatible(first, second.model_copy(update={"paragraph": 1}))


def test_one_article_restates_a_fact_only_by_value_or_by_counting_the_same_thing_again_nearly() -> None:
    first = _claim(0, paragraph=0)
    assert compatible(first, _claim(0, id="d0:c1", sentence_id="d0:s5", paragraph=3, value=3000.0))
    assert compatible(first, _claim(0, id="d0:c1", sentence_id="d0:s5", paragraph=3, value=3300.0))
    assert not compatible(first, _claim(0, id="d0:c1", sentence_id="d0:s5", paragraph=3, value=600.0))
    other_thing = _claim(0, id="d0:c1", sentence_id="d0:s5", paragraph=3, value=3300.0, counted_head="ansatte")
    assert not compatible(first, other_thing, counted_similarity=0.9)


def test_counted_things_must_match_across_compounds_or_vectors() -> None:
    capitals = _claim(0, counted="hovedsteder", counted_head="hovedsteder")
    provincial = _claim(1, counted="provinshovedsteder", counted_head="provinshovedsteder")
    residents = _claim(2, counted="indbyggere", counted_head="indbyggere")
    assert compatible(capitals, provincial)
    assert not compatible(capitals, residents, counted_similarity=-0.1)
    assert compatible(capitals, residents, counted_similarity=0.3)


def test_values_holding_at_different_times_are_different_facts() -> None:
    july = _claim(0, kind="share", value=0.85, time=TimeSpan(start="2021-07-01", end="2021-07-31", label="July 2021"))
    august = _claim(1, kind="share", value=0.67, as_of="2021-08")
    assert not compatible(july, august)
    assert compatible(july, august.model_copy(update={"as_of": "2021-07"}))


def test_agreeing_values_join_first() -> None:
    # 1 and 2 agree; 0 is as similar to 1 but cannot join 2 (same paragraph), so 1 must go with 2.
    claims = [
        _claim(0, value=650.0),
        _claim(1),
        _claim(2, doc_id="d0", sentence_id="d0:s1", start=20, end=30),
    ]
    groups = cluster(claims, _vectors([1, 0, 0], [0.95, 0.05, 0], [0.9, 0.1, 0]))
    assert [group.claim_ids for group in groups] == [("d0:c0",), ("d1:c0", "d2:c0")]


def test_same_entity_and_category_ranks_join_without_frame_similarity() -> None:
    herat = [_claim(n, kind="rank", value=3.0, rank=3, entity="Herat", category="largest city") for n in range(2)]
    kandahar = _claim(2, kind="rank", value=2.0, rank=2, entity="Kandahar", category="largest city")
    groups = cluster([*herat, kandahar], _vectors([1, 0, 0], [0, 1, 0], [0, 0, 1]))
    assert [group.claim_ids for group in groups] == [("d0:c0", "d1:c0"), ("d2:c0",)]


def test_no_claims_no_clusters() -> None:
    empty = np.zeros((0, 3), np.float32)
    assert cluster([], ClaimVectors.of_matrices(empty, empty, empty, empty)) == []


def test_indexed_search_finds_the_clusters_exact_search_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(7)
    centres = rng.standard_normal((60, 256)).astype(np.float32)
    frames = np.repeat(centres, 3, axis=0) + 0.05 * rng.standard_normal((180, 256)).astype(np.float32)
    frames /= np.linalg.norm(frames, axis=1, keepdims=True)
    claims = [_claim(n, value=float(n // 3), paragraph=n) for n in range(180)]
    same_thing = np.tile(frames[:1], (180, 1))
    vectors = ClaimVectors.of_matrices(
        frames=frames, sentences=np.zeros_like(frames), counted=same_thing, counted_phrases=same_thing
    )
    exact = cluster(claims, vectors)
    monkeypatch.setattr(search, "EXACT_SEARCH_LIMIT", 50)
    assert cluster(claims, vectors) == exact
    assert sorted(len(group.claim_ids) for group in exact) == [3] * 60


def _nearest_by_hand(matrix: np.ndarray, k: int) -> list[list[int]]:
    """Each row's `k` most similar other rows, the most similar first and then the lowest row, one dot at a time."""
    similarity = [[float(np.dot(first.astype(np.float64), second)) for second in matrix] for first in matrix]
    return [
        sorted(
            (other for other in range(len(matrix)) if other != row), key=lambda other: (-similarity[row][other], other)
        )[:k]
        for row in range(len(matrix))
    ]


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), distinct=st.integers(1, 12), copies=st.integers(1, 30), k=st.integers(1, 25))
def test_equal_rows_are_searched_once_and_copies_are_neighbours_lowest_row_first(
    seed: int, distinct: int, copies: int, k: int
) -> None:
    rng = np.random.default_rng(seed)
    rows = rng.standard_normal((distinct, 8)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    matrix = rows[rng.permutation(np.arange(distinct + copies) % distinct)]  # every row at least once, some again
    k = min(k, len(matrix) - 1)
    searched: list[int] = []
    original = search._nearest_distinct

    def recorded(distinct_rows: np.ndarray, wanted: int) -> tuple[np.ndarray, np.ndarray]:
        searched.append(len(distinct_rows))
        return original(distinct_rows, wanted)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search, "_nearest_distinct", recorded)
        similarities, neighbours = search.nearest_rows(matrix, k)
    assert searched == [distinct]
    assert neighbours.tolist() == _nearest_by_hand(matrix, k)
    expected = np.take_along_axis(matrix @ matrix.T, neighbours, axis=1)
    np.testing.assert_allclose(similarities, expected, atol=1e-5)


def _wordings_by_hand(pairs: list[list[int]], documents: list[int]) -> set[tuple[int, int]]:
    """Each sentence's aligned partners, and the lowest `NEIGHBOURS` partners of those partners that are
    neither it, nor its partners, nor in its article."""
    partners: dict[int, set[int]] = {}
    for first, second in pairs:
        partners.setdefault(first, set()).add(second)
        partners.setdefault(second, set()).add(first)
    found = set()
    for sentence, direct in partners.items():
        reached = {further for partner in direct for further in partners[partner]} - direct - {sentence}
        third = sorted(other for other in reached if documents[other] != documents[sentence])[:NEIGHBOURS]
        found.update((sentence, other) for other in [*direct, *third])
    return found


@settings(max_examples=80, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    count=st.integers(2, 80),
    articles=st.integers(2, 10),
    pairs=st.integers(0, 400),
)
def test_wordings_are_the_partners_and_the_lowest_partners_of_partners_in_other_articles(
    seed: int, count: int, articles: int, pairs: int
) -> None:
    rng = np.random.default_rng(seed)
    documents = rng.integers(0, articles, count)
    ends = rng.integers(0, count, (pairs, 2))
    ends = ends[documents[ends[:, 0]] != documents[ends[:, 1]]]
    found = sentences._wordings(ends, documents)
    assert len(found) == len(set(map(tuple, found.tolist())))
    assert set(map(tuple, found.tolist())) == _wordings_by_hand(ends.tolist(), documents.tolist())


def test_searches_run_one_blas_and_openmp_thread_whatever_the_machine_allows(monkeypatch: pytest.MonkeyPatch) -> None:
    thread_counts: set[int] = set()
    original = search.nearest_rows

    def recorded(matrix: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        thread_counts.update(library["num_threads"] for library in threadpool_info())
        return original(matrix, k)

    monkeypatch.setattr(search, "nearest_rows", recorded)
    monkeypatch.setattr(search, "EXACT_SEARCH_LIMIT", 2)  # faiss's OpenMP and BLAS too
    frames = np.random.default_rng(3).standard_normal((40, 8)).astype(np.float32)
    frames /= np.linalg.norm(frames, axis=1, keepdims=True)
    claims = [_claim(n, paragraph=n) for n in range(40)]
    with threadpool_limits(limits=2):
        cluster(
            claims, ClaimVectors.of_matrices(frames=frames, sentences=frames, counted=frames, counted_phrases=frames)
        )
        assert {library["num_threads"] for library in threadpool_info() if library["user_api"] == "blas"} == {2}
    assert thread_counts == {1}


def test_unresolved_times_are_the_same_value_by_weekday_else_by_their_words() -> None:
    def time_claim(number: int, label: str, weekday: int | None) -> Claim:
        span = TimeSpan(start=None, end=None, label=label, weekday=weekday)
        fields = {"kind": "time", "value": None, "counted": None, "counted_head": None, "anchors": ("kabul",)}
        return _claim(0, id=f"d0:c{number}", sentence_id=f"d0:s{number}", paragraph=number, time=span, **fields)

    # One article restates a time only with the same value.
    assert compatible(time_claim(0, "Saturday", 5), time_claim(1, "last Saturday", 5))
    assert not compatible(time_claim(0, "this year", None), time_claim(1, "Wednesday", 2))
    assert compatible(time_claim(0, "this year", None), time_claim(1, "this year", None))


def test_when_something_began_is_not_when_something_happened() -> None:
    span = TimeSpan(start="2021-05-01", end="2021-05-31", label="May 2021")
    fields = {"kind": "time", "value": None, "counted": None, "counted_head": None, "anchors": ("nato",), "time": span}
    began = _claim(0, phase="start", **fields)
    assert compatible(began, _claim(1, phase="start", **fields))
    assert not compatible(began, _claim(1, **fields))
    assert compatible(began, _claim(1, **fields), translated=True)


def test_times_and_durations_need_a_shared_name_unless_translated() -> None:
    fields = {"kind": "duration", "value": 30.0, "unit": "days", "counted": None, "counted_head": None}
    kabul = _claim(0, anchors=("kabul",), **fields)
    assert compatible(kabul, _claim(1, anchors=("kabul", "taliban"), **fields))
    assert not compatible(kabul, _claim(1, anchors=("herat",), **fields))
    assert compatible(kabul, _claim(1, anchors=("herat",), **fields), translated=True)


def test_times_that_disagree_need_frames_of_one_event_not_just_of_one_story() -> None:
    def time_claim(number: int, label: str, weekday: int) -> Claim:
        span = TimeSpan(start=None, end=None, label=label, weekday=weekday)
        return _claim(number, kind="time", value=None, time=span, anchors=("US",), counted=None, counted_head=None)

    story_alike = [[1.0, 0.0], [0.5, 0.866]]  # frames 0.5 similar: past the event threshold, short of one event
    thursday, friday = time_claim(0, "Thursday", 3), time_claim(1, "Friday", 4)
    assert len(cluster([thursday, friday], _vectors(*story_alike))) == 2
    assert len(cluster([thursday, time_claim(1, "Thursday", 3)], _vectors(*story_alike))) == 1
    event_alike = [[1.0, 0.0], [0.8, 0.6]]
    assert len(cluster([thursday, friday], _vectors(*event_alike))) == 1


def test_groups_that_disagree_on_a_time_join_only_where_their_disagreeing_pairs_pass_as_one_event_on_average() -> None:
    # Two wordings say Thursday, two others Friday. One Thursday-Friday pair has frames of one event
    # (0.8), the other three only of one story or less: the best of many pairs passes by chance.
    def time_claim(number: int, label: str, weekday: int) -> Claim:
        span = TimeSpan(start=None, end=None, label=label, weekday=weekday)
        return _claim(number, kind="time", value=None, time=span, anchors=("US",), counted=None, counted_head=None)

    claims = [time_claim(0, "Thursday", 3), time_claim(1, "Thursday", 3), time_claim(2, "Friday", 4)]
    claims.append(time_claim(3, "Friday", 4))
    thursday = [[1.0, 0.0, 0.0, 0.0], [0.9, -0.4, 0.173, 0.0]]
    friday = [[0.8, 0.6, 0.0, 0.0], [0.5, 0.833, 0.0, 0.237]]  # 0.8 and 0.5 like the first Thursday
    assert [group.claim_ids for group in cluster(claims, _vectors(*thursday, *friday))] == [
        ("d0:c0", "d1:c0"),
        ("d2:c0", "d3:c0"),
    ]
    one_event = [[1.0, 0.0, 0.0, 0.0], [0.95, 0.0, 0.312, 0.0], [0.95, 0.312, 0.0, 0.0], [0.9, 0.3, 0.3, 0.1]]
    assert len(cluster(claims, _vectors(*one_event))) == 1


def test_quantities_of_clauses_naming_different_places_are_different_facts() -> None:
    fields = {"kind": "quantity", "value": 0.25, "unit": "m", "counted": None, "counted_head": None}
    mexico = _claim(0, language="en", anchors=("MX", "rosa"), **fields)
    assert not compatible(mexico, _claim(1, language="en", anchors=("arizona", "mogollon"), **fields))
    assert compatible(mexico, _claim(1, language="en", anchors=("MX",), **fields))
    assert compatible(mexico, _claim(1, language="en", **fields))
    assert compatible(mexico, _claim(1, language="en", anchors=("arizona",), **fields), translated=True)
    # German writes every noun with a capital, so its capitalised words tell no place apart.
    assert compatible(mexico, _claim(1, language="de", anchors=("niederschlag",), **fields))


def test_ranks_without_an_entity_join_by_evidence_when_rank_and_superlative_agree() -> None:
    def rank(number: int, category: str, value: int = 1) -> Claim:
        fields = {"counted": None, "counted_head": None, "entity": None}
        return _claim(number, kind="rank", value=float(value), rank=value, category=category, **fields)

    claims = [rank(0, "worst body"), rank(1, "worst kropssprog"), rank(2, "best way"), rank(3, "worst body", 2)]
    groups = cluster(claims, _vectors([1, 0, 0], [0.95, 0.05, 0], [0.95, 0, 0.05], [0.9, 0.1, 0]))
    assert [group.claim_ids for group in groups] == [("d0:c0", "d1:c0"), ("d2:c0",), ("d3:c0",)]


def test_mutual_best_is_each_claims_strongest_pair_into_the_other_document_both_ways() -> None:
    pairs = np.asarray([[0, 2], [1, 2], [0, 3], [1, 4]])
    scores = np.asarray([0.9, 0.8, 0.7, 0.7], dtype=np.float32)
    documents = np.asarray([0, 0, 1, 1, 2])
    # 0 and 2 choose each other; 1 prefers 2, but 2 prefers 0; 3 is not 0's best; 1 and 4 choose each other.
    assert order.mutual_best(pairs, scores, documents).tolist() == [True, False, False, True]


def test_claims_of_sentences_that_choose_each_other_are_one_claim_in_two_wordings() -> None:
    viewers = _claim(0, value=3_260_000.0, counted="seere", counted_head="seere")
    translation = _claim(1, value=3_260_000.0, counted="viewers", counted_head="viewers")
    share = _claim(2, id="d2:c1", doc_id="d2", sentence_id="d2:s1", kind="share", value=0.5, counted=None)
    elsewhere = _claim(2, value=3_260_000.0, counted="viewers", counted_head="viewers")
    claims = [viewers, translation, share, elsewhere]
    unrelated = np.eye(4, dtype=np.float32)  # frames and counted things: nothing in common
    sentences = np.asarray([[1, 0, 0, 0], [0.5, 0.866, 0, 0], [0.7, 0, 0.714, 0], [0.5, 0, 0, 0.866]], np.float32)
    groups = cluster(
        claims,
        ClaimVectors.of_matrices(frames=unrelated, sentences=sentences, counted=unrelated, counted_phrases=unrelated),
    )
    # d1's sentence is the closest to d0's in d1, and d0's the closest to it: a translation, whose
    # counted words need not match. In d2, d0's closest sentence is the share's, not the count's.
    assert [group.claim_ids for group in groups] == [("d0:c0", "d1:c0"), ("d2:c1",), ("d2:c0",)]


def test_a_translation_of_a_translation_is_one_claim_in_three_wordings() -> None:
    danish = _claim(0, counted="indsatte", counted_head="indsatte", language="da")
    english = _claim(1, counted="inmates", counted_head="inmates", language="en")
    swedish = _claim(2, counted="fångar", counted_head="fångar", language="sv")
    unrelated = np.eye(3, dtype=np.float32)  # frames and counted things: nothing in common
    # Danish and Swedish each choose the English sentence (0.6), but score only 0.3 against each other.
    sentences = np.asarray([[1, 0, 0], [0.6, 0.8, 0], [0.3, 0.6, 0.742]], np.float32)
    vectors = ClaimVectors.of_matrices(
        frames=unrelated, sentences=sentences, counted=unrelated, counted_phrases=unrelated
    )
    assert [group.claim_ids for group in cluster([danish, english, swedish], vectors)] == [("d0:c0", "d1:c0", "d2:c0")]


def test_a_changed_value_keeps_its_place_among_the_wordings_of_a_sentence() -> None:
    # Three wordings of one sentence; the Danish holds an extra count ("two of the 18 games") and
    # a changed value. It still corresponds to the others' count by its frame, not by its value.
    extra = _claim(0, id="d0:c1", value=2.0, counted="kampe", counted_head="kampe")
    changed = _claim(0, value=10.0, counted="kampe", counted_head="kampe", language="da")
    english = _claim(1, value=18.0, counted="games", counted_head="games", language="en")
    swedish = _claim(2, value=18.0, counted="matcher", counted_head="matcher", language="sv")
    frames = np.asarray([[0.6, 0.8, 0, 0], [1, 0, 0, 0], [0.95, 0, 0.312, 0], [0.95, 0, 0, 0.312]], np.float32)
    sentences = np.asarray([[1, 0, 0, 0], [1, 0, 0, 0], [0.7, 0.714, 0, 0], [0.7, 0, 0.714, 0]], np.float32)
    unrelated = np.eye(4, dtype=np.float32)
    vectors = ClaimVectors.of_matrices(frames=frames, sentences=sentences, counted=unrelated, counted_phrases=unrelated)
    groups = cluster([extra, changed, english, swedish], vectors)
    [translated] = [group for group in groups if "d1:c0" in group.claim_ids]
    assert translated.claim_ids == ("d0:c0", "d1:c0", "d2:c0")
    assert translated.wordings == (("d0:c0", "d1:c0", "d2:c0"),)


@pytest.mark.parametrize("aligned_sentences", [3, 1])
def test_only_articles_aligned_throughout_are_one_article_in_two_wordings(aligned_sentences: int) -> None:
    # Durations with nothing in common but their sentences: only a translation lets them join. Two
    # articles whose closest sentences are alike once in three are two articles, not two wordings.
    def duration(document: int, sentence: int) -> Claim:
        fields = {"kind": "duration", "value": float(sentence + 2), "unit": "days", "counted": None}
        return _claim(
            document,
            id=f"d{document}:c{sentence}",
            sentence_id=f"d{document}:s{sentence}",
            paragraph=sentence,
            anchors=(f"name{document}",),
            counted_head=None,
            **fields,
        )

    claims = [duration(document, sentence) for document in (0, 1) for sentence in range(3)]
    sentences = np.zeros((6, 6), dtype=np.float32)
    for sentence in range(3):
        sentences[sentence, sentence] = 1.0  # d0's sentences
        if sentence < aligned_sentences:  # d1's wording of it: 0.6 similar
            sentences[3 + sentence, [sentence, 3 + sentence]] = [0.6, 0.8]
        else:  # d1's sentence about something else
            sentences[3 + sentence, 3 + sentence] = 1.0
    unrelated = np.eye(6, dtype=np.float32)
    vectors = ClaimVectors.of_matrices(
        frames=unrelated, sentences=sentences, counted=unrelated, counted_phrases=unrelated
    )
    joined = [group.claim_ids for group in cluster(claims, vectors) if len(group.claim_ids) > 1]
    assert joined == ([("d0:c0", "d1:c0"), ("d0:c1", "d1:c1"), ("d0:c2", "d1:c2")] if aligned_sentences == 3 else [])


def test_mutual_best_among_accepted_pairs_asks_only_where_it_decides() -> None:
    rng = np.random.default_rng(3)
    for _ in range(50):
        drawn = np.sort(rng.integers(0, 30, size=(200, 2)), axis=1)
        pairs = np.unique(drawn[drawn[:, 0] != drawn[:, 1]], axis=0)
        scores = rng.integers(0, 4, size=len(pairs)).astype(np.float64)  # many ties
        documents = rng.integers(0, 6, size=30)
        accepted = rng.random(len(pairs)) < 0.7
        asked: list[int] = []

        def accept(places: np.ndarray, asked: list[int] = asked, accepted: np.ndarray = accepted) -> np.ndarray:
            asked.extend(places.tolist())
            return accepted[places]

        lazily = order.mutual_best(pairs, scores, documents, accept)
        alone = order.mutual_best(pairs[accepted], scores[accepted], documents)
        assert lazily[accepted].tolist() == alone.tolist()
        assert len(asked) < len(pairs)


def test_value_codes_tell_equal_values_as_equal_values_does() -> None:
    spans = [
        TimeSpan(start="2021-08-15", end="2021-08-15", label="Sunday", weekday=6),
        TimeSpan(start="2021-08-15", end="2021-08-15", label="15 August"),
        TimeSpan(start=None, end=None, label="Sunday", weekday=6),
        TimeSpan(start=None, end=None, label="sunday"),
        TimeSpan(start=None, end=None, label="Monday", weekday=0),
    ]
    claims = [_claim(n, kind="time", value=None, time=span) for n, span in enumerate(spans)]
    claims += [_claim(5, kind="time", value=None), _claim(6, value=None)]
    quantities = [(3.0, "km"), (3.0, "km"), (3.0, "m"), (4.0, "km"), (float("nan"), "km")]
    claims += [_claim(7 + n, kind="quantity", value=value, unit=unit) for n, (value, unit) in enumerate(quantities)]
    first, second = np.repeat(np.arange(len(claims)), len(claims)), np.tile(np.arange(len(claims)), len(claims))
    expected = [values.equal_values(claims[i], claims[j]) for i, j in zip(first, second, strict=True)]
    assert values.ValueCodes.of(claims).equal(first, second).tolist() == expected


def test_claims_linked_through_pairs_form_one_component_in_order_of_first_claims() -> None:
    pairs = np.array([[4, 1], [5, 6], [1, 0]], dtype=np.int64)
    assert [part.tolist() for part in components(pairs, 8)] == [[0, 1, 4], [2], [3], [5, 6], [7]]


def _story_corpus(seed: int, documents: int, later: int) -> tuple[list[Claim], ClaimVectors]:
    """Claims of six facts (counts of one thing each) told three at a time by `documents` documents, then
    the first fact alone by `later` more, with sentence vectors alike across tellings, so that claims join
    by frame and by sentence."""
    rng = np.random.default_rng(seed)
    facts = np.linalg.qr(rng.standard_normal((16, 16)))[0][:6].astype(np.float32)  # unlike each other
    claims, rows = [], []
    for document in range(documents + later):
        told = rng.choice(6, size=3, replace=False).tolist() if document < documents else [0]
        for fact in told:
            number = len(claims)
            value = float(100 * fact + rng.integers(0, 2))
            claims.append(
                _claim(document, id=f"d{document}:c{number}", sentence_id=f"d{document}:s{fact}", value=value)
            )
            rows.append(facts[fact] + 0.05 * rng.standard_normal(16).astype(np.float32))
    frames = np.asarray(rows, dtype=np.float32)
    frames /= np.linalg.norm(frames, axis=1, keepdims=True)
    same_thing = np.tile(np.eye(1, 16, dtype=np.float32), (len(claims), 1))
    return claims, ClaimVectors.of_matrices(
        frames=frames, sentences=frames, counted=same_thing, counted_phrases=same_thing
    )


@pytest.mark.parametrize("seed", range(4))
def test_a_cache_of_an_earlier_corpus_changes_no_cluster_and_spares_the_unchanged_components(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims, vectors = _story_corpus(seed, documents=12, later=2)
    cache = WorkCache(tmp_path / "work.sqlite3")
    cluster(claims[:-2], _rows(vectors, len(claims) - 2), cache=cache)  # an earlier run, before two documents came
    judged: list[list[int]] = []
    original = Groups.clusters_of

    def recorded(groups: Groups, members: list[int]) -> Any:
        judged.append(members)
        return original(groups, members)

    monkeypatch.setattr(Groups, "clusters_of", recorded)
    warm = cluster(claims, vectors, cache=cache)
    touched = {index for members in judged for index in members}
    assert warm == cluster(claims, vectors)
    assert {len(claims) - 2, len(claims) - 1} <= touched
    assert len(touched) < len(claims) - 12  # at least one component of the 36 earlier claims is read back
    judged.clear()
    assert cluster(claims, vectors, cache=cache) == warm
    assert judged == []


def _rows(vectors: ClaimVectors, count: int) -> ClaimVectors:
    return ClaimVectors(table=vectors.table, rows=vectors.rows[:count])


@pytest.mark.skipif(not fork._can_fork(), reason="forks only on Linux with two cores or more")
def test_components_judged_on_two_cores_give_the_clusters_one_core_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    claims, vectors = _story_corpus(5, documents=20, later=0)
    one_core = cluster(claims, vectors)
    monkeypatch.setattr(fork, "MIN_FORKED_PAIRS", 0)
    assert cluster(claims, vectors) == one_core


@pytest.mark.skipif(not fork._can_fork(), reason="forks only on Linux with two cores or more")
def test_half_the_parts_are_judged_in_a_child_and_judged_again_here_if_it_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fork, "MIN_FORKED_PAIRS", 0)
    here = os.getpid()
    assert {pid for _, pid in fork.judged_on_two_cores(range(6), [1] * 6, _judged_by)} == {here, "child"}

    def failing_child(parts: list[int]) -> list[tuple[int, object]]:
        if os.getpid() != here:
            raise RuntimeError("the child fails")
        return _judged_by(parts)

    assert fork.judged_on_two_cores(range(6), [1] * 6, failing_child) == [(part, here) for part in range(6)]


def _judged_by(parts: list[int]) -> list[tuple[int, object]]:
    """Each part with the process that judged it: this test's, else "child"."""
    return [(part, os.getpid() if os.getpid() == _TEST_PROCESS else "child") for part in parts]


_TEST_PROCESS = os.getpid()
