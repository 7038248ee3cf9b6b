"""How often the numbers claimrec reads from a translation agree with those of the English original.

Data: NTREX-128 dev lines (English news and their human translations into Danish, Norwegian
Bokmål, Swedish and German), a TSV with columns line, doc_id, eng, dan, nob, swe, deu.

Agreement, per language: over the lines whose English text has at least one count, percent,
fraction, quantity (ages included) or duration mention, the share of lines where the
translation yields the same multiset of values (``agreement``). A mention contributes its
``value``, or its ``low`` and ``high`` when it is a range or a vague amount.

The target applies to ``agreement_faithful``: the same share over the lines where the human
translation states the same numbers as the English. ``data/ntrex_number_divergences.tsv`` lists,
with the diverging words and a reason, the translations that do not: converted units (°F to °C,
miles to km), changed, dropped or added numbers ("£2.8bn" as "2,8 millioner", "100 percent
certain" as "helt säker"), a number of another kind ("36 years old" as "36 år siden"). It was
made by reading all compared lines in the five languages, without looking at the engine's
output. ``agreement_both``, over the lines where the translation yields any value, is printed
beside it as a check that needs no annotation, and ``agreement_converted`` keeps the lines whose
only divergence is a unit conversion: there the values must agree after conversion.

Each value has a dimension, and two values are equal only in the same dimension:

- ``count`` (counts without a unit) and ``times`` (counts of times: "twice", "dreimal"), equal
  within 0.1 %;
- ``share``: percentages and fractions (50 % equals "half"), within 0.1 %;
- quantities in base units (km as 1000 m, km2 as 10**6 m2; kg, km/h, percentage points as they
  are), within 5 %, as translators round converted units (385 miles become 620 km, half an inch
  13 mm);
- ``age``: ages in years (unit ``years_of_age``: "39-year-old", "39-årig", "im Alter von 39
  Jahren"), within 0.1 %. An age is not a duration: "36 years old" and "36 år siden" differ;
- durations in two dimensions, within 0.1 %: clock time in hours (seconds, minutes, hours, days
  as 24 hours, weeks as 168 hours), and calendar time in months (months, years as 12 months,
  decades as 120). The two are not converted into each other, as a month has no fixed number of
  days ("30 days" and "a month" differ).

Ordinals, years and clock times are not compared.

False positives, per language (English included), over all lines:

- ``year_as_count``: a count whose value the English line states as a year (or, for English
  itself, any count between 1900 and 2100 written without separators).
- ``clock_as_count``: a count written like a clock time ("20:30", and "20.30" where "." is no
  decimal mark) or whose value the English line states as a clock time while the
  translation has no clock time.
- ``article_as_count``: a count written as a word for one that is also the article ("en",
  "et", "ein", "ett", "a", "an") or, in English, as "to", without a qualifier: after one
  ("more than one", "mindst en") the word is the number.

Run: ``python benchmarks/number_agreement.py [--data PATH] [--output PATH] [--show N]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from claimrec.extract.numbers import NumberMention, find_numbers
from claimrec.lang import get_language

DATA = Path(__file__).resolve().parents[2] / "shared/eval/ntrex/ntrex_dev.tsv"
DIVERGENCES = Path(__file__).resolve().parent / "data/ntrex_number_divergences.tsv"
OUTPUT = Path(__file__).resolve().parent / "results/number_agreement.json"
COLUMNS = {"da": "dan", "nb": "nob", "sv": "swe", "de": "deu"}
COMPARED_KINDS = frozenset({"count", "percent", "fraction", "quantity", "duration"})
TARGET = 0.95
TOLERANCE = 0.001
QUANTITY_TOLERANCE = 0.05
# unit → (dimension, what one unit is in the dimension's base unit); other units are their own dimension.
BASE_UNITS: dict[str, tuple[str, float]] = {
    "km": ("m", 1000.0),
    "km2": ("m2", 1e6),
    "years_of_age": ("age", 1.0),
    "seconds": ("hours", 1 / 3600),
    "minutes": ("hours", 1 / 60),
    "hours": ("hours", 1.0),
    "days": ("hours", 24.0),
    "weeks": ("hours", 168.0),
    "months": ("months", 1.0),
    "years": ("months", 12.0),
}
EXACT_DIMENSIONS = frozenset({"count", "times", "share", "age", "hours", "months"})
_CLOCK_COLON = re.compile(r"^[0-9]{1,2}:[0-9]{2}$")
_CLOCK_DOT = re.compile(r"^[0-9]{1,2}\.[0-9]{2}$")
_ENGLISH_TO = {"to", "too"}


@dataclass
class LanguageResult:
    """The figures of one language."""

    language: str
    compared_lines: int = 0
    agreeing_lines: int = 0
    both_lines: int = 0
    faithful_lines: int = 0
    faithful_agreeing_lines: int = 0
    divergent_agreeing_lines: int = 0
    converted_lines: int = 0
    converted_agreeing_lines: int = 0
    year_as_count: int = 0
    clock_as_count: int = 0
    article_as_count: int = 0
    disagreements: list[dict[str, object]] = field(default_factory=list)

    @property
    def agreement(self) -> float:
        """Agreeing lines among those where English states a number."""
        return self.agreeing_lines / self.compared_lines if self.compared_lines else 1.0

    @property
    def agreement_both(self) -> float:
        """Agreeing lines among those where both English and the translation state a number."""
        return self.agreeing_lines / self.both_lines if self.both_lines else 1.0

    @property
    def agreement_faithful(self) -> float:
        """Agreeing lines among those where the translation states the same numbers as English."""
        return self.faithful_agreeing_lines / self.faithful_lines if self.faithful_lines else 1.0

    @property
    def agreement_converted(self) -> float:
        """Agreeing lines among the faithful ones and those whose only divergence is a unit conversion."""
        lines = self.faithful_lines + self.converted_lines
        return (self.faithful_agreeing_lines + self.converted_agreeing_lines) / lines if lines else 1.0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; print a table and write JSON. Returns 0 when every language meets the target."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DATA, help=f"NTREX TSV (default: {DATA})")
    parser.add_argument(
        "--divergences", type=Path, default=DIVERGENCES, help=f"translations stating other numbers ({DIVERGENCES})"
    )
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"JSON results (default: {OUTPUT})")
    parser.add_argument("--show", type=int, default=0, help="print this many disagreements per language")
    args = parser.parse_args(argv)
    rows = _read_rows(args.data)
    divergent = _read_divergences(args.divergences)
    results = [_benchmark(rows, language, column, divergent) for language, column in COLUMNS.items()]
    english = _english_false_positives(rows)
    _print_table(results, english, len(rows))
    for result in results:
        for case in result.disagreements[: args.show]:
            print(f"[{result.language}] line {case['line']}: en {case['en']} vs {case['values']}")
            print(f"    {case['eng']}\n    {case['text']}")
    _write_json(args.output, results, english, args.data, len(rows))
    return 0 if all(result.agreement_faithful >= TARGET for result in results) else 1


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _read_divergences(path: Path) -> dict[tuple[str, str], set[str]]:
    """The categories of divergence of each (line, language) pair whose translation states other numbers."""
    divergent: dict[tuple[str, str], set[str]] = {}
    for row in _read_rows(path):
        divergent.setdefault((row["line"], row["language"]), set()).add(row["category"])
    return divergent


def _benchmark(
    rows: Iterable[dict[str, str]], language: str, column: str, divergent: dict[tuple[str, str], set[str]]
) -> LanguageResult:
    result = LanguageResult(language)
    for row in rows:
        english, translated = find_numbers(row["eng"], "en"), find_numbers(row[column], language)
        _count_false_positives(result, english, translated, language)
        expected = _values(english)
        if not expected:
            continue
        result.compared_lines += 1
        found = _values(translated)
        result.both_lines += bool(found)
        divergences = divergent.get((row["line"], language), set())
        faithful, converted = not divergences, divergences == {"converted_units"}
        agree = _same(expected, found)
        result.agreeing_lines += agree
        result.faithful_lines += faithful
        result.faithful_agreeing_lines += agree and faithful
        result.divergent_agreeing_lines += agree and not faithful
        result.converted_lines += converted
        result.converted_agreeing_lines += agree and converted
        if not agree:
            result.disagreements.append(
                {
                    "line": row["line"],
                    "en": [str(value) for value in expected],
                    "values": [str(value) for value in found],
                    "eng": row["eng"],
                    "text": row[column],
                    "faithful_translation": faithful,
                }
            )
    return result


@dataclass(frozen=True)
class Value:
    """One compared number in its dimension's base unit, and how close another must be to equal it."""

    number: float
    dimension: str
    tolerance: float

    def __str__(self) -> str:
        shown = f"{self.number:g}"
        return shown if self.dimension in ("count", "share") else f"{shown} {self.dimension}"

    def equals(self, other: Value) -> bool:
        return self.dimension == other.dimension and math.isclose(
            self.number, other.number, rel_tol=max(self.tolerance, other.tolerance)
        )


