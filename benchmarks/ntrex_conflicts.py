"""Do injected disagreements come out as conflicts, and do unmodified translations not?

Data: NTREX-128 dev lines (English news and their human translations into Danish, Norwegian
Bokmål, Swedish and German), one article per document and language, one paragraph per line
(as in `ntrex_clusters.py`).

Injection (fixed random seed): in randomly chosen lines, one language's version (not English;
the first in random order that allows a change) gets one change, of one of these kinds, chosen
among those the line allows, to a value the English line states too (a number of equal value, the
same weekday or month): a number only one translation states ("de to NATO-medlemmer" for "the NATO
allies", Swedish "sex" read as six) has no other source to disagree with:

- ``digits``: an exact number written in digits changes (12 → 17; never to a rounding of itself);
- ``words``: a number written as a word becomes another number word of that language;
- ``scale``: a number written in digits is multiplied by ten (a typing error);
- ``weekday``: a weekday becomes the next one; ``month``: a month becomes the one after.

Only exact numbers change: "more than 10 billion" made "more than 7 billion" still agrees with
"more than 10 billion", as a bound both satisfy. Lines of an article that is already in a conflict
without any change are not chosen, as a new conflict could not be told from the old one.

Recall: the share of injected changes after which a claim of the changed line (its value or the
time it holds at may have changed) is in a ``conflict`` finding with a claim of another article,
(the line was in none before). False conflicts: in
the unmodified corpus, the share of clusters of two or more claims called ``conflict``
(targets: recall ≥ 0.95, false ≤ 1 %), except justified ones: a conflict among the claims of one
line of one NTREX document where the human translation into a language of the cluster states
other numbers or times than the English (``data/ntrex_number_divergences.tsv``,
``data/ntrex_time_divergences.tsv``: °F given as °C, "July" as "juni"). The share of all
conflicts is printed beside it.

Run: ``python benchmarks/ntrex_conflicts.py [--lines 200] [--seed 0] [--show 10]``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from pathlib import Path

import claimrec
from claimrec.extract.numbers import find_numbers
from claimrec.lang import get_language
from claimrec.models import Report

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ntrex_clusters import COLUMNS, DATA, _read_rows, _write_articles

DIVERGENCES = tuple(
    Path(__file__).resolve().parent / f"data/ntrex_{kind}_divergences.tsv" for kind in ("number", "time")
)

OUTPUT = Path(__file__).resolve().parent / "results/ntrex_conflicts.json"
TARGET_RECALL = 0.95
TARGET_FALSE = 0.01
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--lines", type=int, default=200, help="lines to modify (default 200)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=0, help="print this many missed injections")
    args = parser.parse_args(argv)
    rows = _read_rows(args.data)
    clean, clean_lines = _reconcile(rows)
    clusters = [group for group in clean.clusters if len(group.claim_ids) > 1]
    conflicts = {f.cluster_id for f in clean.findings if f.verdict == "conflict"}
    justified = _justified(clean, clean_lines, conflicts, _divergent_lines())
    false_share = len(conflicts - justified) / max(1, len(clusters))
    already = _lines_in_conflict(clean, clean_lines)
    injected, changes = _inject(rows, args.lines, random.Random(args.seed), already)
    report, lines_of = _reconcile(injected)
    found, by_kind, missed = _detected(report, lines_of, changes)
    recall = found / max(1, len(changes))
    figures = {
        "injected": len(changes),
        "reported_as_conflict": found,
        "recall": round(recall, 4),
        "recall_by_kind": {kind: round(hit / total, 4) for kind, (hit, total) in sorted(by_kind.items())},
        "clusters_of_two_or_more": len(clusters),
        "conflicts": len(conflicts),
        "justified_conflicts": len(justified),
        "false_conflicts": len(conflicts - justified),
        "false_conflict_share": round(false_share, 4),
        "conflict_share": round(len(conflicts) / max(1, len(clusters)), 4),
        "targets": {"recall": TARGET_RECALL, "false_conflict_share": TARGET_FALSE},
    }
    print(
        f"injected {len(changes)}, reported as conflict {found}: recall {recall:.3f} (target >= {TARGET_RECALL})\n"
        f"by kind: {figures['recall_by_kind']}\n"
        f"unmodified: {len(conflicts)} of {len(clusters)} clusters called conflict, {len(justified)} of them"
        f" justified by a translation stating other numbers or times\n"
        f"false conflicts: {figures['false_conflicts']}, {false_share:.3%} (target <= {TARGET_FALSE:.0%});"
        f" all conflicts {figures['conflict_share']:.3%}"
    )
    for change in missed[: args.show]:
        print("missed:", change)
    for finding in [f for f in clean.findings if f.verdict == "conflict" and f.cluster_id not in justified][
        : args.show
    ]:
        print("false conflict:", finding.summary[:300])
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0 if recall >= TARGET_RECALL and false_share <= TARGET_FALSE else 1


def _divergent_lines() -> set[tuple[int, str]]:
    """(line, language) pairs whose translation states other numbers or times than the English."""
    return {(int(row["line"]), row["language"]) for path in DIVERGENCES for row in _read_rows(path)}


def _justified(
    report: Report, lines_of: dict[str, list[int]], conflicts: set[str], divergent: set[tuple[int, str]]
) -> set[str]:
    """The conflicts among claims of one line of one document where a translation in the cluster diverges."""
    by_id = {claim.id: claim for claim in report.claims}
    justified = set()
    for group in report.clusters:
        if group.id not in conflicts:
            continue
        members = [by_id[claim_id] for claim_id in group.claim_ids]
        places = {(claim.doc_id.rsplit(".", 1)[0], lines_of[claim.doc_id][claim.paragraph]) for claim in members}
        if len(places) == 1 and any((place[1], claim.language) in divergent for place in places for claim in members):
            justified.add(group.id)
    return justified


def _reconcile(rows: list[dict[str, str]]) -> tuple[Report, dict[str, list[int]]]:
    """The report on the NTREX articles, and each article's line numbers by paragraph."""
    with tempfile.TemporaryDirectory() as folder:
        lines_of = _write_articles(rows, Path(folder), 0)
        return claimrec.reconcile(folder), lines_of


