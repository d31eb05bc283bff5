"""Dates as news outlets print them -> ISO `YYYY-MM-DD`.

Handles weekday + day + month name in the يناير, كانون الثاني, جانفي and Moroccan families,
Hijri dates (converted with hijridate), Arabic-Indic digits, numeric d/m/y and ISO dates, and
English dates ("March 27, 1987", "27 March 1987"). Month names live in data/calendar.json.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Final

from hijridate import Hijri

from rawi.arabic.normalize import HARAKAT, to_ascii_digits, unify_letters

_FOLD: Final = {
    "ا": "[اأإآ]",
    "أ": "[اأإآ]",
    "إ": "[اأإآ]",
    "آ": "[اأإآ]",
    "ي": "[يى]",
    "ى": "[يى]",
    "ة": "[ةه]",
    "ه": "[ةه]",
    " ": r"\s+",
}
_ANY_DIGIT: Final = re.compile(r"[0-9٠-٩۰-۹]")
# what an English month name needs: a Latin letter (with the four that IGNORECASE also takes for i, s, k)
_LATIN_LETTER: Final = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")
_NUMERIC_SEPARATORS: Final = ("/", ".", "-")  # a numeric date needs one of them
_GAP: Final = r"\s*[,،]?\s*"
_TIME: Final = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[صم]|am|pm|AM|PM)?")
_FILLER: Final = re.compile(
    r"(?<!\w)(?:م|هـ|ه|الموافق|نشر|في|بتاريخ|تاريخ|النشر|آخر|اخر|تحديث|التحديث|بتوقيت|توقيت|"
    rf"مكة|المكرمة|غرينتش|جرينتش|GMT|UTC|published|updated|on|at|am|pm|[{HARAKAT}]+)(?!\w)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text: ISO value, where it is, and which calendar it was written in."""

    iso: str
    start: int
    end: int
    calendar: str  # gregorian | hijri


