from __future__ import annotations

from claimrec.ingest.html import declared_charset, parse_html

PAGE = """<!doctype html><html lang="da"><head><meta charset="utf-8">
<title>Taliban indtager Kandahar</title>
<meta property="article:published_time" content="2021-08-13T07:00:00Z">
<meta property="og:site_name" content="Ritzau">
<script>var x = "not text";</script><style>p {color: red}</style></head>
<body><nav>Forside | Udland</nav>
<article><h1>Taliban indtager Kandahar</h1>
<p>Torsdag aften tabte <b>afghanske</b> regeringsstyrker Kandahar.</p>
<figure><img src="x.jpg"><figcaption>Kandahar. Foto: AP</figcaption></figure>
<p>Det er landets n&aelig;ststørste by.</p></article>
<footer>© Ritzau</footer></body></html>"""


def test_visible_article_text_comes_out_one_paragraph_per_block() -> None:
    page = parse_html(PAGE)
    assert page.text.split("\n\n") == [
        "Taliban indtager Kandahar",
        "Torsdag aften tabte afghanske regeringsstyrker Kandahar.",
        "Kandahar. Foto: AP",
        "Det er landets næststørste by.",
    ]


def test_metadata_from_meta_tags_title_and_html_lang() -> None:
    fields = parse_html(PAGE).fields
    assert fields == {
        "language": "da",
        "title": "Taliban indtager Kandahar",
        "published": "2021-08-13T07:00:00Z",
        "source": "Ritzau",
    }


def test_page_without_head_end_tag_still_yields_body_text() -> None:
    assert parse_html("<html><head><title>T</title><body><p>Tekst her.</p>").text == "Tekst her."


def test_declared_charset() -> None:
    assert declared_charset(b'<html><head><meta charset="windows-1252">') == "windows-1252"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">') == "ISO-8859-1"
    assert declared_charset(b"<p>no declaration</p>") is None
