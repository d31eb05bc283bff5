"""Tiny articles written for the claims tests (no copied news text): a report, its repetition,
its denial in another outlet, an English version, and people who share a family name."""

from __future__ import annotations

from rawi.claims.mentions import Mention, mentions_of
from rawi.records import Article, Extraction, Statement

REPORT = (
    "مصادر: الرئيس يدرس محادثات لوقف الحرب\n"
    "2024-01-24\n"
    "نقلت وكالة بلومبرغ عن مصدرين مطلعين أن الرئيس يدرس إجراء محادثات لوقف الحرب في الشمال.\n"
    "وقال سامر الحداد، المحلل في مركز الدراسات، إن أسعار القمح سترتفع هذا الشتاء.\n"
)
REPEAT = (
    "تقرير: محادثات محتملة لإنهاء الحرب\n"
    "2024-01-25\n"
    "ذكرت بلومبرغ أن الرئيس يدرس إجراء محادثات لإنهاء الحرب في الشمال.\n"
    "وقال خالد الحداد، وزير الزراعة، إن موسم الحصاد سيبدأ مبكرا.\n"
)
DENIAL = (
    "الكرملين ينفي تقريرا عن محادثات لوقف الحرب\n"
    "2024-01-26\n"
    "نفى دميتري بيسكوف، المتحدث باسم الكرملين، تقريرا لوكالة بلومبرغ عن إجراء محادثات لوقف الحرب.\n"
    'وقال بسكوف للصحفيين: "هذا تقرير خاطئ".\n'
    "وقال المتحدث باسم الكرملين إن الرئيس سيزور الصين الشهر المقبل.\n"
    "وقال الحداد إن الأسواق هادئة.\n"
)
ENGLISH = (
    "Report: talks considered\n"
    "2024-01-25\n"
    "Bloomberg reported that the president is considering talks to end the war in the north.\n"
)
OTHER = "مدرب يتوقع الفوز\n2024-01-27\nوقال أندريه بيسكوف، مدرب نادي الشمال، إن الفريق سيفوز بالبطولة.\n"


def statement(text: str, content: str, speaker: str, **fields: object) -> Statement:
    """A statement whose offsets are found in the text (content must occur in it)."""
    start = text.index(content)
    defaults: dict[str, object] = {
        "speaker_role": None,
        "speaker_kind": "person",
        "cue": "قال",
        "quote_type": "indirect",
    }
    defaults.update(fields)
    return Statement(speaker=speaker, content=content, start=start, end=start + len(content), **defaults)  # type: ignore[arg-type]


def article(name: str, text: str, outlet: str, statements: list[Statement], lang: str = "ar") -> Extraction:
    """An extraction of one of the texts above, dated by its second line."""
    a = Article(
        name=name,
        text=text,
        lang=lang,
        headline=text.splitlines()[0],
        published=text.splitlines()[1],
        outlet=outlet,
    )
    return Extraction(article=a, statements=tuple(statements))


def extractions() -> list[Extraction]:
    """The report, its repetition and its denial (three outlets, two days)."""
    return [
        article("report.txt", REPORT, "وكالة ألف", [
            statement(REPORT, "الرئيس يدرس إجراء محادثات لوقف الحرب في الشمال", "مصدرين مطلعين",
                      speaker_kind="anonymous", cue="نقلت", via=("بلومبرغ",)),
            statement(REPORT, "أسعار القمح سترتفع هذا الشتاء", "سامر الحداد",
                      speaker_role="المحلل في مركز الدراسات"),
        ]),
        article("repeat.txt", REPEAT, "صحيفة باء", [
            statement(REPEAT, "الرئيس يدرس إجراء محادثات لإنهاء الحرب في الشمال", "بلومبرغ",
                      speaker_kind="document", cue="ذكرت"),
            statement(REPEAT, "موسم الحصاد سيبدأ مبكرا", "خالد الحداد", speaker_role="وزير الزراعة"),
        ]),
        article("denial.txt", DENIAL, "قناة جيم", [
            statement(DENIAL, "تقريرا لوكالة بلومبرغ عن إجراء محادثات لوقف الحرب", "دميتري بيسكوف",
                      speaker_role="المتحدث باسم الكرملين", cue="نفى", stance="deny",
                      target="تقريرا لوكالة بلومبرغ"),
            statement(DENIAL, '"هذا تقرير خاطئ"', "بسكوف", cue="قال", stance="deny", target="هذا تقرير",
                      quote_type="direct"),
            statement(DENIAL, "الرئيس سيزور الصين الشهر المقبل", "المتحدث باسم الكرملين"),
            statement(DENIAL, "الأسواق هادئة", "الحداد"),
        ]),
    ]  # fmt: skip


def english() -> Extraction:
    """The report again, in English."""
    content = "the president is considering talks to end the war in the north"
    s = statement(ENGLISH, content, "Bloomberg", speaker_kind="organization", cue="reported")
    return article("english.txt", ENGLISH, "Wire", [s], lang="en")


def other() -> Extraction:
    """Another man named Peskov, who is not the Kremlin's spokesman."""
    return article("other.txt", OTHER, "موقع دال", [
        statement(OTHER, "الفريق سيفوز بالبطولة", "أندريه بيسكوف", speaker_role="مدرب نادي الشمال"),
    ])  # fmt: skip


def mentions(*extra: Extraction) -> list[Mention]:
    """The mentions of the sample extractions (plus any extra ones)."""
    return [m for e in (*extractions(), *extra) for m in mentions_of(e)]
