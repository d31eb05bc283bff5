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


def test_a_document_past_its_budget_is_rejected_as_e016(monkeypatch):
    import rawi.pipeline

    def endless(article):
        """An extractor stuck on a pathological article."""
        while True:
            pass

    monkeypatch.setattr(rawi.pipeline, "extract_statements", endless)
    text = "الحكومة تعلن خطة جديدة\nقال الوزير إن الخطة تبدأ غدا."
    result = process_document(Document(name="stuck.txt", text=text), budget=0.2)
    assert isinstance(result, Rejection) and result.code == "E016" and result.name == "stuck.txt"


def test_the_budget_is_cleared_after_each_document():
    import signal

    text = "الحكومة تعلن خطة جديدة\nقال الوزير إن الخطة تبدأ غدا."
    assert isinstance(process_document(Document(name="a.txt", text=text), budget=5), Extraction)
    assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGVTALRM) in (signal.SIG_DFL, None)


def test_budgets_grow_with_the_document():
    from rawi.pipeline import document_budget

    small, large = (
        document_budget(Document(name="a", text="x" * 1000)),
        document_budget(Document(name="b", text="x" * 10**7)),
    )
    assert 0 < small < large
