"""Find the article files below a folder, in a fixed order, accounting for everything passed over."""

from __future__ import annotations

import errno
import os
import stat
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
    `follow_links`.

    Args:
        root: An existing folder.
        follow_links: Read files and folders that links point to outside `root`.
    """
    result = WalkResult()
    real_root = root.resolve()
    _walk(root, "", real_root, frozenset(), follow_links, result)
    return result


def _walk(
    folder: Path,
    prefix: str,
    real_root: Path,
    active: frozenset[Path],
    follow_links: bool,
    result: WalkResult,
) -> None:
    active = active | {folder.resolve()}
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        result.skipped.append(WarningCode.UNREADABLE.skip(prefix or ".", error=_describe(error)))
        return
    for entry in entries:
        relative = prefix + entry.name
        if entry.name.startswith("."):
            what = "folder" if entry.is_dir(follow_symlinks=False) else "file"
            result.skipped.append(WarningCode.HIDDEN.skip(relative, what=what))
            continue
        if entry.is_symlink():
            _visit_link(Path(entry.path), relative, real_root, active, follow_links, result)
            continue
        try:
            mode = entry.stat(follow_symlinks=False).st_mode
        except OSError as error:
            result.skipped.append(WarningCode.UNREADABLE.skip(relative, error=_describe(error)))
            continue
        if stat.S_ISDIR(mode):
            _walk(Path(entry.path), relative + "/", real_root, active, follow_links, result)
        else:
            _visit_file(Path(entry.path), relative, mode, result)


def _visit_link(
    link: Path,
    relative: str,
    real_root: Path,
    active: frozenset[Path],
    follow_links: bool,
    result: WalkResult,
) -> None:
    target = Path(os.path.realpath(link))
    try:
        mode = target.stat().st_mode
    except OSError as error:
        code = WarningCode.LINK_LOOP if error.errno == errno.ELOOP else WarningCode.BROKEN_LINK
        result.skipped.append(code.skip(relative, target=str(link.readlink())))
        return
    if stat.S_ISDIR(mode) and target in active:
        result.skipped.append(WarningCode.LINK_LOOP.skip(relative, target=str(target)))
    elif target.is_relative_to(real_root):
        inside = target.relative_to(real_root).as_posix()
        result.skipped.append(WarningCode.LINK_INSIDE.skip(relative, target=inside))
    elif not follow_links:
        result.skipped.append(WarningCode.LINK_OUTSIDE.skip(relative, target=str(target)))
    elif stat.S_ISDIR(mode):
        _walk(target, relative + "/", real_root, active, follow_links, result)
    else:
        _visit_file(target, relative, mode, result)


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
