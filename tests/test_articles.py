"""Document -> Article on short articles written for these tests (no copied news text)."""

import dataclasses
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rawi.articles import parse_article
from rawi.articles import text as text_module
from rawi.records import Article, Document, Rejection, Span

SCRAPED = """Skip to main content

وزارة المياه تنفي شائعة قطع الإمدادات عن العاصمة

الخميس 14 مارس 2024
عمال يصلحون أنبوبا رئيسيا في وسط المدينة - رويترز

نفت وزارة المياه اليوم الخميس ما تداولته مواقع التواصل عن قطع المياه عن العاصمة لمدة أسبوع.

وقال المتحدث باسم الوزارة سامي الحداد إن "الإمدادات مستمرة بشكل طبيعي".

"لا انقطاع"

وأضاف الحداد أن فرق الصيانة تعمل على مدار الساعة في الأحياء الشرقية.

اقرأ أيضا: الحكومة تعلن خطة جديدة لترشيد الاستهلاك

وأوضح أن الوزارة ستنشر جدولا للصيانة على موقعها الرسمي.

المصادر:
الأخبار - رويترز
شارك القصة
"""


def _text(*lines: str) -> str:
    """A short article: a headline line, then the given lines."""
    return "\n".join(("عنوان الخبر هنا", *lines)) + "\n"


def _article(text: str, **meta: str) -> Article:
    result = parse_article(Document(name="test.txt", text=text, **meta))
    assert isinstance(result, Article)
    return result


def _kinds(article: Article) -> list[tuple[str, str]]:
    return [(span.kind, article.text[span.start : span.end]) for span in article.spans]


def test_scraped_article_headline_date_and_sources():
    article = _article(SCRAPED)
    assert article.headline == "وزارة المياه تنفي شائعة قطع الإمدادات عن العاصمة"
    assert article.published == "2024-03-14"
    assert article.sources == ("الأخبار", "رويترز")
    assert article.lang == "ar"


def test_text_is_kept_exactly_and_spans_point_into_it():
    article = _article(SCRAPED)
    assert article.text == SCRAPED
    starts = [span.start for span in article.spans]
    assert starts == sorted(starts)
    for span in article.spans:
        assert 0 <= span.start < span.end <= len(SCRAPED)
        assert SCRAPED[span.start : span.end] == SCRAPED[span.start : span.end].strip()


def test_spans_are_the_records_their_constructor_makes():
    """parse_text sets a span's fields without the generated __init__: each must equal, hash, pickle
    and show as `Span(start, end, kind)`, stay frozen, and refuse a kind outside the vocabulary."""
    article = _article(SCRAPED)
    for span in article.spans:
        made = Span(span.start, span.end, span.kind)
        assert span == made and hash(span) == hash(made) and repr(span) == repr(made)
        assert pickle.dumps(span) == pickle.dumps(made) and list(vars(span)) == list(vars(made))
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.spans[0].kind = "paragraph"  # type: ignore[misc]
    with pytest.raises(ValueError, match="is not a span kind"):
        text_module._span(0, 1, "footer")


def test_every_line_gets_its_kind():
    kinds = _kinds(_article(SCRAPED))
    assert kinds[0] == ("boilerplate", "Skip to main content")
    assert kinds[1][0] == "headline"
    assert kinds[2] == ("dateline", "الخميس 14 مارس 2024")
    assert kinds[3] == ("caption", "عمال يصلحون أنبوبا رئيسيا في وسط المدينة - رويترز")
    assert ("subheading", '"لا انقطاع"') in kinds
    assert ("boilerplate", "اقرأ أيضا: الحكومة تعلن خطة جديدة لترشيد الاستهلاك") in kinds
    assert kinds[-3:] == [
        ("sources", "المصادر:"),
        ("sources", "الأخبار - رويترز"),
        ("boilerplate", "شارك القصة"),
    ]
    assert sum(kind == "paragraph" for kind, _ in kinds) == 4


