"""Cross-lingual clustering on NTREX: do the claims of one line in five languages share a cluster?

Data: NTREX-128 dev lines (English news and their human translations into Danish, Norwegian
Bokmål, Swedish and German), a TSV with columns line, doc_id, eng, dan, nob, swe, deu. Each
document becomes one article per language, one paragraph per line, written to a temporary
folder that claimrec reconciles as a whole.

Gold pairs: two claims from the same line of the same document in different languages, of the
same kind, that state the same fact: their values agree within 10 % (translators round and
convert units: 34 miles become 55 km), or each is the only claim of its kind on that line in
its language. Time claims pair when each is the only time claim of its line in its language, or
when they name the same weekday or have the same label (without a publication date, "Saturday"
and "last Saturday" are the same time; "late Sunday" and "Tuesday" in one line are two). A claim
has at most one partner per other language: the claims of a line are matched in text order, each
to the first claim of the other language not yet matched that states the same fact ("early
Monday ... late Monday" pairs first with first, second with second). Predicted pairs: two
claims in different languages that share a cluster. Precision is the share of predicted pairs
that are gold, recall the share of gold pairs predicted; F1 their harmonic mean.
Target: F1 ≥ 0.95.

The line gold knows only lines, so some predicted pairs it counts as wrong state one fact all the
same. A second gold, the fact gold, adds them from a human annotation made without claimrec's output
(`benchmarks/data/ntrex_fact_groups.tsv`, described in `ntrex_fact_groups.md`): groups of English
mentions, on different lines or in different documents, that answer one factual question (a
headline's 832 dead and the story's; Rosa's distance from Punta Eugenia in two outlets), whatever
their values. An English claim takes the group of the mention its value overlaps; a claim in
another language takes the group of its English partner in the line gold. Fact gold pairs are the
line gold pairs and the pairs of claims in different languages, of the same kind, in one group.
Both golds are scored; the target is judged on the line gold, as the issue defines it. The fact gold's
own groups are scored on the line gold too, as if they were the clusters: how far a clustering that joins
exactly the mentions of one fact falls short of the line gold's target.

Without changing the line gold, its wrong pairs are also broken down:
pairs of two NTREX documents that agree
on the value by the gold's own rule (two outlets reporting one story: hurricane Rosa's winds),
pairs of two lines of one document that agree on the value (a headline and the story restating
it, or one value mentioned twice), and the rest. Precision and F1 are also given with the pairs of
two lines of one document on the same value set aside (counted neither right nor wrong), and
figures per kind of claim.

Run: ``python benchmarks/ntrex_clusters.py [--data PATH] [--output PATH] [--documents N]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

import claimrec
from claimrec.models import Claim, Report

DATA = Path(__file__).resolve().parents[2] / "shared/eval/ntrex/ntrex_dev.tsv"
OUTPUT = Path(__file__).resolve().parent / "results/ntrex_clusters.json"
FACT_GROUPS = Path(__file__).resolve().parent / "data/ntrex_fact_groups.tsv"
COLUMNS = {"eng": "en", "dan": "da", "nob": "nb", "swe": "sv", "deu": "de"}
TARGET_F1 = 0.95


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help=f"NTREX TSV (default: {DATA})")
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"JSON results (default: {OUTPUT})")
    parser.add_argument("--documents", type=int, default=0, help="use only the first N documents (default: all)")
    parser.add_argument("--show", type=int, default=0, help="print this many missed and wrong pairs")
    args = parser.parse_args(argv)
    rows = _read_rows(args.data)
    with tempfile.TemporaryDirectory() as folder:
        lines_of = _write_articles(rows, Path(folder), args.documents)
        started = time.perf_counter()
        report = claimrec.reconcile(folder)
        seconds = time.perf_counter() - started
    figures = _score(report, lines_of, args.show)
    figures["fact_gold"] = _score_facts(report, lines_of, _english_lines(rows), _read_fact_groups(FACT_GROUPS))
    figures.update(
        documents=len(report.documents),
        claims=len(report.claims),
        clusters=len(report.clusters),
        seconds=round(seconds, 1),
        target_f1=TARGET_F1,
        data=str(args.data),
    )
    oracle = figures["fact_gold"]["its_groups_on_the_line_gold"]
    print(
        f"NTREX dev, {figures['documents']} articles, {figures['claims']} claims, {figures['clusters']} clusters,"
        f" {seconds:.0f} s\n"
        f"pairs: gold {figures['gold_pairs']}, predicted {figures['predicted_pairs']},"
        f" correct {figures['correct_pairs']}\n"
        f"precision {figures['precision']:.3f}  recall {figures['recall']:.3f}  F1 {figures['f1']:.3f}"
        f"  (target F1 >= {TARGET_F1})\n"
        f"wrong pairs: {figures['wrong_other_document_same_value']} join two documents on the same value,"
        f" {figures['wrong_same_document_other_line_same_value']} two lines of one document on the same value,"
        f" {figures['wrong_other']} other\n"
        f"with the restatements within one document set aside: precision {figures['precision_restatements_aside']:.3f}"
        f"  F1 {figures['f1_restatements_aside']:.3f}\n"
        f"fact gold (line gold + {figures['fact_gold']['added_pairs']} annotated same-question pairs across lines and"
        f" documents): precision {figures['fact_gold']['precision']:.3f}  recall {figures['fact_gold']['recall']:.3f}"
        f"  F1 {figures['fact_gold']['f1']:.3f}\n"
        f"the fact gold's own groups, taken as clusters, on the line gold: precision {oracle['precision']:.3f}"
        f"  recall {oracle['recall']:.3f}  F1 {oracle['f1']:.3f}"
    )
    for kind, numbers in figures["by_kind"].items():
        print(
            f"  {kind:9} gold {numbers['gold_pairs']:5}  predicted {numbers['predicted_pairs']:5}"
            f"  recall {numbers['recall']:.3f}  precision {numbers['precision']:.3f}"
        )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if figures["f1"] >= TARGET_F1 else 1


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _write_articles(rows: list[dict[str, str]], folder: Path, limit: int) -> dict[str, list[int]]:
    """One file per document and language; returns each article id's line numbers by paragraph."""
    by_document: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_document[row["doc_id"]].append(row)
    documents = sorted(by_document)[: limit or None]
    lines_of: dict[str, list[int]] = {}
    for document in documents:
        for column, language in COLUMNS.items():
            texts = [(int(row["line"]), (row.get(column) or "").strip()) for row in by_document[document]]
            texts = [(number, text) for number, text in texts if text]
            name = f"{document}.{language}"
            (folder / f"{name}.txt").write_text("\n\n".join(text for _, text in texts) + "\n", encoding="utf-8")
            lines_of[name] = [number for number, _ in texts]
    return lines_of


