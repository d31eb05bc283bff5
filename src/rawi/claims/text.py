"""Lexical keys of a claim's text: light-stemmed content words, numbers, and their overlap.

Arabic words carry clitics (وال، بال، لل) and suffixes; a light stem lets "الحرب" and
"والحرب" count as one word. Function words and reporting vocabulary are dropped, since
they say how something was reported, not what; so are the weekday and the time of day ("مساء
الثلاثاء", "on Monday morning"): two statements made on one day share them whatever they say.
Words that set a tense ("أمس", "المقبل") stay: "will visit next week" is not "met yesterday".
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from rawi.arabic.dates import calendar_data
from rawi.arabic.normalize import ARTICLE_FORMS, DECIMAL_SEPARATOR, SUFFIXES, match_key, to_ascii_digits

_STOPWORDS = """في من على الى عن ان انه انها ما لا لم لن قد كان كانت هذا هذه ذلك تلك التي الذي الذين هو هي هم
    مع بين بعد قبل عند حتى او ام ثم كل بعض اي غير منذ خلال حول ضد لدى اذا اذ لكن بل ايضا وقد فقد وان
    كما مما عليه عليها فيه فيها منه منها اليه اليها به بها له لها هناك هنا الان يكون تكون اكثر اقل
    قال قالت يقول تقول اكد اكدت اضاف اضافت اوضح اشار ذكر ذكرت افاد افادت اعلن اعلنت نفي نفت
    تقرير تقريرا التقرير تقارير انباء الانباء خبر الخبر وفق وفقا بحسب حسب نقلا
    the a an of to in on at for by with from and or but is are was were be been has have had
    that this these those it its as not no said says say told report reports reported according"""
_TIME_WORDS = """الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح صباحا مساء مساءا ظهر ظهرا
    عصر عصرا ليلا نهارا monday tuesday wednesday thursday friday saturday sunday morning evening afternoon"""
STOPWORDS = frozenset(match_key(_STOPWORDS).split()) | frozenset(match_key(_TIME_WORDS).split())
_PREFIXES = ("وبال", *ARTICLE_FORMS, "و")  # longest first
_PRONOUNS = frozenset(("هما", "كما", "ها", "هم", "ه"))  # the suffixes that are pronouns
_PROCLITICS = ("ب", "ل")  # a preposition glued to a noun: "لإعلان", "بتوقيعه" (kept when the rest is short)
_NUMBER = re.compile(
    r"(?<![^\W\d_]{2})(?<![A-Za-z\d])\d+(?:[.,]\d+)?(?!\d)"
)  # not in a name: "سبورت24", "G7"
YEAR_DIGITS = 4
TATWEEL = "\u0640"  # the stretch after a glued preposition: "بـ25"


def stem(word: str) -> str:
    """A light stem: one clitic prefix and one suffix off when the rest keeps 3+ letters (والحرب -> حرب);
    a ة written ت before a pronoun goes with it, as the ة of the bare word does (قيادتها -> قياد)."""
    if word.isascii():
        return word[:-1] if len(word) > 4 and word.endswith("s") else word
    if len(word) >= 5 and word.endswith("وا"):
        word = word[:-2]  # a verb's plural ending: "تجمعوا", "غادروا"
    elif len(word) >= 4 and word.endswith("ا") and not word.endswith("اا"):
        word = word[:-1]  # accusative ending: "عددا", "رسميا"
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    else:
        if word.startswith(_PROCLITICS) and len(word) >= 5:
            word = word[1:]
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix in _PRONOUNS and base.endswith("ت") and len(base) >= 4:
                return base[:-1]  # a ة before a pronoun is written ت: "قيادتها" is "قيادة" + ها
            return base
    return word


@lru_cache(maxsize=1 << 18)
def word_key(word: str) -> str:
    """A stem without a verb's person prefix, its feminine past ending or its inner long vowels,
    so inflections meet: استمع, يستمع and أستمع all give ستمع; تسجيلات gives تسجل; قبلت and
    قبول give قبل."""
    word = stem(word)
    if word.isascii():
        return word
    if len(word) >= 4 and word.endswith("ت") and len(_consonants(word[:-1])) >= 3:
        word = word[:-1]  # a past verb's feminine ending: "قبلت", "انفجرت" (not "ثبوت", "بيروت")
    if len(word) >= 5 and word[0] in "يتنا":
        word = word[1:]
    return _consonants(word)


def _consonants(word: str) -> str:
    """A word without the long vowels after its first letter ("قبول" gives "قبل")."""
    return word[0] + "".join(ch for ch in word[1:] if ch not in "اوي")


def content_words(text: str) -> frozenset[str]:
    """The keys of the content words of a text: no function words, no one- or two-letter words."""
    words = match_key(text).split()
    return frozenset(word_key(w) for w in words if w not in STOPWORDS and len(w) > 2 and not w.isdigit())


def proposition_keys(text: str) -> frozenset[str]:
    """The keys of what a text claims: its content words with each concept's forms as one key
    (data/concepts.json), so that two wordings of one claim ("التهدئة" / "وقف إطلاق النار") meet."""
    words = [
        w
        for w in match_key(text).split()
        if w not in STOPWORDS and len(w) > 2 and not w.isdigit() and w not in _NUMBER_WORDS
    ]
    return frozenset(concept_keys(words))


@lru_cache(maxsize=1 << 18)
def _concept_stem(word: str) -> str:
    """The stem a concept form is known by: the light stem, or that of the word without a
    leading conjunction or preposition ("لوقف", "لإطلاق", "وهدنة") when only that one is a form."""
    found = stem(word)
    if found not in _CONCEPT_STEMS and len(word) >= 4 and word[0] in _LEADING:
        bare = stem(word[1:])
        if bare in _CONCEPT_STEMS:
            return bare
    return found


def concept_keys(words: list[str]) -> list[str]:
    """The keys of `words` (match keys, in order): a concept's key ("~truce") for each of its
    forms, the longest phrase first ("وقف إطلاق النار" is one key), else the word's own key."""
    stems = [_concept_stem(w) for w in words]
    keys: list[str] = []
    i = 0
    while i < len(words):
        if stems[i] not in _CONCEPT_FIRST:
            keys.append(word_key(words[i]))
            i += 1
            continue
        for size in range(min(_LONGEST, len(words) - i), 0, -1):
            concept = _CONCEPTS.get(tuple(stems[i : i + size]))
            if concept is not None:
                keys.append(concept)
                i += size
                break
        else:
            keys.append(word_key(words[i]))
            i += 1
    return keys


