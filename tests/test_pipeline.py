"""The pipeline turns a document into an article, or a rejection."""

from rawi.pipeline import process_document
from rawi.records import Document, Extraction, Rejection


def test_blank_document_is_rejected():
    assert isinstance(process_document(Document(name="blank.txt", text="  \n ")), Rejection)


def test_headline_and_iso_date_are_read():
    result = process_document(Document(name="a.txt", text="عنوان الخبر\n2024-01-26\nنص الخبر."))
    assert isinstance(result, Extraction)
    assert result.article.headline == "عنوان الخبر"
    assert result.article.published == "2024-01-26"
