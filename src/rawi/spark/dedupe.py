"""Duplicates dropped as `rawi ingest` drops them, by merges Spark may run in any order.

`rawi ingest` reads documents in order and (1) skips a document whose content id (URL and
text) belongs to a document stored earlier, without processing it, and (2) drops an article
whose id is already stored. A document that was rejected registers nothing, so a later copy
is processed again. The Spark job reproduces this with two keyed merges:

    by document id   keep the first article, and the rejections read before it
    by article id    keep the first article (rejections: one row per id)

Each merge is associative and commutative, because it keeps what comes first in the
(input position, record number) order, whatever order the pieces arrive in.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import NamedTuple


class Ref(NamedTuple):
    """What deduplication needs of a result (not its text): a few bytes to shuffle."""

    table: str  # articles | rejections
    id: str
    order: tuple[int, int]  # (input position, record number): the single-machine reading order
    document_id: str | None  # content id of the document read; None for a source's rejection


State = tuple[Ref | None, tuple[Ref, ...]]  # first article of a document; rejections before it


def document_key(output: Ref) -> Hashable:
    """Results of one document content id meet; a source's own rejection (no document) stays alone."""
    if output.document_id is None:
        return ("record", output.order)
    return ("document", output.document_id)


def state(output: Ref) -> State:
    """The merge state of a single result."""
    return (output, ()) if output.table == "articles" else (None, (output,))


def merge(left: State, right: State) -> State:
    """The first article of the two, and the rejections read before it (all of them if none)."""
    articles = [article for article in (left[0], right[0]) if article is not None]
    first = min(articles, key=lambda article: article.order) if articles else None
    rejections = left[1] + right[1]
    if first is not None:
        rejections = tuple(r for r in rejections if r.order < first.order)
    return first, tuple(sorted(rejections, key=lambda r: r.order))


def size(merged: State) -> int:
    """How many results a state holds (so a merge's drop count is size before minus after)."""
    return (merged[0] is not None) + len(merged[1])


def results(merged: State) -> list[Ref]:
    """The results a state keeps: its rejections, then its article."""
    return [*merged[1], *([merged[0]] if merged[0] is not None else [])]


def earliest(left: Ref, right: Ref) -> Ref:
    """Of two results with one id, the one read first (what an ingest in input order keeps)."""
    return left if left.order <= right.order else right
