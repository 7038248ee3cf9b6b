"""End to end: claimrec on corpora of 100, 1,000 and 10,000 articles, against the embedding model alone.

For each size, a corpus is built (`corpus.build_corpus`: NTREX and the seeds, deterministic) and
claimrec reconciles it in a fresh process with an empty cache folder ("first run"). Then 1 % of the
files are changed (every 100th file in name order gets its first paragraph again, with every digit
increased by one, appended) and a second fresh process reconciles the folder with the same cache
("second run": what an incremental run costs). The second run is made `SECOND_RUNS` times, each on a
copy of the cache the first run left, and the median is reported beside every time: a second run
takes seconds, which the shared machine's slow moments can stretch by a third. Finally another process
loads the embedding model alone and embeds exactly the texts the first run embedded, with the same batch
size: the floor that no pipeline built on this model can beat.

Every process runs claimrec as a default install does, without the optional extra
``claimrec[sentence-transformers]``: this project's own environment has it (the tests need it), so
the workers make torch and the extra's packages unimportable before anything is imported. Otherwise
spaCy would import torch through thinc, which costs about 1 s and 200 MB per process and which the
default model never uses.

Figures per size: articles/s and claims/s of the first run, seconds per stage (`claimrec.StageTimes`),
peak RSS of each process (``getrusage``, Linux KiB) and of the largest process a run forked (clustering
judges half of its components in a forked child; its RSS counts the pages it shares), the ratio of the
first run's time to the floor's, and the ratio of the first run's time to the second's. Process times
are wall-clock seconds of the whole process (interpreter start, imports and all), measured by the parent.

    .venv/bin/python benchmarks/end_to_end.py                      # 100, 1,000 and 10,000 articles
    .venv/bin/python benchmarks/end_to_end.py --sizes 100,1000

Writes ``benchmarks/results/end_to_end.json`` (sizes already there and not rerun are kept).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from corpus import build_corpus

RESULTS = Path(__file__).resolve().parent / "results" / "end_to_end.json"
BATCH_SIZE = 32  # `claimrec.embed.claims.embed_claims`'s default
CHANGED_SHARE = 100  # one file in this many is changed before the second run
SECOND_RUNS = 3  # second runs made, each on a copy of the first run's cache; the median is reported
_DIGIT = re.compile(r"\d")
# What the optional extra claimrec[sentence-transformers] installs, by top-level module.
EXTRA_MODULES = ("torch", "sentence_transformers", "transformers", "tokenizers", "safetensors")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=RESULTS, help=f"JSON results (default: {RESULTS})")
    parser.add_argument(
        "--workers", type=int, default=1, help="processes that segment and extract (default: %(default)s)"
    )
    parser.add_argument("--worker", choices=("reconcile", "floor"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--figures", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _as_default_install()
    if args.worker == "reconcile":
        _reconcile_worker(args.corpus, args.cache, args.texts, args.figures, args.workers)
        return 0
    if args.worker == "floor":
        _floor_worker(args.texts, args.figures)
        return 0
    results = json.loads(args.output.read_text(encoding="utf-8")) if args.output.exists() else {}
    results["machine"] = _machine()
    results.setdefault("sizes", {})
    for size in (int(text) for text in args.sizes.split(",")):
        figures = _measure(size, args.workers)
        figures["command"] = "python benchmarks/end_to_end.py " + " ".join(sys.argv[1:])
        figures["workers"] = args.workers
        results["sizes"][str(size)] = figures
        _print(size, figures)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def _measure(size: int, workers: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="claimrec-e2e-") as work:
        folder, cache = Path(work) / "corpus", Path(work) / "cache"
        files = build_corpus(folder, size)
        first = _run("reconcile", workers, corpus=folder, cache=cache, texts=Path(work) / "texts.json")
        changed = _change_files(files)
        seconds = []
        for number in range(SECOND_RUNS):
            again = Path(work) / f"cache-{number}"
            shutil.copytree(cache, again)
            seconds.append(_run("reconcile", workers, corpus=folder, cache=again))
            shutil.rmtree(again)
        second = sorted(seconds, key=lambda run: run["process_seconds"])[SECOND_RUNS // 2]
        floor = _run("floor", 1, texts=Path(work) / "texts.json")
    return {
        "articles": first["documents"],
        "sentences": first["sentences"],
        "claims": first["claims"],
        "texts_embedded": floor["texts"],
        "first_run": first,
        "second_run": {
            **second,
            "files_changed": changed,
            "process_seconds_of_each": [run["process_seconds"] for run in seconds],
        },
        "floor": floor,
        "articles_per_second": round(first["documents"] / first["process_seconds"], 2),
        "claims_per_second": round(first["claims"] / first["process_seconds"], 2),
        "ratio_to_floor": round(first["process_seconds"] / floor["process_seconds"], 2),
        "ratio_to_floor_in_process": round(first["reconcile_seconds"] / floor["encode_seconds"], 2),
        "second_run_speedup": round(first["process_seconds"] / second["process_seconds"], 1),
    }


def _as_default_install() -> None:
    """Make the optional extra's packages unimportable in this process, as where it is not installed."""
    for name in EXTRA_MODULES:
        sys.modules[name] = None  # type: ignore[assignment]  # an import of it now raises ModuleNotFoundError


