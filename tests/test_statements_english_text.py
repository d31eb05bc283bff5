"""English text layout: blocks joined inside multi-paragraph quotes, quotation regions, sentences."""

from __future__ import annotations

from rawi.pipeline import process_document
from rawi.records import Article, Document, Extraction, Span
from rawi.statements.english.lexicon import english
from rawi.statements.english.text import blocks, sentences


def article(*paragraphs: str) -> Article:
    """An article whose spans are the given paragraphs, separated by a line break and an indent."""
    text, spans = "", []
    for paragraph in paragraphs:
        spans.append(Span(len(text), len(text) + len(paragraph), "paragraph"))
        text += paragraph + "\n    "
    return Article(name="a.txt", text=text, lang="en", headline=None, published=None, spans=tuple(spans))


def sentence_texts(paragraph: str) -> list[str]:
    a = article(paragraph)
    return [a.text[s.start : s.end] for b in blocks(a) for s in sentences(a.text, b, english())]


def test_sentences_split_before_capitals_but_not_after_abbreviations():
    assert sentence_texts("Mr. Smith met U.S. officials. Prices rose 2.5 pct. He left.") == [
        "Mr. Smith met U.S. officials.",
        "Prices rose 2.5 pct.",
        "He left.",
    ]


def test_an_abbreviation_ends_a_sentence_before_a_clear_sentence_start():
    assert sentence_texts("It will expand in the U.K. But the firm said no.") == [
        "It will expand in the U.K.",
        "But the firm said no.",
    ]


def test_no_split_inside_a_quotation():
    assert sentence_texts('"We agree. We sign," he said. Talks ended.') == [
        '"We agree. We sign," he said.',
        "Talks ended.",
    ]


def test_a_dateline_inside_the_first_paragraph_is_skipped():
    assert sentence_texts("NANAIMO, British Columbia, June 1 - Workers voted.") == ["Workers voted."]


def test_a_quote_running_into_the_next_paragraph_joins_the_blocks():
    a = article('He said, "Prices are falling.', '"We will act soon."', "Shares rose.")
    found = blocks(a)
    assert len(found) == 2
    first = found[0]
    assert len(first.quotes) == 1
    opening, closing = first.quotes[0]
    assert a.text[opening] == '"' and a.text[closing] == '"'
    assert a.text[opening + 1 : closing].endswith("We will act soon.")


def test_curly_quotes_pair_by_direction():
    a = article("“One,” he said, “two.”")
    (block,) = blocks(a)
    assert [a.text[o + 1 : c] for o, c in block.quotes] == ["One,", "two."]


def test_scraping_stars_before_a_dateline_stay_out_of_the_content():
    text = (
        "NORWAY SETS NO FISH TARGET\n1987-03-05\n****OSLO, March 5 - Norway has no set target for its "
        "fish exports, Fisheries Minister Ola Brekke said.\n Reuter\n"
    )
    result = process_document(Document(name="story.txt", text=text))
    assert isinstance(result, Extraction)
    assert [s.content for s in result.statements] == ["Norway has no set target for its fish exports"]
