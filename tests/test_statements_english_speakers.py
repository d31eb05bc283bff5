"""Source phrases: name and role split, kinds, and what pronouns and descriptions point back to."""

from __future__ import annotations

import pytest

from rawi.statements.english.lexicon import english
from rawi.statements.english.speakers import (
    Context,
    History,
    Source,
    company_mentions,
    parse,
    person_mentions,
    resolve,
)
from test_statements_english import extract, one


@pytest.mark.parametrize(
    ("phrase", "name", "role", "kind"),
    [
        ("Norwegian Fisheries Minister Brekke", "Brekke", "Norwegian Fisheries Minister", "person"),
        ("U.K. Trade Secretary Petra Lindahl", "Petra Lindahl", "U.K. Trade Secretary", "person"),
        ("Nora Quist of Oslo's Kvist institute", "Nora Quist", "Oslo's Kvist institute", "person"),
        ("a French diplomatic source in Beirut", "French diplomatic source in Beirut", None, "anonymous"),
        ("industry sources", "industry sources", None, "anonymous"),
        ("a company spokeswoman", "company spokeswoman", None, "anonymous"),
        ("Brekke Marine International Inc", "Brekke Marine International Inc", None, "organization"),
        ("central bank figures", "central bank figures", None, "document"),
        ("Karl-Heinz Bruckner", "Karl-Heinz Bruckner", None, "person"),
        ("Prime Minister Zeid al-Rifa'i", "Zeid al-Rifa'i", "Prime Minister", "person"),
        ("the Washington Post", "Washington Post", None, "document"),
    ],
)
def test_parse_splits_name_role_and_kind(phrase: str, name: str, role: str | None, kind: str):
    source = parse(phrase, english()).source
    assert (source.name, source.role, source.kind) == (name, role, kind)


def test_pronouns_point_to_the_latest_fitting_source():
    lex = english()
    history = History([Source("Apex Corp", None, "organization"), Source("John Wells", None, "person")])
    context = Context({})
    assert resolve(parse("he", lex), history, context).name == "John Wells"
    assert resolve(parse("it", lex), history, context).name == "Apex Corp"


def test_definite_descriptions_point_back_by_head_noun():
    lex = english()
    history = History(
        [
            parse("a French diplomatic source in Beirut", lex).source,
            Source("Chile", None, "organization"),
        ]
    )
    assert (
        resolve(parse("The source", lex), history, Context({})).name == "French diplomatic source in Beirut"
    )


def test_the_company_falls_back_to_the_nearest_company_named():
    lex = english()
    found = resolve(parse("the company", lex), History(), Context({}, organization="Apex Mining Corp"))
    assert (found.name, found.kind) == ("Apex Mining Corp", "organization")


def test_surnames_and_unexplained_he_use_names_written_in_the_text():
    lex = english()
    text = "Finance Minister Maria Lopez spoke. Anna Kowal-Brekke agreed."
    mentions = person_mentions(text, lex)
    assert [(name, titled) for _, name, titled in mentions] == [
        ("Maria Lopez", True),
        ("Anna Kowal-Brekke", False),
    ]
    context = Context({"Lopez": "Maria Lopez"}, person="Maria Lopez")
    assert resolve(parse("Lopez", lex), [], context).name == "Maria Lopez"
    assert resolve(parse("he", lex), [], context).name == "Maria Lopez"


def test_company_mentions_read_suffixes_and_angle_brackets():
    names = [name for _, name in company_mentions("Apex Mining Corp bought <Teck Corp> shares.")]
    assert names == ["Apex Mining Corp", "Teck Corp"]


@pytest.mark.parametrize(
    ("body", "full"),
    [
        (
            "Mayor Anna van der Berg said it would close.\n    Van der Berg added that buses ran.",
            "Anna van der Berg",
        ),
        (
            "Envoy Khalid bin Saeed al-Harbi said tariffs fell.\n    Al-Harbi added that talks went on.",
            "Khalid bin Saeed al-Harbi",
        ),
        (
            "Ali Abu Zaid, the council head, said it was open.\n    Abu Zaid added that repairs ended.",
            "Ali Abu Zaid",
        ),
        (
            "Senator Liam O'Rourke said the bill was dead.\n    O'Rourke added that he would vote no.",
            "Liam O'Rourke",
        ),
    ],
)
def test_names_with_particles_and_their_short_forms(body: str, full: str):
    assert [s.speaker for s in extract(body)] == [full, full]


def test_a_name_does_not_run_over_a_sentence_end():
    found = extract("Sales will be reported in April.\nUnite, the union, warned it would strike.")
    assert one(found, "warned").speaker == "Unite"