def test_short_line_between_paragraphs_is_a_subheading():
    text = "عنوان الخبر هنا\n2024-01-02\nقال المدير إن العمل بدأ.\nخطة العمل\nوأضاف أن التنفيذ سريع.\n"
    assert ("subheading", "خطة العمل") in _kinds(_article(text))


def test_related_story_title_between_paragraphs_is_boilerplate():
    text = (
        "المجلس البلدي يقر ميزانية العام المقبل\n2023-11-20\n"
        "أقر المجلس البلدي ميزانية العام المقبل بعد نقاش طويل.\n"
        "وزراء الخارجية العرب يجتمعون في القاهرة لبحث الأزمة الإقليمية\n"
        "وقال رئيس المجلس إن الميزانية تركز على الطرق والمدارس.\n"
    )
    kinds = _kinds(_article(text))
    assert ("boilerplate", "وزراء الخارجية العرب يجتمعون في القاهرة لبحث الأزمة الإقليمية") in kinds


def test_one_line_paragraph_with_a_full_stop_stays_a_paragraph():
    text = _text(
        "2023-11-20", "قال المدير إن العمل بدأ.", "انتهى الاجتماع دون اتفاق.", "وأضاف أن التنفيذ سريع."
    )
    assert ("paragraph", "انتهى الاجتماع دون اتفاق.") in _kinds(_article(text))


def test_teaser_block_of_other_stories_at_the_end_is_boilerplate():
    text = (
        "فريق النجوم يفوز بكأس الدوري المحلي لكرة القدم\n2022-05-01\n"
        "فاز فريق النجوم بكأس الدوري المحلي لكرة القدم بعد مباراة نهائية مثيرة أمام فريق الساحل.\n"
        "وقال مدرب فريق النجوم إن اللاعبين قدموا مباراة كبيرة في النهائي.\n"
        "أعلنت شركة الطيران الوطنية، الأحد، عن رحلات جديدة إلى ثلاث عواصم آسيوية خلال الصيف.\n"
        "ارتفعت أسعار الذهب في الأسواق العالمية، الإثنين، بسبب مخاوف المستثمرين من التضخم.\n"
    )
    kinds = _kinds(_article(text))
    assert [kind for kind, _ in kinds[-2:]] == ["boilerplate", "boilerplate"]
    assert kinds[-3][0] == "paragraph"


def test_short_titles_of_other_stories_closing_the_page_are_boilerplate():
    text = _text(
        "2023-11-20",
        "قال رئيس البلدية إن السوق سيفتح غدا.",
        "وأضاف أن التجار وافقوا على الخطة.",
        "الشرطة تنفي اعتقال صحفي",
        "وزير الصحة: لا إصابات جديدة",
    )
    kinds = _kinds(_article(text))
    assert [kind for kind, _ in kinds[-3:]] == ["paragraph", "boilerplate", "boilerplate"]


def test_one_closing_line_without_a_stop_stays_the_articles():
    text = _text("2023-11-20", "قال رئيس البلدية إن السوق سيفتح غدا.", "وأضاف أن التجار وافقوا على الخطة")
    assert _kinds(_article(text))[-1][0] == "paragraph"


def test_an_english_articles_closing_paragraphs_are_no_teaser_block():
    text = (
        "Minister denies plan to sell state airline\n2022-05-01\n"
        "The transport minister on Tuesday denied reports that the government plans to sell the state"
        " airline to a foreign investor.\n"
        '"There is no such plan and there never was," the minister told parliament.\n'
        "The reports, published by two financial newspapers last week, cited unnamed officials.\n"
        "Opposition lawmakers said the denial was not credible, pointing to a leaked memo.\n"
        "The airline's chief executive declined to comment.\n"
        "A union representing cabin crew said it would strike if the sale went ahead.\n"
    )
    kinds = _kinds(_article(text))
    assert [kind for kind, _ in kinds[-4:]] == ["paragraph"] * 4


