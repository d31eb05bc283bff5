"""Who an article credits as a whole: closing "المصادر:" lines, datelines, bylines, sign-offs.

Known agency and outlet names live in data/credits.json; names are returned as written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Final

from rawi.arabic.normalize import match_key

_SEPARATORS: Final = re.compile(r"\s*[-–—/|،,+&]\s*")
_AND: Final = re.compile(r"\s+و(?=\S)")
_DASH: Final = re.compile(r"\s*[-–—]+\s*")
_DATELINE: Final = re.compile(
    r"^(?P<place>[^()\n:.؟?!]{0,70}?)\s*\(\s*(?P<name>[^()\n]{2,30}?)\s*\)\s*(?P<dash>[-–—]+)?\s*"
)
_DASH_DATELINE: Final = re.compile(
    r"^(?P<place>[^()\n:.،,\-–—]{2,30}?)\s*[-–—]\s*(?P<name>[^()\n:.\-–—]{2,20}?)\s*[-–—]+\s*"
)
_PLACE_DATELINE: Final = re.compile(r"^(?P<place>[^\W\d_][^()\n:.؟?!\-–—\"«»“”]{1,40}?)\s+[-–—]+\s+(?=\w)")
_PLACE_WORDS: Final = 4  # 'الرباط', 'غزة، فلسطين', 'عمان، 3 ديسمبر'
_BYLINE_GOES_ON: Final = re.compile(r"[^\s:.،,]{2,30}(?:\s[^\s:.،,]{2,30})?\s*:")
# 'قال الوزير - في مؤتمر صحفي - إن ...': a second dash closes an aside before the complementiser
_ASIDE_CLOSES: Final = re.compile(r"[^\n\-–—.:]{1,80}?\s[-–—]+\s*(?:[وف]?ب?[أإا]ن(?:ه|ها|هم|هما|نا|ني)?\s|:)")
_QUOTED_BYLINE: Final = re.compile(r"^[^:\n.،,]{2,30}:\s*[«\"“](?P<name>[^»\"”\n]{2,30})[»\"”]\s*")
_INLINE_BYLINE: Final = re.compile(r"^(?P<by>[^:\n.،,]{2,60}?)\s*:\s*")
_CAPTION_CREDIT: Final = re.compile(r"(?:\s[-–—/|]\s*\(?|\()\s*(?P<name>[^()\-–—/|]{2,30}?)\s*\)?\s*$")
_CREDIT_TAIL: Final = 40
_MAX_CREDIT_WORDS: Final = 8
_TRAILING: Final = re.compile(r"[.!؟?\"»”]\s*\(\s*(?P<name>[^()]{2,25}?)\s*\)\s*$")
_NOT_A_NAME: Final = re.compile(r"[:؟?!\"«»“”\d]")
_LETTERS: Final = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class _Credits:
    """Folded names of agencies and outlets, generic credit words, closing labels and link lines."""

    known: frozenset[str]
    photo: frozenset[str]
    generic: frozenset[str]
    places: frozenset[str]
    labels: re.Pattern[str]
    link_lines: tuple[re.Pattern[str], ...]


@cache
def _credits() -> _Credits:
    """data/credits.json compiled once."""
    path = resources.files("rawi.articles").joinpath("data/credits.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    labels = "|".join(re.escape(label) for label in data["closing_labels"])
    return _Credits(
        known=frozenset(match_key(n) for n in data["agencies"] + data["outlets"]),
        photo=frozenset(match_key(n) for n in data["photo_credits"]),
        generic=frozenset(match_key(n) for n in data["generic_credits"]),
        places=frozenset(match_key(n) for n in data["places"]),
        labels=re.compile(rf"^(?:{labels})\s*[:：]\s*(?P<rest>.*)$", re.IGNORECASE),
        link_lines=tuple(re.compile(p) for p in data["link_lines"]),
    )


def is_known_credit(name: str) -> bool:
    """True for the name of a news agency or outlet listed in data/credits.json."""
    return match_key(name) in _credits().known


def is_generic_credit(name: str) -> bool:
    """True for credit words that name no outlet ("متابعات", "وكالات", "خاص")."""
    return match_key(name) in _credits().generic


def _split_and(part: str) -> list[str]:
    """Split "العربي ورويترز" into ["العربي", "رويترز"], but only when every piece is a known name."""
    pieces = _AND.split(part.strip())
    if len(pieces) > 1 and all(is_known_credit(p) for p in pieces):
        return pieces
    return [part]


def split_names(text: str) -> list[str]:
    """Credited names from a credit line: "العربي - رويترز" gives ["العربي", "رويترز"]."""
    names: list[str] = []
    parts = [piece for part in _SEPARATORS.split(text.strip().strip(".")) for piece in _split_and(part)]
    for part in parts:
        name = part.strip(" ()[]\"'«»“”")
        if name and _LETTERS.search(name) and name not in names and not is_generic_credit(name):
            names.append(name)
    return names


def closing_label(line: str) -> str | None:
    """For a "المصادر: ..." line, what follows the label ('' when the names come on the next lines)."""
    match = _credits().labels.match(line.strip())
    if not match or len(match["rest"].split()) > _MAX_CREDIT_WORDS:
        return None
    return match["rest"].strip()


def is_credit_list(line: str) -> bool:
    """True for a line under "المصادر:" that lists outlets ("العربي - رويترز"), not a story title."""
    names = split_names(line)
    if not names or len(line.split()) > _MAX_CREDIT_WORDS:
        return False
    return any(is_known_credit(n) for n in names) or all(len(n.split()) <= 2 for n in names)


def link_line_source(line: str) -> str | None:
    """The outlet of a closing "رابط الخبر بصحيفة الوئام: ..." line, else None."""
    for pattern in _credits().link_lines:
        match = pattern.match(line.strip())
        if match:
            return match["name"].strip()
    return None


def dateline(paragraph: str) -> tuple[str, int] | None:
    """An opening dateline "دبي، الإمارات (CNN)--" or "(رويترز) -": (agency, where the lede begins).

    Without a dash only a known agency after a "city، country" place counts ("أتلانتا، ... (CNN) نفى").
    """
    match = _DATELINE.match(paragraph)
    if not match or len(match["name"].split()) > 4:
        return _dash_dateline(paragraph)
    known = is_known_credit(match["name"])
    if match["dash"]:
        return (match["name"], match.end()) if known or len(match["place"].split()) <= 6 else None
    place = match["place"].strip()
    city_country = not place or (("،" in place or "," in place) and len(place.split()) <= 6)
    return (match["name"], match.end()) if known and city_country else None


def place_dateline(paragraph: str) -> int | None:
    """Where the lede begins after an opening place-only dateline ("الرباط - أجلت ...", "غزة، فلسطين -
    ..."): a few words, then a dash set apart by spaces; None when the paragraph opens otherwise."""
    match = _PLACE_DATELINE.match(paragraph)
    if match is None or len(match["place"].split()) > _PLACE_WORDS:
        return None
    if _BYLINE_GOES_ON.match(paragraph, match.end()):
        return None  # 'مراسلنا - الخرطوم: ...': a byline, read as one
    if _ASIDE_CLOSES.match(paragraph, match.end()):
        return None  # 'وقال الوزير - في مؤتمر صحفي - إن ...': the dashes enclose an aside, no place
    return match.end()


def _dash_dateline(paragraph: str) -> tuple[str, int] | None:
    """A dateline with dashes only: "جدة - واس - أعلنت ..." (a known agency between two dashes)."""
    match = _DASH_DATELINE.match(paragraph)
    if match and is_known_credit(match["name"]) and len(match["place"].split()) <= 3:
        return match["name"], match.end()
    return None


def inline_byline(paragraph: str) -> tuple[list[str], int] | None:
    """An opening byline "فهد كاملي- سبق- جازان: ..." or "لندن: «الشرق الأوسط»".

    Returns (known outlets, where the lede begins), or None.
    """
    quoted = _QUOTED_BYLINE.match(paragraph)
    if quoted and is_known_credit(quoted["name"]):
        return [quoted["name"]], quoted.end()
    match = _INLINE_BYLINE.match(paragraph)
    if not match:
        return None
    names = byline_sources(match["by"])
    known = [name for name in names if is_known_credit(name)]
    return (known, match.end()) if known else None


def byline_sources(line: str) -> list[str]:
    """Outlets named in a byline line: "لجين الأحمدي – عين اليوم" or "عين اليوم – متابعات".

    Known agencies and outlets first; otherwise the one part left when the others are generic
    credit words or places ("اليوم - الدمام" gives "اليوم").
    """
    parts = [p.strip() for p in _DASH.split(line.strip()) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 4 for p in parts):
        return []
    known = [p for p in parts if is_known_credit(p)]
    if known:
        return known
    if any(_NOT_A_NAME.search(p) for p in parts):
        return []
    named = [p for p in parts if not is_generic_credit(p) and match_key(p) not in _credits().places]
    return named[-1:] if len(named) == 1 < len(parts) else []


def signoff_source(line: str) -> str | None:
    """A closing sign-off naming an agency on its own line: "REUTER", "(أ ف ب)", "رويترز"."""
    name = line.strip().strip("()[]-–— .")
    if 0 < len(name.split()) <= 3 and is_known_credit(name) and not is_generic_credit(name):
        return name
    return None


def caption_credit(line: str) -> str | None:
    """The photo credit at the end of a caption line ("... - رويترز", "... (أ ف ب)"), if known."""
    match = _CAPTION_CREDIT.search(line.strip()[-_CREDIT_TAIL:])
    name = match["name"] if match else ""
    if match and (is_known_credit(name) or match_key(name) in _credits().photo) and len(line.split()) > 3:
        return match["name"]
    return None


def trailing_credit(paragraph: str) -> list[str]:
    """An agency credited in parentheses at the very end of the last paragraph: "... الأسبوع. (أ ف ب)"."""
    match = _TRAILING.search(paragraph[-_CREDIT_TAIL:])
    return [match["name"]] if match and is_known_credit(match["name"]) else []
