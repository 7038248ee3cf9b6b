"""Deterministic benchmark corpora of any size from NTREX and the seed articles.

A corpus of N articles holds the five seed articles and N - 5 NTREX articles. The first NTREX
articles are whole documents, one file per document and language, written by
`ntrex_clusters._write_articles` (62 documents × 5 languages = 310 articles). Beyond those, article k
is a recombination seeded by k alone: a window of 3 to 12 lines of one document in one language and
one of another document in the same language, shuffled, under a publication-date header. So the
corpus of 1,000 articles is the first 1,000 of the corpus of 10,000, and two builds are byte-identical.

NTREX has 1,997 lines per language, so large corpora repeat sentences: the texts a run embeds grow
more slowly than the articles (the end-to-end benchmark reports how many distinct texts it embedded).
"""

from __future__ import annotations

import random
import shutil
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ntrex_clusters import COLUMNS, _read_rows, _write_articles

REPO = Path(__file__).resolve().parents[1]
NTREX = REPO.parent / "shared" / "eval" / "ntrex" / "ntrex_dev.tsv"
SEEDS = REPO / "seeds"
# Lines taken from each of the two documents of a recombined article: 6 to 24 lines in all, about
# half an NTREX document (32 lines on average).
MIN_WINDOW = 3
MAX_WINDOW = 12


@dataclass(frozen=True)
class _Unit:
    """The lines of one NTREX document in one language."""

    document: str
    language: str
    lines: tuple[str, ...]


def build_corpus(folder: Path, size: int, data: Path = NTREX) -> list[Path]:
    """Write a corpus of `size` articles (at least 5) into `folder`; returns the files in name order."""
    seeds = sorted(SEEDS.glob("*.txt"))
    if size < len(seeds):
        raise ValueError(f"A corpus holds the {len(seeds)} seed articles, so size must be at least {len(seeds)}.")
    folder.mkdir(parents=True, exist_ok=True)
    for seed in seeds:
        shutil.copyfile(seed, folder / f"seed_{seed.name}")
    rows = _read_rows(data)
    units = _units(rows)
    whole_documents = min((size - len(seeds)) // len(COLUMNS), len(units) // len(COLUMNS))
    _write_articles(rows, folder, whole_documents)
    for k in range(size - len(seeds) - whole_documents * len(COLUMNS)):
        (folder / f"mix_{k:05d}.txt").write_text(_recombined(units, k), encoding="utf-8")
    return sorted(folder.iterdir())


def _units(rows: list[dict[str, str]]) -> list[_Unit]:
    by_document: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_document[row["doc_id"]].append(row)
    return [
        _Unit(document, language, tuple(text for row in by_document[document] if (text := row[column].strip())))
        for document in sorted(by_document)
        for column, language in COLUMNS.items()
    ]


def _recombined(units: list[_Unit], k: int) -> str:
    rng = random.Random(k)
    first = units[k % len(units)]
    same_language = [unit for unit in units if unit.language == first.language and unit is not first]
    second = rng.choice(same_language)
    lines = [*_window(first.lines, rng), *_window(second.lines, rng)]
    rng.shuffle(lines)
    published = f"2021-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    return f"date {published}\n\n" + "\n\n".join(lines) + "\n"


def _window(lines: tuple[str, ...], rng: random.Random) -> tuple[str, ...]:
    length = min(len(lines), rng.randrange(MIN_WINDOW, MAX_WINDOW + 1))
    start = rng.randrange(0, len(lines) - length + 1)
    return lines[start : start + length]
