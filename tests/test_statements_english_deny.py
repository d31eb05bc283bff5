"""English denials without a denial verb: evaluations of a claim after any cue, and labels."""

from __future__ import annotations

import pytest

from test_statements_english import extract, one


@pytest.mark.parametrize(
    ("body", "cue", "target"),
    [
        (
            '"What they printed is a false report," a club spokeswoman told reporters.',
            "told",
            "a false report",
        ),
        ('"The story is completely untrue," the club said.', "said", "The story"),
        ("The agency said the leaked figures were fabricated.", "said", "the leaked figures"),
        ("The minister said the quote was lifted out of context.", "said", "the quote"),
        (
            '"Whoever claims the dam leaks is plainly wrong," the engineer said.',
            "said",
            "the dam leaks",
        ),
        ("The firm said there was no truth in the rumours.", "said", "the rumours"),
        ('The senator called the charges "fake news".', "called", "the charges"),
    ],
)
def test_an_evaluation_of_a_claim_makes_the_statement_a_denial(body: str, cue: str, target: str):
    s = one(extract(body), cue)
    assert (s.stance, s.target) == ("deny", target)


@pytest.mark.parametrize(
    "body",
    [
        "The union said the board was wrong to close the plant.",
        "The bank said profits were lower than forecast.",
        'The coach called the match "a great night for the club".',
    ],
)
def test_criticism_and_plain_statements_stay_assertions(body: str):
    assert all(s.stance == "assert" for s in extract(body))


def test_declining_to_comment_is_no_statement():
    assert extract("The embassy declined to comment and neither confirmed nor denied the visit.") == []


def test_if_people_suggest_x_and_the_speaker_negates_it_is_a_denial():
    s = one(
        extract('"If anyone is saying that we will sell the farm, that is not our plan," the owner said.'),
        "said",
    )
    assert (s.stance, s.target) == ("deny", "we will sell the farm")


def test_contrary_to_what_an_outlet_reported_is_a_denial():
    s = one(
        extract("Contrary to what the weekly Courant wrote, the school will stay open, the mayor said."),
        "said",
    )
    assert (s.stance, s.target) == ("deny", "what the weekly Courant wrote")


def test_contrary_to_rumours_is_a_denial_but_contrary_to_expectations_is_not():
    s = one(extract("The coach said that, contrary to rumours, he would stay for another season."), "said")
    assert (s.stance, s.target) == ("deny", "rumours")
    t = one(extract("The bakery said that, contrary to expectations, sales had risen in winter."), "said")
    assert (t.stance, t.target) == ("assert", None)


def test_brushing_aside_a_claim_is_a_denial():
    s = one(
        extract("The senator brushed aside suggestions that she would run for governor."), "brushed aside"
    )
    assert (s.stance, s.content) == ("deny", "suggestions that she would run for governor")
    t = one(
        extract("The coach shrugged off reports that he had fallen out with the captain."), "shrugged off"
    )
    assert t.stance == "deny"


def test_quoted_evaluation_after_a_copula_rejects_the_claim():
    s = one(extract('The singer\'s manager said the stories of a split were "pure speculation".'), "said")
    assert s.stance == "deny"
    t = one(extract('The mayor said the allegations were "a pack of lies".'), "said")
    assert t.stance == "deny"


def test_speculation_as_a_topic_is_no_denial():
    s = one(extract("The broker said there was speculation that the mill would be sold."), "said")
    assert s.stance == "assert"


def test_no_truth_whatsoever_in_a_quoted_fragment():
    s = one(extract('A spokesman for the club said there was "no truth at all" in the story.'), "said")
    assert s.stance == "deny"


def test_content_whose_own_quoted_verb_denies():
    s = one(extract('The council said it "firmly rejects" the accusations made by residents.'), "said")
    assert (s.stance, s.target) == ("deny", "the accusations made by residents")


def test_not_true_that_before_a_role_and_name_told():
    s = one(
        extract("It is not true that the shop is closing, its owner, Marek Nowak, told customers."), "told"
    )
    assert (s.speaker, s.speaker_role, s.stance) == ("Marek Nowak", "its owner", "deny")
    assert s.content == "It is not true that the shop is closing"


def test_denial_in_a_relative_clause_then_the_main_cue():
    found = extract("The bank, which denies the accusations, said it would appeal the fine.")
    denies, said = one(found, "denies"), one(found, "said")
    assert (denies.speaker, denies.stance, denies.content) == ("bank", "deny", "the accusations")
    assert (said.speaker, said.stance, said.content) == ("bank", "assert", "it would appeal the fine")


def test_relative_clause_with_an_auxiliary_and_adverb():
    found = extract("The coach, who has repeatedly rejected the claims, told reporters the squad was united.")
    assert one(found, "rejected").content == "the claims"
    assert (one(found, "told").speaker, one(found, "told").content) == ("coach", "the squad was united")


def test_disputing_a_report_is_a_denial_but_disputing_a_thing_is_no_statement():
    s = one(extract("The hospital disputed reports that patients had waited for days."), "disputed")
    assert (s.stance, s.content) == ("deny", "reports that patients had waited for days")
    assert not extract("The two villages dispute the ownership of the meadow.")