def test_app_notice_separator_and_lone_photo_credit_are_boilerplate():
    text = (
        "عنوان الخبر هنا\n2021-03-03\nقال المدير إن العمل بدأ.\n"
        "مصدر الصورة Getty Images\nوأضاف أن التنفيذ سريع.\n"
        "----------\nيمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل التطبيق.\n"
    )
    kinds = dict((line, kind) for kind, line in _kinds(_article(text)))
    assert kinds["مصدر الصورة Getty Images"] == "boilerplate"
    assert kinds["----------"] == "boilerplate"
    assert kinds["يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل التطبيق."] == "boilerplate"


def test_agency_dateline_is_a_source_and_its_own_span():
    text = _text("2019-07-07", "بيروت، لبنان (CNN)-- قال الوزير إن الطرق مفتوحة.", "وأضاف أن الوضع هادئ.")
    article = _article(text)
    assert article.sources == ("CNN",)
    assert ("dateline", "بيروت، لبنان (CNN)--") in _kinds(article)
    assert ("paragraph", "قال الوزير إن الطرق مفتوحة.") in _kinds(article)


def test_arabic_agency_dateline():
    text = "عنوان الخبر هنا\n2019-07-07\nعمّان (رويترز) - قال الوزير إن الطرق مفتوحة.\nوأضاف أن الوضع هادئ.\n"
    assert _article(text).sources == ("رويترز",)


def test_place_only_dateline_is_its_own_span_and_credits_nobody():
    for place in ("الرباط", "غزة، فلسطين"):
        lede = f"{place} - أجلت المحكمة الجلسة، بحسب مصدر قضائي."
        text = _text("2019-07-07", lede, "وأضاف أن الموعد ثابت.")
        article = _article(text)
        assert article.sources == ()
        assert ("dateline", f"{place} -") in _kinds(article)
        assert ("paragraph", "أجلت المحكمة الجلسة، بحسب مصدر قضائي.") in _kinds(article)


def test_a_dash_inside_a_long_opening_sentence_is_no_dateline():
    text = _text("2019-07-07", "قال الوزير إن الطريق بين المدينتين - وهو الأطول - سيفتح.", "وأضاف أنه آمن.")
    assert ("paragraph", "قال الوزير إن الطريق بين المدينتين - وهو الأطول - سيفتح.") in _kinds(_article(text))


@pytest.mark.parametrize(
    "lede",
    [
        "قال المحافظ - في مؤتمر صحفي - إن الجسر سيفتح.",
        "وأكدت المديرة – خلال جولتها في المصنع – أن الإنتاج تضاعف.",
        "وأوضح المتحدث - وهو ضابط متقاعد - بأنه لم يشهد الحادث.",
    ],
)
def test_an_aside_between_dashes_before_the_complementiser_is_no_dateline(lede: str) -> None:
    text = _text("2019-07-07", lede, "وأضاف أن العمل مستمر.")
    assert ("paragraph", lede) in _kinds(_article(text))


def test_byline_under_the_headline_credits_the_outlet():
    text = _text("2015-08-04", "سارة أحمد – عين اليوم", "قال المدير إن العمل بدأ.", "وأضاف أن التنفيذ سريع.")
    article = _article(text)
    assert article.sources == ("عين اليوم",)
    assert ("dateline", "سارة أحمد – عين اليوم") in _kinds(article)


def test_inline_byline_and_date_line_leftover_credits():
    inline = _text("2015-08-06", "علي حسن- سبق- جدة: أعلنت البلدية إغلاق الشارع.", "وقالت إن الإغلاق مؤقت.")
    assert _article(inline).sources == ("سبق",)
    dated = _text(
        "جدة 21 شوال 1436 هـ الموافق 6 أغسطس 2015 م واس", "أعلنت البلدية إغلاق الشارع.", "وقالت إنه مؤقت."
    )
    article = _article(dated)
    assert (article.published, article.sources) == ("2015-08-06", ("واس",))


