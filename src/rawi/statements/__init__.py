"""Article -> attributed statements: cues, speakers, chains, stance."""

from __future__ import annotations

from rawi.records import Article, Statement


def extract_statements(article: Article) -> tuple[Statement, ...]:
    """Every attributed statement of the article, in text order."""
    return ()