def _inject(
    rows: list[dict[str, str]], count: int, rng: random.Random, excluded: set[tuple[str, int]]
) -> tuple[list[dict[str, str]], list[dict[str, object]]]:
    """A copy of `rows` with `count` lines changed, none of the (article, line) pairs `excluded`, and what
    was changed where."""
    rows = [dict(row) for row in rows]
    changes: list[dict[str, object]] = []
    order = list(range(len(rows)))
    rng.shuffle(order)
    for index in order:
        if len(changes) == count:
            break
        columns = [c for c in COLUMNS if c != "eng"]
        rng.shuffle(columns)
        for column in columns:
            text = rows[index].get(column) or ""
            document = f"{rows[index]['doc_id']}.{COLUMNS[column]}"
            allowed = (document, int(rows[index]["line"])) not in excluded
            if allowed and (change := _change(text, COLUMNS[column], rows[index]["eng"], rng)):
                break
        else:
            continue
        kind, start, end, replacement = change
        rows[index][column] = text[:start] + replacement + text[end:]
        changes.append(
            {"kind": kind, "document": document, "line": int(rows[index]["line"]), "was": text[start:end],
             "now": replacement, "start": start, "length": len(replacement)}
        )  # fmt: skip
    return rows, changes


def _change(text: str, language: str, english: str, rng: random.Random) -> tuple[str, int, int, str] | None:
    """A random change to a number, weekday or month of `text` that the English line states too."""
    options = []
    stated = {mention.value for mention in find_numbers(english, "en")}
    for mention in find_numbers(text, language):
        exact = mention.kind == "count" and mention.qualifier == "exact"
        if not exact or mention.value is None or mention.value not in stated:
            continue
        written = text[mention.number_start : mention.number_end]
        if re.fullmatch(r"\d+", written) and mention.value >= 2:
            options.append(("digits", mention.number_start, mention.number_end, _other_digits(int(written), rng)))
            options.append(("scale", mention.number_start, mention.number_end, str(int(written) * 10)))
        elif written.isalpha():
            other = _other_word(language, int(mention.value), rng)
            if other:
                options.append(("words", mention.number_start, mention.number_end, _like(written, other)))
    times, english_times = get_language(language).times, get_language("en").times
    for concepts, names, english_names in (
        (WEEKDAYS, times.weekdays, english_times.weekdays),
        (MONTHS, times.months, english_times.months),
    ):
        for position, concept in enumerate(concepts):
            if not any(re.search(rf"\b{re.escape(word.capitalize())}\b", english) for word in english_names[concept]):
                continue
            for word in names.get(concept, ())[:1]:
                for match in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE):
                    following = names.get(concepts[(position + 1) % len(concepts)], ())[:1]
                    if following:
                        kind = "weekday" if concepts is WEEKDAYS else "month"
                        options.append((kind, match.start(), match.end(), _like(match.group(), following[0])))
    return rng.choice(options) if options else None