def test_closing_link_line_and_english_signoff():
    link = _text(
        "2015-08-06", "أعلنت البلدية إغلاق الشارع.", "وقالت إنه مؤقت.", "رابط الخبر بصحيفة الوئام: عنوان ما"
    )
    assert _article(link).sources == ("الوئام",)
    english = (
        "PORT OFFICIALS DENY STRIKE REPORT\n1987-04-02\n"
        "LONDON, April 2 - Port officials denied a report that dock\nworkers would strike next week.\n"
        '    "There is no strike planned," a spokesman said.\n Reuter\n'
    )
    article = _article(english)
    assert (article.lang, article.sources, article.published) == ("en", ("Reuter",), "1987-04-02")
    assert ("dateline", "LONDON, April 2 -") in _kinds(article)


def test_hard_wrapped_english_paragraphs_are_one_span_each():
    text = (
        "PORT OFFICIALS DENY STRIKE REPORT\n1987-04-02\n"
        "LONDON, April 2 - Port officials denied a report that the\n"
        "dock workers of the city would go on strike next week in\n"
        "the capital and in the two northern ports of the country.\n"
        '    "There is no strike planned at all," a spokesman said,\n'
        "adding that the talks held with the union had gone well\n"
        "and that a new agreement would be signed within days.\n"
        "    The union declined to comment on the report late on\n"
        "Thursday evening, saying its board would meet on Monday.\n"
        " Reuter\n"
    )
    paragraphs = [line for kind, line in _kinds(_article(text)) if kind == "paragraph"]
    assert len(paragraphs) == 3
    assert paragraphs[0].endswith("two northern ports of the country.")


def test_document_metadata_fills_what_the_text_lacks():
    text = (
        "قال المدير إن العمل بدأ في المشروع الجديد منذ أسبوعين وإن المرحلة الأولى ستنتهي "
        "قبل نهاية العام الجاري وفق الخطة الموضوعة من قبل الوزارة المعنية بالأمر."
    )
    article = _article(text, title="بدء العمل في المشروع", published="Tue, 02 Jan 2024 10:00:00 +0000")
    assert article.headline == "بدء العمل في المشروع"
    assert article.published == "2024-01-02"
    assert [span.kind for span in article.spans] == ["paragraph"]


def test_body_only_text_has_no_headline():
    lede = " ".join(["قال المدير إن العمل بدأ في المشروع الجديد منذ أسبوعين"] * 4) + "."
    article = _article(lede + "\nوأضاف أن المرحلة الأولى ستنتهي قريبا.\n")
    assert article.headline is None
    assert [span.kind for span in article.spans] == ["paragraph", "paragraph"]


def test_date_printed_in_the_text_wins_over_metadata():
    article = _article(
        "عنوان الخبر هنا\nالأحد ٧ كانون الثاني ٢٠٢٤\nقال المدير إن العمل بدأ.\n", published="2024-01-09"
    )
    assert article.published == "2024-01-07"


def test_opening_video_link_can_be_the_headline():
    article = _article(
        "شاهد.. لحظة افتتاح الجسر الجديد فوق النهر الكبير\n2018-03-14\nافتتح الوزير الجسر الجديد.\n"
    )
    assert article.headline == "شاهد.. لحظة افتتاح الجسر الجديد فوق النهر الكبير"


def test_text_without_words_is_rejected():
    result = parse_article(Document(name="x.txt", text="\n 123 \n---\n"))
    assert isinstance(result, Rejection)
    assert result.code == "E011"


def test_short_sentence_with_a_date_is_not_a_date_line():
    article = _article(
        _text(
            "2024-02-01",
            "أعلنت الوزارة يوم 26 يناير 2024 يوما وطنيا للقراءة.",
            "وقالت إن الفعاليات تبدأ غدا.",
        )
    )
    assert article.published == "2024-02-01"
    assert ("paragraph", "أعلنت الوزارة يوم 26 يناير 2024 يوما وطنيا للقراءة.") in _kinds(article)


def test_headline_naming_a_date_is_not_a_date_line():
    article = _article("هجمات 11 سبتمبر 2001: ذكرى مؤلمة\n2021-09-11\nقال الرئيس إن الذكرى مؤلمة.\n")
    assert (article.headline, article.published) == ("هجمات 11 سبتمبر 2001: ذكرى مؤلمة", "2021-09-11")