def _score(report: Report, lines_of: dict[str, list[int]], show: int) -> dict[str, Any]:
    line_of = _line_of(report, lines_of)
    gold = _line_gold(report, line_of)
    claims_by_id = {claim.id: claim for claim in report.claims}
    predicted = _predicted(report, claims_by_id)
    correct = gold & predicted
    precision, recall = _rates(correct, gold, predicted)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    for label, pairs in (("missed", sorted(gold - predicted)), ("wrong", sorted(predicted - gold))):
        for x, y in pairs[:show]:
            print(f"{label}: {_describe(claims_by_id[x])}\n    ~ {_describe(claims_by_id[y])}")
    wrong = Counter(_wrong_kind(claims_by_id[x], claims_by_id[y], line_of) for x, y in predicted - gold)
    restatements = wrong["same document, other line, same value"]
    aside = len(correct) / (len(predicted) - restatements) if len(predicted) > restatements else 1.0
    kinds = sorted({claims_by_id[x].kind for x, _ in gold | predicted})
    return {
        "gold_pairs": len(gold),
        "predicted_pairs": len(predicted),
        "correct_pairs": len(correct),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "wrong_other_document_same_value": wrong["other document, same value"],
        "wrong_same_document_other_line_same_value": wrong["same document, other line, same value"],
        "wrong_other": wrong["other"],
        "precision_restatements_aside": round(aside, 4),
        "f1_restatements_aside": round(2 * aside * recall / (aside + recall) if aside + recall else 0.0, 4),
        "by_kind": {kind: _kind_figures(kind, gold, predicted, claims_by_id) for kind in kinds},
    }


def _line_of(report: Report, lines_of: dict[str, list[int]]) -> dict[str, int]:
    """Each claim's NTREX line number."""
    return {claim.id: lines_of[claim.doc_id][claim.paragraph] for claim in report.claims}


