"""A fetched body -> what it lists: the items of an RSS/Atom feed or a news sitemap, or one page.

Feeds go through the same reader as feed files (rawi.sources.feeds), so each item also carries
the feed's own text, used when its page cannot be fetched. News sitemaps (`<urlset>` with
`<news:news>`) give each URL with its title, date and publication; a sitemap index gives the
child sitemaps it lists. A page is a Document of media type text/html, decoded as `rawi ingest`
decodes an HTML file, so it takes the same HTML path through the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from urllib.parse import urljoin

from lxml import etree

from rawi.records import Document, Rejection
from rawi.sources.decoding import decode
from rawi.sources.feeds import read_feed
from rawi.sources.fetch import is_private_host
from rawi.sources.sniff import HEAD_BYTES, Kind, sniff

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)


class Listing(Enum):
    """What a watched URL turned out to be."""

    FEED = "feed"
    SITEMAP = "sitemap"
    PAGE = "page"


@dataclass(frozen=True)
class Item:
    """One entry a feed or sitemap lists: its page URL, and the feed's own text when it has some."""

    url: str | None
    fallback: Document | None = None


@dataclass(frozen=True)
class Listed:
    """The items of one fetched body, child sitemaps to read, and a problem if it was malformed."""

    kind: Listing
    items: tuple[Item, ...] = ()
    sitemaps: tuple[str, ...] = ()
    problem: str | None = None


def listing_kind(url: str, body: bytes, content_type: str = "") -> Listing:
    """Whether a body is a feed, a sitemap or a page, from its first bytes (then its media type)."""
    head = body[:HEAD_BYTES].lstrip()
    if head.startswith(b"<?xml") or head.startswith(b"<"):
        root = head[:2048]
        if b"<urlset" in root or b"<sitemapindex" in root:
            return Listing.SITEMAP
    kind, _ = sniff(url.rsplit("?", 1)[0], body[:HEAD_BYTES])
    if kind is Kind.FEED or any(t in content_type for t in ("rss", "atom")):
        return Listing.FEED
    return Listing.PAGE


def read_listing(url: str, body: bytes, content_type: str = "") -> Listed:
    """The items a fetched feed or sitemap lists, links made absolute (a page is its own item).

    An item linking to this machine or a private network is kept only with its feed's text
    (no page fetch) unless the feed itself is served from such an address, so a hostile feed
    cannot make rawi fetch internal URLs.
    """
    kind = listing_kind(url, body, content_type)
    if kind is Listing.PAGE:
        return Listed(Listing.PAGE)
    listed = _feed(url, body) if kind is Listing.FEED else _sitemap(body)
    inside = is_private_host(url)
    items = tuple(_absolute(url, item, inside) for item in listed.items)
    sitemaps = tuple(
        u for u in (urljoin(url, s) for s in listed.sitemaps) if inside or not is_private_host(u)
    )
    return replace(listed, items=items, sitemaps=sitemaps)


def _absolute(base: str, item: Item, inside: bool) -> Item:
    """An item with its link resolved against the feed's URL; a link to a private host dropped."""
    if not item.url:
        return item
    url = urljoin(base, item.url.strip())
    return Item(url if inside or not is_private_host(url) else None, item.fallback)


def _feed(url: str, body: bytes) -> Listed:
    """A feed's items, each with its link and its text as a fallback Document."""
    items: list[Item] = []
    problem = None
    for entry in read_feed(url, body):
        if isinstance(entry, Rejection):
            if entry.code == "E007" or not items:
                problem = entry.reason
            continue
        items.append(Item(entry.url, entry))
    return Listed(Listing.FEED, tuple(items), problem=problem)


def _text(element: etree._Element | None, path: str) -> str | None:
    """The stripped text at `path` under an element, or None."""
    found = element.find(path) if element is not None else None
    text = (found.text or "").strip() if found is not None else ""
    return text or None


def _sitemap(body: bytes) -> Listed:
    """A sitemap's URLs (with their news title, date and publication), or an index's sitemaps."""
    try:
        root = etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError as error:
        return Listed(Listing.SITEMAP, problem=f"not well-formed XML: {error}"[:300])
    if root.tag == f"{SITEMAP_NS}sitemapindex":
        children = (_text(node, f"{SITEMAP_NS}loc") for node in root.iter(f"{SITEMAP_NS}sitemap"))
        return Listed(Listing.SITEMAP, sitemaps=tuple(c for c in children if c))
    items = []
    for node in root.iter(f"{SITEMAP_NS}url"):
        loc = _text(node, f"{SITEMAP_NS}loc")
        if loc:
            items.append(Item(loc, _news_stub(loc, node.find(f"{NEWS_NS}news"))))
    return Listed(Listing.SITEMAP, tuple(items))


def _news_stub(url: str, news: etree._Element | None) -> Document | None:
    """A title-only Document from a `<news:news>` entry (its page brings the text), or None."""
    title = _text(news, f"{NEWS_NS}title")
    if not title:
        return None
    published = _text(news, f"{NEWS_NS}publication_date")
    outlet = _text(news, f"{NEWS_NS}publication/{NEWS_NS}name")
    return Document(name=url, text=title, url=url, title=title, published=(published or "")[:10] or None,
                    outlet=outlet)  # fmt: skip


def page_document(url: str, body: bytes, content_type: str = "", stub: Document | None = None) -> Document:
    """A fetched page as an HTML Document (as `rawi ingest` reads an .html file), with the feed's metadata."""
    charset = content_type.partition("charset=")[2].split(";")[0].strip() or None
    decoded = decode(body, charset)
    return Document(
        name=url,
        text=decoded.text,
        media_type="text/html",
        url=url,
        title=stub.title if stub else None,
        published=stub.published if stub else None,
        outlet=stub.outlet if stub else None,
        encoding=decoded.encoding,
    )
