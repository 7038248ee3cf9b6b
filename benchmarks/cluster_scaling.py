"""Time and peak memory of clustering 10k and 100k claims, beside two well-known baselines.

Claims are synthetic but shaped like real ones: six kinds in news proportions, 200 claims per
story, stories of 10 articles, and groups of 2 to 5 paraphrases (one fact stated by several
articles) whose frame and sentence vectors are a shared direction plus noise, in 384
dimensions like multilingual-e5-small. Each method runs in its own process, so that its peak
resident memory (ru_maxrss) is its own; ``child_peak_mb`` is that of the largest process it forked
(claimrec judges half of the components in a forked child, whose resident memory counts the pages it
shares with its parent):

- ``claimrec``: `claimrec.cluster.cluster`, all constraints on;
- ``community_detection``: sentence-transformers' `util.community_detection` on the frame
  vectors (threshold 0.75, min_community_size 1), the usual embedding-only approach;
- ``agglomerative``: scikit-learn's `AgglomerativeClustering` (average linkage, cosine,
  distance threshold 0.5), which needs the full n×n distance matrix: run only up to 20k.

Targets (issue 4): 100k claims in under 60 s and under 4 GB on a 2-core machine.

Run: ``python benchmarks/cluster_scaling.py [--sizes 10000 100000] [--output PATH]``.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

OUTPUT = Path(__file__).resolve().parent / "results/cluster_scaling.json"
DIMENSION = 384
KINDS = (("count", 0.4), ("time", 0.25), ("share", 0.1), ("quantity", 0.1), ("duration", 0.1), ("rank", 0.05))
CLAIMS_PER_STORY = 200
ARTICLES_PER_STORY = 10
AGGLOMERATIVE_LIMIT = 20_000


def synthetic_claims(size: int, seed: int = 0) -> tuple[list[object], object]:
    """`size` claims and their vectors, deterministic for a seed."""
    from claimrec.embed.claims import ClaimVectors
    from claimrec.models import Claim

    rng = np.random.default_rng(seed)
    kinds = rng.choice([kind for kind, _ in KINDS], size=size, p=[share for _, share in KINDS])
    fact = np.repeat(np.arange(size), rng.integers(2, 6, size=size))[:size]
    directions = _unit(rng.standard_normal((fact.max() + 1, DIMENSION)).astype(np.float32))
    frames = _unit(directions[fact] + 0.6 * _unit(rng.standard_normal((size, DIMENSION)).astype(np.float32)))
    sentences = _unit(directions[fact] + 0.9 * _unit(rng.standard_normal((size, DIMENSION)).astype(np.float32)))
    heads = _unit(rng.standard_normal((50, DIMENSION)).astype(np.float32))
    counted_head = rng.integers(0, 50, size=size)
    claims = []
    for index in range(size):
        story = index // CLAIMS_PER_STORY
        article = f"s{story}a{rng.integers(ARTICLES_PER_STORY)}"
        kind = str(kinds[fact[index]])
        claims.append(
            Claim(
                id=f"{article}:c{index}",
                doc_id=article,
                sentence_id=f"{article}:s{index}",
                start=0,
                end=10,
                text="x",
                language="en",
                kind=kind,  # type: ignore[arg-type]
                value=float(rng.integers(1, 1000)),
                rank=1 if kind == "rank" else None,
                entity=f"e{fact[index]}" if kind == "rank" else None,
                counted_head=f"h{counted_head[fact[index]]}" if kind == "count" else None,
                paragraph=int(index),
            )
        )
    counted = heads[counted_head[fact]]
    return claims, ClaimVectors.of_matrices(
        frames=frames, sentences=sentences, counted=counted, counted_phrases=counted
    )


def _unit(vectors: NDArray[np.float32]) -> NDArray[np.float32]:
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def run_one(method: str, size: int) -> dict[str, float | int | str]:
    """Run one method on `size` claims in this process and measure it."""
    claims, vectors = synthetic_claims(size)
    started = time.perf_counter()
    if method == "claimrec":
        from claimrec.cluster import cluster

        clusters = len(cluster(claims, vectors))  # type: ignore[arg-type]
    elif method == "community_detection":
        import torch
        from sentence_transformers import util

        torch.set_num_threads(2)
        frames = torch.from_numpy(vectors.frames(np.arange(len(claims))))  # type: ignore[attr-defined]
        found = util.community_detection(frames, threshold=0.75, min_community_size=1)
        clusters = len(found)
    else:
        from sklearn.cluster import AgglomerativeClustering

        model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average", distance_threshold=0.5)
        clusters = int(model.fit(vectors.frames(np.arange(len(claims)))).n_clusters_)  # type: ignore[attr-defined]
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "method": method,
        "claims": size,
        "seconds": round(seconds, 2),
        "peak_mb": round(peak_mb),
        "child_peak_mb": round(child_peak_mb),
        "clusters": clusters,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--one", nargs=2, metavar=("METHOD", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]))))
        return 0
    results = []
    for size in args.sizes:
        for method in ("claimrec", "community_detection", "agglomerative"):
            if method == "agglomerative" and size > AGGLOMERATIVE_LIMIT:
                results.append({"method": method, "claims": size, "skipped": "needs the n×n distance matrix"})
                continue
            output = subprocess.run(
                [sys.executable, __file__, "--one", method, str(size)], capture_output=True, text=True, check=False
            )
            result = (
                json.loads(output.stdout)
                if output.returncode == 0
                else {"method": method, "claims": size, "error": output.stderr[-300:]}
            )
            results.append(result)
            print(json.dumps(result), flush=True)
    machine = {"cpus": __import__("os").cpu_count(), "python": platform.python_version(), "machine": platform.machine()}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps({"machine": machine, "results": results}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