def _values(mentions: Iterable[NumberMention]) -> list[Value]:
    values: list[Value] = []
    for mention in mentions:
        if mention.kind not in COMPARED_KINDS:
            continue
        dimension, factor = _dimension(mention)
        tolerance = TOLERANCE if dimension in EXACT_DIMENSIONS else QUANTITY_TOLERANCE
        numbers = [mention.value] if mention.value is not None else [mention.low, mention.high]
        values += [Value(number * factor, dimension, tolerance) for number in numbers if number is not None]
    return sorted(values, key=lambda value: (value.dimension, value.number))


def _dimension(mention: NumberMention) -> tuple[str, float]:
    """The dimension of `mention` and the factor to its base unit."""
    if mention.kind in ("percent", "fraction"):
        return "share", 1.0
    if mention.kind == "count":
        return mention.unit or "count", 1.0
    return BASE_UNITS.get(mention.unit or "", (mention.unit or mention.kind, 1.0))


def _same(expected: list[Value], found: list[Value]) -> bool:
    if len(expected) != len(found):
        return False
    remaining = list(found)
    for value in expected:
        match = next((other for other in remaining if value.equals(other)), None)
        if match is None:
            return False
        remaining.remove(match)
    return True


def _count_false_positives(
    result: LanguageResult, english: list[NumberMention], translated: list[NumberMention], language: str
) -> None:
    """Add the counts in `translated` that are years, clock times or articles by the English line."""
    english_years = {mention.value for mention in english if mention.kind == "year"}
    english_clocks = {mention.value for mention in english if mention.kind == "clock"}
    has_clock = any(mention.kind == "clock" for mention in translated)
    for mention in _counts(translated):
        number = _number_text(mention)
        result.year_as_count += mention.value in english_years
        result.clock_as_count += _clock_like(number, language) or (mention.value in english_clocks and not has_clock)
        result.article_as_count += _article_like(number, language) and mention.qualifier == "exact"