def test_the_company_points_back_to_a_business_name_without_a_suffix():
    found = extract(
        "Tax inspectors visited Harlow Networks on Monday. The company said it had done nothing wrong."
    )
    assert one(found, "said").speaker == "Harlow Networks"


def test_an_elided_subject_ends_before_its_verb():
    found = extract("Most of the 40 growers polled expected a poor crop, adding that rain came too late.")
    assert one(found, "adding").speaker.startswith("Most of the 40 growers")


def test_the_two_companies_are_the_last_two_bodies_named():
    found = extract("Norden Foods and Alba Brands will share a warehouse from May, both firms said.")
    assert one(found, "said").speaker == "Norden Foods and Alba Brands"


def test_the_addressee_of_told_is_never_the_speaker():
    found = extract(
        "Witness Carla Bremer told the jury that the contract was forged.\n"
        "    She told the court's clerk she had seen the signature."
    )
    assert [(s.speaker, s.content) for s in found] == [
        ("Carla Bremer", "the contract was forged"),
        ("Carla Bremer", "she had seen the signature"),
    ]


def test_fronted_interview_phrase_gives_the_outlet_as_via():
    s = one(
        extract("Speaking to the Lakeside Herald, Oona Rask said the ferry would stop in winter."), "said"
    )
    assert (s.speaker, s.content, s.via) == (
        "Oona Rask",
        "the ferry would stop in winter",
        ("Lakeside Herald",),
    )
    t = one(
        extract("In an interview with Radio Borealis, Ivo Marek said the mill would hire forty people."),
        "said",
    )
    assert (t.speaker, t.via) == ("Ivo Marek", ("Radio Borealis",))


def test_fronted_phrase_without_an_outlet_gives_no_via():
    s = one(extract("Speaking to reporters, Ivo Marek said the mill would hire forty people."), "said")
    assert (s.speaker, s.via) == ("Ivo Marek", ())


def test_statement_carried_by_an_outlet_gives_it_as_via():
    s = one(
        extract("Ada Kerr said in a statement carried by state television that the port would reopen."),
        "said",
    )
    assert (s.speaker, s.content, s.via) == ("Ada Kerr", "the port would reopen", ("state television",))


def test_trailing_told_a_named_outlet():
    s = one(extract("Rates will stay high, an adviser to the treasury told Radio Borealis."), "told")
    assert (s.content, s.speaker_kind, s.via) == ("Rates will stay high", "anonymous", ("Radio Borealis",))


def test_relay_citing_after_the_cue():
    s = one(
        extract("The Valley Tribune reported, citing two council members, that the vote would be delayed."),
        "reported",
    )
    assert (s.speaker, s.speaker_kind, s.content, s.via) == (
        "two council members",
        "anonymous",
        "the vote would be delayed",
        ("Valley Tribune",),
    )


def test_anonymous_source_with_a_verb_like_noun_after_a_determiner():
    s = one(extract("The depot will close in May, people with knowledge of the plans said."), "said")
    assert (s.speaker, s.speaker_kind, s.content) == (
        "people with knowledge of the plans",
        "anonymous",
        "The depot will close in May",
    )


def test_anonymous_source_with_a_reduced_passive():
    s = one(
        extract("Copper will stay above last year's price, traders surveyed by the exchange said."), "said"
    )
    assert (s.speaker, s.speaker_kind) == ("traders surveyed by the exchange", "anonymous")


def test_fronted_participle_clause_is_no_name_before_a_relative_source():
    s = one(
        extract("Asked about the strike, a union steward who requested anonymity said pickets would stay."),
        "said",
    )
    assert (s.speaker, s.speaker_kind, s.content) == ("union steward", "anonymous", "pickets would stay")
    t = one(
        extract("Commenting on the figures, an economist who asked not to be named said growth had slowed."),
        "said",
    )
    assert (t.speaker, t.speaker_kind) == ("economist", "anonymous")


def test_told_a_masthead_then_a_bare_clause():
    s = one(extract("Friends of the actor told the Evening Courier the wedding had been called off."), "told")
    assert (s.content, s.via) == ("the wedding had been called off", ("Evening Courier",))


def test_trailing_cue_with_late_on_a_weekday():
    s = one(extract("The blaze is now contained, fire officials said late on Sunday."), "said")
    assert (s.speaker, s.content) == ("fire officials", "The blaze is now contained")


def test_with_a_source_and_a_participle_cue():
    found = extract(
        "Fishermen said catches had fallen, with one skipper saying the season was the worst in memory."
    )
    said, saying = one(found, "said"), one(found, "saying")
    assert (said.speaker, said.content) == ("Fishermen", "catches had fallen")
    assert (saying.speaker, saying.content) == ("one skipper", "the season was the worst in memory")


