"""English passive attribution: the agent of 'were rejected by', 'was described by ... as' speaks."""

from __future__ import annotations

import pytest

from test_statements_english import extract, one


def test_a_claim_rejected_by_an_agent_is_its_denial():
    found = extract("Reports of a merger were rejected by the airline on Friday.")
    s = one(found, "rejected")
    assert (s.speaker, s.stance, s.content) == ("airline", "deny", "Reports of a merger")


def test_the_name_in_apposition_to_the_agent_speaks():
    found = extract("Rumours of a sale were flatly denied by the club's owner, Vera Holt.")
    s = one(found, "denied")
    assert (s.speaker, s.speaker_role, s.stance) == ("Vera Holt", "the club's owner", "deny")


def test_described_by_as_keeps_the_label():
    found = extract('The budget has been described by several economists as "a missed chance for reform".')
    s = one(found, "described")
    assert (s.speaker, s.content, s.quote_type) == (
        "several economists",
        "a missed chance for reform",
        "direct",
    )


def test_told_by_that_takes_the_clause():
    s = one(extract("Residents were told by engineers that the bridge was safe."), "told")
    assert (s.speaker, s.content) == ("engineers", "the bridge was safe")


def test_a_pronoun_alone_is_no_passive_content():
    assert [s.cue for s in extract("He was praised by the board.")] == []


def test_passive_label_before_the_agent():
    found = extract('The allegations were dismissed as "pure invention" by the club\'s chairman.')
    s = one(found, "dismissed")
    assert (s.speaker, s.stance, s.content) == ("club's chairman", "deny", "The allegations")


def test_a_text_written_by_someone_is_no_statement():
    found = extract(
        "The report was written by Lena Karsten of the Nordic Institute. Karsten said rents would rise."
    )
    assert [(s.cue, s.speaker, s.content) for s in found] == [("said", "Lena Karsten", "rents would rise")]


def test_a_claim_apposed_to_a_clause_and_denied_by_an_agent():
    found = extract("The depot will close in May -- a claim denied by its owner.")
    assert [(s.speaker, s.stance, s.content) for s in found] == [
        ("owner", "deny", "The depot will close in May")
    ]
    s = one(extract("The depot will close in May, a claim disputed by the union."), "disputed")
    assert (s.speaker, s.stance) == ("union", "deny")


def test_how_something_was_said_stays_out_of_the_content():
    assert (
        one(extract("The firm said by phone that the mill would close."), "said").content
        == "the mill would close"
    )


def test_a_court_dismissing_a_claim_rules_and_denies_nothing():
    found = extract(
        "Apex Corp's claim that tenants had damaged the flats was dismissed by a county judge on Friday."
    )
    assert [(s.cue, s.speaker) for s in found] == [("claim", "Apex Corp")]
    assert not extract("The judge dismissed the claims.")
    assert one(extract("The judge said the claims were false."), "said").stance == "deny"


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        ("The deal was said by analysts to be near completion.", "said", "analysts", "to be near completion"),
        ("The plant was said by inspectors to be unsafe.", "said", "inspectors", "to be unsafe"),
        (
            "The firm was reported by two local papers to have hired advisers.",
            "reported",
            "two local papers",
            "to have hired advisers",
        ),
    ],
)
def test_a_raising_passive_with_an_agent_reports_the_infinitive(
    body: str, cue: str, speaker: str, content: str
):
    s = one(extract(body), cue)
    assert (s.speaker, s.content) == (speaker, content)


def test_an_agent_phrase_with_to_in_it_stays_whole():
    assert one(extract("The plan was praised by an aide to the governor."), "praised").speaker == (
        "aide to the governor"
    )


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        ('The plan was called "reckless" by the opposition leader.', "called", "opposition leader"),
        ('The merger was branded "a disaster" by the union.', "branded", "union"),
    ],
)
def test_a_quoted_label_between_the_passive_cue_and_its_agent(body: str, cue: str, speaker: str):
    s = one(extract(body), cue)
    assert (s.speaker, s.content) == (speaker, body.split(" was ")[0])


def test_a_quoted_title_given_by_an_agent_is_no_statement():
    assert extract('The album was called "Blue Roads" by its author.') == []
