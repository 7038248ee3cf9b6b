from __future__ import annotations

from claimrec.langid import detect_language, sentence_languages

LANGUAGES = ("da", "de", "en", "nb", "nn", "sv")


def test_whole_texts_in_each_language_are_identified() -> None:
    texts = {
        "da": "Regeringen oplyser, at de sidste danske soldater forlod landet i juni efter en lang indsats.",
        "nb": "Regjeringen opplyser at de siste norske soldatene forlot landet i juni etter et langt oppdrag.",
        "nn": "Regjeringa opplyser at dei siste norske soldatane forlét landet i juni etter eit langt oppdrag.",
        "sv": "Regeringen uppger att de sista svenska soldaterna lämnade landet i juni efter ett långt uppdrag.",
        "de": "Die Regierung teilt mit, dass die letzten deutschen Soldaten das Land im Juni verlassen haben.",
        "en": "The government says the last British soldiers left the country in June after a long mission.",
    }
    assert {code: detect_language(text, LANGUAGES).code for code, text in texts.items()} == {
        code: code for code in texts
    }


def test_a_long_english_quote_in_a_danish_article_is_english() -> None:
    quote = "The United States will send three thousand troops to help evacuate the embassy staff this week."
    assert sentence_languages([quote], "da", LANGUAGES) == ["en"]


def test_short_or_close_sentences_keep_the_document_language() -> None:
    sentences = ["Det er landets næststørste by.", "Kandahar falt.", "Tolv hovedsteder er falt på bare en uke."]
    assert sentence_languages(sentences, "nb", LANGUAGES) == ["nb", "nb", "nb"]


def test_text_without_letters_has_no_language() -> None:
    assert detect_language("123 456 !!", LANGUAGES).code is None