def test_age_apposition_is_neither_name_nor_role():
    s = one(extract("Mirela Popescu, 52, a teacher in the village, said the school had no heating."), "said")
    assert (s.speaker, s.speaker_role) == ("Mirela Popescu", "a teacher in the village")
    t = one(extract("Anders Holm, 67, said the lake had frozen early."), "said")
    assert (t.speaker, t.content) == ("Anders Holm", "the lake had frozen early")


def test_pronoun_follow_up_keeps_the_interview_via():
    found = extract(
        "Greta Lund told the Harbour Times that the ferry would be replaced. "
        "She added that the new vessel would be larger."
    )
    assert one(found, "added").via == ("Harbour Times",)


def test_pronoun_with_a_new_cue_of_another_kind_gets_no_via():
    found = extract(
        "Greta Lund told the Harbour Times that the ferry would be replaced. "
        "She said later that fares would rise."
    )
    assert one(found, "said").via == ()


def test_issuer_of_a_document_speaks_through_its_participle():
    s = one(extract("The rail operator issued a statement saying the line would reopen on Friday."), "saying")
    assert (s.speaker, s.content) == ("rail operator", "the line would reopen on Friday")
    t = one(extract("The charity published a study showing that child poverty had risen."), "showing")
    assert t.speaker == "charity"


def test_hearsay_passive_before_a_cue_keeps_the_subject():
    s = one(extract("Okafor is said to have told friends that he would retire in June."), "told")
    assert (s.speaker, s.content) == ("Okafor", "he would retire in June")
    t = one(
        extract("The envoy is understood to have warned officials that the deal could collapse."), "warned"
    )
    assert (t.speaker, t.content) == ("envoy", "the deal could collapse")


@pytest.mark.parametrize(
    "body",
    [
        "A port official, speaking on condition of anonymity because he was not cleared to talk, said"
        " the cranes had failed.",
        "A port official, who asked not to be named because the inquiry was open, said the cranes"
        " had failed.",
        "A port official, while careful not to blame the crews, said the cranes had failed.",
    ],
)
def test_a_reason_clause_inside_an_aside_keeps_the_subject_before_it(body: str):
    s = one(extract(body), "said")
    assert (s.speaker, s.content) == ("port official", "the cranes had failed")


@pytest.mark.parametrize(
    ("body", "speaker", "via"),
    [
        ("Citing three bankers, the Harbour Post said the deal was off.", "three bankers", ("Harbour Post",)),
        ("Quoting an unnamed aide, the radio station said the envoy would resign.", "unnamed aide", ()),
    ],
)
def test_a_fronted_citing_phrase_names_who_speaks_and_the_subject_relays(
    body: str, speaker: str, via: tuple[str, ...]
):
    s = one(extract(body), "said")
    assert s.speaker == speaker and s.via[: len(via)] == via


def test_a_fronted_reason_cited_is_no_source():
    s = one(extract("Citing the storm, the organisers said the race was cancelled."), "said")
    assert (s.speaker, s.via) == ("organisers", ())


def test_a_report_noun_before_a_determiner_is_the_object_of_a_reduced_relative():
    s = one(extract('Critics accused the council of waste, charges the mayor called "absurd".'), "called")
    assert (s.speaker, s.stance) == ("mayor", "deny")


def test_a_frame_noun_does_not_run_past_that():
    s = one(extract("The club said in a statement that the report contained errors."), "said")
    assert s.content == "the report contained errors"


def test_a_name_after_a_described_speaker_in_a_trailing_cue_is_who_speaks():
    s = one(extract('"The roads are clear," said the county\'s highways chief, Ann Lee.'), "said")
    assert (s.speaker, s.speaker_role) == ("Ann Lee", "the county's highways chief")


def test_a_possessive_makes_a_generic_body_a_body_of_its_own():
    found = extract(
        "The depot rejected claims that it had lost parcels. The drivers' union said the strike would go on."
    )
    assert one(found, "said").speaker == "drivers' union"


def test_a_described_speaker_named_soon_after_with_that_title_is_that_person():
    found = extract(
        "The bridge will stay shut, the transport minister said. "
        "Transport Minister Lea Novak told reporters that repairs would take a month."
    )
    assert {s.speaker for s in found} == {"Lea Novak"}


def test_an_indefinite_description_is_not_named_later():
    found = extract(
        "The bridge will stay shut, a minister said. "
        "Transport Minister Lea Novak said repairs would take a month."
    )
    assert [s.speaker for s in found] == ["minister", "Lea Novak"]


