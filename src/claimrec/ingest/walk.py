"""Find the article files below a folder, in a fixed order, accounting for everything passed over."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from claimrec.errors import WarningCode
from claimrec.models import SkippedFile

SUPPORTED_SUFFIXES = (".htm", ".html", ".json", ".jsonl", ".md", ".markdown", ".txt")


@dataclass(frozen=True)
class FoundFile:
    """A file to read: its real location and its path relative to the input folder."""

    path: Path
    relative: str


@dataclass
class WalkResult:
    files: list[FoundFile] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)


def find_files(root: Path, *, follow_links: bool = False) -> WalkResult:
    """Walk `root` depth-first in name order and sort its entries into files and skips.

    Hidden entries, unsupported suffixes, links and unreadable folders never vanish:
    each becomes a `SkippedFile` with a reason. A link back to a folder that is being
    walked is a loop; other links whose target lies inside `root` are skipped because
    the target is read at its own path; links out of `root` are followed only with
    `follow_links`. The walk keeps its own stack, so folders of any depth are walked.

    Args:
        root: An existing folder.
        follow_links: Read files and folders that links point to outside `root`.
    """
    result = WalkResult()
    real_root = root.resolve()
    stack = [_Folder.open(root, real_root, "", frozenset(), result)]
    while stack:
        folder = stack[-1]
        entry = next(folder.entries, None)
        if entry is None:
            stack.pop()
            continue
        relative = folder.prefix + entry.name
        if entry.name.startswith("."):
            what = "folder" if entry.is_dir(follow_symlinks=False) else "file"
            result.skipped.append(WarningCode.HIDDEN.skip(relative, what=what))
        elif entry.is_symlink():
            target = _visit_link(Path(entry.path), relative, real_root, folder.active, follow_links, result)
            if target is not None:
                stack.append(_Folder.open(target, target, relative + "/", folder.active, result))
        else:
            try:
                mode = entry.stat(follow_symlinks=False).st_mode
            except OSError as error:
                result.skipped.append(WarningCode.UNREADABLE.skip(relative, error=_describe(error)))
                continue
            if stat.S_ISDIR(mode):
                real = folder.real / entry.name  # not a link, inside a resolved folder: no need to resolve
                stack.append(_Folder.open(Path(entry.path), real, relative + "/", folder.active, result))
            else:
                _visit_file(Path(entry.path), relative, mode, result)
    return result


@dataclass
class _Folder:
    """A folder being walked: its remaining entries, its real path, its path's prefix, and the real paths
    of the folders it lies in (itself included)."""

    entries: Iterator[os.DirEntry[str]]
    real: Path
    prefix: str
    active: frozenset[Path]

    @classmethod
    def open(cls, folder: Path, real: Path, prefix: str, active: frozenset[Path], result: WalkResult) -> _Folder:
        """The folder's entries in name order; none, and a skip recorded, if it cannot be listed."""
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            result.skipped.append(WarningCode.UNREADABLE.skip(prefix.rstrip("/") or ".", error=_describe(error)))
            entries = []
        return cls(iter(entries), real, prefix, active | {real})


def _visit_link(
    link: Path,
    relative: str,
    real_root: Path,
    active: frozenset[Path],
    follow_links: bool,
    result: WalkResult,
) -> Path | None:
    """Sort out a link; the folder to walk into when it is one to follow."""
    target = Path(os.path.realpath(link))
    try:
        mode = target.stat().st_mode
    except OSError as error:
        code = WarningCode.LINK_LOOP if error.errno == errno.ELOOP else WarningCode.BROKEN_LINK
        result.skipped.append(code.skip(relative, target=str(link.readlink())))
        return None
    if stat.S_ISDIR(mode) and target in active:
        shown = target.relative_to(real_root).as_posix() or "." if target.is_relative_to(real_root) else str(target)
        result.skipped.append(WarningCode.LINK_LOOP.skip(relative, target=shown))
    elif target.is_relative_to(real_root):
        inside = target.relative_to(real_root).as_posix()
        result.skipped.append(WarningCode.LINK_INSIDE.skip(relative, target=inside))
    elif not follow_links:
        result.skipped.append(WarningCode.LINK_OUTSIDE.skip(relative, target=str(target)))
    elif stat.S_ISDIR(mode):
        return target
    else:
        _visit_file(target, relative, mode, result)
    return None


def _visit_file(path: Path, relative: str, mode: int, result: WalkResult) -> None:
    if not stat.S_ISREG(mode):
        result.skipped.append(WarningCode.NOT_REGULAR.skip(relative))
    elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
        result.skipped.append(
            WarningCode.UNSUPPORTED_TYPE.skip(
                relative, suffix=path.suffix or "(none)", supported=", ".join(SUPPORTED_SUFFIXES)
            )
        )
    else:
        result.files.append(FoundFile(path=path, relative=relative))


def _describe(error: OSError) -> str:
    return error.strerror or type(error).__name__