def _english_false_positives(rows: Iterable[dict[str, str]]) -> LanguageResult:
    """The counts in the English lines that are written like a year, a clock time, an article or "to"."""
    result = LanguageResult("en")
    for row in rows:
        for mention in _counts(find_numbers(row["eng"], "en")):
            number = _number_text(mention)
            result.year_as_count += number.isdigit() and len(number) == 4 and 1900 <= int(number) <= 2100
            result.clock_as_count += _clock_like(number, "en")
            result.article_as_count += _article_like(number, "en") and mention.qualifier == "exact"
    return result


def _counts(mentions: Iterable[NumberMention]) -> list[NumberMention]:
    return [mention for mention in mentions if mention.kind == "count"]


def _number_text(mention: NumberMention) -> str:
    return mention.text[mention.number_start - mention.start : mention.number_end - mention.start]


def _clock_like(number: str, language: str) -> bool:
    dot_is_decimal = get_language(language).numbers.decimal_separator == "."
    return bool(_CLOCK_COLON.match(number) or (not dot_is_decimal and _CLOCK_DOT.match(number)))


def _article_like(number: str, language: str) -> bool:
    """A word for one that is also the article ("en", "ein", "a"), or English "to"."""
    words = {word.lower() for word in get_language(language).numbers.indefinite_ones}
    return number.lower() in words | (_ENGLISH_TO if language == "en" else set())


def _print_table(results: list[LanguageResult], english: LanguageResult, lines: int) -> None:
    print(f"Number agreement with English, NTREX dev ({lines} lines); target {TARGET:.0%} per language")
    header = f"{'lang':<5}{'faithful':>9}{'agree':>7}{'rate':>8}{'compared':>10}{'rate':>8}{'both':>6}{'rate':>8}"
    print(f"{header}  {'years':>6}{'clocks':>7}{'articles':>9}")
    for result in [*results, english]:
        figures = (
            f"{result.faithful_lines:>9}{result.faithful_agreeing_lines:>7}{result.agreement_faithful:>8.1%}"
            f"{result.compared_lines:>10}{result.agreement:>8.1%}{result.both_lines:>6}{result.agreement_both:>8.1%}"
            if result.compared_lines
            else f"{'-':>9}{'-':>7}{'-':>8}{'-':>10}{'-':>8}{'-':>6}{'-':>8}"
        )
        print(
            f"{result.language:<5}{figures}  "
            f"{result.year_as_count:>6}{result.clock_as_count:>7}{result.article_as_count:>9}"
        )
    print("faithful: English states a number and the translation states the same ones (target applies here);")
    converted = ", ".join(f"{result.language} {result.agreement_converted:.1%}" for result in results)
    print(f"  with the lines whose only divergence is a unit conversion: {converted}")
    print("compared: English states a number; both: the translation yields a value too (see the module docstring)")
    print("years/clocks/articles: false positives taken as counts")


def _write_json(path: Path, results: list[LanguageResult], english: LanguageResult, data: Path, lines: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "data": data.name,
        "divergences": DIVERGENCES.name,
        "lines": lines,
        "target": TARGET,
        "languages": {
            result.language: {
                **{key: value for key, value in asdict(result).items() if key != "disagreements"},
                "agreement": round(result.agreement, 4),
                "agreement_both": round(result.agreement_both, 4),
                "agreement_faithful": round(result.agreement_faithful, 4),
                "agreement_converted": round(result.agreement_converted, 4),
                "disagreements": result.disagreements,
            }
            for result in results
        },
        "english_false_positives": {
            key: value for key, value in asdict(english).items() if key not in ("disagreements", "language")
        },
    }
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
