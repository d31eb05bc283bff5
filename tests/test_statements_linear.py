"""Extraction stays linear in article length: the indexes that replace whole-article scans give
the answers of the scans they replace (issue 13, row 2)."""

from __future__ import annotations

import random

from rawi.pipeline import process_document
from rawi.records import Document, Extraction, Statement
from rawi.statements.assemble import _outer_statements


def _scanned(statements: list[Statement], cues: list[int]) -> dict[int, Statement]:
    """The whole-list scan `_outer_statements` replaces: first other assertion holding each cue."""
    found = {}
    for index, (statement, cue) in enumerate(zip(statements, cues, strict=True)):
        if cue < 0:
            continue
        outer = next(
            (o for o in statements if o is not statement and o.start <= cue < o.end and o.stance == "assert"
             and not o.in_headline),
            None,
        )  # fmt: skip
        if outer is not None:
            found[index] = outer
    return found


def test_the_outer_statement_index_matches_the_scan() -> None:
    rng = random.Random(5)
    for _ in range(300):
        statements, cues = [], []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 60)
            statements.append(
                Statement(
                    speaker="س",
                    speaker_role=None,
                    speaker_kind="person",
                    cue="قال",
                    content="x",
                    quote_type="indirect",
                    start=start,
                    end=start + rng.randint(0, 30),
                    stance=rng.choice(("assert", "assert", "deny")),
                    in_headline=rng.random() < 0.1,
                )
            )
            cues.append(rng.choice((-1, rng.randint(0, 90))))
        assert _outer_statements(statements, cues) == _scanned(statements, cues)


def _paragraphs(count: int) -> str:
    """An article of `count` paragraphs, each with a named minister, an elided 'added' and a family name."""
    parts = ["تقرير عن الموازنة العامة\n"]
    for n in range(count):
        parts.append(
            f"وقال الوزير سامي يعقوب{n} إن الموازنة تكفي للعام المقبل. "
            f"وأضاف يعقوب{n} أن الإنفاق سيرتفع. وتابع أن الديون ستنخفض.\n"
        )
    return "".join(parts)


def test_family_names_and_elided_subjects_resolve_in_long_articles() -> None:
    result = process_document(Document(name="long.txt", text=_paragraphs(400)))
    assert isinstance(result, Extraction)
    speakers = [s.speaker for s in result.statements]
    assert speakers[-3:] == ["سامي يعقوب399"] * 3
    assert speakers.count("سامي يعقوب7") == 3