@pytest.mark.parametrize(
    ("body", "cue", "target"),
    [
        ("The port authority dismissed the photographs as doctored.", "dismissed", "the photographs"),
        ('The league rejected the leaked list as "entirely bogus".', "rejected", "the leaked list"),
        ("The army dismissed the video as fake, saying it was filmed abroad.", "dismissed", "the video"),
    ],
)
def test_a_rejection_verb_labelling_its_object_false_denies_it(body: str, cue: str, target: str):
    s = one(extract(body), cue)
    assert (s.stance, s.target) == ("deny", target)


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("The ministry called the accusations absurd.", "the accusations"),
        ("The mayor's office called the latest rumours ridiculous.", "the latest rumours"),
    ],
)
def test_a_claim_noun_labelled_without_quotes_is_denied(body: str, target: str):
    s = one(extract(body), "called")
    assert (s.stance, s.target) == ("deny", target)


def test_labelling_a_decision_wrong_is_criticism_no_statement():
    assert extract("The union called the decision wrong.") == []


@pytest.mark.parametrize(
    "body",
    [
        "The bank said the complaints were without merit.",
        "The coach said the transfer stories were devoid of truth.",
    ],
)
def test_without_merit_rejects_a_claim(body: str):
    assert [s.stance for s in extract(body)] == ["deny"]


@pytest.mark.parametrize(
    "body",
    [
        '"There is no such plan," the governor told reporters.',
        "The club said no such offer had been received.",
    ],
)
def test_no_such_rejects_what_was_reported(body: str):
    s = extract(body)[0]
    assert (s.stance, s.target) == ("deny", s.content)


def test_a_charge_the_accused_denies_in_a_trailing_relative_is_their_denial():
    found = extract("Regulators accused Verano of hiding losses, a charge it has always denied.")
    s = one(found, "denied")
    assert (s.speaker, s.stance) == ("Verano", "deny")
    assert one(found, "accused").content == "Verano of hiding losses"


def test_disputing_an_account_is_a_denial():
    s = one(extract("Residents disputed the company's account of the fire."), "disputed")
    assert s.stance == "deny"


@pytest.mark.parametrize(
    ("body", "cue", "target"),
    [
        ("The ministry disputed the union's figures.", "disputed", "the union's figures"),
        ("The regulator dismissed the findings as flawed.", "dismissed", "the findings"),
        ("The employers rejected the union's characterisation.", "rejected", "the union's characterisation"),
    ],
)
def test_rejecting_what_was_counted_or_found_is_a_denial(body: str, cue: str, target: str) -> None:
    s = one(extract(body), cue)
    assert (s.stance, s.target) == ("deny", target)


def test_an_absurd_state_of_affairs_is_no_denial():
    s = one(extract('"The queue at the border is simply absurd," Gert Lund told the radio.'), "told")
    assert s.stance == "assert"
    t = one(extract("Gert Lund said the new timetable was wrong and would be changed."), "said")
    assert t.stance == "assert"


def test_an_absurd_claim_is_a_denial():
    s = one(extract('"The charge is absurd," Gert Lund said.'), "said")
    assert (s.stance, s.target) == ("deny", "The charge")
    t = one(extract("He said what the weekly wrote was simply wrong."), "said")
    assert (t.stance, t.target) == ("deny", "what the weekly wrote")


def test_a_contracted_pronoun_is_no_target():
    s = one(extract('"It\'s pure invention," said an aide to the governor.'), "said")
    assert (s.stance, s.target) == ("deny", "It's pure invention")


def test_nobody_believing_a_claim_denies_it_and_is_no_source():
    found = extract("No one who has read the audit believes that the depot is safe, the inspector said.")
    assert [(s.speaker, s.stance, s.target) for s in found] == [("inspector", "deny", "the depot is safe")]
    s = one(extract('"Nobody seriously thinks the dam will hold," the engineer said.'), "said")
    assert (s.stance, s.target) == ("deny", "the dam will hold")


def test_a_forecast_as_a_noun_is_no_hedge():
    s = one(extract("The bank stood by its forecast."), "stood by")
    assert (s.stance, s.hedged) == ("confirm", False)


@pytest.mark.parametrize(
    ("body", "hedged"),
    [
        ("Traders said the cartel had expected swings in the spot market.", False),
        ("He said the firm took steps to avert a possible shortage.", False),
        ("He said a shortage was possible.", True),
        ("She said the likely winner was Apex.", True),
    ],
)
def test_a_past_expectation_or_an_attributive_possible_is_no_hedge(body: str, hedged: bool):
    assert one(extract(body), "said").hedged is hedged


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        ("Berg rejected that claim, saying no customer had left the port.", "rejected", "that claim"),
        ("The minister denied that report on Friday.", "denied", "that report"),
        ("The club dismissed that story as nonsense.", "dismissed", "that story as nonsense"),
        (
            "The minister denied that reports of a deal had been leaked.",
            "denied",
            "reports of a deal had been leaked",
        ),
    ],
)
def test_that_before_a_rejected_claim_noun_is_a_demonstrative(body: str, cue: str, content: str):
    s = one(extract(body), cue)
    assert (s.content, s.stance) == (content, "deny")


@pytest.mark.parametrize(
    "body",
    [
        "The Evening Star said it stood by its story.",
        "The ministry said it stood by its figures.",
    ],
)
def test_saying_one_stands_by_a_report_confirms_it(body: str):
    s = one(extract(body), "said")
    assert s.stance == "confirm"


def test_saying_someone_else_confirmed_stays_an_assertion():
    s = one(extract("The mayor said the police stood by their report."), "said")
    assert s.stance == "assert"