def test_caption_after_a_caption_label_is_a_caption():
    text = _text(
        "2024-05-05",
        "قال الوزير إن الجسر سيفتح الشهر المقبل.",
        "التعليق على الصورة، الوزير يتفقد أعمال البناء في الجسر",
        "التعليق على الصورة",
        "عمال يعملون في الموقع",
        "وأضاف أن العمل يسير وفق الخطة.",
    )
    kinds = _kinds(_article(text))
    assert ("boilerplate", "التعليق على الصورة،") in kinds
    assert ("caption", "الوزير يتفقد أعمال البناء في الجسر") in kinds
    assert ("boilerplate", "التعليق على الصورة") in kinds
    assert ("caption", "عمال يعملون في الموقع") in kinds


def test_masthead_section_label_and_breadcrumb_above_the_headline_are_boilerplate():
    lines = ["العربي الجديد", "الرئيسية > أخبار > سياسة", "سياسة", "البرلمان يقر قانون الانتخابات الجديد"]
    text = "\n".join([*lines, "2024-03-03", "أقر البرلمان القانون."])
    article = _article(text)
    assert article.headline == "البرلمان يقر قانون الانتخابات الجديد"
    assert [kind for kind, _ in _kinds(article)][:3] == ["boilerplate"] * 3


def test_tag_list_glued_after_the_last_sentence_is_boilerplate():
    article = _article(
        _text(
            "2015-08-04", "قال المدرب إن الفريق جاهز.", "وأضاف أن المباراة صعبة. سمات الفريق المباراة الدوري"
        )
    )
    kinds = _kinds(article)
    assert ("paragraph", "وأضاف أن المباراة صعبة.") in kinds
    assert ("boilerplate", "سمات الفريق المباراة الدوري") in kinds


def test_headline_is_found_below_a_long_navigation_block():
    navigation = ["الرئيسية", "فيسبوك", "تويتر", "واتساب", "شارك", "تابعنا", "بحث", "القائمة"] * 2
    article = _article(
        "\n".join([*navigation, "عنوان الخبر الرئيسي اليوم", "2024-04-04", "قال الوزير إن الخطة جاهزة."])
    )
    assert (article.headline, article.published) == ("عنوان الخبر الرئيسي اليوم", "2024-04-04")


def test_lede_opening_with_its_own_dateline_gives_date_and_agency():
    lede = "جدة 21 شوال 1436 هـ الموافق 6 أغسطس 2015 م واس أعلنت البلدية إغلاق الشارع الرئيسي."
    article = _article("عنوان الخبر هنا\n" + lede + "\nوقالت إن الإغلاق مؤقت.\n")
    assert (article.published, article.sources) == ("2015-08-06", ("واس",))
    assert ("paragraph", "أعلنت البلدية إغلاق الشارع الرئيسي.") in _kinds(article)


def test_story_titles_after_the_sources_block_are_boilerplate():
    text = _text(
        "2024-01-26",
        "قال الوزير إن الخطة جاهزة.",
        "وأضاف أن التنفيذ قريب.",
        "المصادر:",
        "العربي - وكالات",
        "شارك القصة",
        "الحكومة تعلن موازنة العام الجديد وسط احتجاجات النقابات",
    )
    article = _article(text)
    assert article.sources == ("العربي", "وكالات")
    assert _kinds(article)[-1] == ("boilerplate", "الحكومة تعلن موازنة العام الجديد وسط احتجاجات النقابات")


def test_titles_after_the_closing_share_button_are_boilerplate():
    text = _text(
        "2024-01-26",
        "قال الوزير إن الخطة جاهزة.",
        "وأضاف أن التنفيذ قريب.",
        "شارك القصة",
        "الحكومة تعلن موازنة العام الجديد",
        "النقابات تدعو إلى إضراب عام",
    )
    kinds = [kind for kind, _ in _kinds(_article(text))]
    assert kinds[-4:] == ["paragraph", "boilerplate", "boilerplate", "boilerplate"]


