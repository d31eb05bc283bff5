"""URLs the pages build: speaker pages, query strings, and links to stored (untrusted) URLs."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import quote, urlencode


def speaker_url(name: str) -> str:
    """The page of a speaker, with the name percent-encoded (slashes included)."""
    return "/speakers/" + quote(name, safe="")


def safe_link(url: str | None) -> str | None:
    """The URL when it is http(s), else None: a stored `javascript:` URL never becomes a link."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def with_query(path: str, params: Mapping[str, str], drop: tuple[str, ...] = (), **changes: str) -> str:
    """`path` with the non-empty `params` (less `drop`, plus `changes`) as its query string."""
    kept = {k: v for k, v in params.items() if v and k not in drop}
    kept.update(changes)
    return f"{path}?{urlencode(kept)}" if kept else path