def test_a_name_in_apposition_to_a_body_noun_is_an_organisation():
    s = one(extract("The operator, Harlow Freight Lines, said the depot would reopen."), "said")
    assert (s.speaker, s.speaker_kind) == ("Harlow Freight Lines", "organization")


def test_a_person_with_a_job_at_a_company_stays_a_person():
    s = one(extract('"Prices will ease," said Tom Reed, a broker with Harlow Futures Inc.'), "said")
    assert (s.speaker, s.speaker_kind) == ("Tom Reed", "person")


def test_an_anonymity_aside_after_a_trailing_attribution_is_no_content():
    s = one(
        extract(
            "The plant will close in May, two managers told reporters, asking not to be named "
            "because the plan was not public."
        ),
        "told",
    )
    assert (s.speaker, s.content) == ("two managers", "The plant will close in May")


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("Striker Leo Varga said he was fit to play.", "Leo Varga", "Striker"),
        ("Veteran boxer Sam Ode said he would retire.", "Sam Ode", "Veteran boxer"),
    ],
)
def test_sports_and_arts_callings_are_titles_before_a_name(body: str, name: str, role: str):
    s = one(extract(body), "said")
    assert (s.speaker, s.speaker_role) == (name, role)


def test_a_named_outlet_told_before_an_aside_is_via_not_content():
    s = one(
        extract("The mill will shut in June, two foremen told the Valley Post, asking not to be named."),
        "told",
    )
    assert (s.content, s.via) == ("The mill will shut in June", ("Valley Post",))


def test_an_outlet_told_with_its_kind_before_its_name_is_via():
    s = one(extract('The mayor told private broadcaster Kanal9 the plan was "a fair deal".'), "told")
    assert (s.content, s.via) == ('the plan was "a fair deal"', ("Kanal9",))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"We are patient," said union negotiator Anouk Vermeer.', "Anouk Vermeer", "union negotiator"),
        ('"The plan is sound," said former finance minister Sam Lee.', "Sam Lee", "former finance minister"),
        ('"Roads are shut," said police spokesman Tom Hill.', "Tom Hill", "police spokesman"),
    ],
)
def test_an_inverted_cue_takes_a_lower_case_role_before_the_name(text: str, name: str, role: str) -> None:
    s = one(extract(text), "said")
    assert (s.speaker, s.speaker_role) == (name, role)


def test_an_inverted_cue_before_a_time_phrase_finds_no_role() -> None:
    assert extract('"We are patient," said on Tuesday Anouk Vermeer.') == []


def test_a_generic_body_noun_points_back_only_to_a_body_of_its_kind() -> None:
    found = extract("The union said the strike would go on. The ministry said the real number was lower.")
    assert [(s.speaker, s.speaker_role) for s in found] == [("union", None), ("ministry", None)]


def test_a_generic_body_noun_points_back_to_the_body_that_bears_it() -> None:
    found = extract("The Finance Ministry said taxes would rise. The ministry added that costs would fall.")
    assert [s.speaker for s in found] == ["Finance Ministry", "Finance Ministry"]


def test_a_ticker_in_angle_brackets_is_no_part_of_a_name() -> None:
    found = extract(
        'Kanto Denki Sekiyu KK <KDSK.T> launched a new fuel in May. "Buyers like it," Kanto Denki said. '
        "Sales rose ten pct, it said."
    )
    assert [(s.speaker, s.speaker_kind) for s in found] == [("Kanto Denki", "organization")] * 2
    s = one(extract("Baltic Towage Co Ltd <BTOW.L> said it will buy two tugs."), "said")
    assert (s.speaker, s.speaker_kind) == ("Baltic Towage Co Ltd", "organization")


def test_a_bank_of_a_country_is_a_name_not_a_pointer() -> None:
    found = extract(
        "The Bank of Norway said it raised its key rate. "
        "In a statement, the central bank said the move would curb credit."
    )
    assert [s.speaker for s in found] == ["Bank of Norway", "Bank of Norway"]
    s = one(extract("The Ministry of Fisheries said quotas would be cut."), "said")
    assert (s.speaker, s.speaker_kind) == ("Ministry of Fisheries", "organization")


def test_initials_written_together_belong_to_the_name() -> None:
    found = extract(
        "A.B. Kowalczyk, deputy minister at the embassy, told Reuters the plan was dead. "
        '"It is over," Kowalczyk said.'
    )
    assert [s.speaker for s in found] == ["A.B. Kowalczyk", "A.B. Kowalczyk"]
    s = one(extract("J.R. Hale said costs rose."), "said")
    assert (s.speaker, s.speaker_kind) == ("J.R. Hale", "person")
    assert one(extract("U.S. Steel said output rose."), "said").speaker_kind == "organization"


