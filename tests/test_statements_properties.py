"""Properties of every statement: content is the article text at its offsets, fields take allowed values.

Articles are random combinations of invented sentence fragments and stray marks, and (when
../shared is present) every Arabic article of the shared corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rawi.pipeline import process_document
from rawi.records import Document, Extraction
from rawi.sources import iter_documents
from statements_samples import check_statements

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ar"

FRAGMENTS = [
    "قال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيس لن يحضر القمة",
    "وأضاف أن جدول الرئيس مزدحم هذا الشهر",
    "مضيفا أن الأضرار محدودة",
    "مؤكدة أن الوباء لم ينته بعد",
    "ونقلت بلومبرغ عن شخصين مقربين من الكرملين أن الرئيس يدرس تعديل الحكومة",
    "وقال وزير الطاقة نادر الصافي لوكالة رويترز إن الإنتاج سيرتفع",
    "بحسب وزارة الصحة",
    "وفقا لشهود عيان",
    "نقلا عن مصادر أمنية",
    "على لسان وزير الخارجية",
    "ارتفع عدد المصابين إلى مئة شخص",
    "نفت وزارة الطاقة تقريرا لصحيفة محلية تحدث عن رفع أسعار الوقود",
    "وقالت الشركة إن الأنباء عن إفلاسها غير صحيحة",
    "أكد الجيش صحة التقارير عن سقوط طائرة مسيرة",
    "وقالت مصادر مطلعة إن المفاوضات قد تتعثر",
    "وأضافت الوكالة أن جدول الأعمال لم يحدد بعد",
    "وقال البيان إن السفارة ستبقى مفتوحة",
    "وقال رئيس الوزراء:",
    "بيسكوف:",
    "لن نتراجع عن الإصلاحات مهما كانت الضغوط",
    "وأكد الوزير سعيد ناصر اليوم الثلاثاء أن الامتحانات ستجري في موعدها",
    "وتوقع البنك الدولي أن ينمو الاقتصاد ربما بنسبة 3.5 في المئة",
    "وجاء ذلك بعد إعلان الشركة أنها ستغلق مصنعها",
    "وسأل صحافيون الوزير عن موعد الانتخابات",
    "هذا تقرير خاطئ",
    "لا صحة لذلك",
    "قُتِلَ ثلاثـة مسلحين",
    "The minister said",
    "تنظيم «داعش»",
]
MARKS = ['"', "«", "»", "“", "”", "„", "'", ":", "،", ".", "(", ")", "-", "؟"]
SEPARATORS = [" ", "، ", ". ", "\n\n", ": ", " - "]
HEADLINES = ["أمطار غزيرة في العاصمة", "بيسكوف: هذا تقرير خاطئ", "الحكومة تنفي تقريرا عن رفع الأسعار"]


@st.composite
def articles(draw: st.DrawFn) -> str:
    """A headline, a date line and paragraphs made of fragments, marks and separators."""
    pieces = draw(st.lists(st.sampled_from(FRAGMENTS) | st.sampled_from(MARKS), min_size=1, max_size=14))
    body = ""
    for piece in pieces:
        body += piece + draw(st.sampled_from(SEPARATORS))
    return f"{draw(st.sampled_from(HEADLINES))}\n2024-01-26\n{body}\n"


@settings(max_examples=100, deadline=None)
@given(articles())
def test_statements_of_generated_articles_hold_their_offsets_and_allowed_values(text: str) -> None:
    result = process_document(Document(name="x.txt", text=text))
    assert isinstance(result, Extraction)
    check_statements(result)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared Arabic corpus not found at {CORPUS}")
def test_statements_of_the_shared_corpus_hold_their_offsets_and_allowed_values() -> None:
    paths = sorted(str(p) for p in CORPUS.glob("*.txt"))
    assert paths
    found = 0
    for document in iter_documents(paths):
        assert isinstance(document, Document), document
        result = process_document(document)
        if isinstance(result, Extraction):
            check_statements(result)
            found += len(result.statements)
    assert found > len(paths)