def _concept_table() -> dict[tuple[str, ...], str]:
    """Each concept form as a tuple of light stems -> the concept's key (the first concept
    listing a form keeps it)."""
    table: dict[tuple[str, ...], str] = {}
    for name, forms in _CONCEPT_DATA["concepts"].items():
        for form in forms:
            table.setdefault(tuple(stem(w) for w in match_key(form).split()), CONCEPT_PREFIX + name)
    return table


CONCEPT_PREFIX = "~"  # a concept key ("~truce") never equals a word's key
_CONCEPT_DATA = json.loads(resources.files("rawi.claims").joinpath("data/concepts.json").read_text("utf-8"))
_NUMBER_WORDS = {match_key(form): n for n, forms in _CONCEPT_DATA["numbers"].items() for form in forms}
_LEADING = "وفبل"
_TEEN = frozenset(match_key("عشر عشرة").split())  # after a unit: "ثمانية عشر" is 18
_CONCEPTS = _concept_table()
_CONCEPT_STEMS = frozenset(stem for stems in _CONCEPTS for stem in stems)
_CONCEPT_FIRST = frozenset(stems[0] for stems in _CONCEPTS)
_LONGEST = max(len(stems) for stems in _CONCEPTS)


NEGATIONS = frozenset(match_key("لا لم لن ليس ليست لسنا غير عدم not no never").split())
PRONOUNS = frozenset(match_key("نحن انا انت انتم انتما هما اننا انني we they she you").split())
NOT_THINGS = frozenset(word_key(w) for w in NEGATIONS | PRONOUNS)  # keys that name nothing a claim is about


def negated(text: str) -> bool:
    """Whether a text says no ("غير مستعدة", "لم يستمع"): two texts of opposite polarity are
    not one claim however many words they share."""
    return not NEGATIONS.isdisjoint(match_key(text).split())


REPORT_NOUNS = frozenset(
    match_key(
        " ".join(
            json.loads(resources.files("rawi.claims").joinpath("data/reports.json").read_text("utf-8"))[
                "nouns"
            ]
        )
    ).split()
)


def about_a_report(text: str) -> bool:
    """Whether a text opens with a report noun ("أنباء عن مقتل القائد", "the reports of a deal"): it
    says that something was reported, or how credible that is, not the event itself."""
    words = [w for w in match_key(text).split() if w not in ("the", "a", "an")]
    return bool(words) and words[0] in REPORT_NOUNS


def numbers(text: str) -> frozenset[str]:
    """The numbers written in a text ("2022", "3.5"), Arabic-Indic digits included, and the
    cardinals written as words ("عشرة" is "10", data/concepts.json); not digits glued to letters
    ("سبورت24", "G7": a name)."""
    folded = to_ascii_digits(text).replace(DECIMAL_SEPARATOR, ".").replace(TATWEEL, "")
    written = frozenset(n.replace(",", ".") for n in _NUMBER.findall(folded))
    keys = match_key(text).split()
    if _NUMBER_WORDS.keys().isdisjoint(keys):
        return written
    return written | _worded(keys)


def counted_keys(text: str) -> frozenset[str]:
    """The word keys of a text's counts: cardinals written as words ("أربعين", "عشر" after a unit)
    and the noun a number counts ("40 شخصا", "أربعين مصابا", "18 هدفا"). A count is compared as a
    number; what it counts is worded many ways ("persons" / "injured", "targets" / "sites")."""
    keys = to_ascii_digits(match_key(text)).split()
    counts = [_count_word(w) for w in keys]
    found = set()
    for k, w in enumerate(keys):
        if counts[k]:
            found.add(word_key(w))
            if k + 1 < len(keys) and not counts[k + 1]:
                found.add(word_key(keys[k + 1]))
    return frozenset(found)