def test_an_acronym_between_a_role_and_a_name_leaves_the_name_the_speaker() -> None:
    s = one(extract("Exports will fall, the president of the Cocoa Board, CB, Kofi Mensah, said."), "said")
    assert (s.speaker, s.speaker_role) == ("Kofi Mensah", "the president of the Cocoa Board")
    t = one(
        extract(
            "Talks have stalled, the chairman of a meeting on a new Tin Pact, TP, Ana Pirom of Laos, said."
        ),
        "said",
    )
    assert t.speaker == "Ana Pirom"


@pytest.mark.parametrize(
    "body",
    [
        "Prices rose sharply. Karsten said the vote was fair. He added that turnout was high.",
        "Growers are worried, said Karsten, who farms near Lyon.",
        "Karsten, 54, said the vote was fair.",
    ],
)
def test_a_lone_surname_shown_to_be_a_person_is_a_person(body: str) -> None:
    assert {(s.speaker, s.speaker_kind) for s in extract(body)} == {("Karsten", "person")}


def test_a_lone_company_name_stays_a_body() -> None:
    found = extract("Nordlys said quarterly profit rose. It added that costs fell.")
    assert {(s.speaker, s.speaker_kind) for s in found} == {("Nordlys", "organization")}


def test_an_acronym_in_brackets_after_a_name_is_no_part_of_it() -> None:
    s = one(extract("The Nordic Institute of Housing (NIH) said rents rose."), "said")
    assert s.speaker == "Nordic Institute of Housing"


def test_an_evidential_adverb_before_the_cue_hedges_and_leaves_the_speaker() -> None:
    s = one(extract("The coach allegedly told players that the match was fixed."), "told")
    assert (s.speaker, s.hedged) == ("coach", True)
    t = one(extract("The mayor reportedly said the tram would be scrapped."), "said")
    assert (t.speaker, t.hedged) == ("mayor", True)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Fisheries Minister Ola Brekke met growers. The minister said quotas would be cut.", "Ola Brekke"),
        (
            "Ola Brekke, the Minister of Fisheries, met growers. The minister said quotas would be cut.",
            "Ola Brekke",
        ),
        (
            "The talks were led by fisheries minister Ola Brekke. The minister said quotas would be cut.",
            "Ola Brekke",
        ),
        (
            "Fisheries Minister Ola Brekke met Trade Minister Ann Lee. "
            "The trade minister said quotas would be cut.",
            "Ann Lee",
        ),
        ("Ola Brekke met growers. The fisheries minister said quotas would be cut.", "fisheries minister"),
    ],
)
def test_a_role_description_is_the_person_named_before_with_that_role(body: str, speaker: str) -> None:
    assert one(extract(body), "said").speaker == speaker


def test_it_with_no_speaking_body_before_is_the_body_named_last() -> None:
    found = extract(
        "The High Court struck down the ruling on Monday. It said the case should go to a lower court."
    )
    assert [(s.speaker, s.speaker_kind) for s in found] == [("High Court", "organization")]


def test_a_possessive_description_then_a_name_gives_the_name() -> None:
    found = extract(
        "She said his climbing guide, Pasang Dorje, had told police the group turned back too late."
    )
    s = one(found, "told")
    assert (s.speaker, s.speaker_role) == ("Pasang Dorje", "his climbing guide")


def test_a_fronted_interview_gives_the_outlet_to_via_not_to_the_speaker() -> None:
    found = extract(
        "In an interview with the Evening Star, the coach said he would stay. "
        "He added that the team was tired."
    )
    assert [(s.speaker, s.via) for s in found] == [("coach", ("Evening Star",))] * 2
    s = one(extract("Speaking on state television, the minister said the border would reopen."), "said")
    assert (s.speaker, s.via) == ("minister", ("state television",))


def test_an_apposition_closed_by_a_full_stop_is_no_role_of_the_register() -> None:
    found = extract("She met Ola Brekke, the coach said. The coach added that the team was tired.")
    assert [s.speaker for s in found] == ["coach", "coach"]


@pytest.mark.parametrize(
    "body",
    [
        '"We need more time," one negotiator, who asked not to be named, said.',
        '"We need more time," one negotiator, who asked not to be named, told Reuters.',
        "We need more time, one negotiator, who asked not to be named, said.",
        "We need more time, one negotiator, who declined to be identified, told Reuters.",
    ],
)
def test_an_anonymity_relative_between_source_and_cue(body: str) -> None:
    found = extract(body)
    assert [(s.speaker, s.content) for s in found] == [("one negotiator", "We need more time")]


