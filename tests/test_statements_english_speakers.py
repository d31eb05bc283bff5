"""Source phrases: name and role split, kinds, and what pronouns and descriptions point back to."""

from __future__ import annotations

import pytest

from rawi.statements.english.lexicon import english
from rawi.statements.english.speakers import (
    Context,
    Source,
    company_mentions,
    parse,
    person_mentions,
    resolve,
)


@pytest.mark.parametrize(
    ("phrase", "name", "role", "kind"),
    [
        ("Indonesian Energy Minister Subroto", "Subroto", "Indonesian Energy Minister", "person"),
        ("U.S. Treasury Secretary James Baker", "James Baker", "U.S. Treasury Secretary", "person"),
        ("Arthur Krumper of Munich's Ifo institute", "Arthur Krumper", "Munich's Ifo institute", "person"),
        ("a British naval source in the Gulf", "British naval source in the Gulf", None, "anonymous"),
        ("industry sources", "industry sources", None, "anonymous"),
        ("a company spokeswoman", "company spokeswoman", None, "anonymous"),
        ("CPC International Inc", "CPC International Inc", None, "organization"),
        ("central bank figures", "central bank figures", None, "document"),
        ("Hans-Juergen Schmahl", "Hans-Juergen Schmahl", None, "person"),
        ("Prime Minister Zeid al-Rifa'i", "Zeid al-Rifa'i", "Prime Minister", "person"),
        ("the Washington Post", "Washington Post", None, "organization"),
    ],
)
def test_parse_splits_name_role_and_kind(phrase: str, name: str, role: str | None, kind: str):
    source = parse(phrase, english()).source
    assert (source.name, source.role, source.kind) == (name, role, kind)


def test_pronouns_point_to_the_latest_fitting_source():
    lex = english()
    history = [Source("Apex Corp", None, "organization"), Source("John Wells", None, "person")]
    context = Context({})
    assert resolve(parse("he", lex), history, context).name == "John Wells"
    assert resolve(parse("it", lex), history, context).name == "Apex Corp"


def test_definite_descriptions_point_back_by_head_noun():
    lex = english()
    history = [parse("a British naval source in the Gulf", lex).source, Source("Iran", None, "organization")]
    assert resolve(parse("The source", lex), history, Context({})).name == "British naval source in the Gulf"


def test_the_company_falls_back_to_the_nearest_company_named():
    lex = english()
    found = resolve(parse("the company", lex), [], Context({}, organization="Apex Mining Corp"))
    assert (found.name, found.kind) == ("Apex Mining Corp", "organization")


def test_surnames_and_unexplained_he_use_names_written_in_the_text():
    lex = english()
    text = "Finance Minister Maria Lopez spoke. Borge Bek-Nielsen agreed."
    mentions = person_mentions(text, lex)
    assert [(name, titled) for _, name, titled in mentions] == [
        ("Maria Lopez", True),
        ("Borge Bek-Nielsen", False),
    ]
    context = Context({"Lopez": "Maria Lopez"}, person="Maria Lopez")
    assert resolve(parse("Lopez", lex), [], context).name == "Maria Lopez"
    assert resolve(parse("he", lex), [], context).name == "Maria Lopez"


def test_company_mentions_read_suffixes_and_angle_brackets():
    names = [name for _, name in company_mentions("Apex Mining Corp bought <Teck Corp> shares.")]
    assert names == ["Apex Mining Corp", "Teck Corp"]
