"""A word and each of its clitic forms find the same statements, in the text and every filter.

The words and their forms are generated here (base words x proclitic sequences), written into
a store, and searched: each form must give the very list its base word gives.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rawi.arabic.normalize import index_key
from rawi.records import Article, Extraction, Span, Statement
from rawi.store import connect
from rawi.store.search import SearchFilters, search
from rawi.store.writer import write_extraction

# Common nouns and place names, many of them beginning with a letter that can be a clitic.
BASE_WORDS = (
    "وزير", "فلسطين", "بريطانيا", "كتاب", "لبنان", "ولاية", "وكالة", "فريق", "بنك", "كلية", "لجنة",
    "بلدية", "حكومة", "رئيس", "شركة", "مصرف", "وفد", "فندق", "بيان", "كهرباء", "لقاء", "مدينة",
    "جامعة", "محكمة", "برلمان", "ليبيا", "فرنسا", "كندا", "بلد", "وثيقة", "فيضان", "لاجئ", "بحر",
    "كرسي", "مستشفى", "سفارة", "قرار", "بورصة", "منظمة", "أمن", "اتفاق", "إعلان",
)  # fmt: skip
# Conjunction, preposition and article in the orders Arabic writes them (ل + ال is written لل).
INDEFINITE = ("و", "ف", "ب", "ك", "ل", "وب", "فب", "وك", "فك", "ول", "فل")
DEFINITE = ("ال", "وال", "فال", "بال", "كال", "لل", "وبال", "فبال", "وكال", "ولل", "فلل")


def forms(word: str) -> list[str]:
    """Every clitic form of a base word."""
    return [prefix + word for prefix in (*INDEFINITE, *DEFINITE)]


PAIRS = [(word, form) for word in BASE_WORDS for form in forms(word)]


def test_there_are_a_few_hundred_pairs_and_distinct_keys() -> None:
    assert len(PAIRS) >= 400
    assert len({index_key(word) for word in BASE_WORDS}) == len(BASE_WORDS)


@pytest.mark.parametrize(("word", "form"), PAIRS)
def test_a_form_has_its_word_key(word: str, form: str) -> None:
    assert index_key(form) == index_key(word)


def _article(number: int, word: str) -> Extraction:
    """An article about one base word: one statement per clitic form, in content, speaker and role."""
    lines = [f"{form} في موضوع الخبر رقم {i}" for i, form in enumerate([word, *forms(word)])]
    text = "عنوان الخبر\n" + "\n".join(lines) + "\n"
    statements = []
    for line in lines:
        start = text.index(line)
        form = line.split()[0]
        statements.append(
            Statement(
                speaker=f"{form} الجديد", content=line, start=start, end=start + len(line), cue="قال",
                speaker_role=f"مدير {form}", speaker_kind="person", quote_type="indirect",
            )
        )  # fmt: skip
    article = Article(
        name=f"a{number}.txt", text=text, lang="ar", headline="عنوان الخبر", published="2024-02-01",
        spans=(Span(0, text.index("\n"), "headline"),), outlet=f"شبكة {word}", document_id=f"doc{number}",
    )  # fmt: skip
    return Extraction(article=article, statements=tuple(statements))


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    db: Path = tmp_path_factory.mktemp("clitics") / "clitics.db"
    writer = connect(db)
    with writer:
        for number, word in enumerate(BASE_WORDS):
            write_extraction(writer, _article(number, word))
    return writer


def _ids(conn: sqlite3.Connection, query: str = "", **filters: str) -> list[str]:
    """Every statement id a search gives, in its order."""
    return [row["id"] for row in search(conn, query, SearchFilters(**filters), limit=1000)]


def _asked(conn: sqlite3.Connection, option: str, value: str) -> list[str]:
    """The ids found for `value` as the query text (content) or as the filter `option`."""
    return _ids(conn, value) if option == "content" else _ids(conn, **{option: value})


@pytest.mark.parametrize("word", BASE_WORDS)
def test_word_and_forms_find_the_same_statements(conn: sqlite3.Connection, word: str) -> None:
    expected = len(forms(word)) + 1
    for option in ("content", "speaker", "role", "outlet"):
        found = _asked(conn, option, word)
        assert len(found) == expected, (option, word)
        for form in forms(word):
            assert _asked(conn, option, form) == found, (option, word, form)