def test_asking_not_to_be_named_is_no_statement() -> None:
    assert not extract("She asked not to be named.")


def test_it_after_a_sentence_without_a_statement_is_that_sentence_s_body() -> None:
    found = extract(
        "Apex Corp said it filed a petition. According to state law, Apex could be forced to pay. "
        "Yesterday the U.S. High Court struck down a ruling. It said the case should go to a lower court."
    )
    assert [s.speaker for s in found] == ["Apex Corp", "U.S. High Court"]  # a law is no source
    found = extract("Apex Corp said sales rose. It added that costs fell.")
    assert [s.speaker for s in found] == ["Apex Corp", "Apex Corp"]


def test_a_name_with_a_lower_case_arabic_article_is_a_person_and_its_capital_form_its_surname() -> None:
    found = extract(
        "Khalid al-Nuaimi said the deficit would shrink. Al-Nuaimi added that spending would rise."
    )
    assert [(s.speaker, s.speaker_kind) for s in found] == [("Khalid al-Nuaimi", "person")] * 2


def test_two_people_named_before_are_a_pair_of_people() -> None:
    found = extract(
        '"Prices will rise," said Ann Berg of Nordbank. "Demand is strong," said Tom Hale of Apex. '
        "Berg and Hale said prices could reach 20 dlrs."
    )
    assert (found[-1].speaker, found[-1].speaker_kind) == ("Ann Berg and Tom Hale", "person")


def test_two_bodies_joined_by_and_are_organisations() -> None:
    s = one(extract("Apex and Beta said the merger was off."), "said")
    assert (s.speaker, s.speaker_kind) == ("Apex and Beta", "organization")


def test_a_lone_surname_quoting_itself_in_the_first_person_is_a_person() -> None:
    found = extract('"I had no choice," Moreau said. "Costs were too high."')
    assert {(s.speaker, s.speaker_kind) for s in found} == {("Moreau", "person")}
    assert one(extract('"We had no choice," Apex said.'), "said").speaker_kind == "organization"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Ann Lee said the plan would work. Tom Berg disagreed with her. He said it would fail.", "Tom Berg"),
        (
            "Finance Minister Ann Lee said the plan would work. "
            "Opposition leader Tom Berg was not convinced. He said it would fail.",
            "Tom Berg",
        ),
        ("Ann Lee said the plan would work. Costs rose sharply. She said it would fail.", "Ann Lee"),
    ],
)
def test_a_pronoun_after_a_sentence_without_a_statement_takes_its_person(body: str, speaker: str) -> None:
    assert extract(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        '"The deal is off," Moreau told his lawyer.',
        "Moreau said he would stay on.",
        "Moreau said she would stay on.",
    ],
)
def test_a_lone_surname_with_a_personal_pronoun_is_a_person(body: str) -> None:
    assert extract(body)[0].speaker_kind == "person"


def test_a_lone_body_name_with_its_stays_a_body() -> None:
    assert one(extract("Apex said its profit rose."), "said").speaker_kind == "organization"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The European Central Bank kept rates on hold. The Bank said inflation was too high.",
            "European Central Bank",
        ),
        ("The Nordic Recovery Fund cut its forecast. The Fund said risks were high.", "Nordic Recovery Fund"),
        (
            "Officials at the Nordic Council of Ministers (NCM) met on Monday. "
            "The NCM said growth would slow.",
            "Nordic Council of Ministers",
        ),
    ],
)
def test_a_capitalised_body_noun_or_acronym_is_the_body_named_before(body: str, speaker: str) -> None:
    s = extract(body)[-1]
    assert (s.speaker, s.speaker_kind, s.speaker_role) == (speaker, "organization", None)


def test_history_keeps_each_source_once_at_its_latest_mention():
    ines, apex = Source("Ines Varga", None, "person"), Source("Apex Corp", None, "organization")
    history = History([ines, apex, Source("Ines Varga", None, "person")])
    assert [s.name for s in history] == ["Apex Corp", "Ines Varga"]
    assert history[-1] == ines and len(history) == 2
    history.add(Source("Anna van der Berg", None, "person"))
    assert history.person_ending("van der berg") == "Anna van der Berg"
    assert history.person_ending("varga") == "Ines Varga"
    assert history.person_ending("anna van der berg") is None  # a proper ending only