@lru_cache(maxsize=1 << 16)
def spans_of_time(text: str) -> frozenset[str]:
    """The numbers a text gives as a span of time or an age ("35 عاما", "ثلاثة أيام", "10 years"),
    not as a count of things."""
    keys = to_ascii_digits(match_key(text)).split()
    found: set[str] = set()
    for k, w in enumerate(keys[:-1]):
        if keys[k + 1] in _AGO_UNIT and (w.isdigit() or w in _NUMBER_WORDS):
            found.add(w if w.isdigit() else _NUMBER_WORDS[w])
    return frozenset(found)


def _count_word(key: str) -> bool:
    """Whether a match key writes a number: digits, a cardinal, عشر after a unit, و and a cardinal."""
    bare = key[1:] if key.startswith("و") else key
    return key.isdigit() or key in _TEEN or key in _NUMBER_WORDS or bare in _NUMBER_WORDS


def _worded(keys: list[str]) -> frozenset[str]:
    """The cardinals written as words among match keys: a unit before عشر or عشرة is a teen
    ("ثمانية عشر" is 18), a unit before و and a tens word adds to it ("خمسة وعشرون" is 25)."""
    found: set[str] = set()
    k = 0
    while k < len(keys):
        n = _NUMBER_WORDS.get(keys[k])
        after = keys[k + 1] if k + 1 < len(keys) else ""
        tens = _NUMBER_WORDS.get(after[1:]) if after.startswith("و") else None
        if n is not None and int(n) < 10 and after in _TEEN:
            found.add(str(int(n) + 10))
            k += 2
        elif n is not None and int(n) < 10 and tens is not None and int(tens) in range(20, 100, 10):
            found.add(str(int(n) + int(tens)))
            k += 2
        else:
            found |= {n} if n is not None else set()
            k += 1
    return frozenset(found)


def _a_year(word: str) -> bool:
    """Whether a word is a year of the last two centuries ("1998", "2024")."""
    return len(word) == YEAR_DIGITS and word.isdigit() and word[:2] in ("19", "20")


def _months() -> frozenset[str]:
    """Every word of a Gregorian month name, in the Arabic and English spellings outlets print."""
    calendar = calendar_data()
    names = [n for region in calendar["gregorian_months"].values() for ns in region.values() for n in ns]
    names += [n for ns in calendar["english_months"].values() for n in ns]
    return frozenset(w for name in names for w in match_key(name).split())


_DATE_LEADS = frozenset(match_key(w) for w in _CONCEPT_DATA["date_leads"]) | _months()


@lru_cache(maxsize=1 << 16)
def dating_years(text: str) -> frozenset[str]:
    """The years a text dates what it tells by: a year after a word that dates ("في 2019", "عام
    2019", "منذ 2019", "in 2019") or a month ("نيسان 2013"), not one that names a thing ("حرب 2006",
    "تفاهمات الهدنة لعام 2019", "the 2020 accord")."""
    words = year_words(match_key(text).split())
    return frozenset(w for i, w in enumerate(words) if _a_year(w) and not naming_year(words, i))


def year_words(words: list[str]) -> list[str]:
    """Match-key words as `naming_year` reads them: ASCII digits, a glued "و" read off ("و2023")."""
    return [to_ascii_digits(w).removeprefix("و") for w in words]


def naming_year(words: list[str], i: int) -> bool:
    """Whether word `i` (of `year_words`) is a year that names a thing rather than dates: not after
    a word that dates, a month, or a dating year it is joined to ("في عامي 2022 و2023")."""
    if not _a_year(words[i]):
        return False
    k = i
    while k and _a_year(words[k - 1]):
        k -= 1
    return not (k and words[k - 1] in _DATE_LEADS)


_AGO_LEADS = frozenset(match_key(w) for w in _CONCEPT_DATA["ago_leads"])
_AGO_UNIT = {match_key(w): unit for unit, forms in _CONCEPT_DATA["ago_units"].items() for w in forms}
AGO_SPAN = 2  # words from قبل to its unit: "قبل ثلاثة أيام"


@lru_cache(maxsize=1 << 16)
def times_ago(text: str) -> frozenset[str]:
    """The units of the times a text tells back from its day ("قبل عامين" -> year, "منذ ثلاثة أيام"
    -> day, "two days ago" -> day): two reports putting one deed years and days back are two claims."""
    words = match_key(text).split()
    units: set[str] = set()
    for i, w in enumerate(words):
        if w in _AGO_LEADS:
            units.update(_AGO_UNIT[u] for u in words[i + 1 : i + 1 + AGO_SPAN] if u in _AGO_UNIT)
        elif w == "ago" and i and words[i - 1] in _AGO_UNIT:
            units.add(_AGO_UNIT[words[i - 1]])
    return frozenset(units)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a & b| / |a | b|, 0 for two empty sets."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """|a & b| / min(|a|, |b|): how much of the shorter text the longer one repeats."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