def _run(worker: str, workers: int, **paths: Path) -> dict[str, Any]:
    """Run this script as `worker` in a fresh process; its figures plus the process's wall-clock seconds."""
    figures = Path(tempfile.mkstemp(suffix=".json")[1])
    command = [sys.executable, __file__, "--worker", worker, "--workers", str(workers), "--figures", str(figures)]
    for name, path in paths.items():
        command += [f"--{name}", str(path)]
    started = time.perf_counter()
    subprocess.run(command, check=True)
    seconds = time.perf_counter() - started
    result: dict[str, Any] = json.loads(figures.read_text(encoding="utf-8"))
    figures.unlink()
    return {"process_seconds": round(seconds, 2), **result}


def _reconcile_worker(corpus: Path, cache: Path, texts: Path | None, figures: Path, workers: int) -> None:
    import claimrec
    from claimrec.embed.claims import claim_texts

    times = claimrec.StageTimes()
    started = time.perf_counter()
    report = claimrec.reconcile(corpus, cache_dir=cache, workers=workers, stage_times=times)
    seconds = time.perf_counter() - started
    if texts is not None:  # the texts the floor embeds: written by the first run, after it is timed
        texts.write_text(json.dumps(claim_texts(report.claims)), encoding="utf-8")
    result = {
        "documents": len(report.documents),
        "skipped": len(report.skipped),
        "sentences": len(report.sentences),
        "claims": len(report.claims),
        "clusters": len(report.clusters),
        "reconcile_seconds": round(seconds, 2),
        "stage_seconds": {stage: round(value, 2) for stage, value in times.seconds.items()},
        "peak_rss_mb": _peak_rss_mb(),
        "child_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
    }
    figures.write_text(json.dumps(result), encoding="utf-8")


def _floor_worker(texts_file: Path, figures: Path) -> None:
    from claimrec.embed import load_embedder

    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    started = time.perf_counter()
    embedder = load_embedder()
    loaded = time.perf_counter()
    embedder.encode(texts, batch_size=BATCH_SIZE)
    done = time.perf_counter()
    result = {
        "texts": len(texts),
        "load_seconds": round(loaded - started, 2),
        "encode_seconds": round(done - loaded, 2),
        "texts_per_second": round(len(texts) / (done - loaded), 1),
        "peak_rss_mb": _peak_rss_mb(),
    }
    figures.write_text(json.dumps(result), encoding="utf-8")


def _change_files(files: list[Path]) -> int:
    """Append to every `CHANGED_SHARE`-th file its first paragraph with a digit (else its first paragraph),
    each digit increased by one: the file gains claims, so the claims of the corpus change and clustering
    cannot be reused."""
    changed = files[::CHANGED_SHARE]
    for path in changed:
        text = path.read_text(encoding="utf-8")
        paragraphs = [paragraph for paragraph in text.split("\n\n") if paragraph.strip() and " " in paragraph]
        first = next((paragraph for paragraph in paragraphs if _DIGIT.search(paragraph)), paragraphs[0])
        altered = _DIGIT.sub(lambda match: str((int(match.group()) + 1) % 10), first.strip())
        path.write_text(text.rstrip() + "\n\n" + altered + "\n", encoding="utf-8")
    return len(changed)


def _peak_rss_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _machine() -> dict[str, Any]:
    memory = next(
        (line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")),
        "0",
    )
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return {
        "platform": platform.platform(),
        "cpu": model,
        "cpus": os.cpu_count(),
        "memory_gb": round(int(memory) / 1024**2, 1),
        "python": platform.python_version(),
        "note": "shared 2-core VM; another job may run tests at the same time, so compare ratios, not seconds",
    }


def _print(size: int, figures: dict[str, Any]) -> None:
    first, second = figures["first_run"], figures["second_run"]
    stages = ", ".join(f"{stage} {seconds:.1f}" for stage, seconds in first["stage_seconds"].items())
    print(
        f"{size} articles: {figures['articles']} read, {figures['claims']} claims, "
        f"{figures['texts_embedded']} texts embedded\n"
        f"  first run {first['process_seconds']:.1f} s ({figures['articles_per_second']:.1f} articles/s, "
        f"{figures['claims_per_second']:.1f} claims/s), peak RSS {first['peak_rss_mb']} MB; stages (s): {stages}\n"
        f"  embedding floor {figures['floor']['process_seconds']:.1f} s: first run / floor = "
        f"{figures['ratio_to_floor']:.2f} (in process {figures['ratio_to_floor_in_process']:.2f})\n"
        f"  second run, {second['files_changed']} files changed: {second['process_seconds']:.1f} s (median of "
        f"{', '.join(f'{run:.1f}' for run in second['process_seconds_of_each'])}), "
        f"{figures['second_run_speedup']:.1f}x faster"
    )


if __name__ == "__main__":
    sys.exit(main())