def test_a_long_article_resolves_names_as_a_short_one_does():
    paragraph = (
        "Mira Solberg, chief economist at Dorn Mills, said the outlook for copper had improved. "
        'Solberg added that stocks were low. "We are not worried," she told a meeting of growers.'
    )
    short = extract(paragraph)
    long = extract("\n ".join([paragraph] * 60))
    assert {(s.speaker, s.cue, s.content) for s in long} == {(s.speaker, s.cue, s.content) for s in short}
    assert len(long) == 60 * len(short)


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("Acme, Inc. said on Tuesday it would cut 400 jobs.", "Acme, Inc.", "it would cut 400 jobs"),
        ("Vela Foods Co., Ltd. said sales rose in May.", "Vela Foods Co., Ltd.", "sales rose in May"),
        ("Sales rose in May, Dorn, Inc. said.", "Dorn, Inc.", "Sales rose in May"),
        ('"We are not selling," said Harlow, Ltd., which makes pumps.', "Harlow, Ltd.", "We are not selling"),
    ],
)
def test_a_company_name_with_a_comma_before_its_legal_form_is_one_speaker(
    body: str, speaker: str, content: str
):
    s = one(extract(body), "said")
    assert (s.speaker, s.speaker_kind, s.content) == (speaker, "organization", content)


def test_the_company_points_back_to_a_name_with_a_comma_before_its_legal_form():
    s = one(extract("Acme, Inc. posted a loss for the year. The company said demand was weak."), "said")
    assert s.speaker == "Acme, Inc"
    assert company_mentions("In Paris, Bank officials met.") == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Tom Greer met Anna Pike on Monday. He said the plan was alive.", "Tom Greer"),
        ("Tom Greer met Anna Pike on Monday. She said the plan was dead.", "Anna Pike"),
        ("Mr Holm and Mrs Dahl met on Monday. He said the plan was dead.", "Holm"),
        ("Ines Varga met Paul Obi in Oslo. She said the deal was close.", "Ines Varga"),
    ],
)
def test_he_or_she_after_two_people_takes_the_one_of_that_sex(body: str, speaker: str):
    assert one(extract(body), "said").speaker == speaker


def test_he_skips_the_latest_speaker_when_she_is_a_woman():
    found = extract(
        "Tom Greer said the plant would close. Anna Pike said it would stay open. He added that talks resume."
    )
    assert one(found, "added").speaker == "Tom Greer"


def test_a_given_name_of_either_sex_decides_nothing():
    found = extract(
        "Chris Obi said the talks failed. Pat Reyes said they did not. He added that more were planned."
    )
    assert one(found, "added").speaker == "Pat Reyes"


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        (
            "Ines Varga, the finance minister, spoke in Oslo. The 54-year-old said taxes would fall.",
            "Ines Varga",
            "54-year-old",
        ),
        (
            "Finance Minister Ines Varga met bankers. The treasury chief said rates would stay low.",
            "Ines Varga",
            "treasury chief",
        ),
        (
            "Paul Obi, the head of Dorn Mills, spoke on Monday. The businessman said sales had doubled.",
            "Paul Obi",
            "businessman",
        ),
    ],
)
def test_a_description_sharing_no_word_with_the_role_points_to_the_name_just_before(
    body: str, speaker: str, role: str
):
    s = one(extract(body), "said")
    assert (s.speaker, s.speaker_role, s.speaker_kind) == (speaker, role, "person")


@pytest.mark.parametrize(
    "body",
    [
        "Ines Varga met the central bank chief on Monday. The bank chief said rates would rise.",
        "Finance Minister Ines Varga met reporters. The spokesman said the budget was ready.",
        "Anna Pike, the mayor, met reporters in Oslo. The businessman said the budget was ready.",
        "Paul Obi, who runs Dorn Mills, spoke on Monday. The businessman said sales had doubled.",
        "A farmer who asked not to be named met Ines Varga on Monday. The farmer said prices would rise.",
    ],
)
def test_a_description_of_someone_else_stays_unnamed(body: str):
    assert one(extract(body), "said").speaker not in {"Ines Varga", "Anna Pike"}


@pytest.mark.parametrize(
    ("body", "via"),
    [
        (
            "Speaking on Channel Five's breakfast programme, the mayor said the roads would be cleared.",
            "Channel Five",
        ),
        ("Speaking on Radio Nord's morning show, the coach said he would stay.", "Radio Nord"),
        (
            "Speaking to the Harbour Times's weekend edition, the mayor said taxes would fall.",
            "Harbour Times",
        ),
    ],
)
def test_an_outlet_s_programme_gives_the_outlet_to_via(body: str, via: str):
    found = extract(body)
    assert [(s.cue, s.via) for s in found] == [("said", (via,))]


