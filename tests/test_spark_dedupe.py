"""Spark's deduplication merges give what `rawi ingest` keeps, in whatever order they run."""

from __future__ import annotations

import random
from functools import reduce

from hypothesis import given, settings
from hypothesis import strategies as st

from rawi.spark.dedupe import Ref, document_key, earliest, merge, results, size, state


def _output(table: str, order: tuple[int, int], document_id: str | None = "doc") -> Ref:
    return Ref(table, f"{table}-{order}", order, document_id)


def _ingest(outputs: list[Ref]) -> list[Ref]:
    """What an ingest reading in order keeps of one document id's results."""
    kept: list[Ref] = []
    stored = False
    for output in sorted(outputs, key=lambda o: o.order):
        if stored:
            continue
        kept.append(output)
        stored = output.table == "articles"
    return kept


def test_the_first_article_and_the_rejections_before_it_are_kept():
    rejected_first = _output("rejections", (0, 1))
    article = _output("articles", (0, 2))
    later = [_output("rejections", (0, 3)), _output("articles", (1, 0))]
    merged = reduce(merge, map(state, [later[1], article, later[0], rejected_first]))
    assert results(merged) == [rejected_first, article]
    assert size(merged) == 2


def test_a_sources_rejection_never_meets_another():
    first, second = _output("rejections", (0, 0), None), _output("rejections", (0, 1), None)
    assert document_key(first) != document_key(second)
    assert document_key(_output("articles", (0, 0))) == document_key(_output("rejections", (5, 5)))


def test_earliest_keeps_what_was_read_first():
    first, later = _output("articles", (0, 5)), _output("articles", (1, 0))
    assert earliest(later, first) is first
    assert earliest(first, later) is first


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.booleans(), st.integers(0, 3), st.integers(0, 50)),
        min_size=1,
        max_size=12,
        unique_by=lambda t: t[1:],
    ),
    st.randoms(use_true_random=False),
)
def test_any_merge_order_gives_the_ingest_answer(items, rng: random.Random):
    outputs = [
        _output("articles" if is_article else "rejections", (task, n)) for is_article, task, n in items
    ]
    shuffled = outputs[:]
    rng.shuffle(shuffled)
    states = [state(o) for o in shuffled]
    while len(states) > 1:  # merge random neighbours, as partitions and combiners would
        i = rng.randrange(len(states) - 1)
        states[i : i + 2] = [merge(states[i], states[i + 1])]
    assert results(states[0]) == _ingest(outputs)
