"""The pipeline turns a document into an article, or a rejection."""

from rawi.pipeline import process_document
from rawi.records import Document, Extraction, Rejection


def test_blank_document_is_rejected():
    assert isinstance(process_document(Document(name="blank.txt", text="  \n ")), Rejection)


def test_headline_and_iso_date_are_read():
    text = "الحكومة تعلن خطة جديدة للنقل العام\n2024-01-26\nقال الوزير إن الخطة تبدأ غدا."
    result = process_document(Document(name="a.txt", text=text))
    assert isinstance(result, Extraction)
    assert result.article.headline == "الحكومة تعلن خطة جديدة للنقل العام"
    assert result.article.published == "2024-01-26"