def _other_digits(value: int, rng: random.Random) -> str:
    """Another number of the same size that no rounding of `value` would give."""
    while True:
        other = value + rng.choice([-1, 1]) * rng.randint(max(2, value // 4), max(3, value // 2))
        if other > 0 and other != value and str(other)[:1] != "0":
            return str(other)


def _other_word(language: str, value: int, rng: random.Random) -> str | None:
    cardinals = get_language(language).numbers.cardinals
    choices = [words[0] for number, words in cardinals.items() if number != value and 2 <= number <= 20 and words]
    return rng.choice(choices) if choices else None


def _like(original: str, replacement: str) -> str:
    return replacement.capitalize() if original[:1].isupper() else replacement


def _lines_in_conflict(report: Report, lines_of: dict[str, list[int]]) -> set[tuple[str, int]]:
    """(article, line) pairs with a claim in a conflict shared with another article."""
    cluster_of = {claim_id: group.id for group in report.clusters for claim_id in group.claim_ids}
    conflicts = {finding.cluster_id for finding in report.findings if finding.verdict == "conflict"}
    documents_in = {group.id: {claim_id.rsplit(":", 1)[0] for claim_id in group.claim_ids} for group in report.clusters}
    return {
        (claim.doc_id, lines_of[claim.doc_id][claim.paragraph])
        for claim in report.claims
        if cluster_of[claim.id] in conflicts and len(documents_in[cluster_of[claim.id]]) > 1
    }


def _detected(
    report: Report,
    lines_of: dict[str, list[int]],
    changes: list[dict[str, object]],
) -> tuple[int, dict[str, tuple[int, int]], list[dict[str, object]]]:
    """How many changes led to a conflict on their line, in all and by kind."""
    now = _lines_in_conflict(report, lines_of)
    tally: dict[str, list[int]] = {}
    missed = []
    for change in changes:
        line = (str(change["document"]), int(str(change["line"])))
        hit = line in now
        counts = tally.setdefault(str(change["kind"]), [0, 0])
        counts[0] += hit
        counts[1] += 1
        if not hit:
            missed.append(change)
    found = sum(hit for hit, _ in tally.values())
    return found, {kind: (hit, total) for kind, (hit, total) in tally.items()}, missed


def _offset(text: str, paragraph: int, start: int) -> int:
    """Offset in the article of `start` within its `paragraph` (paragraphs are separated by blank lines)."""
    return sum(len(line) + 2 for line in text.split("\n\n")[:paragraph]) + start


if __name__ == "__main__":
    sys.exit(main())
