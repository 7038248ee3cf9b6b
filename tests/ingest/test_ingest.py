from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimrec.errors import InputNotFoundError
from claimrec.ingest import assign_reference_dates, ingest
from claimrec.lang import SUPPORTED_LANGUAGES
from claimrec.models import Document

from ..conftest import SEEDS

LANGUAGES = SUPPORTED_LANGUAGES
DANISH = "Torsdag aften tabte afghanske regeringsstyrker Kandahar. Det er landets næststørste by."
NORWEGIAN = "Storbritannia vil sende rundt 600 soldater for å hjelpe britiske statsborgere med å forlate landet."


def test_seeds_give_five_documents_with_languages_and_month_dates() -> None:
    result = ingest(SEEDS, languages=LANGUAGES)
    assert [(doc.language, doc.published) for doc in result.documents] == [
        ("da", "2021-08"),
        ("nb", "2021-08"),
        ("da", "2021-07"),
        ("nb", None),
        ("da", "2021-06"),
    ]
    assert result.skipped == []
    undated = result.documents[3]
    assert [warning.code for warning in undated.warnings] == ["W203", "W208"]
    assert undated.reference_date == "2021-08"
    assert [doc.reference_date for doc in result.documents] == ["2021-08", "2021-08", "2021-07", "2021-08", "2021-06"]


def test_reference_date_of_undated_documents_is_the_newest_date_or_none() -> None:
    undated = Document(id="u", path="u", text="x")
    dated = [
        Document(id=str(n), path="p", text="x", published=date) for n, date in enumerate(["2021-08", "2021-08-13"])
    ]
    assert [doc.reference_date for doc in assign_reference_dates([undated, *dated])] == [
        "2021-08-13",
        "2021-08",
        "2021-08-13",
    ]
    assert assign_reference_dates([undated])[0].reference_date is None


def test_seed_text_is_the_file_text_and_the_body_starts_after_the_header() -> None:
    document = ingest(SEEDS, languages=LANGUAGES).documents[0]
    assert document.text == (SEEDS / f"{document.id}.txt").read_text(encoding="utf-8")
    assert document.text[document.body_start :].startswith("Mens forhandlere")


def test_bad_input_folder_accounts_for_every_file(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 10)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "legacy.txt").write_bytes(DANISH.encode("cp1252"))
    (tmp_path / "huge.txt").write_bytes(b"a" * 2_000)
    (tmp_path / "fine.txt").write_text(NORWEGIAN, encoding="utf-8")
    result = ingest(tmp_path, languages=LANGUAGES, max_file_bytes=1_000)
    assert {item.path: item.code for item in result.skipped} == {
        "binary.txt": "W105",
        "blank.md": "W104",
        "empty.txt": "W104",
        "huge.txt": "W103",
    }
    documents = {doc.id: doc for doc in result.documents}
    assert sorted(documents) == ["fine", "legacy"]
    assert documents["legacy"].text == DANISH
    assert documents["legacy"].encoding == "cp1252"
    assert "W201" in [warning.code for warning in documents["legacy"].warnings]
    assert documents["legacy"].language == "da"
    assert documents["fine"].language == "nb"


def test_unreadable_file_is_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "secret.txt").write_text(DANISH, encoding="utf-8")
    original = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refuse)
    result = ingest(tmp_path, languages=LANGUAGES)
    assert [(item.path, item.reason) for item in result.skipped] == [("secret.txt", "cannot read: Permission denied")]


def test_json_list_and_jsonl_records_become_documents(tmp_path: Path) -> None:
    records = [
        {"title": "Kandahar", "date": "2021-08-13", "source": "Ritzau", "text": DANISH},
        {"title": "no text here"},
        {"body": NORWEGIAN, "published": "2021-08"},
    ]
    (tmp_path / "list.json").write_text(json.dumps(records), encoding="utf-8")
    lines = [json.dumps({"content": NORWEGIAN, "language": "nb-NO"}), "", "{broken", json.dumps({"text": DANISH})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    result = ingest(tmp_path, languages=LANGUAGES)
    assert [(doc.id, doc.path, doc.format, doc.published, doc.language) for doc in result.documents] == [
        ("feed#1", "feed.jsonl", "jsonl", None, "nb"),
        ("feed#4", "feed.jsonl", "jsonl", None, "da"),
        ("list#1", "list.json", "json", "2021-08-13", "da"),
        ("list#3", "list.json", "json", "2021-08", "nb"),
    ]
    assert result.documents[2].title == "Kandahar"
    assert result.documents[2].source == "Ritzau"
    assert {item.path: item.code for item in result.skipped} == {"feed.jsonl#3": "W113", "list.json#2": "W112"}


def test_html_article_is_read_with_its_metadata(tmp_path: Path) -> None:
    page = (
        '<html lang="da"><head><meta name="date" content="2021-08-13"><title>T</title></head>'
        f"<body><p>{DANISH}</p></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    [document] = ingest(tmp_path, languages=LANGUAGES).documents
    assert (document.format, document.published, document.title, document.language, document.text) == (
        "html",
        "2021-08-13",
        "T",
        "da",
        DANISH,
    )


def test_files_sharing_a_stem_keep_their_suffix_in_the_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DANISH, encoding="utf-8")
    (tmp_path / "a.md").write_text(NORWEGIAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(DANISH, encoding="utf-8")
    assert [doc.id for doc in ingest(tmp_path, languages=LANGUAGES).documents] == ["a.md", "a.txt", "b"]


def test_declared_language_wins_and_an_unconfigured_one_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "nn.md").write_text(f"---\nlanguage: nn\n---\n{NORWEGIAN}", encoding="utf-8")
    (tmp_path / "fr.md").write_text(f"---\nlanguage: fr\n---\n{DANISH}", encoding="utf-8")
    documents = {doc.id: doc for doc in ingest(tmp_path, languages=LANGUAGES).documents}
    assert documents["nn"].language == "nn"
    assert documents["fr"].language == "da"
    assert "W206" in [warning.code for warning in documents["fr"].warnings]


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError, match="No such file or folder"):
        ingest(tmp_path / "nope", languages=LANGUAGES)


def test_a_single_file_can_be_given(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(DANISH, encoding="utf-8")
    [document] = ingest(tmp_path / "one.txt", languages=LANGUAGES).documents
    assert (document.id, document.path) == ("one", "one.txt")
