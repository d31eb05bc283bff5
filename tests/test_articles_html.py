"""HTML pages: trafilatura's main text, the headline, and the date printed beside it."""

from rawi.articles import parse_article
from rawi.articles.html import is_html, printed_date
from rawi.records import Article, Document, Rejection

PAGE = """<!DOCTYPE html>
<html lang="ar"><head><meta charset="utf-8"><title>الوزارة تفتتح مدرسة جديدة | موقع الأخبار</title></head>
<body>
<nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
<article>
<h1>الوزارة تفتتح مدرسة جديدة</h1>
<div class="date">الأحد 7 كانون الثاني 2024</div>
<p>افتتحت وزارة التربية اليوم الأحد مدرسة جديدة في الحي الشمالي من المدينة تتسع لألف طالب وطالبة.</p>
<p>وقال وزير التربية خلال حفل الافتتاح إن "المدرسة مجهزة بأحدث الوسائل التعليمية والمختبرات".</p>
<p>وأضاف الوزير أن الوزارة تخطط لافتتاح خمس مدارس أخرى قبل نهاية العام الدراسي المقبل.</p>
</article>
<footer>© 2023 موقع الأخبار. جميع الحقوق محفوظة</footer>
</body></html>
"""


def test_markup_is_recognised_by_type_or_by_content():
    assert is_html(Document(name="a", text="<p>نص عادي</p>", media_type="text/html"))
    assert not is_html(Document(name="a", text="نص عادي بلا وسوم", media_type="text/html"))
    assert is_html(Document(name="a", text="  <div><p>نص</p></div>"))
    assert not is_html(Document(name="a", text="عنوان\n<نص> بين قوسين"))


def test_page_gives_headline_printed_date_and_paragraph_spans():
    article = parse_article(Document(name="page.html", text=PAGE))
    assert isinstance(article, Article)
    assert article.headline == "الوزارة تفتتح مدرسة جديدة"
    assert article.published == "2024-01-07"
    kinds = [(span.kind, article.text[span.start : span.end]) for span in article.spans]
    assert kinds[0] == ("headline", "الوزارة تفتتح مدرسة جديدة")
    paragraphs = [line for kind, line in kinds if kind == "paragraph"]
    assert len(paragraphs) == 3
    assert paragraphs[1].startswith("وقال وزير التربية")


def test_printed_date_is_read_next_to_the_title():
    page_text = "الرئيسية رياضة الوزارة تفتتح مدرسة جديدة الأحد 7 كانون الثاني 2024 افتتحت"
    assert printed_date(page_text, "الوزارة تفتتح مدرسة جديدة") == "2024-01-07"
    assert printed_date(page_text, "عنوان آخر") is None


def test_page_without_article_text_is_e006():
    page = "<html><head><title>الأقسام</title></head><body><nav><a href='/'>الرئيسية</a></nav></body></html>"
    result = parse_article(Document(name="index.html", text=page))
    assert isinstance(result, Rejection)
    assert result.code == "E006"