def _line_gold(report: Report, line_of: dict[str, int]) -> set[tuple[str, str]]:
    """The line gold's pairs (see the module's docstring)."""
    by_line: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in report.claims:
        by_line[(claim.doc_id.rsplit(".", 1)[0], line_of[claim.id])].append(claim)
    return {pair for claims in by_line.values() for pair in _matched(claims)}


def _predicted(report: Report, claims_by_id: dict[str, Claim]) -> set[tuple[str, str]]:
    """Pairs of claims in different languages that share a cluster."""
    return {
        _pair(claims_by_id[x], claims_by_id[y])
        for group in report.clusters
        for x, y in combinations(group.claim_ids, 2)
        if claims_by_id[x].language != claims_by_id[y].language
    }


def _rates(
    correct: set[tuple[str, str]], gold: set[tuple[str, str]], predicted: set[tuple[str, str]]
) -> tuple[float, float]:
    """Precision and recall (1.0 where there is nothing to score)."""
    return (len(correct) / len(predicted) if predicted else 1.0, len(correct) / len(gold) if gold else 1.0)


def _english_lines(rows: list[dict[str, str]]) -> dict[tuple[str, int], str]:
    return {(row["doc_id"], int(row["line"])): (row.get("eng") or "").strip() for row in rows}


def _read_fact_groups(path: Path) -> dict[tuple[str, int], list[tuple[str, str]]]:
    """The annotated mentions by (document, line): (mention, group) pairs."""
    by_line: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
    for row in _read_rows(path):
        by_line[(row["doc_id"], int(row["line"]))].append((row["mention"], row["group"]))
    return by_line


def _score_facts(
    report: Report,
    lines_of: dict[str, list[int]],
    english: dict[tuple[str, int], str],
    mentions: dict[tuple[str, int], list[tuple[str, str]]],
) -> dict[str, float | int]:
    """Precision, recall and F1 against the fact gold (see the module's docstring)."""
    line_of = _line_of(report, lines_of)
    line_gold = _line_gold(report, line_of)
    group_of: dict[str, str] = {}
    for claim in report.claims:
        key = (claim.doc_id.rsplit(".", 1)[0], line_of[claim.id])
        if claim.language != "en" or key not in mentions or claim.value_start is None or claim.value_end is None:
            continue
        paragraph_start = _paragraph_start(lines_of[claim.doc_id], english, key[0], claim.paragraph)
        for mention, group in mentions[key]:
            start = paragraph_start + english[key].find(mention)
            if start < claim.value_end and claim.value_start < start + len(mention):
                group_of[claim.id] = group
    claims_by_id = {claim.id: claim for claim in report.claims}
    for x, y in line_gold:
        for claim, partner in ((x, y), (y, x)):
            if claims_by_id[partner].language == "en" and partner in group_of:
                group_of.setdefault(claim, group_of[partner])
    members: dict[str, list[Claim]] = defaultdict(list)
    for claim_id, group in group_of.items():
        members[group].append(claims_by_id[claim_id])
    added = {
        _pair(a, b)
        for group in members.values()
        for a, b in combinations(group, 2)
        if a.language != b.language and a.kind == b.kind
    } - line_gold
    gold = line_gold | added
    predicted = _predicted(report, claims_by_id)
    correct = gold & predicted
    precision, recall = _rates(correct, gold, predicted)
    grouped = _pairs_within_components(gold, claims_by_id)
    line_precision, line_recall = _rates(line_gold & grouped, line_gold, grouped)
    return {
        "gold_pairs": len(gold),
        "added_pairs": len(added),
        "claims_in_groups": len(group_of),
        "correct_pairs": len(correct),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall) if precision + recall else 0.0, 4),
        "its_groups_on_the_line_gold": {
            "precision": round(line_precision, 4),
            "recall": round(line_recall, 4),
            "f1": round(2 * line_precision * line_recall / (line_precision + line_recall), 4),
        },
    }


