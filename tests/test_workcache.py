"""WorkCache, work_key and cached_map: keys, hits, first value kept, bounds, two processes, errors."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from claimrec.workcache import WorkCache, WorkCacheError, cached_map, code_fingerprint, work_key

INTS = TypeAdapter(list[int])


def test_work_key_depends_on_stage_parts_and_their_boundaries() -> None:
    assert work_key("segment", "ab", "c") == work_key("segment", "ab", "c")
    assert work_key("segment", "ab", "c") != work_key("segment", "a", "bc")
    assert work_key("segment", "x") != work_key("extract", "x")
    assert len(code_fingerprint()) == 64


def test_stored_values_are_found_and_the_first_value_of_a_key_is_kept(tmp_path: Path) -> None:
    cache = WorkCache(tmp_path / "work.sqlite3")
    cache.store([(b"a", b"1"), (b"b", b"2")])
    cache.store([(b"a", b"changed")])
    assert cache.lookup([b"a", b"b", b"c"]) == {b"a": b"1", b"b": b"2"}


def test_a_replaced_value_is_the_newest_and_outlives_older_ones(tmp_path: Path) -> None:
    cache = WorkCache(tmp_path / "work.sqlite3", max_entries=2)
    cache.store([(b"a", b"1"), (b"b", b"2")])
    cache.store([(b"a", b"changed")], replace=True)
    cache.store([(b"c", b"3")])
    assert cache.lookup([b"a", b"b", b"c"]) == {b"a": b"changed", b"c": b"3"}


def test_cache_keeps_at_most_max_entries_dropping_the_oldest(tmp_path: Path) -> None:
    cache = WorkCache(tmp_path / "work.sqlite3", max_entries=3)
    cache.store([(bytes([number]), b"v") for number in range(5)])
    assert sorted(cache.lookup(bytes([number]) for number in range(5))) == [b"\x02", b"\x03", b"\x04"]


def test_cached_map_computes_only_what_is_missing_and_reads_the_rest_back(tmp_path: Path) -> None:
    cache = WorkCache(tmp_path / "work.sqlite3")
    asked: list[list[int]] = []

    def compute(missing: list[int]) -> list[list[int]]:
        asked.append(missing)
        return [[index, index * 10] for index in missing]

    assert cached_map(cache, [b"x", b"y"], compute, INTS) == [[0, 0], [1, 10]]
    assert cached_map(cache, [b"z", b"y", b"x"], compute, INTS) == [[0, 0], [1, 10], [0, 0]]
    assert asked == [[0, 1], [0]]
    assert cached_map(None, [b"x"], compute, INTS) == [[0, 0]]
    assert asked[-1] == [0]


def test_two_processes_can_fill_one_cache_at_once(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from claimrec.workcache import WorkCache
        cache = WorkCache(Path({str(path)!r}))
        for start in range(0, 400, 20):
            items = [(f"k{{n}}".encode(), b"shared") for n in range(start, start + 20)]
            cache.store(items + [(f"own {{sys.argv[1]}} {{start}}".encode(), b"own")])
        """
    )
    writers = [subprocess.Popen([sys.executable, "-c", script, str(number)]) for number in range(2)]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0]
    keys = [f"k{n}".encode() for n in range(400)] + [
        f"own {w} {s}".encode() for w in range(2) for s in range(0, 400, 20)
    ]
    assert len(WorkCache(path).lookup(keys)) == 440


def test_damaged_cache_file_names_the_file_and_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "work.sqlite3"
    path.write_bytes(b"not a database" * 100)
    with pytest.raises(WorkCacheError, match=r"work\.sqlite3.*Delete the file"):
        WorkCache(path)


def test_max_entries_below_one_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(WorkCacheError, match="max_entries must be at least 1, got 0"):
        WorkCache(tmp_path / "work.sqlite3", max_entries=0)
