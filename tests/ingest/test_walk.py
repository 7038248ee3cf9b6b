from __future__ import annotations

import os
from pathlib import Path

from claimrec.ingest.walk import find_files


def _write(path: Path, text: str = "Tekst.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_files_are_found_recursively_in_name_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.md", "a/b/c.json", "A.html", "c.jsonl"]:
        _write(tmp_path / name)
    found = find_files(tmp_path)
    assert [file.relative for file in found.files] == ["A.html", "a/b/c.json", "a/z.md", "b.txt", "c.jsonl"]
    assert found.skipped == []


def test_hidden_and_unsupported_entries_are_listed_not_dropped(tmp_path: Path) -> None:
    _write(tmp_path / ".git" / "config")
    _write(tmp_path / ".DS_Store")
    _write(tmp_path / "report.pdf")
    _write(tmp_path / "README")
    skipped = {item.path: item.code for item in find_files(tmp_path).skipped}
    assert skipped == {".git": "W101", ".DS_Store": "W101", "report.pdf": "W102", "README": "W102"}


def test_link_loop_is_reported_once_and_the_walk_ends(tmp_path: Path) -> None:
    _write(tmp_path / "sub" / "a.txt")
    (tmp_path / "sub" / "again").symlink_to(tmp_path, target_is_directory=True)
    found = find_files(tmp_path, follow_links=True)
    assert [file.relative for file in found.files] == ["sub/a.txt"]
    assert [(item.path, item.code) for item in found.skipped] == [("sub/again", "W110")]


def test_link_inside_the_folder_is_skipped_because_its_target_is_read(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    found = find_files(tmp_path)
    assert [file.relative for file in found.files] == ["a.txt"]
    assert [(item.path, item.code, item.reason) for item in found.skipped] == [
        ("b.txt", "W109", "link to a.txt, which is inside the input folder and read at its own path")
    ]


def test_link_outside_is_followed_only_when_asked(tmp_path: Path) -> None:
    outside = _write(tmp_path / "outside" / "x.txt").parent
    root = tmp_path / "root"
    root.mkdir()
    (root / "ext").symlink_to(outside, target_is_directory=True)
    assert [item.code for item in find_files(root).skipped] == ["W108"]
    followed = find_files(root, follow_links=True)
    assert [file.relative for file in followed.files] == ["ext/x.txt"]


def test_broken_link_and_fifo_are_listed(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    skipped = {item.path: item.code for item in find_files(tmp_path).skipped}
    assert skipped == {"gone.txt": "W107", "pipe.txt": "W111"}
