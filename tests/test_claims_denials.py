"""Denial targets: which words of a target name a source, and rarity-weighted word coverage."""

from __future__ import annotations

from claims_samples import article, statement
from rawi.claims.aliases import load_aliases
from rawi.claims.denials import attributed
from rawi.claims.features import build_features
from rawi.claims.mentions import mentions_of
from rawi.claims.speakers import resolve_speakers
from rawi.claims.text import content_words


def test_the_words_after_an_attribution_can_name_a_source() -> None:
    assert content_words("الأفق") <= attributed("ما نشرته صحيفة الأفق عن إغلاق المعبر")
    assert content_words("الحكومة") <= attributed("مزاعم الحكومة حول تهريب السلاح")
    assert content_words("النقابة") <= attributed("الاتهامات التي تحدثت عنها النقابة أمس")
    assert attributed("ما نشرته صحيفة الأفق عن إغلاق المعبر") == content_words("الأفق")


def test_a_place_or_body_a_denial_only_mentions_names_no_source() -> None:
    assert attributed("استقالة رئيس البلدية قرب العاصمة بعد الفيضان") == frozenset()
    assert attributed("ادعاءات بقصف جوي على الميناء الشمالي") == frozenset()
    assert attributed("المزاعم حول مسؤولية الجيش عن الحريق") == frozenset()


def test_a_shared_rare_word_counts_for_more_than_a_shared_common_one() -> None:
    said = [f"المدينة شهدت حادثا رقم {n} هذا الأسبوع" for n in range(6)] + ["المدينة أغلقت المرفأ القديم"]
    text = "أخبار\n2024-03-01\n" + ". ".join(said) + ".\n"
    found = mentions_of(article("a.txt", text, "موقع", [statement(text, c, "الشرطة") for c in said]))
    features = build_features(found, resolve_speakers(found, load_aliases()))
    target = content_words("إغلاق المرفأ في المدينة")
    assert features.covered(target, features.words[-1]) > 0.8
    assert features.covered(target, features.words[0]) < 0.2
