"""Mention: a statement with the article facts the claims layer needs (outlet, date, file).

The claims layer works on mentions only, so it runs the same on fresh extractions and on
rows read back from the store.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from rawi.records import Extraction, Stance, to_stance
from rawi.tables import file_name


@dataclass(frozen=True)
class Mention:
    """One statement in one article, as the claims layer sees it."""

    id: str
    article_id: str
    file: str
    speaker: str
    content: str
    start: int
    end: int
    speaker_role: str | None = None
    speaker_kind: str = "person"
    cue: str = ""
    stance: Stance = "assert"
    target: str | None = None
    via: tuple[str, ...] = ()
    date: str | None = None
    published: str | None = None
    outlet: str | None = None
    sources: tuple[str, ...] = ()
    url: str | None = None
    lang: str = "ar"
    in_headline: bool = False
    hedged: bool = False
    seq: int = 0

    @property
    def when(self) -> str:
        """The best known date of the statement: its own date, else the article's, else ''."""
        return (self.date or self.published or "")[:10]

    @property
    def reporter(self) -> str:
        """Who published it: the article's outlet, else its credited source, else its URL's site
        ("" when none is known: a file name is never an outlet)."""
        return outlet_of(self.outlet, self.sources, self.url)

    @property
    def is_reaction(self) -> bool:
        """Whether the statement denies or confirms something rather than asserting it."""
        return self.stance in ("deny", "confirm")


def site_of(url: str | None) -> str:
    """The site of a URL without "www." ("https://www.example.org/a" -> "example.org"), or ""."""
    if not url:
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def outlet_of(outlet: str | None, sources: tuple[str, ...], url: str | None) -> str:
    """An article's outlet: its metadata outlet, else its first credited source (dateline,
    sign-off), else its URL's site, else ""."""
    return outlet or (sources[0] if sources else "") or site_of(url)


def _json_list(value: Any) -> tuple[str, ...]:
    """A tuple from a JSON list string (store rows) or a list (records)."""
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(json.loads(value))
    return tuple(value)


def mention_from_row(row: dict[str, Any]) -> Mention:
    """A mention from a joined statements+articles row (`file`, `outlet`, `published`, ...)."""
    return Mention(
        id=row["id"],
        article_id=row["article_id"],
        file=row.get("file") or "",
        speaker=row.get("speaker") or "",
        content=row.get("content") or "",
        start=int(row.get("start") or 0),
        end=int(row.get("end") or 0),
        speaker_role=row.get("speaker_role"),
        speaker_kind=row.get("speaker_kind") or "person",
        cue=row.get("cue") or "",
        stance=to_stance(row.get("stance") or "assert"),
        target=row.get("target"),
        via=_json_list(row.get("via")),
        date=row.get("date"),
        published=row.get("published"),
        outlet=row.get("outlet"),
        sources=_json_list(row.get("sources")),
        url=row.get("url"),
        lang=row.get("lang") or "ar",
        in_headline=bool(row.get("in_headline")),
        hedged=bool(row.get("hedged")),
        seq=int(row.get("seq") or 0),
    )


def mentions_of(extraction: Extraction) -> list[Mention]:
    """The mentions of one extraction, in text order."""
    article = extraction.article
    return [
        Mention(
            id=s.id_in(article.id),
            article_id=article.id,
            file=file_name(article.name),
            speaker=s.speaker,
            content=s.content,
            start=s.start,
            end=s.end,
            speaker_role=s.speaker_role,
            speaker_kind=s.speaker_kind,
            cue=s.cue,
            stance=s.stance,
            target=s.target,
            via=s.via,
            date=s.date,
            published=article.published,
            outlet=article.outlet,
            sources=article.sources,
            url=article.url,
            lang=article.lang,
            in_headline=s.in_headline,
            hedged=s.hedged,
            seq=seq,
        )
        for seq, s in enumerate(extraction.statements)
    ]