def test_a_company_of_several_names_ends_with_its_legal_form():
    found = extract(
        '"Growth will slow," cautioned Joe Marsh of Lund, Berg and Hale Inc, who expects a weak quarter.'
    )
    assert [(s.cue, s.speaker, s.speaker_role) for s in found] == [
        ("cautioned", "Joe Marsh", "Lund, Berg and Hale Inc"),
        ("expects", "Joe Marsh", "Lund, Berg and Hale Inc"),
    ]
    s = one(extract("Tom Reed of Lund, Berg and Hale Inc said growth would slow."), "said")
    assert (s.speaker, s.speaker_role) == ("Tom Reed", "Lund, Berg and Hale Inc")
    assert one(extract("Sales rose in May, Dorn, Inc. said."), "said").speaker == "Dorn, Inc."


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The strike ended on Thursday, the port operator said.\n "
            "The operator, Elbe Terminals AG, said ships would be unloaded from Friday.",
            "Elbe Terminals AG",
        ),
        (
            "Fares will rise in May, the rail company said.\n The company, Nordlink Rail, said it had to.",
            "Nordlink Rail",
        ),
    ],
)
def test_a_body_described_first_is_the_one_named_later_with_that_head(body: str, name: str):
    first = extract(body)[0]
    assert (first.speaker, first.speaker_kind) == (name, "organization")


def test_a_body_described_first_stays_described_when_no_later_body_has_its_head():
    found = extract(
        "Fares will rise, the rail company said.\n The union, Rail Workers United, said it would strike."
    )
    assert found[0].speaker == "rail company"


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        ("German carmaker Voltwagen said sales fell.", "Voltwagen", "German carmaker"),
        ("Energy company Brightpath said it would appeal.", "Brightpath", "Energy company"),
        ("State-owned oil firm Petrova said output rose.", "Petrova", "State-owned oil firm"),
    ],
)
def test_a_kind_of_body_before_its_name_is_its_role(body: str, speaker: str, role: str):
    s = one(extract(body), "said")
    assert (s.speaker, s.speaker_role, s.speaker_kind) == (speaker, role, "organization")


def test_the_company_and_a_headline_description_point_to_a_body_named_after_its_kind():
    found = extract(
        "South Korean chipmaker Hanil Semiconductor warned that sales would fall.\n"
        " The company said it expected revenue to drop 8 percent.",
        headline="CHIPMAKER WARNS OF WEAKER SALES",
    )
    assert [s.speaker for s in found] == ["Hanil Semiconductor"] * 3


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Norway's finance minister denied a report of a rift.\n"
            ' "There is no rift," Ingrid Solheim told reporters.',
            "Ingrid Solheim",
        ),
        (
            "The health minister said the clinics would stay open.\n"
            ' "We will not close a single one," Tomas Berg said.',
            "Tomas Berg",
        ),
        (
            "The health minister said the clinics would stay open.\n"
            ' "They will close," said Tomas Berg, a union leader.',
            "health minister",
        ),
        (
            'A spokesman said the clinics would stay open.\n "We will not close," Tomas Berg said.',
            "spokesman",
        ),
    ],
)
def test_an_office_described_first_is_the_person_named_next_without_a_role(body: str, speaker: str):
    assert extract(body)[0].speaker == speaker


def test_a_lawmaker_before_a_name_is_a_person_though_the_word_ends_in_maker() -> None:
    s = one(extract("Opposition lawmaker Tom Reyes said the denial was not credible."), "said")
    assert (s.speaker, s.speaker_kind) == ("Tom Reyes", "person")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The minister resigned on Friday, two days after she said the budget was balanced.", "minister"),
        ("The mayor left the talks early after he said the offer was an insult.", "mayor"),
        ("Traders were nervous after it said rates would rise.", "it"),
    ],
)
def test_a_pronoun_nothing_before_resolves_is_its_sentence_s_subject_of_a_fitting_kind(
    body: str, speaker: str
):
    assert one(extract(body), "said").speaker == speaker


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the Irish Data Protection Commission", "organization"),
        ("the National Statistics Office", "organization"),
        ("a newspaper report", "document"),
    ],
)
def test_a_capitalised_name_ending_in_a_body_word_is_a_body_even_with_a_document_word(phrase: str, kind: str):
    assert parse(phrase, english()).source.kind == kind


def test_a_given_name_that_is_also_a_title_opens_a_full_name():
    found = extract('Rovers manager Dean Holt resigned on Sunday.\n "I have given everything," Holt said.')
    assert one(found, "said").speaker == "Dean Holt"


def test_he_after_a_sentence_naming_two_men_is_the_one_named_first():
    found = extract(
        "Club chairman Omar Baig thanked Dean Holt for his work. He said a new coach would come soon."
    )
    assert one(found, "said").speaker == "Omar Baig"


def test_a_quotation_s_first_word_is_no_subject_for_a_pronoun():
    assert one(extract('"It is over," he added.'), "added").speaker == "he"
