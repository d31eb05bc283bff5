"""Boilerplate line patterns and shape rules, on lines written for these tests."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rawi.articles import boilerplate
from rawi.articles.boilerplate import (
    _words_beyond,
    caption_label_end,
    ends_sentence,
    is_boilerplate,
    is_link_line,
    is_title_like,
    more_words_than,
    starts_with_connective,
    teaser_start,
    trailing_tags_start,
    words,
)


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "تخطى إلى المحتوى",
        "شارك القصة",
        "شارك هذا المقال",
        "تابعونا على تويتر",
        "شارك على فيسبوك",
        "تابعوا آخر الأخبار عبر قناتنا على تلغرام",
        "فيسبوك تويتر واتساب",
        "Share this story",
        "اقرأ أيضا: الحكومة تعلن خطة جديدة",
        "إقرأ أيضاً.. افتتاح معرض الكتاب",
        "ايضاً.. فوز الفريق المحلي بالكأس",
        "للمزيد: تفاصيل الخطة الجديدة",
        "مواضيع ذات صلة",
        "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من التطبيق",
        "حمّل تطبيق الموقع على هاتفك",
        "--------------------",
        "// انتهى //",
        "18:18 ت م",
        "مصدر الصورة Getty Images",
        "(Getty Images)",
        "© 2024 جميع الحقوق محفوظة",
        "الوسوم: اقتصاد، طاقة",
        "انضم إلى قناتنا على تلغرام",
        "الأكثر قراءة",
        "إعلان",
        "منذ 3 ساعات",
        "تحرير: سارة علي",
        "كتب - محمد علي:",
        "Reporting by John Smith",
    ],
)
def test_page_furniture_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "قال المتحدث إن الحكومة ستشارك في القمة.",
        "وأضاف أن الوزارة تتابع الملف منذ أشهر.",
        "شارك آلاف المواطنين في المسيرة التي جابت شوارع المدينة.",
        "شارك علي معلول في تدريبات الفريق",
        "صورة مؤثرة لطفل في المخيم تهز مواقع التواصل",
        "«الصحة» تنفي تعرض طفلة لحروق في المستشفى",
        "حوار: الرئيس يتحدث عن خطط العام المقبل",
        "تابع المصريون على الشاشات مباراة المنتخب",
        "أعلنت الشركة أنها ستحمل تطبيقها الجديد إلى الأسواق قريبا، وفق بيان صدر اليوم عن إدارتها في العاصمة.",
    ],
)
def test_prose_is_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_caption_labels():
    assert caption_label_end("التعليق على الصورة") == len("التعليق على الصورة")
    assert caption_label_end("التعليق على الصورة، الرئيس يصل إلى المطار") == len("التعليق على الصورة، ")
    assert caption_label_end("قال الرئيس إن الصورة واضحة") is None


def test_read_also_lines_are_links():
    assert is_link_line("شاهد.. لحظة افتتاح الجسر الجديد")
    assert not is_link_line("شارك القصة")


def test_sentence_ends_and_title_shape():
    assert ends_sentence("قال الوزير إن الخطة جاهزة.")
    assert ends_sentence('وقال: "الخطة جاهزة"')
    assert not ends_sentence("وزراء الخارجية يجتمعون في القاهرة")
    assert is_title_like("وزراء الخارجية العرب يجتمعون في القاهرة لبحث الأزمة")
    assert not is_title_like("وقال الوزير إن الاجتماع مهم")
    assert not is_title_like("خطة العمل")
    assert not is_title_like("قال الوزير، في مؤتمر صحفي عقده اليوم، إن الخطة جاهزة")


def test_connectives_open_continuing_prose():
    assert starts_with_connective("وأضاف أن الخطة جاهزة.")
    assert starts_with_connective("كما أشار إلى الموعد.")
    assert not starts_with_connective("وزير المالية يعلن الميزانية")
    assert not starts_with_connective("أعلنت الشركة أرباحها.")


def test_teaser_block_needs_off_topic_ledes_at_the_end():
    topic = "فريق النجوم يفوز بكأس الدوري المحلي لكرة القدم بعد مباراة نهائية أمام فريق الساحل"
    lines = [
        "فاز فريق النجوم بكأس الدوري المحلي لكرة القدم بعد مباراة نهائية أمام فريق الساحل.",
        "وقال مدرب فريق النجوم إن اللاعبين قدموا مباراة كبيرة.",
        "أعلنت شركة الطيران الوطنية، الأحد، عن رحلات جديدة إلى ثلاث عواصم آسيوية خلال الصيف.",
        "ارتفعت أسعار الذهب في الأسواق العالمية، الإثنين، بسبب مخاوف المستثمرين من التضخم.",
    ]
    assert teaser_start(lines, topic) == 2
    assert teaser_start(lines[:3], topic) is None
    on_topic = [
        *lines[:2],
        "احتفل أنصار فريق النجوم بالكأس في شوارع المدينة حتى ساعة متأخرة بعد المباراة النهائية.",
    ]
    assert teaser_start(on_topic, topic) is None


def test_teaser_block_reaches_back_over_ledes_dated_by_weekday():
    topic = "فريق النجوم يفوز بكأس الدوري المحلي لكرة القدم بعد مباراة نهائية أمام فريق الساحل"
    lines = [
        "فاز فريق النجوم بكأس الدوري المحلي لكرة القدم بعد مباراة نهائية أمام فريق الساحل.",
        "وقال مدرب فريق النجوم إن اللاعبين قدموا مباراة كبيرة.",
        "قال رئيس نادي الساحل، سامي علي، الأحد، إن فريقه سيطلب إعادة مباراة الكأس النهائية.",
        "أعلنت شركة الطيران الوطنية، الأحد، عن رحلات جديدة إلى ثلاث عواصم آسيوية خلال الصيف.",
        "ارتفعت أسعار الذهب في الأسواق العالمية، الإثنين، بسبب مخاوف المستثمرين من التضخم.",
    ]
    assert teaser_start(lines, topic) == 2


@given(st.text(alphabet="قال الوزير 12 ،.ـ_a", max_size=40), st.integers(min_value=0, max_value=9))
def test_more_words_than_is_the_word_count_compared(line: str, count: int) -> None:
    assert more_words_than(line, count) == (len(words(line)) > count)


@given(st.text(alphabet='سمات الوسوم وسوم قال. ؟!»"كرة\n', max_size=60))
def test_a_tag_list_is_looked_for_after_the_last_stop_as_in_the_whole_line(line: str) -> None:
    """trailing_tags_start searches from the line's last sentence stop: the same as searching it all."""
    pattern, _ = boilerplate._trailing_tags()
    whole = pattern.search(line)
    assert trailing_tags_start(line) == (whole.start() if whole else None)


@given(st.text(alphabet="أخبار رياضة>»›.،«", max_size=70))
def test_the_breadcrumb_lookahead_only_skips_lines_without_a_separator(line: str) -> None:
    """The breadcrumb pattern opens with a lookahead for a separator: it matches what it matched without."""
    lookahead = "^(?=[^>»›]*+[>»›])"
    (breadcrumb,) = [p for p in boilerplate._data()["line_patterns"]["navigation"] if p.startswith(lookahead)]
    plain = "^" + breadcrumb.removeprefix(lookahead)
    assert bool(re.match(breadcrumb, line, re.IGNORECASE)) == bool(re.match(plain, line, re.IGNORECASE))


@given(st.text(alphabet="مَنْ قالٌ «x»_-9", max_size=60), st.integers(min_value=0, max_value=12))
def test_the_words_beyond_pattern_matches_a_line_of_more_words(line: str, count: int) -> None:
    assert (_words_beyond(count).match(line) is not None) == (len(words(line)) > count)
    assert _words_beyond(count) is _words_beyond(count)
