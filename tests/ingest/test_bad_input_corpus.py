"""A folder of everything that can go wrong: every file ends up in the report, and the report does not
depend on the order in which the files were created."""

from __future__ import annotations

import os
import random
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import claimrec
from claimrec.ingest import DEFAULT_MAX_FILE_BYTES
from claimrec.models import Report

from ..fakes import HashEmbedder

DANISH = (
    "Torsdag aften tabte afghanske regeringsstyrker Kandahar. Det er landets næststørste by med 614.000 indbyggere."
)
GERMAN = "Die Regierung schickt 3.000 Soldaten nach Kabul, sagte ein Sprecher am Freitag."
DEPTH = 1_100  # deeper than Python's recursion limit (1,000)
HUGE_BYTES = 100 * 1024 * 1024
TINY_FILES = 10_000


def _bad_inputs() -> dict[str, Callable[[Path], None]]:
    """Relative path → a function that creates it inside a folder."""

    def write(relative: str, data: bytes) -> Callable[[Path], None]:
        def create(root: Path) -> None:
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)

        return create

    def huge(root: Path) -> None:
        with (root / "huge.txt").open("wb") as handle:  # sparse: no 100 MB written
            handle.truncate(HUGE_BYTES)

    def deep(root: Path) -> None:
        folder = root / "deep"
        folder.mkdir()
        descriptor = os.open(folder, os.O_RDONLY)
        try:  # relative to an open folder: the full path would exceed PATH_MAX for mkdir
            for _ in range(DEPTH):
                os.mkdir("d", dir_fd=descriptor)
                inner = os.open("d", os.O_RDONLY, dir_fd=descriptor)
                os.close(descriptor)
                descriptor = inner
            bottom = os.open("bottom.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=descriptor)
            os.write(bottom, GERMAN.encode())
            os.close(bottom)
        finally:
            os.close(descriptor)

    def loops(root: Path) -> None:
        (root / "loops").mkdir()
        (root / "loops" / "self.txt").symlink_to("self.txt")
        (root / "loops" / "a.txt").symlink_to("b.txt")
        (root / "loops" / "b.txt").symlink_to("a.txt")
        (root / "loops" / "up").symlink_to("..", target_is_directory=True)

    return {
        "fine.txt": write("fine.txt", DANISH.encode()),
        "binary.txt": write("binary.txt", bytes(range(256)) * 40),
        "truncated.txt": write("truncated.txt", DANISH.encode()[: DANISH.encode().index("æ".encode()) + 1]),
        "huge.txt": huge,
        "deep": deep,
        "loops": loops,
        "nul.md": write("nul.md", b"12 soldater\x00\x00\x00 " * 50),
        "bad.json": write("bad.json", b'{"text": "3 soldater", "date": '),
        "bom.txt": write("bom.txt", b"\xef\xbb\xbf\xef\xbb\xbf" + GERMAN.encode()),
        "mixed.txt": write("mixed.txt", DANISH.encode() + b" " + GERMAN.encode("utf-16")),
    }


@pytest.fixture(autouse=True)
def _remove_deep_folders(tmp_path: Path) -> Iterator[None]:
    """Remove the deep folders after each test: shutil.rmtree, as pytest cleans up, recurses once per level."""
    yield
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10 * DEPTH))
    try:
        for deep in tmp_path.glob("**/deep"):
            shutil.rmtree(deep)
    finally:
        sys.setrecursionlimit(limit)


def _build(root: Path, order: list[str]) -> None:
    makers = _bad_inputs()
    for name in order:
        makers[name](root)


def _reconcile(root: Path) -> Report:
    return claimrec.reconcile(root, embedder=HashEmbedder(), incremental=False)


def _all_paths(root: Path) -> set[str]:
    """Every file and link below `root`, walked without following links, as paths relative to it."""
    found, folders = set(), [""]
    while folders:  # os.walk recurses in Python 3.11, too deep for the deep folder
        prefix = folders.pop()
        with os.scandir(root / prefix) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(prefix + entry.name + "/")
                else:
                    found.add(prefix + entry.name)
    return found


def _accounted(report: Report) -> set[str]:
    return {doc.path for doc in report.documents} | {item.path.split("#")[0] for item in report.skipped}


def test_every_bad_input_is_accounted_for_and_none_crashes(tmp_path: Path) -> None:
    _build(tmp_path, sorted(_bad_inputs()))
    report = _reconcile(tmp_path)
    assert _all_paths(tmp_path) == _accounted(report)
    skipped = {item.path: item.code for item in report.skipped}
    assert skipped["huge.txt"] == "W103"
    assert skipped["binary.txt"] == "W105"
    assert skipped["loops/self.txt"] in ("W107", "W110")
    assert skipped["loops/up"] == "W110"
    bottom = "deep/" + "d/" * DEPTH + "bottom.txt"
    assert report.document(bottom.removesuffix(".txt")).language == "de"
    counts = [claim for claim in report.claims if claim.doc_id == bottom.removesuffix(".txt") and claim.kind == "count"]
    assert [claim.value for claim in counts] == [3000]
    truncated = report.document("truncated")
    assert truncated.text.startswith("Torsdag aften tabte afghanske regeringsstyrker Kandahar. Det er landets n")
    assert {warning.code for warning in truncated.warnings} & {"W201", "W202"}


def test_a_huge_file_is_skipped_without_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _bad_inputs()["huge.txt"](tmp_path)
    _bad_inputs()["fine.txt"](tmp_path)
    read_sizes: list[int] = []
    original = os.read

    def counting_read(descriptor: int, size: int) -> bytes:
        read_sizes.append(size)
        return original(descriptor, size)

    monkeypatch.setattr(os, "read", counting_read)
    report = _reconcile(tmp_path)
    assert [item.code for item in report.skipped] == ["W103"]
    assert max(read_sizes, default=0) <= DEFAULT_MAX_FILE_BYTES + 1


def test_the_report_does_not_depend_on_the_order_files_were_created_in(tmp_path: Path) -> None:
    names = sorted(_bad_inputs())
    shuffled = names.copy()
    random.Random(7).shuffle(shuffled)
    assert shuffled != names
    reports = []
    for label, order in (("first", names), ("second", list(reversed(shuffled)))):
        root = tmp_path / label / "corpus"
        root.mkdir(parents=True)
        _build(root, order)
        reports.append(_reconcile(root).to_json())
    assert reports[0] == reports[1]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_and_folder_are_listed(tmp_path: Path) -> None:
    _bad_inputs()["fine.txt"](tmp_path)
    (tmp_path / "secret.txt").write_text(DANISH, encoding="utf-8")
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "inside.txt").write_text(DANISH, encoding="utf-8")
    (tmp_path / "secret.txt").chmod(0)
    (tmp_path / "closed").chmod(0)
    try:
        report = _reconcile(tmp_path)
    finally:
        (tmp_path / "closed").chmod(0o755)
    assert {item.path: item.code for item in report.skipped} == {"secret.txt": "W106", "closed": "W106"}


def test_ten_thousand_tiny_files_are_each_a_document_or_a_skip(tmp_path: Path) -> None:
    contents = [b"", b" ", b"7", b"Hej.", b"3 soldater.", b"\xff", "Zwölf Städte.".encode()]
    for number in range(TINY_FILES):
        folder = tmp_path / f"{number // 1000:02d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{number:05d}.txt").write_bytes(contents[number % len(contents)])
    report = _reconcile(tmp_path)
    assert _all_paths(tmp_path) == _accounted(report)
    assert len(report.documents) + len(report.skipped) == TINY_FILES
