"""English claim nouns: a report, view or warning with a that-clause is a statement of its owner."""

from __future__ import annotations

import pytest

from test_statements_english import extract, one


def test_unowned_reports_in_a_denial_speak_for_themselves():
    found = extract("The ferry operator denied media reports that the night service would end.")
    denied, reports = one(found, "denied"), one(found, "reports")
    assert (denied.stance, reports.stance) == ("deny", "assert")
    assert (reports.speaker, reports.speaker_kind, reports.content) == (
        "reports",
        "document",
        "the night service would end",
    )
    assert reports.via == ()


def test_a_possessive_owner_speaks_and_the_clause_ends_before_a_passive_main_verb():
    found = extract("Marlow Builders' claim that the site was contaminated was rejected by an inspector.")
    s = one(found, "claim")
    assert (s.speaker, s.content) == ("Marlow Builders", "the site was contaminated")


def test_a_by_phrase_owner_speaks():
    s = one(
        extract("Shares slid after a prediction by the weather service that rivers may flood."),
        "prediction",
    )
    assert (s.speaker, s.content, s.hedged) == ("weather service", "rivers may flood", True)


def test_a_label_after_the_claim_is_not_part_of_it():
    found = extract('The senator dismissed accusations that she had lied as "pure invention".')
    s = one(found, "accusations")
    assert (s.content, s.stance) == ("she had lied", "assert")
    assert one(found, "dismissed").stance == "deny"


def test_a_relative_that_after_a_claim_noun_is_no_complement():
    assert [s.cue for s in extract("He read a report that said nothing new.")] == ["said"]


def test_a_report_in_a_newspaper_is_the_newspaper_s_claim():
    found = extract("The insurer denied a report in the Morning Chronicle that it would sell its car unit.")
    s = one(found, "report")
    assert (s.speaker, s.content) == ("Morning Chronicle", "it would sell its car unit")


def test_a_rejecting_label_makes_a_denial():
    s = one(extract('The insurer denied the report, calling the story "wrong and reckless".'), "calling")
    assert (s.stance, s.target) == ("deny", "the story")


def test_claim_word_after_a_subject_pronoun_or_plural_source_is_a_verb():
    found = extract("They claim that the ballot papers were printed twice.")
    assert [(s.speaker, s.content) for s in found] == [("They", "the ballot papers were printed twice")]
    found = extract("Critics charge that the scheme wastes public money.")
    assert [(s.speaker, s.content) for s in found] == [("Critics", "the scheme wastes public money")]


def test_a_claim_subject_s_clause_ends_before_the_main_verb():
    s = one(extract("Holm's assertion that the vote was rigged drew protests."), "assertion")
    assert (s.speaker, s.content) == ("Holm", "the vote was rigged")
    t = one(extract("The council's claim that the road is safe angered residents."), "claim")
    assert t.content == "the road is safe"


def test_a_possessive_warning_is_one_claim_and_a_statement_warning_one_cue():
    assert [s.content for s in extract("Lund's warning that rates would rise proved right.")] == [
        "rates would rise"
    ]
    found = extract("The board issued a statement warning that jobs would go.")
    assert [(s.speaker, s.content) for s in found] == [("board", "jobs would go")]


def test_an_unowned_claim_is_made_by_whoever_the_text_soon_says_published_it():
    found = extract(
        "The senator dismissed allegations that her campaign took foreign money as baseless. "
        "A spokesman said the party would sue the blog that first published the allegations."
    )
    s = one(found, "allegations")
    assert (s.speaker, s.speaker_kind, s.content) == (
        "the blog that first published the allegations",
        "document",
        "her campaign took foreign money",
    )
    found = extract(
        "Rumours that the toy contained lead were denied by its maker on Monday. "
        "The rumours were first spread in a video posted by a parents group."
    )
    t = one(found, "Rumours")
    assert (t.speaker, t.speaker_kind) == ("a parents group", "anonymous")


def test_a_renewed_call_for_something_is_its_maker_s_statement():
    s = one(
        extract("The Harbour Nurses Union renewed its call for a cap of 20 patients per ward on Friday."),
        "renewed",
    )
    assert (s.speaker, s.speaker_kind, s.content) == (
        "Harbour Nurses Union",
        "organization",
        "a cap of 20 patients per ward",
    )
    t = one(extract("The union's call for higher pay was rejected."), "call")
    assert (t.speaker, t.content) == ("union", "higher pay")


def test_a_call_owned_by_another_is_no_subject_of_the_sentence():
    found = extract("The ministry rejected the union's calls for a pay rise, saying funds were short.")
    assert one(found, "saying").speaker == "ministry"


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "A suggestion by two senators that the base be closed drew anger in the town.",
            "the base be closed",
        ),
        (
            "A warning by the weather office that floods may come sent farmers to the hills.",
            "floods may come",
        ),
        ("The union's view that the plant be sold won support from traders.", "the plant be sold"),
    ],
)
def test_a_claim_opening_the_sentence_ends_before_the_sentence_verb(body: str, content: str):
    found = [s for s in extract(body) if s.content == content]
    assert len(found) == 1, [s.content for s in extract(body)]


@pytest.mark.parametrize(
    ("body", "paper"),
    [
        (
            "The minister denied a newspaper report that she had clashed with the premier.\n"
            " The daily Aftenposten had reported on Monday, citing two aides, that she threatened to resign.",
            "Aftenposten",
        ),
        (
            "The club denied a report that its coach would go.\n The tabloid Evening Bugle reported it.",
            "Evening Bugle",
        ),
    ],
)
def test_an_unnamed_report_is_the_paper_said_soon_after_to_have_reported(body: str, paper: str):
    s = one(extract(body), "report")
    assert (s.speaker, s.speaker_kind) == (paper, "document")


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        (
            "Anna Pike spoke on Monday. Her claim that the vote was rigged drew protests.",
            "claim",
            "Anna Pike",
            "the vote was rigged",
        ),
        (
            "The union met on Monday. Its view that pay was too low won support.",
            "view",
            "union",
            "pay was too low",
        ),
        (
            "Tom Greer spoke later. His repeated claims that the data were false went unanswered.",
            "claims",
            "Tom Greer",
            "the data were false",
        ),
    ],
)
def test_a_possessive_pronoun_owns_a_claim_noun(body: str, cue: str, speaker: str, content: str):
    s = one(extract(body), cue)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_claim_s_own_evaluation_stays_in_it_when_the_sentence_verb_follows():
    s = one(extract("Critics met on Monday. Their claims that the plan was false went unanswered."), "claims")
    assert s.content == "the plan was false"
    r = one(extract("The rumour that he would quit was nonsense, his aide said."), "rumour")
    assert r.content == "he would quit"


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        ("The minister rejected opposition claims that three hospitals would close.", "claims", "opposition"),
        ("The minister rejected police claims that crime had risen.", "claims", "police"),
        ("The firm denied media reports that it would be sold.", "reports", "reports"),
    ],
)
def test_a_body_noun_before_a_claim_noun_owns_it_but_the_media_do_not(body: str, cue: str, speaker: str):
    assert one(extract(body), cue).speaker == speaker


def test_documents_a_party_had_seen_show_without_the_verb_of_seeing():
    found = extract("Hans Dahl said his party had seen internal documents showing the closures were planned.")
    assert one(found, "showing").speaker == "internal documents"
