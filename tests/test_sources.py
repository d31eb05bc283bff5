"""iter_documents on real peer test data and the shared corpus: documents or coded rejections."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rawi.errors import CODES
from rawi.records import Document, Rejection
from rawi.sources import SourceOptions, iter_documents

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PEERS = SHARED / "peers"
CORPUS = SHARED / "corpus"
needs_peers = pytest.mark.skipif(not PEERS.is_dir(), reason="../shared/peers is not on this machine")
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not on this machine")


def read(path: Path) -> list[Document | Rejection]:
    """Everything iter_documents makes of one path."""
    return list(iter_documents([str(path)]))


def codes(items: list[Document | Rejection]) -> Counter[str]:
    """Rejection codes, with 'doc' for documents."""
    return Counter(item.code if isinstance(item, Rejection) else "doc" for item in items)


@needs_peers
def test_every_peer_file_gives_documents_or_coded_rejections():
    files = sorted(path for path in PEERS.rglob("*") if path.is_file())
    assert len(files) > 400
    for path in files:
        items = read(path)
        assert items, path
        for item in items:
            assert isinstance(item, Document | Rejection), path
            if isinstance(item, Rejection):
                assert item.code in CODES and item.reason, (path, item)
                assert item.name.startswith(str(path))
            else:
                assert item.text.strip(), (path, item.name)


@needs_peers
def test_warc_and_arc_responses_carry_url_and_date():
    for name in ("example.warc", "example.warc.gz", "example.arc", "example.arc.gz"):
        items = read(PEERS / "warc" / "warcio" / name)
        assert codes(items) == Counter(doc=1), name
        document = items[0]
        assert isinstance(document, Document)
        assert document.url == "http://example.com/" and document.media_type == "text/html"
        assert "Example Domain" in document.text
        assert document.published and document.published[:4].isdigit()


@needs_peers
def test_chunked_response_is_dechunked():
    items = read(PEERS / "warc" / "warcio" / "example-iana.org-chunked.warc")
    assert codes(items) == Counter(doc=1)
    assert items[0].text.lstrip().lower().startswith("<!doctype html")


@needs_peers
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("warcio/example-bad-non-chunked.warc.gz", Counter(doc=1)),  # read unpacked, not refused
        ("warcio/example-trunc.warc", Counter(doc=1, E007=1)),
        ("warcio/example-wrong-chunks.warc.gz", Counter(E006=1, E007=1)),
        ("warcio/post-test.warc.gz", Counter(E012=1)),
        ("resiliparse/clipped.warc.gz", Counter(doc=1, E007=1)),
        ("resiliparse/warcfile.warc.lz4", Counter(E002=1)),
        ("resiliparse/warcfile.warc.gz", Counter(doc=16)),
        ("resiliparse/clueweb-quirk.warc.gz", Counter(doc=29)),
    ],
)
def test_malformed_archives_keep_what_they_can(name, expected):
    assert codes(read(PEERS / "warc" / name)) == expected


@needs_peers
def test_clueweb_euc_jp_pages_are_decoded_with_their_declared_charset():
    documents = [item for item in read(PEERS / "warc" / "resiliparse" / "clueweb-quirk.warc.gz")]
    assert {item.encoding for item in documents} == {"euc_jp"}
    assert all("\ufffd" not in item.text[:2000] for item in documents)


@needs_peers
def test_illformed_feeds_are_rejected_or_recovered_with_e007():
    for path in sorted((PEERS / "feeds" / "illformed").glob("*.xml")):
        found = codes(read(path))
        assert set(found) <= {"doc", "E007", "E012"}, path


@needs_peers
def test_wide_encodings_without_bom_are_feeds_not_binary():
    for path in sorted((PEERS / "feeds" / "encoding").glob("utf*")):
        assert "E002" not in codes(read(path)), path


@needs_corpus
def test_corpus_folders_give_every_article_and_take_the_index_as_metadata():
    items = read(CORPUS / "ar")
    articles = len(list((CORPUS / "ar").glob("*.txt")))
    assert articles > 100
    assert codes(items) == Counter(doc=articles)
    assert all(item.outlet for item in items if isinstance(item, Document) and item.name.endswith(".txt"))
    assert all(item.encoding == "utf-8" for item in items if isinstance(item, Document))
    html = read(CORPUS / "html")
    assert sum(1 for item in html if isinstance(item, Document) and item.media_type == "text/html") == 13


@needs_corpus
def test_index_jsonl_reads_with_the_right_field_mapping():
    items = list(iter_documents([str(CORPUS / "ar" / "index.jsonl")], SourceOptions(text_field="file")))
    listed = len((CORPUS / "ar" / "index.jsonl").read_text("utf-8").splitlines())
    assert codes(items) == Counter(doc=listed)
    assert items[0].url and items[0].outlet


SUFFIXES = ["", ".txt", ".html", ".xml", ".rss", ".jsonl", ".json", ".warc", ".warc.gz", ".gz", ".arc"]
PREFIXES = [
    b"",
    b"WARC/1.0\r\n",
    b"\x1f\x8b\x08\x00",
    b"<rss><channel><item>",
    b'{"text": "',
    b"[",
    b"\xff\xfe",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_never_raise(tmp_path, prefix, body, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(prefix + body)
    items = read(path)
    assert items
    assert all(isinstance(item, Document) or item.code in CODES for item in items)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=1, max_value=4000))
def test_any_prefix_of_a_real_archive_keeps_records_or_says_why(tmp_path, cut):
    source = PEERS / "warc" / "warcio" / "example.warc.gz"
    if not source.is_file():
        pytest.skip("../shared/peers is not on this machine")
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(source.read_bytes()[:cut])
    items = read(path)
    assert items and all(isinstance(item, Document) or item.code in CODES for item in items)
