"""How inputs are read: size limit and the JSONL field mapping, shared by extract and ingest."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
TEXT_FIELDS = ("text", "content", "body", "article", "maintext")
URL_FIELDS = ("url", "link", "href")
DATE_FIELDS = ("date", "published", "date_publish", "pubDate", "published_at")
TITLE_FIELDS = ("title", "headline")
OUTLET_FIELDS = ("outlet", "source", "site_name")


@dataclass(frozen=True)
class SourceOptions:
    """Options of `iter_documents`; a field left as None is looked up under its usual names.

    `max_bytes` caps one text or HTML document (and one WARC/JSONL record); archives and
    dumps are streamed record by record, so their own size does not matter.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    text_field: str | None = None
    url_field: str | None = None
    date_field: str | None = None
    title_field: str | None = None
    metadata: tuple[str, ...] = ()  # sidecar JSONL files: file -> outlet, url, date, title

    def fields(self, kind: str) -> tuple[str, ...]:
        """Names to try, in order, for one JSONL field kind (text, url, date, title, outlet)."""
        chosen = {
            "text": self.text_field,
            "url": self.url_field,
            "date": self.date_field,
            "title": self.title_field,
        }.get(kind)
        if chosen:
            return (chosen,)
        return {
            "text": TEXT_FIELDS,
            "url": URL_FIELDS,
            "date": DATE_FIELDS,
            "title": TITLE_FIELDS,
            "outlet": OUTLET_FIELDS,
        }[kind]
