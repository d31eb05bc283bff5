"""English cue inventory: lemmas walked through their generated paradigms, and the new cue frames."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from rawi.statements.english.lexicon import english, lemma_forms
from rawi.statements.english.morphology import paradigm
from test_statements_english import extract, one

DATA = json.loads(
    resources.files("rawi.statements.english").joinpath("data", "cues_en.json").read_text("utf-8")
)


@pytest.mark.parametrize(
    ("lemma", "third", "past", "ing"),
    [
        ("say", "says", ("said",), ("saying",)),
        ("deny", "denies", ("denied",), ("denying",)),
        ("note", "notes", ("noted",), ("noting",)),
        ("agree", "agrees", ("agreed",), ("agreeing",)),
        ("stress", "stresses", ("stressed",), ("stressing",)),
        ("admit", "admits", ("admitted",), ("admitting",)),
        ("signal", "signals", ("signalled", "signaled"), ("signalling", "signaling")),
        ("testify", "testifies", ("testified",), ("testifying",)),
        ("vow", "vows", ("vowed",), ("vowing",)),
        ("rule out", "rules out", ("ruled out",), ("ruling out",)),
        ("write", "writes", ("wrote", "written"), ("writing",)),
    ],
)
def test_paradigm_generates_the_forms(lemma: str, third: str, past: tuple[str, ...], ing: tuple[str, ...]):
    made = paradigm(lemma, DATA["irregular"], frozenset(DATA["doubling"]))
    assert (made.base, made.third, made.past, made.ing) == (lemma, third, past, ing)


def test_every_lemma_s_forms_are_cues_of_that_lemma():
    lex = english()
    for group in (g for g in DATA["cues"] if "written" not in g):
        for lemma in group["lemmas"]:
            forms = lemma_forms(group, lemma, DATA)
            assert forms, lemma
            for kind, written in forms.items():
                for form in written:
                    cue = lex.cues[form]
                    assert cue.participle == (kind == "ing"), form
                    assert paradigm(cue.lemma, DATA["irregular"], frozenset(DATA["doubling"])), form


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        (
            "The central bank signalled that rates would stay low.",
            "signalled",
            "central bank",
            "rates would stay low",
        ),
        (
            "Most forecasters estimate that the harvest will shrink.",
            "estimate",
            "Most forecasters",
            "the harvest will shrink",
        ),
        (
            "Satellite images indicate that the glacier is shrinking.",
            "indicate",
            "Satellite images",
            "the glacier is shrinking",
        ),
        (
            "The governor made clear that no bailout was planned.",
            "made clear",
            "governor",
            "no bailout was planned",
        ),
        ("The coach vowed to rebuild the squad.", "vowed", "coach", "to rebuild the squad"),
    ],
)
def test_generated_cue_forms_report(body: str, cue: str, speaker: str, content: str):
    s = one(extract(body), cue)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        ("Shopkeepers condemned the planned road closures.", "condemned", "the planned road closures"),
        (
            "The opposition accused the minister of misleading parliament.",
            "accused",
            "the minister of misleading parliament",
        ),
        ("Nurses welcomed the pay offer.", "welcomed", "the pay offer"),
        ("The mayor promised to repair the road by June.", "promised", "to repair the road by June"),
        ("Police asked drivers to avoid the bridge.", "asked", "drivers to avoid the bridge"),
    ],
)
def test_noun_phrase_and_infinitive_objects(body: str, cue: str, content: str):
    assert one(extract(body), cue).content == content


def test_viewed_as_keeps_the_object_and_its_label():
    s = one(extract("Investors viewed the takeover as too expensive."), "viewed")
    assert s.content == "the takeover as too expensive"


def test_stood_by_is_a_confirmation():
    s = one(extract("The broadcaster stood by its reporting on the scandal."), "stood by")
    assert (s.stance, s.content) == ("confirm", "its reporting on the scandal")


@pytest.mark.parametrize(
    "body",
    [
        "The bank declined to comment on the sale.",
        "The ministry neither confirmed nor denied the figures.",
        "The firm did not say when the plant would reopen.",
        "Costs rose more than forecast in March.",
        "A clerk who asked not to be named left the room.",
    ],
)
def test_cue_forms_that_report_nothing(body: str):
    assert extract(body) == []


def test_an_attitude_of_the_speaker_inside_its_own_statement_is_no_second_statement():
    found = extract("The builder said it expected to finish the bridge by May.")
    assert [(s.cue, s.content) for s in found] == [("said", "it expected to finish the bridge by May")]


def test_a_pluperfect_attitude_is_no_statement():
    found = extract("The union said the workers had expected a larger rise.")
    assert [s.cue for s in found] == ["said"]


def test_a_titled_name_after_a_role_is_the_speaker():
    s = one(extract("Their lawyer, Dr Lena Moss, said the contract was void."), "said")
    assert (s.speaker, s.speaker_role) == ("Lena Moss", "Their lawyer")


def test_a_document_subject_inside_a_statement_is_relayed():
    found = extract("The inspector said laboratory results showed the water was safe.")
    inner = one(found, "showed")
    assert (inner.speaker, inner.speaker_kind, inner.via) == (
        "laboratory results",
        "document",
        ("inspector",),
    )


def test_told_a_plural_addressee_without_that():
    s = one(extract("The pilot told police the engine had failed."), "told")
    assert (s.speaker, s.content) == ("pilot", "the engine had failed")


def test_a_noun_phrase_object_ends_before_its_circumstance():
    s = one(extract("Tenants condemned the rent rise during a protest outside the town hall."), "condemned")
    assert s.content == "the rent rise"


def test_quoted_as_saying_is_one_statement():
    found = extract("The senator was quoted as saying the bill was dead.")
    assert [(s.speaker, s.cue) for s in found] == [("senator", "quoted")]


def test_hope_and_comparisons_with_expectations_are_no_hedges():
    found = extract(
        "The airline hopes to add two routes.\n"
        "    The bank said costs rose more slowly than predicted.\n"
        "    The bank said costs might rise again."
    )
    assert [s.hedged for s in found] == [False, False, True]


def test_an_inverted_cue_after_an_unquoted_clause():
    s = one(extract("Copper could climb further this month, said a dealer at a Lima brokerage."), "said")
    assert (s.speaker, s.speaker_kind, s.content, s.quote_type) == (
        "dealer at a Lima brokerage",
        "anonymous",
        "Copper could climb further this month",
        "indirect",
    )


def test_an_inverted_object_cue_after_a_subject_is_no_inversion():
    s = one(extract("The city engineer, Rosa Lund, defended the new tolls."), "defended")
    assert (s.speaker, s.content) == ("Rosa Lund", "the new tolls")


def test_a_label_content_ends_with_its_quotation():
    s = one(extract('The coach called it a "fair result" and in his remarks others agreed.'), "called")
    assert s.content == 'a "fair result"'  # guideline 6: only the label when the object is a pronoun


def test_a_cue_form_used_as_a_reduced_relative_reports_nothing():
    found = extract("Most of the 200 farmers questioned for the survey expected prices to rise.")
    assert "questioned" not in [s.cue for s in found]


def test_a_non_reporting_cue_form_does_not_cut_the_next_subject():
    found = extract(
        "Brokers said shares drew strength from a survey in a farm journal that said harvests shrank."
    )
    inner = [s for s in found if s.speaker_kind == "document"]
    assert [s.speaker for s in inner] == ["survey in a farm journal"]


def test_nothing_to_substantiate_a_claim_is_a_denial():
    s = one(extract("A club official said there was nothing to support the claims."), "said")
    assert (s.stance, s.target) == ("deny", "the claims")


def test_but_declined_ends_a_content_without_a_comma():
    s = one(extract("A hospital spokesman confirmed two deaths but declined to give names."), "confirmed")
    assert s.content == "two deaths"


def test_told_a_described_outlet_puts_its_name_in_via():
    s = one(
        extract("The mayor told the local broadcaster Radio Meridian that the fair was cancelled."), "told"
    )
    assert (s.via, s.content) == (("Radio Meridian",), "the fair was cancelled")


def test_an_organisation_with_an_organisation_role_stays_an_organisation():
    s = one(extract("The nurses' union, CareWorks NL, said staff were exhausted."), "said")
    assert (s.speaker, s.speaker_kind) == ("CareWorks NL", "organization")


def test_a_trailing_according_to_does_not_relay_a_named_speaker():
    found = extract("The port said traffic rose 2 percent, according to figures out on Monday.")
    assert one(found, "said").via == ()


def test_a_named_addressee_before_a_bare_clause_is_skipped():
    s = one(extract("The coach told Sportline the team had lost its spirit."), "told")
    assert (s.content, s.speaker) == ("the team had lost its spirit", "coach")


def test_as_x_had_said_attributes_the_clause_before_it():
    found = extract("He would not say whether the mill will close in May, as some workers had suggested.")
    s = one(found, "suggested")
    assert (s.speaker, s.content) == ("some workers", "the mill will close in May")


def test_a_third_person_inside_a_quotation_who_and_said_is_relayed():
    found = extract('"The mayor rang me on Friday and said the market would close," a stallholder said.')
    inner = [s for s in found if s.content == "the market would close"]
    assert [(s.speaker, s.via) for s in inner] == [("mayor", ("stallholder",))]
    assert [s.cue for s in extract('"We met them and said we would act," he said.')] == ["said"]


def test_progressive_cue_after_be_is_a_finite_verb():
    s = one(extract("Engineers have been warning for years that the old bridge is unsafe."), "warning")
    assert (s.speaker, s.content) == ("Engineers", "the old bridge is unsafe")
    t = one(extract("The union is insisting that the night shift be restored."), "insisting")
    assert (t.speaker, t.content) == ("union", "the night shift be restored")


def test_passive_past_form_is_still_no_cue():
    assert not [
        s for s in extract("The figures were reported in the annual accounts.") if s.cue == "reported"
    ]


def test_cue_on_a_platform_before_its_content():
    s = one(extract("Lotte Brink wrote on social media that the concert had been postponed."), "wrote")
    assert (s.speaker, s.content) == ("Lotte Brink", "the concert had been postponed")
    t = one(extract("The club said on its website that the coach had signed a new contract."), "said")
    assert (t.speaker, t.content) == ("club", "the coach had signed a new contract")


def test_progressive_act_with_a_noun_object_is_no_statement():
    found = extract("The directors deny the charges and are defending the lawsuits in court.")
    assert [s.cue for s in found] == ["deny"]


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        (
            "Critics argue that the new stadium is too costly.",
            "argue",
            "Critics",
            "the new stadium is too costly",
        ),
        (
            "Shopkeepers complain that deliveries are always late.",
            "complain",
            "Shopkeepers",
            "deliveries are always late",
        ),
        (
            "Doctors warn that the clinic cannot cope with demand.",
            "warn",
            "Doctors",
            "the clinic cannot cope with demand",
        ),
    ],
)
def test_plural_present_base_form_is_a_cue(body: str, cue: str, speaker: str, content: str):
    s = one(extract(body), cue)
    assert (s.speaker, s.content) == (speaker, content)


def test_base_form_after_a_modal_or_to_is_no_cue():
    assert not extract("The union will argue in court that the dismissals were unfair.")
    assert not extract("Police want to warn drivers that the pass is closed.")


def test_short_prepositional_phrase_between_cue_and_that():
    s = one(
        extract("The engineer testified before the inquiry that the dam had been poorly inspected."),
        "testified",
    )
    assert (s.speaker, s.content) == ("engineer", "the dam had been poorly inspected")
    t = one(extract("The mayor wrote to the residents' association that the park would reopen."), "wrote")
    assert t.content == "the park would reopen"


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content", "hedged"),
    [
        (
            "The treasurer insisted the new levies were fair to small firms.",
            "insisted",
            "treasurer",
            "the new levies were fair to small firms",
            False,
        ),
        (
            "The governor believes the bridge will open before winter.",
            "believes",
            "governor",
            "the bridge will open before winter",
            True,
        ),
        (
            "The coach explained his players had been tired after the flight.",
            "explained",
            "coach",
            "his players had been tired after the flight",
            False,
        ),
    ],
)
def test_cue_wanting_that_takes_a_clause_without_it(
    body: str, cue: str, speaker: str, content: str, hedged: bool
):
    s = one(extract(body), cue)
    assert (s.speaker, s.content, s.hedged) == (speaker, content, hedged)


def test_cue_wanting_that_with_a_noun_phrase_object_is_no_statement():
    assert not extract("The treasurer stressed the need for restraint in spending.")
    assert not extract("The governor believes in open budgets for every town.")


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content", "hedged"),
    [
        (
            "But some brokers doubted this would help the peso.",
            "doubted",
            "some brokers",
            "this would help the peso",
            True,
        ),
        (
            "Ruth Amsel doubts that prices can fall much further.",
            "doubts",
            "Ruth Amsel",
            "prices can fall much further",
            True,
        ),
        (
            "A panel of engineers recommended this week that the city close the old bridge.",
            "recommended",
            "panel of engineers",
            "the city close the old bridge",
            False,
        ),
        (
            "The union demanded that the firm reopen the depot.",
            "demanded",
            "union",
            "the firm reopen the depot",
            False,
        ),
        (
            "Dealers continued to speculate that the bank would cut rates.",
            "speculate",
            "Dealers",
            "the bank would cut rates",
            True,
        ),
        (
            "The envoy went on to say that talks would resume in May.",
            "say",
            "envoy",
            "talks would resume in May",
            False,
        ),
    ],
)
def test_belief_proposal_and_continued_cues(body: str, cue: str, speaker: str, content: str, hedged: bool):
    s = one(extract(body), cue)
    assert (s.speaker, s.content, s.hedged) == (speaker, content, hedged)


def test_declining_to_speculate_is_no_statement():
    assert not extract("The treasurer declined to speculate on the size of the deficit.")


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        ("Ann Lee insisted the plan made sense.", "insisted", "the plan made sense"),
        ("Ann Lee insisted farmers deserved better prices.", "insisted", "farmers deserved better prices"),
        (
            "The survey reported clothing stores were the most upbeat.",
            "reported",
            "clothing stores were the most upbeat",
        ),
    ],
)
def test_a_bare_clause_with_a_past_verb_after_a_that_cue(body: str, cue: str, content: str):
    assert one(extract(body), cue).content == content


def test_a_participle_adjective_after_a_that_cue_is_no_clause():
    assert not extract("She revealed the planned closure of the plant.")
    assert not extract("The treasurer stressed the need for increased spending.")


def test_posting_and_tweeting_report_with_a_complement_only():
    s = one(extract("The mayor posted on social media that the tram was dead."), "posted")
    assert (s.speaker, s.content) == ("mayor", "the tram was dead")
    t = one(extract('The singer tweeted: "I am done."'), "tweeted")
    assert t.content == "I am done."
    assert not extract("The brewer posted a loss of 5 mln dlrs.")


def test_a_quoted_noun_phrase_object_goes_on_after_its_closing_mark():
    s = one(extract('The governor pledged "full openness" on the audit.'), "pledged")
    assert (s.content, s.quote_type) == ('"full openness" on the audit', "mixed")
    t = one(extract('The mayor said "we will win" in a speech.'), "said")
    assert t.content == "we will win"


def test_warning_of_or_against_takes_what_follows_the_preposition():
    assert one(extract("The bank warned of further job cuts."), "warned").content == "further job cuts"
    assert one(extract("The bank cautioned against raising rates."), "cautioned").content == "raising rates"


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "Lena Stahl suggested rice farmers switch to other crops.",
            "suggested",
            "rice farmers switch to other crops",
        ),
        (
            "Lena Stahl, head of the crops unit, suggested growers plant barley.",
            "suggested",
            "growers plant barley",
        ),
        ("The panel recommended banks hold more capital.", "recommended", "banks hold more capital"),
    ],
)
def test_a_proposal_cue_takes_a_bare_verb_clause(body: str, cue: str, content: str):
    assert one(extract(body), cue).content == content


def test_a_proposal_cue_with_a_noun_phrase_is_no_statement():
    assert not extract("She suggested new rules for banks.")
    assert not extract("He proposed talks with the union.")


@pytest.mark.parametrize(
    ("body", "first", "second", "content", "then"),
    [
        (
            "The firm said sales fell, adding that costs rose and warning that jobs would go.",
            "adding",
            "warning",
            "costs rose",
            "jobs would go",
        ),
        (
            "The union said talks had failed and stressing that members would strike.",
            "said",
            "stressing",
            "talks had failed",
            "members would strike",
        ),
        (
            'The mayor praised the plan, noting that it was cheap and adding "it will work."',
            "noting",
            "adding",
            "it was cheap",
            "it will work.",
        ),
    ],
)
def test_a_coordinated_participle_cue_ends_the_content_before_it(
    body: str, first: str, second: str, content: str, then: str
):
    found = extract(body)
    assert one(found, first).content == content
    assert one(found, second).content == then


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        (
            "A federal judge on Monday rejected the request, saying the groups had shown no harm.",
            "saying",
            "federal judge",
        ),
        (
            "The new state regulator fined the firm, saying it had misled buyers.",
            "saying",
            "new state regulator",
        ),
        ("Critics have long argued that the pipeline threatens drinking water.", "argued", "Critics"),
        ("The union has always insisted that the plant is safe.", "insisted", "union"),
        ("Critics say the pipe leaks, a claim Granite denies.", "denies", "Granite"),
    ],
)
def test_subjects_after_articles_adjectives_perfect_adverbs_and_claim_nouns(
    body: str, cue: str, speaker: str
):
    assert one(extract(body), cue).speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        "The longer route added about 10 days to voyages.",
        "The firm added 300 jobs in May.",
        "The index added more than 2 percent.",
    ],
)
def test_adding_an_amount_reports_nothing(body: str):
    assert [s.cue for s in extract(body)] == []


def test_adding_a_clause_with_an_amount_still_reports():
    assert (
        one(extract("He added that some 40 staff would leave."), "added").content
        == "some 40 staff would leave"
    )
