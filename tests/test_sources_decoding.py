"""Decoding: BOM, declared charset, UTF-8, detection and the windows-1256 fallback."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rawi.sources.decoding import binary_reason, choose_encoding, codec_name, declared_charset, decode

ARABIC = "قال المتحدث باسم الوزارة إن الحكومة ستعلن خطة جديدة، مضيفا أن «الوضع مستقر»."


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_text_with_a_bom_decodes_whatever_the_declaration(codec):
    data = ARABIC.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):
        data = (codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE) + data
    assert decode(data, declared="iso-8859-1").text == ARABIC


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_text_without_bom_is_recognised(codec):
    text = "The minister said on Tuesday. " + ARABIC
    assert decode(text.encode(codec)).text == text
    assert binary_reason(text.encode(codec)) is None


def test_windows_1256_arabic_is_detected():
    decoded = decode(ARABIC.encode("cp1256"))
    assert (decoded.text, decoded.encoding) == (ARABIC, "cp1256")


def test_short_windows_1256_arabic_falls_back_to_1256():
    assert decode("قال".encode("cp1256")).text == "قال"


def test_declared_charset_is_used_for_non_utf8_bytes():
    page = '<html><head><meta charset="windows-1256"></head><body>قال</body></html>'
    assert decode(page.encode("cp1256")).text == page
    xml = '<?xml version="1.0" encoding="ISO-8859-6"?><rss>قال</rss>'
    assert decode(xml.encode("iso-8859-6")).encoding == "iso8859-6"


def test_valid_utf8_wins_over_a_stale_declaration():
    page = '<meta charset="windows-1256"><p>' + ARABIC + "</p>"
    assert decode(page.encode("utf-8")).text == page


def test_a_few_bad_bytes_in_utf8_become_replacement_characters():
    good = ARABIC.encode("utf-8")
    cut = good.index(b" ", 15)
    decoded = decode(good[:cut] + b"\xff\xc3(" + good[cut:])
    assert decoded.encoding == "utf-8"
    assert decoded.text.replace("\ufffd", "").replace("(", "") == ARABIC


def test_latin_text_is_not_mistaken_for_utf8():
    assert (
        decode("Le président a déclaré « oui ».".encode("cp1252")).text == "Le président a déclaré « oui »."
    )


def test_newlines_become_lf():
    assert decode(b"a\r\nb\rc\n").text == "a\nb\nc\n"


def test_declared_charset_labels():
    assert (
        declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
        == "cp1256"
    )
    assert declared_charset(b"<?xml version='1.0' encoding='utf-8'?>") == "utf-8"
    assert declared_charset(b"<html><body>no declaration</body></html>") is None
    assert codec_name("iso-8859-1") == "cp1252"  # as browsers read it
    assert codec_name("no-such-charset") is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"\x04\x22\x4d\x18rest", "LZ4"),
        (b"%PDF-1.7", "PDF"),
        (b"PK\x03\x04zip", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL"),
        (bytes(range(1, 32)) * 10, "control"),
    ],
)
def test_binary_heads_say_what_they_are(head, expected):
    reason = binary_reason(head)
    assert reason is not None and expected in reason


def test_text_heads_are_not_binary():
    assert binary_reason(ARABIC.encode("utf-8")) is None
    assert binary_reason(ARABIC.encode("cp1256")) is None
    assert choose_encoding(b"plain ascii") == "utf-8"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([None, "utf-8", "windows-1256", "bogus", "utf-16"]))
def test_decoding_never_fails(data, declared):
    decoded = decode(data, declared)
    assert isinstance(decoded.text, str) and codec_name(decoded.encoding)
