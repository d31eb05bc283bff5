"""Sniffing: the format comes from the bytes first and the file name second."""

from __future__ import annotations

import gzip

import pytest

from rawi.sources.sniff import Kind, archive_inside, one_gzip_member, sniff


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("a.txt", b"", Kind.EMPTY),
        ("a.txt", b"  \n\t ", Kind.EMPTY),
        ("a.txt", b"\x00\x01\x02\x03binary", Kind.BINARY),
        ("a.gz", gzip.compress(b"hello"), Kind.GZIP),
        ("crawl", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", Kind.ARCHIVE),
        ("old", b"filedesc://x.arc 0.0.0.0 20140101000000 text/plain 10\n", Kind.ARCHIVE),
        ("a.txt", b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', Kind.FEED),
        ("a", b"<feed xmlns='http://www.w3.org/2005/Atom'>", Kind.FEED),
        ("empty.xml", b"<!-- nothing here -->", Kind.FEED),
        ("page.txt", b"<!DOCTYPE html><html><body>", Kind.HTML),
        ("page.html", b"just words", Kind.HTML),
        ("dump", b'{"text": "x"}\n{"text": "y"}\n', Kind.JSONL),
        ("dump.jsonl", b'{"text": "x"', Kind.JSONL),
        ("dump.json", b'[{"text": "x"}]', Kind.JSON),
        ("note.txt", b"{not json at all", Kind.TEXT),
        ("note", "قال الوزير".encode(), Kind.TEXT),
    ],
)
def test_kinds(name, head, kind):
    assert sniff(name, head)[0] is kind


def test_html_page_mentioning_a_feed_is_html():
    assert sniff("x", b'<html><head><link rel="alternate" href="feed"></head><body><channel>')[0] is Kind.HTML


def test_gzip_archives_are_told_apart():
    record = b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
    assert archive_inside(gzip.compress(record))
    assert not archive_inside(gzip.compress(b"plain text"))
    assert one_gzip_member(gzip.compress(record * 2))
    assert not one_gzip_member(gzip.compress(record) + gzip.compress(record))


def test_markup_in_a_leading_comment_does_not_decide():
    head = b"<!--\nExpect: value == '<p>x</p>'\n-->\n<rss version='2.0'><channel>"
    assert sniff("<stdin>", head)[0] is Kind.FEED
