"""Feeds: one document per item, full text where it is carried, title first, malformed feeds kept."""

from __future__ import annotations

from pathlib import Path

from rawi.records import Document, Rejection
from rawi.sources.feeds import read_feed, with_title

FIXTURES = Path(__file__).parent / "fixtures" / "sources"


def items(name: str) -> list[Document | Rejection]:
    """What read_feed makes of a fixture."""
    return list(read_feed(name, (FIXTURES / name).read_bytes()))


def test_rss_items_carry_full_text_link_date_and_outlet():
    first, second, third = items("feed.rss")
    assert isinstance(first, Document)
    assert first.name == "feed.rss#1"
    assert first.text.splitlines()[0] == first.title == "وزير النقل: افتتاح الطريق الساحلي في الربيع"
    assert "الأشغال تسير وفق الجدول" in first.text  # content:encoded, not the short description
    assert "ملخص قصير" not in first.text
    assert (first.url, first.published, first.outlet) == (
        "https://news.example.org/road",
        "2024-03-11",
        "أخبار الساحل",
    )
    assert isinstance(second, Document) and "نفت إدارة الميناء" in second.text  # summary only
    assert isinstance(third, Rejection) and third.code == "E012"


def test_atom_content_is_plain_text_with_the_published_date():
    [entry] = items("feed.atom")
    assert isinstance(entry, Document)
    assert entry.text.endswith('"We are on schedule," said Mara Lind.')
    assert "<p>" not in entry.text
    assert (entry.published, entry.outlet) == ("2024-04-02", "Harbour News")


def test_malformed_feed_keeps_the_items_before_the_break():
    found = items("broken.rss")
    assert isinstance(found[0], Document) and "first item is whole" in found[0].text
    assert isinstance(found[-1], Rejection) and found[-1].code == "E007" and "line" in found[-1].reason


def test_not_a_feed_and_empty_feed():
    [broken] = read_feed("x.xml", b"<rss><channel><title>t</title>")
    assert broken.code == "E007"
    [empty] = read_feed("y.xml", b"<rss version='2.0'><channel><title>t</title></channel></rss>")
    assert empty.code == "E012"


def test_title_is_not_repeated():
    assert with_title("Headline", "Headline\n\nbody") == "Headline\n\nbody"
    assert with_title(None, "body") == "body"


def test_markup_of_an_unknown_content_type_is_read_as_html():
    feed = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title>'
        b'<content type="application/octet-stream" mode="base64">PHA+c2FpZCB0aGUgbWluaXN0ZXI8L3A+</content>'
        b"</entry></feed>"
    )
    [entry] = read_feed("b64.xml", feed)
    assert isinstance(entry, Document) and entry.text == "t\n\nsaid the minister"
