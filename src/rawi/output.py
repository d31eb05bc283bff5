"""Records -> the GUIDELINES.md JSON shape (one object per article), and back."""

from __future__ import annotations

from typing import Any

from rawi.records import Extraction, Statement


def statement_record(statement: Statement) -> dict[str, Any]:
    """One statement as the GUIDELINES.md fields, offsets and extractor included."""
    return {
        "speaker": statement.speaker,
        "speaker_role": statement.speaker_role,
        "speaker_kind": statement.speaker_kind,
        "cue": statement.cue,
        "content": statement.content,
        "quote_type": statement.quote_type,
        "via": list(statement.via),
        "stance": statement.stance,
        "hedged": statement.hedged,
        "target": statement.target,
        "date": statement.date,
        "in_headline": statement.in_headline,
        "start": statement.start,
        "end": statement.end,
        "extractor": statement.extractor,
    }


def article_record(extraction: Extraction) -> dict[str, Any]:
    """One article as the GUIDELINES.md record that `rawi extract --format jsonl` prints."""
    article = extraction.article
    return {
        "file": article.name.replace("\\", "/").rsplit("/", 1)[-1],
        "lang": article.lang,
        "headline": article.headline,
        "published": article.published,
        "sources": list(article.sources),
        "url": article.url,
        "outlet": article.outlet,
        "statements": [statement_record(s) for s in extraction.statements],
    }
