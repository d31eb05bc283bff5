"""Bytes -> text: BOM, declared charset, UTF-8, detection, then windows-1256 for Arabic.

Decoding never fails: undecodable bytes become U+FFFD so a good article with a few bad
bytes still gives its statements. `binary_reason` says when bytes are not text at all.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
ARABIC_FALLBACK = "cp1256"
DETECTION_SAMPLE = 64 * 1024
# Labels that browsers (WHATWG Encoding) read as a wider code page than the name says.
LABEL_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-6": "iso-8859-6",
    "windows-1256": "cp1256",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
}
MAGIC = (
    (b"\x04\x22\x4d\x18", "LZ4-compressed: decompress it first (lz4 -d)"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed: decompress it first (zstd -d)"),
    (b"BZh", "bzip2-compressed: decompress it first (bunzip2)"),
    (b"\xfd7zXZ\x00", "xz-compressed: decompress it first (unxz)"),
    (b"PK\x03\x04", "a ZIP archive: unzip it first"),
    (b"%PDF-", "a PDF: convert it to text first"),
)
_DECLARED = re.compile(
    rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the encoding it was read with."""

    text: str
    encoding: str


def codec_name(label: str | None) -> str | None:
    """The Python codec for a charset label, or None when the label is unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML meta tag or an XML declaration in `head` names, if Python knows it."""
    match = _DECLARED.search(head[:4096])
    return codec_name(match.group(1).decode("ascii")) if match else None


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, BOM length) when `data` starts with a byte-order mark."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def _wide_candidate(head: bytes) -> str | None:
    """The UTF-32/UTF-16 byte order that NUL positions point to (BMP text has NULs in fixed places)."""
    at = [head[k::4].count(0) for k in range(4)]
    if at[2] and at[3] and not at[0]:
        return "utf-32-le"
    if at[0] and at[1] and not at[3]:
        return "utf-32-be"
    even, odd = at[0] + at[2], at[1] + at[3]
    if odd > 10 * even:
        return "utf-16-le"
    if even > 10 * odd:
        return "utf-16-be"
    return None


def unmarked_wide(data: bytes) -> str | None:
    """UTF-32 or UTF-16 (LE/BE) without a BOM, told by where its NUL bytes sit; else None."""
    head = data[:4096]
    name = _wide_candidate(head) if b"\x00" in head else None
    if name is None:
        return None
    width = 4 if name.startswith("utf-32") else 2
    try:
        text = head[: len(head) // width * width].decode(name)
    except UnicodeDecodeError:
        return None
    return name if text and len(_CONTROL.findall(text)) <= len(text) // 50 else None


def binary_reason(head: bytes) -> str | None:
    """Why `head` (the first bytes of a file) is not text, or None when it looks like text."""
    for magic, reason in MAGIC:
        if head.startswith(magic):
            return reason
    if bom_encoding(head) or unmarked_wide(head):
        return None
    if b"\x00" in head:
        return "it holds NUL bytes"
    sample = head[:8192].decode("latin-1")
    controls = len(_CONTROL.findall(sample))
    if sample and controls > len(sample) // 20:
        return f"{controls} of its first {len(sample)} bytes are control characters"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """True when `data` is UTF-8 with a few bad bytes: 4 in 5 non-ASCII characters decode.

    Text in a legacy code page read as UTF-8 has almost no valid multi-byte characters.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = sum(1 for char in text if char > "\x7f") - bad
    return non_ascii > 0 and bad * 4 <= non_ascii


def _detected(data: bytes) -> str:
    """charset-normalizer's guess over a sample; windows-1256 when it has none or reads Arabic worse."""
    sample = data[:DETECTION_SAMPLE]
    best = charset_normalizer.from_bytes(sample).best()
    guess = codec_name(best.encoding) if best is not None else None
    if guess is None or (_arabic_share(sample, ARABIC_FALLBACK) > 0.6 > _arabic_share(sample, guess)):
        return ARABIC_FALLBACK
    return guess


def _arabic_share(data: bytes, encoding: str) -> float:
    """The share of Arabic letters among the non-ASCII characters of `data` read as `encoding`."""
    text = data.decode(encoding, errors="replace")
    non_ascii = [char for char in text if char > "\x7f"]
    arabic = sum(1 for char in non_ascii if "\u0600" <= char <= "\u06ff")
    return arabic / len(non_ascii) if non_ascii else 0.0


def choose_encoding(data: bytes, declared: str | None = None) -> str:
    """The encoding to read `data` with: BOM, declaration, UTF-8, detection, windows-1256."""
    bom = bom_encoding(data)
    if bom:
        return bom[0]
    wide = unmarked_wide(data)
    if wide:
        return wide
    try:
        data.decode("utf-8")
        return "utf-8"  # valid UTF-8 wins even over a stale declaration (re-saved pages)
    except UnicodeDecodeError:
        pass
    declared = codec_name(declared) or declared_charset(data)
    if declared and declared != "utf-8":
        return declared
    if declared == "utf-8" or _mostly_utf8(data):
        return "utf-8"
    return _detected(data)


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode `data` (see module doc); newlines become LF and a leading BOM is dropped."""
    encoding = choose_encoding(data, declared)
    bom = bom_encoding(data)
    body = data[bom[1] :] if bom else data
    text = body.decode(encoding, errors="replace")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text=text, encoding=encoding)
