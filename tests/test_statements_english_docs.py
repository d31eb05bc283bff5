"""English documents and aliases: owners of documents, newspaper back-references, acronyms, issuers."""

from __future__ import annotations

import pytest

from test_statements_english import extract, one


def test_a_document_with_a_possessive_owner_speaks_for_the_owner():
    found = extract(
        "Lakeside Clinic treated 40 patients, an inspection by the health regulator found.\n"
        "    The regulator's report said staff were overstretched."
    )
    said = one(found, "said")
    assert said.speaker == "health regulator"


def test_the_paper_points_back_to_a_masthead_named_before():
    found = extract(
        "The mayor's office bought three cars, according to The Evening Gazette.\n"
        "    The paper said the trips were not declared."
    )
    assert one(found, "said").speaker.endswith("Evening Gazette")


def test_an_acronym_is_the_organisation_it_abbreviates():
    found = extract(
        "The World Meteorological Organization said the summer was the hottest on record.\n"
        "    The WMO added that glaciers were retreating."
    )
    assert one(found, "added").speaker == "World Meteorological Organization"


def test_a_document_issued_by_a_body_speaks_for_it():
    found = extract("The study, published by the Coastal Trust on Monday, said sea levels were rising.")
    assert one(found, "said").speaker == "Coastal Trust"


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        ("The Harbour Times said the mayor would resign.", "Harbour Times", None),
        ("The Daily Beacon newspaper said exports fell.", "Daily Beacon newspaper", None),
        ("State radio said the border was closed.", "State radio", None),
        ("Local newspaper Nova Gazeta said the mill would close.", "Nova Gazeta", "Local newspaper"),
        ("Kyodo news agency said the talks failed.", "Kyodo news agency", None),
    ],
)
def test_a_reporting_medium_is_a_document(body: str, speaker: str, role: str | None):
    s = one(extract(body), "said")
    assert (s.speaker, s.speaker_role, s.speaker_kind) == (speaker, role, "document")


def test_an_agency_of_state_is_a_body():
    s = one(extract("The Environmental Protection Agency said the water was safe."), "said")
    assert s.speaker_kind == "organization"


@pytest.mark.parametrize(
    ("body", "speaker", "via", "content"),
    [
        (
            "The mill will close in May, according to a report by the Harbour Times citing two managers.",
            "two managers",
            ("Harbour Times",),
            "The mill will close in May",
        ),
        (
            "According to the Harbour Times, citing two managers, the mill will close.",
            "two managers",
            ("Harbour Times",),
            "the mill will close",
        ),
        (
            "Rents rose, according to a survey by the Nordic Institute of Housing (NIH).",
            "Nordic Institute of Housing",
            (),
            "Rents rose",
        ),
    ],
)
def test_according_to_a_report_by_an_issuer_citing_a_source(
    body: str, speaker: str, via: tuple, content: str
):
    s = one(extract(body), "according to" if "according" in body else "According to")
    assert (s.speaker, s.via, s.content) == (speaker, via, content)


def test_a_masthead_word_after_the_is_a_newspaper_the_paper_points_to():
    found = extract("The Courier said on Monday the port would close. The paper added that jobs would go.")
    assert [(s.speaker, s.speaker_kind) for s in found] == [("Courier", "document")] * 2


def test_an_unnamed_story_is_the_paper_the_text_soon_says_published_it():
    found = extract(
        "Ashby Rovers denied a newspaper story that said the club was for sale. "
        "The story, published by the Evening Star on Sunday, said a fund had bid."
    )
    assert [(s.speaker, s.speaker_kind) for s in found if s.cue == "said"] == [
        ("Evening Star", "document")
    ] * 2


def test_a_surname_that_is_also_a_document_noun_stays_a_name():
    found = extract(
        "Resources analyst Ian Story said output would rise. Story told the meeting prices would fall."
    )
    assert [(s.speaker, s.speaker_kind) for s in found] == [("Ian Story", "person")] * 2


def test_according_to_between_a_subject_and_its_verb_attributes_the_predicate():
    s = one(extract("The talks, according to one diplomat, were tense."), "according to")
    assert (s.speaker, s.content) == ("one diplomat", "were tense")
    t = one(
        extract("Exports climbed last year, according to the ministry, which blamed the crown."),
        "according to",
    )
    assert t.content == "Exports climbed last year"


def test_a_document_seen_by_someone_is_the_source_without_the_modifier():
    s = one(
        extract("The airline will cut 500 jobs, according to an internal memo seen by Reuters."),
        "according to",
    )
    assert (s.speaker, s.speaker_kind) == ("internal memo", "document")


@pytest.mark.parametrize(
    ("body", "speaker", "cue"),
    [
        ("Data released on Friday showed that exports fell.", "Data", "showed"),
        ("A survey published on Monday found that most voters back the plan.", "survey", "found"),
        ("Documents seen by the Harbour Times show the firm knew of the fault.", "Documents", "show"),
        ("A letter obtained by the Evening Star said the plant would close.", "letter", "said"),
    ],
)
def test_a_document_with_a_participle_speaks_and_a_reader_is_no_issuer(body: str, speaker: str, cue: str):
    s = one(extract(body), cue)
    assert (s.speaker, s.speaker_kind) == (speaker, "document")


def test_an_unclear_outcome_is_hedged():
    assert one(extract("She said it was unclear whether the talks would resume."), "said").hedged


def test_a_document_from_a_sender_speaks_for_the_sender():
    s = one(extract("A letter from the union said members would strike."), "said")
    assert (s.speaker, s.speaker_kind) == ("union", "document")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("According to a report in the Harbour Times, the port will close in June.", "Harbour Times"),
        ("According to an article in the Evening Post, sales fell in May.", "Evening Post"),
        ("According to a report in Reuters, the port will close.", "Reuters"),
    ],
)
def test_a_report_in_a_named_paper_is_the_paper_s(body: str, speaker: str):
    s = one(extract(body), "According to")
    assert (s.speaker, s.speaker_kind) == (speaker, "document")


@pytest.mark.parametrize(
    ("body", "speaker", "via"),
    [
        ("Police said three people had been arrested, according to local media.", "Police", "local media"),
        ("The mayor said the bridge was safe, according to state television.", "mayor", "state television"),
        (
            "The minister said costs would rise, according to a report in the Harbour Times.",
            "minister",
            "Harbour Times",
        ),
    ],
)
def test_the_news_a_statement_is_according_to_relays_it(body: str, speaker: str, via: str):
    s = one(extract(body), "said")
    assert (s.speaker, s.via) == (speaker, (via,))


def test_figures_a_statement_is_according_to_back_it_and_relay_nothing():
    s = one(
        extract("Exports rose eight pct, the ministry said, according to figures released on Friday."), "said"
    )
    assert s.via == ()


@pytest.mark.parametrize(
    ("body", "cues"),
    [
        ("Another broker, Per Holm, said demand was weak.", ["said"]),
        ("Per Holm said demand was weak.", ["said"]),
        ("Per the agreement, prices will rise.", ["Per"]),
        ("Prices will rise, per the ministry.", ["per"]),
    ],
)
def test_per_before_a_capitalised_name_is_a_given_name(body: str, cues: list[str]):
    assert [s.cue for s in extract(body)] == cues


def test_one_with_a_name_in_apposition_is_that_name():
    s = one(extract("One analyst, Mia Sund, said the shares were cheap."), "said")
    assert (s.speaker, s.speaker_role) == ("Mia Sund", "One analyst")
