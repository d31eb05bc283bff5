"""The one path every document takes: Document -> Article -> Statements.

`process_document` is pure and is what the CLI, the server and the Spark job all call.
"""

from __future__ import annotations

from rawi.articles import parse_article
from rawi.records import Document, Extraction, Rejection
from rawi.statements import extract_statements


def process_document(document: Document) -> Extraction | Rejection:
    """Read one document into an article with its attributed statements, or say why not."""
    article = parse_article(document)
    if isinstance(article, Rejection):
        return article
    return Extraction(article=article, statements=extract_statements(article))