def test_titles_listed_under_a_related_heading_are_boilerplate():
    text = _text(
        "2024-01-26",
        "قال الوزير إن الخطة جاهزة.",
        "مواضيع ذات صلة",
        "الحكومة تعلن موازنة العام الجديد",
        "النقابات تدعو إلى إضراب عام",
        "وأضاف الوزير أن التنفيذ قريب.",
    )
    kinds = _kinds(_article(text))
    assert [kind for kind, _ in kinds[3:6]] == ["boilerplate"] * 3
    assert kinds[6] == ("paragraph", "وأضاف الوزير أن التنفيذ قريب.")


def test_lone_agency_line_is_a_photo_credit_inside_and_a_signoff_at_the_end():
    text = _text(
        "2024-01-26", "رويترز", "قال الوزير إن الخطة جاهزة.", "(أ ف ب)", "وأضاف أن التنفيذ قريب.", "رويترز"
    )
    article = _article(text)
    kinds = [kind for kind, _ in _kinds(article)]
    assert kinds == [
        "headline",
        "dateline",
        "boilerplate",
        "paragraph",
        "boilerplate",
        "paragraph",
        "sources",
    ]
    assert article.sources == ("رويترز",)


_PIECES = st.sampled_from(
    [
        "عنوان الخبر",
        "الجمعة 26 يناير 2024",
        "٢٦/٠١/٢٠٢٤",
        "قال الوزير إن الخطة جاهزة.",
        "دبي (CNN)-- أعلنت الشركة.",
        "المصادر:",
        "العربي - رويترز",
        "شارك القصة",
        "اقرأ أيضا: خبر آخر",
        "التعليق على الصورة",
        "سمات",
        "REUTER",
        '"اقتباس"',
        "-----",
        " ",
        "",
        "\r",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=14))
def test_any_text_gives_an_article_or_a_rejection_with_sound_spans(pieces):
    text = "\n".join(pieces)
    result = parse_article(Document(name="fuzz.txt", text=text))
    if isinstance(result, Rejection):
        assert result.code == "E011"
        return
    assert result.text == text and result.lang in ("ar", "en")
    previous_end = 0
    for span in result.spans:
        piece = text[span.start : span.end]
        assert span.start >= previous_end and piece and piece == piece.strip()
        previous_end = span.end


def test_an_implausible_publication_date_is_dropped_and_the_article_kept():
    body = "قال المتحدث باسم البلدية إن أعمال الصيانة ستنتهي قبل نهاية الشهر المقبل في كل الأحياء."
    for date in ("2199-07-07", "1850-01-01"):
        article = _article(_text(date, body))
        assert article.published is None and article.headline == "عنوان الخبر هنا" and body in article.text
    assert _article(_text("1999-12-31", body)).published == "1999-12-31"
    assert _article(_text(body), published="2299-01-01").published is None


def test_plausible_date_bounds():
    from datetime import date

    from rawi.articles.text import plausible_date

    today = date(2020, 5, 1)
    assert plausible_date("2020-05-01", today) == "2020-05-01" and plausible_date("1900", today) == "1900"
    assert plausible_date("2020-05-02", today) is None and plausible_date("1899-12-31", today) is None


@given(
    st.text(alphabet="قال ﻗﺎﻝ ٣ ، abcXYZ é 12 \u0750\u077f\u0700\ufb50\ufdff\ufe70\ufeff\u05ff", max_size=320)
)
def test_language_counts_arabic_and_latin_letters_as_the_class_patterns_do(text: str) -> None:
    """The one pass over the characters counts what the character-class patterns match."""
    import re

    from rawi.articles.text import language

    sample = text[:300]
    arabic = len("".join(re.findall("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+", sample)))
    latin = len("".join(re.findall("[A-Za-z]+", sample)))
    assert language(text) == ("ar" if arabic and arabic >= latin else "en")
