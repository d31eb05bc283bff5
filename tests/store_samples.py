"""Tiny articles written for the store tests (no copied news text), as Extractions and files."""

from __future__ import annotations

import random
from pathlib import Path

from rawi.records import Article, Extraction, Span, Statement

ARAMCO_TEXT = (
    "أرامكو تنفي تقريرا عن بيع حصة جديدة\n"
    "2024-03-01\n"
    "نفت شركة أرامكو اليوم تقريرا عن بيع حصة جديدة في السوق.\n"
    'وقال خالد سمير المتحدث باسم أَرَامْكُو إن "التقرير غير صحيح".\n'
    "وأضاف مصدر مطلع أن الشركة تدرس خيارات أخرى.\n"
)

WEATHER_TEXT = (
    "الأرصاد تتوقع أمطارا غزيرة\n"
    "2024-05-10\n"
    "قالت هيئة الأرصاد إن أمطارا غزيرة ستهطل على المدن الساحلية هذا الأسبوع.\n"
    "وحذرت الهيئة السائقين من السرعة على الطرق السريعة.\n"
)


def statement(text: str, content: str, speaker: str, **fields: object) -> Statement:
    """A statement whose offsets are found in the text (content must occur in it)."""
    start = text.index(content)
    defaults: dict[str, object] = {
        "speaker_role": None, "speaker_kind": "person", "cue": "قال", "quote_type": "indirect",
    }  # fmt: skip
    defaults.update(fields)
    return Statement(speaker=speaker, content=content, start=start, end=start + len(content), **defaults)  # type: ignore[arg-type]


def aramco(outlet: str = "وكالة الاختبار", name: str = "aramco.txt", text: str = ARAMCO_TEXT) -> Extraction:
    """An article with a denial, a direct quote and an anonymous source."""
    article = Article(
        name=name, text=text, lang="ar", headline=text.splitlines()[0], published="2024-03-01",
        sources=("رويترز",), spans=(Span(0, text.index("\n"), "headline"),), outlet=outlet,
        document_id="doc-" + name,
    )  # fmt: skip
    statements = (
        statement(text, "تقريرا عن بيع حصة جديدة في السوق", "أرامكو", speaker_kind="organization",
                  cue="نفت", stance="deny", target="تقريرا عن بيع حصة جديدة"),
        statement(text, '"التقرير غير صحيح"', "خالد سمير", speaker_role="المتحدث باسم أَرَامْكُو",
                  quote_type="direct", stance="deny"),
        statement(text, "الشركة تدرس خيارات أخرى", "مصدر مطلع", speaker_kind="anonymous", cue="أضاف",
                  via=("رويترز",), hedged=True),
    )  # fmt: skip
    return Extraction(article=article, statements=statements)


def weather() -> Extraction:
    """An unrelated article from another outlet."""
    text = WEATHER_TEXT
    article = Article(
        name="weather.txt", text=text, lang="ar", headline=text.splitlines()[0], published="2024-05-10",
        outlet="صحيفة الطقس", document_id="doc-weather",
    )  # fmt: skip
    statements = (
        statement(text, "أمطارا غزيرة ستهطل على المدن الساحلية هذا الأسبوع", "هيئة الأرصاد",
                  speaker_kind="organization", cue="قالت", hedged=True),
    )  # fmt: skip
    return Extraction(article=article, statements=statements)


WORDS = [
    "الحكومة",
    "الوزير",
    "المدينة",
    "السوق",
    "الشركة",
    "الاقتصاد",
    "النفط",
    "المياه",
    "الطاقة",
    "الصحة",
    "التعليم",
    "الطرق",
    "الميناء",
    "المطار",
    "الجامعة",
    "المستشفى",
    "الشباب",
    "الرياضة",
    "الملعب",
    "المنتخب",
    "البنك",
    "الاستثمار",
    "الزراعة",
    "الصناعة",
    "التجارة",
    "المجلس",
    "البلدية",
    "السكان",
    "المشروع",
    "الخطة",
    "الميزانية",
    "الأسعار",
    "الرواتب",
    "الضرائب",
    "المصنع",
    "القطار",
    "الجسر",
]


def write_corpus(directory: Path, count: int, seed: int = 7) -> list[Path]:
    """Write `count` small distinct Arabic articles (headline, date, body) as text files."""
    directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        body = " ".join(rng.choice(WORDS) for _ in range(60))
        speaker = rng.choice(("الوزير أحمد علي", "المتحدث سامي حسن", "مصدر حكومي"))
        text = (
            f"خبر رقم {i} عن {rng.choice(WORDS)}\n2024-02-{1 + i % 28:02d}\n"
            f"قال {speaker} إن {body}.\nوأضاف أن العمل مستمر في {rng.choice(WORDS)}.\n"
        )
        path = directory / f"{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