def _pairs_within_components(pairs: set[tuple[str, str]], claims_by_id: dict[str, Claim]) -> set[tuple[str, str]]:
    """The pairs of claims in different languages that `pairs` link, directly or through others: what the
    line gold would score if the clusters were the fact gold's groups."""
    parent: dict[str, str] = {}

    def root(claim: str) -> str:
        while parent.setdefault(claim, claim) != claim:
            parent[claim] = parent[parent[claim]]
            claim = parent[claim]
        return claim

    for x, y in sorted(pairs):
        parent[root(x)] = root(y)
    groups: dict[str, list[str]] = defaultdict(list)
    for claim in sorted(parent):
        groups[root(claim)].append(claim)
    return {
        _pair(claims_by_id[x], claims_by_id[y])
        for members in groups.values()
        for x, y in combinations(members, 2)
        if claims_by_id[x].language != claims_by_id[y].language
    }


def _paragraph_start(lines: list[int], english: dict[tuple[str, int], str], document: str, paragraph: int) -> int:
    """Where paragraph `paragraph` starts in the English article `_write_articles` wrote."""
    return sum(len(english[(document, line)]) + 2 for line in lines[:paragraph])


def _wrong_kind(a: Claim, b: Claim, line_of: dict[str, int]) -> str:
    """Why the gold rejects a predicted pair that states the same value: another document or another line."""
    if not _agree(a, b):
        return "other"
    if a.doc_id.rsplit(".", 1)[0] != b.doc_id.rsplit(".", 1)[0]:
        return "other document, same value"
    return "other" if line_of[a.id] == line_of[b.id] else "same document, other line, same value"


def _kind_figures(
    kind: str, gold: set[tuple[str, str]], predicted: set[tuple[str, str]], claims_by_id: dict[str, Claim]
) -> dict[str, float | int]:
    gold_pairs = {pair for pair in gold if claims_by_id[pair[0]].kind == kind}
    predicted_pairs = {pair for pair in predicted if claims_by_id[pair[0]].kind == kind}
    correct = len(gold_pairs & predicted_pairs)
    return {
        "gold_pairs": len(gold_pairs),
        "predicted_pairs": len(predicted_pairs),
        "recall": round(correct / len(gold_pairs), 4) if gold_pairs else 1.0,
        "precision": round(correct / len(predicted_pairs), 4) if predicted_pairs else 1.0,
    }


def _pair(a: Claim, b: Claim) -> tuple[str, str]:
    return (a.id, b.id) if a.id < b.id else (b.id, a.id)


def _matched(line: list[Claim]) -> set[tuple[str, str]]:
    """The gold pairs of one line: per pair of languages, each claim with the first claim of the other
    language, in text order, not yet matched that states the same fact; then, per kind, the claims
    left unmatched in text order, where both languages have as many left."""
    pairs: set[tuple[str, str]] = set()
    languages = sorted({claim.language or "" for claim in line})
    for first, second in combinations(languages, 2):
        partners = [claim for claim in line if claim.language == second]
        unmatched = []
        for claim in (claim for claim in line if claim.language == first):
            partner = next((other for other in partners if _same_fact(claim, other, line)), None)
            if partner is None:
                unmatched.append(claim)
            else:
                partners.remove(partner)
                pairs.add(_pair(claim, partner))
        for kind in {claim.kind for claim in unmatched}:
            mine = [claim for claim in unmatched if claim.kind == kind]
            theirs = [claim for claim in partners if claim.kind == kind]
            if len(mine) == len(theirs):
                pairs.update(_pair(claim, partner) for claim, partner in zip(mine, theirs, strict=True))
    return pairs


def _same_fact(a: Claim, b: Claim, line: list[Claim]) -> bool:
    if a.kind != b.kind:
        return False
    alone = all(sum(1 for c in line if c.kind == a.kind and c.language == x.language) == 1 for x in (a, b))
    return alone or _agree(a, b)


def _agree(a: Claim, b: Claim) -> bool:
    """The same value: within 10 %, or the same weekday or label for times."""
    if a.kind == "time" and a.time is not None and b.time is not None:
        same_day = a.time.weekday is not None and a.time.weekday == b.time.weekday
        return same_day or a.time.label == b.time.label
    return _close(a.value, b.value) or (_close(a.low, b.low) and _close(a.high, b.high))


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=0.1)


def _describe(claim: Claim) -> str:
    value = claim.time.label if claim.time else claim.value
    return f"{claim.id} {claim.kind} {value} [{claim.frame}]"


if __name__ == "__main__":
    sys.exit(main())