@cache
def calendar_data() -> dict[str, Any]:
    """The month and weekday names of data/calendar.json, read once."""
    path = resources.files("rawi.arabic").joinpath("data/calendar.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _name_pattern(name: str) -> str:
    """A regex for a month name that tolerates alef, ya and ta-marbuta spellings."""
    return "".join(_FOLD.get(ch, re.escape(ch)) for ch in name)


def _alternation(names_by_number: dict[str, list[str]], english: bool = False) -> tuple[str, dict[str, int]]:
    """A longest-first alternation of names and a lookup from folded name to month number."""
    lookup: dict[str, int] = {}
    for number, names in names_by_number.items():
        for name in names:
            lookup[_fold_key(name, english)] = int(number)
    names = sorted({n for ns in names_by_number.values() for n in ns}, key=len, reverse=True)
    body = "|".join(re.escape(n) if english else _name_pattern(n) for n in names)
    return f"(?:{body})(?!\\w)", lookup


def _fold_key(name: str, english: bool = False) -> str:
    """The lookup key of a printed month name: folded letters, single spaces."""
    if english:
        return name.lower().rstrip(".")
    return " ".join(unify_letters(name).split())


@dataclass(frozen=True)
class _Patterns:
    """Compiled date patterns and month lookups, built once from the calendar data."""

    arabic: re.Pattern[str]
    hijri: re.Pattern[str]
    english_mdy: re.Pattern[str]
    english_dmy: re.Pattern[str]
    numeric_dmy: re.Pattern[str]
    numeric_ymd: re.Pattern[str]
    arabic_months: dict[str, int]
    hijri_months: dict[str, int]
    english_months: dict[str, int]


@cache
def _patterns() -> _Patterns:
    """Build every date regex from data/calendar.json (once per process)."""
    data = calendar_data()
    merged: dict[str, list[str]] = {}
    for family in data["gregorian_months"].values():
        for number, names in family.items():
            merged.setdefault(number, []).extend(names)
    months, arabic_lookup = _alternation(merged)
    hijri, hijri_lookup = _alternation(data["hijri_months"])
    english, english_lookup = _alternation(data["english_months"], english=True)
    day = r"(?<!\d)(?P<d>[0-3]?\d)"
    year = r"(?P<y>(?:19|20|21)\d{2})(?!\d)"
    of_month = r"\s*(?:من\s+)?(?:شهر\s+)?"
    of_year = r"(?:(?:من\s+)?(?:عام|سنة|العام)\s+)?"
    second = rf"(?:\s*[/(-]\s*{months}\)?)?"
    return _Patterns(
        arabic=re.compile(rf"{day}{of_month}(?P<m>{months}){second}{_GAP}{of_year}{year}"),
        hijri=re.compile(rf"{day}{of_month}(?P<m>{hijri}){_GAP}{of_year}(?P<y>1[3-5]\d\d)(?!\d)"),
        english_mdy=re.compile(
            rf"(?P<m>{english})\.?\s+(?P<d>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?,?\s+{year}", re.IGNORECASE
        ),
        english_dmy=re.compile(rf"{day}(?:st|nd|rd|th)?\s+(?P<m>{english})\.?,?\s+{year}", re.IGNORECASE),
        numeric_dmy=re.compile(rf"{day}\s*([/.-])\s*(?P<m>[01]?\d)\s*\2\s*{year}"),
        numeric_ymd=re.compile(
            r"(?<!\d)(?P<y>(?:19|20|21)\d{2})([/.-])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?!\d)"
        ),
        arabic_months=arabic_lookup,
        hijri_months=hijri_lookup,
        english_months=english_lookup,
    )


def _iso(year: int, month: int, day: int) -> str | None:
    """ISO date, or None when the numbers are no calendar date."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _hijri_iso(year: int, month: int, day: int) -> str | None:
    """The Gregorian ISO date of a Hijri (Umm al-Qura) date, or None outside its range."""
    try:
        return Hijri(year, month, day).to_gregorian().isoformat()
    except (ValueError, OverflowError):
        return None


def find_dates(text: str) -> list[DateMatch]:
    """Every date written in `text`, in text order (Gregorian before Hijri at the same place)."""
    if not _ANY_DIGIT.search(text):
        return []
    text = to_ascii_digits(text)
    pats = _patterns()
    found: list[DateMatch] = []
    named = [(pats.arabic, pats.arabic_months, False)]
    if _LATIN_LETTER.search(text):  # most lines hold none: the English patterns cannot match there
        named += [
            (pats.english_mdy, pats.english_months, True),
            (pats.english_dmy, pats.english_months, True),
        ]
    for pattern, lookup, english in named:
        for m in pattern.finditer(text):
            month = lookup.get(_fold_key(m["m"], english))
            iso = month and _iso(int(m["y"]), month, int(m["d"]))
            if iso:
                found.append(DateMatch(iso, m.start(), m.end(), "gregorian"))
    numeric = any(separator in text for separator in _NUMERIC_SEPARATORS)
    for pattern in (pats.numeric_ymd, pats.numeric_dmy) if numeric else ():
        for m in pattern.finditer(text):
            iso = _iso(int(m["y"]), int(m["m"]), int(m["d"]))
            if iso:
                found.append(DateMatch(iso, m.start(), m.end(), "gregorian"))
    for m in pats.hijri.finditer(text):
        month = pats.hijri_months.get(_fold_key(m["m"]))
        iso = month and _hijri_iso(int(m["y"]), month, int(m["d"]))
        if iso:
            found.append(DateMatch(iso, m.start(), m.end(), "hijri"))
    found.sort(key=lambda d: (d.start, d.calendar == "hijri"))
    return found


def parse_date(text: str) -> str | None:
    """The date a short text (a date line) gives: its first Gregorian date, else its first Hijri one."""
    dates = find_dates(text)
    for date in dates:
        if date.calendar == "gregorian":
            return date.iso
    return dates[0].iso if dates else None


@cache
def _weekday_pattern() -> re.Pattern[str]:
    """Weekday names, Arabic (with optional يوم) and English."""
    data = calendar_data()
    names = [n for ns in data["weekdays"].values() for n in ns]
    arabic = "|".join(_name_pattern(n) for n in names)
    english = "|".join(data["english_weekdays"])
    return re.compile(rf"(?<!\w)(?:(?:يوم\s+)?(?:{arabic})|{english})(?!\w)", re.IGNORECASE)


def date_line_rest(line: str) -> tuple[str, str] | None:
    """For a line that is essentially a date: (ISO date, the words left over); else None.

    "الجمعة 26 يناير 2024" gives ("2024-01-26", ""); a sentence that mentions a date gives None.
    The leftover words are a place or a credit ("الرياض ... واس").
    """
    if len(line) > 90:
        return None
    dates = find_dates(line)
    if not dates:
        return None
    ascii_line = to_ascii_digits(line)
    for date in dates:
        ascii_line = ascii_line[: date.start] + " " * (date.end - date.start) + ascii_line[date.end :]
    rest = _weekday_pattern().sub(" ", _TIME.sub(" ", ascii_line))
    rest = _FILLER.sub(" ", rest)
    words = re.findall(r"[^\W\d_]+", rest)
    if len(words) > 4:
        return None
    iso = next((d.iso for d in dates if d.calendar == "gregorian"), dates[0].iso)
    return iso, " ".join(words)
