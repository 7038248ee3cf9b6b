"""Nearest neighbours without an n×n matrix: exact in blocks of rows up to `EXACT_SEARCH_LIMIT` distinct rows,
faiss IVF beyond; pairs of row indices. Equal rows (one text in many articles: wire copy, syndication) are
searched once."""

from __future__ import annotations

import faiss
import numpy as np
from numpy.typing import NDArray

from claimrec.cluster.thresholds import BLOCK_ROWS, EXACT_SEARCH_LIMIT, IVF_PROBES, NEIGHBOURS


def unique_pairs(pairs: NDArray[np.int64], size: int) -> NDArray[np.int64]:
    """`pairs` (i, j) of indices below `size`, each once and in order: `np.unique(pairs, axis=0)`, faster.

    The sort is numpy's stable one, which merges runs already in order: the pairs mostly arrive as a few
    sorted arrays joined (each block's, each search's), and sorting those takes a tenth of the time."""
    codes = np.sort(pairs[:, 0] * size + pairs[:, 1], kind="stable")
    first, second = np.divmod(codes[np.flatnonzero(np.diff(codes, prepend=-1))], size)
    return np.stack([first, second], axis=1)


def candidate_pairs(block: list[int], vectors: NDArray[np.float32], threshold: float) -> NDArray[np.int64]:
    """Pairs (i, j), i < j, shape (m, 2), of claims in `block` among each other's `NEIGHBOURS` nearest
    neighbours by `vectors` (row k for claim block[k]) and at least `threshold` similar."""
    members = np.asarray(block)
    similarities, neighbours = nearest_rows(vectors, min(NEIGHBOURS, len(block) - 1))
    row_index, column = np.nonzero(similarities >= threshold)
    left, right = members[row_index], members[neighbours[row_index, column]]
    pairs: NDArray[np.int64] = np.stack([np.minimum(left, right), np.maximum(left, right)], axis=1)[left != right]
    return pairs


def nearest_rows(matrix: NDArray[np.float32], k: int) -> tuple[NDArray[np.float32], NDArray[np.int64]]:
    """Each row's `k` most similar other rows: similarities and indices, shape (n, k) each.

    Equal rows are searched once: a row's neighbours are taken from its distinct row's nearest distinct
    rows and their copies, the most similar first and, among equally similar copies, the lowest row
    first (a text repeated in 50 articles has its first 20 copies as neighbours, whatever the search).
    Up to `EXACT_SEARCH_LIMIT` distinct rows the search is exact, `BLOCK_ROWS` rows of similarities at
    a time, and so deterministic to the bit. Beyond it, an inverted-file index (faiss IVF, seeded
    k-means, `IVF_PROBES` cells searched) keeps the work far below n² at the cost of missing a
    few neighbours that fall in unsearched cells.
    """
    distinct_of, first_rows = _distinct_rows(matrix)
    if len(first_rows) == len(matrix):
        return _nearest_distinct(matrix, k)
    distinct = matrix[first_rows]
    similarities, neighbours = _nearest_distinct(distinct, min(k, len(distinct) - 1))
    own = np.einsum("ij,ij->i", distinct, distinct)[:, None]
    similarities = np.concatenate([own, similarities], axis=1)
    neighbours = np.concatenate([np.arange(len(distinct))[:, None], neighbours], axis=1)
    candidate_similarities, candidates = _nearest_copies(similarities, neighbours, distinct_of, first_rows, k + 1)
    candidate_similarities, candidates = candidate_similarities[distinct_of], candidates[distinct_of]
    others = np.argsort(candidates == np.arange(len(matrix))[:, None], axis=1, kind="stable")[:, :k]
    return np.take_along_axis(candidate_similarities, others, axis=1), np.take_along_axis(candidates, others, axis=1)


def _nearest_copies(
    similarities: NDArray[np.float32],
    neighbours: NDArray[np.int64],
    distinct_of: NDArray[np.int64],
    first_rows: NDArray[np.int64],
    k: int,
) -> tuple[NDArray[np.float32], NDArray[np.int64]]:
    """For each distinct row, given its nearest distinct rows (itself among them), the first `k` rows that are
    copies of those: the most similar first, then the lowest row; similarities and rows, shape (distinct, k)."""
    copies = np.argsort(distinct_of, kind="stable")
    bounds = np.searchsorted(distinct_of[copies], np.arange(len(first_rows) + 1)).tolist()
    rows = np.empty((len(first_rows), k), dtype=np.int64)
    row_similarities = np.empty((len(first_rows), k), dtype=np.float32)
    for number in range(len(first_rows)):
        taken: list[int] = []
        taken_similarities: list[float] = []
        for place in np.lexsort((first_rows[neighbours[number]], -similarities[number])).tolist():
            found = neighbours[number, place]
            members = copies[bounds[found] : bounds[found + 1]][: k - len(taken)].tolist()
            taken += members
            taken_similarities += [float(similarities[number, place])] * len(members)
            if len(taken) == k:
                break
        rows[number], row_similarities[number] = taken, taken_similarities
    return row_similarities, rows


def _distinct_rows(matrix: NDArray[np.float32]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Each row's number among the distinct rows of `matrix`, numbered in order of their first row; and
    each distinct row's first row."""
    numbers: dict[bytes, int] = {}
    distinct_of = np.fromiter(
        (numbers.setdefault(row.tobytes(), len(numbers)) for row in matrix), dtype=np.int64, count=len(matrix)
    )
    first_rows: NDArray[np.int64] = np.unique(distinct_of, return_index=True)[1]
    return distinct_of, first_rows


def _nearest_distinct(matrix: NDArray[np.float32], k: int) -> tuple[NDArray[np.float32], NDArray[np.int64]]:
    """`nearest_rows` of a matrix without equal rows."""
    if len(matrix) > EXACT_SEARCH_LIMIT:
        return _nearest_indexed(matrix, k)
    similarities = np.empty((len(matrix), k), dtype=np.float32)
    neighbours = np.empty((len(matrix), k), dtype=np.int64)
    if k == 0:
        return similarities, neighbours
    for start in range(0, len(matrix), BLOCK_ROWS):
        rows = matrix[start : start + BLOCK_ROWS] @ matrix.T
        own = np.arange(len(rows))
        rows[own, start + own] = -np.inf
        nearest = np.argpartition(-rows, k - 1, axis=1)[:, :k]
        neighbours[start : start + len(rows)] = nearest
        similarities[start : start + len(rows)] = np.take_along_axis(rows, nearest, axis=1)
    return similarities, neighbours


def _nearest_indexed(matrix: NDArray[np.float32], k: int) -> tuple[NDArray[np.float32], NDArray[np.int64]]:
    cells = int(4 * np.sqrt(len(matrix)))
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(matrix.shape[1]), matrix.shape[1], cells, faiss.METRIC_INNER_PRODUCT)
    index.cp.seed = 1234
    data = np.ascontiguousarray(matrix, dtype=np.float32)
    index.train(data)
    index.add(data)
    index.nprobe = IVF_PROBES
    similarities, found = index.search(data, k + 1)
    own = found == np.arange(len(matrix))[:, None]
    similarities[own | (found < 0)] = -np.inf
    order = np.argsort(-similarities, axis=1, kind="stable")[:, :k]
    return np.take_along_axis(similarities, order, axis=1), np.take_along_axis(found, order, axis=1).clip(0)
