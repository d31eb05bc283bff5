"""Wire-style English constructions met on unseen news, each with sentences written for these tests."""

from __future__ import annotations

import pytest

from rawi.records import Statement
from test_statements_english import extract, one


def cues(statements: list[Statement]) -> list[str]:
    return [s.cue for s in statements]


@pytest.mark.parametrize(
    "body",
    [
        "Growers have opposed the quota and have expressed concern that smaller farms would close.",
        "The pilots' union has rejected the offer and has also warned that flights would be cancelled.",
        "Dock workers had refused overtime but had insisted that the port stay open.",
    ],
)
def test_a_second_verb_phrase_after_and_with_auxiliaries_keeps_the_clause_subject(body: str):
    found = [s for s in extract(body) if s.cue in {"expressed", "warned", "insisted"}]
    assert len(found) == 1
    assert found[0].speaker.split()[-1] in {"Growers", "union", "workers"}


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("Miller forecast growth at three pct next year.", "growth at three pct next year"),
        (
            "The institute forecast inflation at 4.2 pct by December, but said risks remained.",
            "inflation at 4.2 pct by December",
        ),
        ("The agency estimates the damage at about 40 mln dlrs.", "the damage at about 40 mln dlrs"),
    ],
)
def test_a_forecast_verb_takes_an_object_with_a_quantity(body: str, content: str):
    s = one(extract(body), body.split()[2] if body.startswith("The") else body.split()[1])
    assert (s.content, s.hedged or s.cue.startswith("estimate")) == (content, True)


@pytest.mark.parametrize(
    ("body", "speaker", "via"),
    [
        (
            "Brokers said Halden Securities also raised its profit forecasts, expecting Norsk Tin to earn "
            "two dlrs a share in 1988.",
            "Halden Securities",
            ("Brokers",),
        ),
        (
            "Dealers said the Lindqvist bank cut its rate outlook, predicting that the krona would weaken.",
            "Lindqvist bank",
            ("Dealers",),
        ),
    ],
)
def test_an_attitude_participle_after_a_reported_clause_is_that_clause_subjects(
    body: str, speaker: str, via: tuple[str, ...]
):
    s = next(s for s in extract(body) if s.cue in {"expecting", "predicting"})
    assert (s.speaker, s.via) == (speaker, via)


def test_an_adding_participle_still_belongs_to_the_speaker():
    s = one(
        extract("Brokers said the bank raised its forecasts, adding that more rises were likely."), "adding"
    )
    assert s.speaker == "Brokers"


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "But Okafor, who still expects steel output to fall by five pct this year, is not sure "
            "that prices will recover.",
            "steel output to fall by five pct this year",
        ),
        (
            "The mayor, who now believes the bridge can be saved, said repairs would start in May.",
            "the bridge can be saved",
        ),
    ],
)
def test_a_cue_in_a_relative_clause_ends_with_the_clause(body: str, content: str):
    s = next(s for s in extract(body) if s.cue in {"expects", "believes"})
    assert s.content == content


@pytest.mark.parametrize(
    "body",
    [
        "First, the ministry said its notice should not have said that timber was exempt.",
        "The coach said he would have told the players the truth.",
        "Critics said the memo could have warned that the dam was weak.",
    ],
)
def test_a_counterfactual_perfect_reports_nothing(body: str):
    assert cues(extract(body)) == ["said"]


@pytest.mark.parametrize(
    ("body", "cue", "content", "via"),
    [
        (
            "The minister accused rivals of spreading lies about the budget in a speech to party members "
            "on Friday.",
            "accused",
            "rivals of spreading lies about the budget",
            (),
        ),
        (
            "The company dismissed the lawsuit as baseless in an interview with the Evening Post on Monday.",
            "dismissed",
            "the lawsuit as baseless",
            ("Evening Post",),
        ),
        (
            "The governor praised the rescue teams at a news conference in the capital.",
            "praised",
            "the rescue teams",
            (),
        ),
        (
            "Ines Moll criticised the new tolls in an interview with Radio Nordvik.",
            "criticised",
            "the new tolls",
            ("Radio Nordvik",),
        ),
    ],
)
def test_a_noun_phrase_object_ends_before_the_occasion_it_was_said_at(
    body: str, cue: str, content: str, via: tuple[str, ...]
):
    s = one(extract(body), cue)
    assert (s.content, s.via) == (content, via)


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        ('"This is a good day for farmers," Ruiz told the Tribune in an interview.', "Tribune"),
        ("Okoye told the Lagos Clarion in an exclusive interview that the deal was off.", "Lagos Clarion"),
    ],
)
def test_told_an_outlet_in_an_interview_puts_it_in_via(body: str, outlet: str):
    s = one(extract(body), "told")
    assert s.via == (outlet,)


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "The union said it would strike next month, citing low pay and long shifts.",
            "it would strike next month",
        ),
        (
            "The carrier said it would drop the route, citing weak demand due to the strong dollar.",
            "it would drop the route",
        ),
    ],
)
def test_a_trailing_citing_of_a_reason_ends_the_content(body: str, content: str):
    s = one(extract(body), "said")
    assert (s.content, s.via) == (content, ())


@pytest.mark.parametrize(
    ("body", "speaker", "relay"),
    [
        ("The Ledger reported the bank would close, citing three bankers.", "three bankers", "Ledger"),
        (
            "State radio said the vote was delayed, citing Election Board officials.",
            "Election Board officials",
            "State radio",
        ),
    ],
)
def test_a_trailing_citing_of_a_source_relays_it(body: str, speaker: str, relay: str):
    s = extract(body)[0]
    assert (s.speaker, s.via[:1]) == (speaker, (relay,))


def head(headline: str, body: str) -> Statement:
    """The headline statement of a story."""
    return next(s for s in extract(body, headline=headline) if s.in_headline)


@pytest.mark.parametrize(
    ("headline", "body", "speaker", "role"),
    [
        (
            "Coach says squad ready for final",
            "Coach Dana Petrov said the squad was fit and ready for Sunday's final.",
            "Dana Petrov",
            "Coach",
        ),
        (
            "Port strike to end soon - union leader",
            "The strike at the port will end within days, union leader Piet Claes told reporters.",
            "Piet Claes",
            "union leader",
        ),
        (
            "FORMER MINISTER SAYS TARIFFS WILL HURT EXPORTERS",
            "Former trade minister Lars Vik said the new tariffs would hurt exporters.",
            "Lars Vik",
            "FORMER MINISTER",
        ),
    ],
)
def test_a_headline_description_stays_the_role_of_the_body_speaker(
    headline: str, body: str, speaker: str, role: str
):
    s = head(headline, body)
    assert (s.speaker, s.speaker_role) == (speaker, role)


@pytest.mark.parametrize(
    ("headline", "content"),
    [
        ("Minister says budget on track; opposition cries foul", "budget on track"),
        ("Union says talks failed; strike to go ahead", "talks failed"),
    ],
)
def test_a_headline_content_ends_at_a_semicolon(headline: str, content: str):
    s = head(headline, "Finance Minister Aldo Brandt said the budget was on track and the talks had failed.")
    assert s.content == content


@pytest.mark.parametrize(
    ("headline", "body", "speaker"),
    [
        (
            "Analyst says rates to climb further",
            "The central bank said on Monday that rates would climb further this year.",
            "Analyst",
        ),
        (
            "Regulator says merger review to take months",
            "A senior official at the competition board said the review would take at least six months.",
            "Regulator",
        ),
    ],
)
def test_a_headline_description_no_body_source_fits_stays_as_written(headline: str, body: str, speaker: str):
    assert head(headline, body).speaker == speaker


def test_a_headline_title_prefers_the_body_source_holding_that_title():
    s = head(
        "Chief executive says plant will stay open",
        "Analyst Ben Stott said the plant would stay open for now.\n"
        "    Ola Nygaard, chief executive of Fjord Metals, said investment would go on.",
    )
    assert (s.speaker, s.speaker_role) == ("Ola Nygaard", "Chief executive")


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        ("The mayor was praised by residents for the quick repairs.", "praised", "residents"),
        ("The new coach was hailed by fans over the weekend.", "hailed", "fans"),
        ("The plan was criticised by the union over its cost.", "criticised", "union"),
    ],
)
def test_a_passive_agent_ends_before_the_reason_or_time(body: str, cue: str, speaker: str):
    s = one(extract(body), cue)
    assert (s.speaker, s.content) == (speaker, body.split(" was ")[0])


@pytest.mark.parametrize(
    ("body", "label", "aim"),
    [
        ('The minister rejected the report, calling it "baseless".', "baseless", "the report"),
        (
            'The ministry denied the allegations, calling them "totally false".',
            "totally false",
            "the allegations",
        ),
    ],
)
def test_a_pronoun_labelled_false_targets_what_it_stands_for(body: str, label: str, aim: str):
    s = one(extract(body), "calling")
    assert (s.content, s.stance, s.target) == (label, "deny", aim)


@pytest.mark.parametrize(
    "body",
    [
        "Gomez, the party's leader, and Tan, its treasurer, both said the accounts were in order.",
        "Gomez, the party's leader, and Tan, its treasurer, said the accounts were in order.",
    ],
)
def test_two_names_with_their_roles_speak_together(body: str):
    s = one(extract(body), "said")
    assert (s.speaker, s.speaker_kind, s.content) == ("Gomez and Tan", "person", "the accounts were in order")


def test_a_relative_clause_on_the_second_name_is_that_name_alone():
    s = one(
        extract(
            "The plan was backed by Ana Ruiz, the deputy mayor, and Carl Obi, her deputy, "
            "who said it would pay."
        ),
        "said",
    )
    assert s.speaker == "Carl Obi"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Finance ministers from seven major industrialized nations said more action was needed.",
            "Finance ministers from seven major industrialized nations",
        ),
        ("Farm leaders from three northern provinces said the harvest was late.", "Farm leaders"),
    ],
)
def test_plural_titles_with_their_origin_are_anonymous(body: str, speaker: str):
    s = one(extract(body), "said")
    assert s.speaker.startswith(speaker) and s.speaker_kind == "anonymous"


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Tehran warned Washington any attack on its ships would meet a strong response.",
            "any attack on its ships would meet a strong response",
        ),
        ("The union warned the company its members would strike.", "its members would strike"),
        ("The envoy told the council no deal was possible before May.", "no deal was possible before May"),
    ],
)
def test_an_addressee_ends_where_a_clause_subject_opens(body: str, content: str):
    s = extract(body)[0]
    assert s.content == content


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Two nurses spoke to reporters. One of them, Ana Lee, said the ward was short of staff.", "Ana Lee"),
        (
            "Three drivers were stopped. Another of the drivers, Omar Haddad, said the road was shut.",
            "Omar Haddad",
        ),
        (
            "Several residents were angry. One of them, a retired teacher, Tom Berg, said the road was shut.",
            "Tom Berg",
        ),
    ],
)
def test_a_name_after_a_partitive_speaks(body: str, name: str):
    assert one(extract(body), "said").speaker == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Bank of Norway kept rates on hold. The central bank said inflation was easing.",
            "Bank of Norway",
        ),
        (
            "The Ministry of Fisheries closed the bay. The ministry said stocks were low.",
            "Ministry of Fisheries",
        ),
        ("Halden Pharma posted a loss. The drugmaker said sales would recover.", "Halden Pharma"),
        ("Orsa Motors cut its forecast. The carmaker said demand was weak.", "Orsa Motors"),
    ],
)
def test_a_lower_case_description_points_to_the_body_named_before(body: str, name: str):
    assert one(extract(body), "said").speaker == name


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("Rivera denied the accusations in a post on social media on Sunday.", "the accusations"),
        ("The club denied any wrongdoing at a news conference.", "any wrongdoing"),
        ("Holt denied that he was at the rally on Sunday.", "he was at the rally on Sunday"),
    ],
)
def test_a_denied_noun_phrase_ends_before_the_occasion(body: str, content: str):
    assert one(extract(body), "denied").content == content


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "The office said in a statement that the visit was postponed, without giving a reason.",
            "the visit was postponed",
        ),
        ("The airline said flights would resume, without elaborating.", "flights would resume"),
    ],
)
def test_a_without_tail_is_the_reporters_note(body: str, content: str):
    assert one(extract(body), "said").content == content


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("The senator, who allegedly accepted bribes, denied the charges.", "senator", "the charges"),
        ("The firm, which makes tiles, confirmed the layoffs.", "firm", "the layoffs"),
    ],
)
def test_a_relative_clause_on_the_subject_is_no_inverted_content(body: str, speaker: str, content: str):
    s = extract(body)[0]
    assert (s.speaker, s.content) == (speaker, content)


def test_an_inverted_attribution_after_a_relative_clause_inside_the_content_stays():
    s = one(extract("The market, which fell last week, will recover, said an analyst in Oslo."), "said")
    assert (s.speaker, s.content) == ("analyst in Oslo", "The market, which fell last week, will recover")


@pytest.mark.parametrize(
    ("headline", "first", "second"),
    [
        (
            "Nordvik Steel denies plant sale, says talks continue",
            ("denies", "plant sale"),
            ("says", "talks continue"),
        ),
        ("Minister rejects report, warns of cuts", ("rejects", "report"), ("warns", "of cuts")),
    ],
)
def test_a_headline_with_two_cues_of_one_source_makes_two_statements(
    headline: str, first: tuple[str, str], second: tuple[str, str]
):
    body = "Nordvik Steel denied a report that it would sell its plant and said talks would continue."
    made = [(s.cue, s.content) for s in extract(body, headline=headline) if s.in_headline]
    assert made == [first, second]


def test_a_noun_after_and_in_a_headline_opens_no_second_statement():
    body = "Nordvik Steel denied the fraud claims on Monday."
    made = [
        s.cue
        for s in extract(body, headline="Nordvik Steel denies fraud and claims of bribery")
        if s.in_headline
    ]
    assert made == ["denies"]


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "The mayor pointed out that the bridge was built in 1920.",
            "pointed out",
            "the bridge was built in 1920",
        ),
        ("The coach countered that his players had been tired.", "countered", "his players had been tired"),
        ("The minister retorted that the opposition had no plan.", "retorted", "the opposition had no plan"),
        (
            "The governor underlined that no decision had been taken.",
            "underlined",
            "no decision had been taken",
        ),
        ("The firm boasted that its sales had doubled.", "boasted", "its sales had doubled"),
        ("The union slammed the decision as unfair.", "slammed", "the decision as unfair"),
        (
            "The senator lashed out at the president over the tariffs.",
            "lashed out at",
            "the president over the tariffs",
        ),
        ("The envoy hit out at critics of the deal.", "hit out at", "critics of the deal"),
        ("The party blamed the government for the shortages.", "blamed", "the government for the shortages"),
        (
            "The minister reassured investors that the currency was stable.",
            "reassured",
            "the currency was stable",
        ),
    ],
)
def test_more_reporting_verbs_of_wire_copy(body: str, cue: str, content: str):
    assert one(extract(body), cue).content == content


@pytest.mark.parametrize(
    "body",
    [
        "The fire was blamed on faulty wiring.",
        "The clerk stood behind the counter.",
        "The striker hit the post twice.",
    ],
)
def test_the_new_verbs_report_nothing_without_a_speaker_or_content(body: str):
    assert extract(body) == []


@pytest.mark.parametrize(
    ("body", "outlet", "content"),
    [
        (
            "The minister, speaking to the Harbour Gazette, said the border would reopen.",
            "Harbour Gazette",
            "the border would reopen",
        ),
        (
            "The minister said the border would reopen, in comments to the Harbour Gazette.",
            "Harbour Gazette",
            "the border would reopen",
        ),
        (
            '"The border will reopen," the minister said in an interview with Kesh TV.',
            "Kesh TV",
            "The border will reopen",
        ),
    ],
)
def test_an_interview_phrase_around_the_cue_gives_the_via(body: str, outlet: str, content: str):
    s = one(extract(body), "said")
    assert (s.via, s.content) == ((outlet,), content)


@pytest.mark.parametrize(
    "body",
    [
        "A spokesman for the airport, a private company that runs it, said flights would resume.",
        "A spokeswoman for the carrier, the country's largest airline, said flights would resume.",
        "A spokesman for the dairy, a cooperative owned by farmers, said flights would resume.",
    ],
)
def test_an_apposition_on_the_body_spoken_for_is_no_role_of_the_speaker(body: str):
    s = one(extract(body), "said")
    assert s.speaker.startswith("spokes") and s.speaker_role is None


def test_an_apposition_naming_the_speakers_job_stays_the_role():
    s = one(extract("Rita Vance, deputy director of the port authority, said flights would resume."), "said")
    assert s.speaker_role == "deputy director of the port authority"


@pytest.mark.parametrize(
    ("body", "aim"),
    [
        (
            'The Kremlin on Friday denied a report that the envoy was ill, calling it "complete nonsense".',
            "a report that the envoy was ill",
        ),
        ('The club rejected the rumours, calling them "pure fantasy".', "the rumours"),
    ],
)
def test_a_labelled_pronoun_targets_the_denied_claim_not_its_inner_clause(body: str, aim: str):
    assert one(extract(body), "calling").target == aim


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        (
            "EXCLUSIVE-Bank weighs sale of insurance arm -sources",
            "three people familiar with the matter",
            "Bank weighs sale of insurance arm",
        ),
        (
            "Bank weighs sale of insurance arm - sources",
            "three people familiar with the matter",
            "Bank weighs sale of insurance arm",
        ),
    ],
)
def test_a_dash_attribution_ends_a_headline_and_a_wire_label_opens_none(
    headline: str, speaker: str, content: str
):
    body = "Vesta Bank is weighing a sale of its insurance arm, three people familiar with the matter said."
    s = head(headline, body)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "speaker", "second"),
    [
        (
            "Gold prices could rise further, said a dealer in London, adding that demand was strong.",
            "dealer in London",
            "adding",
        ),
        ("Costs will rise, said a broker in Oslo, noting that demand was weak.", "broker in Oslo", "noting"),
    ],
)
def test_an_inverted_attribution_followed_by_a_participle_cue(body: str, speaker: str, second: str):
    found = extract(body)
    assert [(s.cue, s.speaker) for s in found] == [("said", speaker), (second, speaker)]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ('Ekdahl dismissed that offer as "empty words".', 'that offer as "empty words"'),
        ("The mayor dismissed the plan as too costly.", "the plan as too costly"),
    ],
)
def test_a_dismissal_of_what_is_no_claim_is_an_assertion_about_it(body: str, content: str):
    s = one(extract(body), "dismissed")
    assert (s.content, s.stance) == (content, "assert")


@pytest.mark.parametrize(
    "body",
    ["The coach dismissed the striker after the match.", "The court dismissed the case as time-barred."],
)
def test_a_dismissal_of_a_person_or_by_a_court_says_nothing(body: str):
    assert extract(body) == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The recall was first reported by the Ledger newspaper, which said regulators knew.",
            "Ledger newspaper",
        ),
        ("The idea came from the Harbour Post, which said the port would close.", "Harbour Post"),
        ("The bill was backed by the farmers' union, which said it would cut costs.", "farmers' union"),
    ],
)
def test_a_relative_clause_on_a_prepositional_object_speaks_for_that_object(body: str, speaker: str):
    assert one(extract(body), "said").speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        "The Ledger said regulators had warned the firm in March.",
        "The mayor said police had warned residents.",
        "The board told staff on Monday.",
    ],
)
def test_an_addressee_alone_is_no_content(body: str):
    assert [s.cue for s in extract(body)] in (["said"], [])


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (
            "Fifty pct of the firms expected higher sales, with only six pct expecting lower sales "
            "and the rest predicting no change.",
            [("expected", "higher sales"), ("expecting", "lower sales"), ("predicting", "no change")],
        ),
        (
            "The banks were split, with four forecasting a cut and two seeing no change.",
            [("forecasting", "a cut")],
        ),
    ],
)
def test_an_absolute_with_clause_coordinated_by_and_has_one_content_per_source(
    body: str, found: list[tuple[str, str]]
):
    assert [(s.cue, s.content) for s in extract(body)] == found


def test_a_capital_after_an_abbreviation_can_open_the_clause_told():
    s = one(extract("Tehran warned the U.S. Any attack on its ships would meet a strong response."), "warned")
    assert s.content == "Any attack on its ships would meet a strong response"


def test_a_wire_label_is_no_part_of_a_headline_speaker():
    s = head(
        "UPDATE 2-Norland central bank holds rates, signals no cut soon",
        "The Norland central bank held its main rate at 5 pct on Monday and signalled it would not cut soon.",
    )
    assert (s.speaker, s.content) == ("Norland central bank", "no cut soon")


def test_a_headline_only_cue_after_a_comma_is_a_second_statement():
    made = [
        (s.cue, s.content)
        for s in extract(
            "Central bank governor Ida Haugen said the economy was resilient and she saw no recession.",
            headline="Norland's Haugen says economy resilient, sees no recession",
        )
        if s.in_headline
    ]
    assert made == [("says", "economy resilient"), ("sees", "no recession")]


@pytest.mark.parametrize(
    ("body", "inner"),
    [
        (
            "The firm said its board changed the plan in moves it said were designed to protect owners.",
            "were designed to protect owners",
        ),
        ("The mayor approved new tolls she said would fund the bridge.", "would fund the bridge"),
    ],
)
def test_a_pronoun_cue_in_a_reduced_relative_says_the_rest(body: str, inner: str):
    assert inner in [s.content for s in extract(body)]


def test_a_pronoun_before_a_clause_with_its_own_verb_is_no_reduced_relative():
    assert [s.content for s in extract("She said the report it published was wrong.")] == [
        "the report it published was wrong"
    ]


@pytest.mark.parametrize(
    ("body", "hedge"),
    [
        ("Traders said the statement eased fears of a shutdown.", False),
        ("Analysts said doubts over the plan had grown.", False),
        ("Analysts said they fear the plan will fail.", True),
    ],
)
def test_a_fear_or_doubt_noun_is_no_hedge(body: str, hedge: bool):
    assert one(extract(body), "said").hedged is hedge


@pytest.mark.parametrize(
    ("body", "accused"),
    [
        ("The opposition accused the mayor of fraud, a charge he denies.", "mayor"),
        ("Rivals accused Vela Group of dumping steel, a charge it denied.", "Vela Group"),
    ],
)
def test_a_charge_the_accused_denies_is_the_accuseds_denial(body: str, accused: str):
    assert one(extract(body), body.split()[-1].rstrip(".")).speaker == accused


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            '"We will sell," said Tom Reed, the chief executive, and added that talks were under way.',
            "the chief executive",
        ),
        (
            "Prices will rise, said Ana Ruiz, an analyst at Nordbank, and a colleague agreed.",
            "an analyst at Nordbank",
        ),
    ],
)
def test_an_inverted_role_ends_before_a_coordinated_clause(body: str, role: str):
    s = one(extract(body), "said")
    assert s.speaker_role == role


def test_a_coordinated_clause_with_a_bare_cue_says_nothing():
    assert [
        s.cue for s in extract("Prices will rise, said Ana Ruiz, an analyst, and a colleague agreed.")
    ] == ["said"]


def test_a_bare_name_opening_a_company_named_before_is_that_company():
    found = extract(
        "Halvorsen Industries Inc said profits would rise.\n"
        "    Halvorsen said it also plans to sell its retail chain.\n"
        '    "We are pleased," president John Halvorsen told Reuters.'
    )
    assert [s.speaker for s in found] == [
        "Halvorsen Industries Inc",
        "Halvorsen Industries Inc",
        "John Halvorsen",
    ]


def test_a_bare_name_of_a_person_named_before_stays_that_person():
    found = extract(
        "Halvorsen Industries Inc said profits would rise.\n"
        "    President John Halvorsen told Reuters the chain was for sale. Halvorsen said a buyer was near."
    )
    assert found[-1].speaker == "John Halvorsen"


@pytest.mark.parametrize(
    "body",
    [
        "The Economic Council said in its report that growth would slow.",
        "The ministry said in a statement that the border would stay closed.",
    ],
)
def test_a_document_between_cue_and_content_is_where_it_was_said(body: str):
    assert [s.cue for s in extract(body)] == ["said"]


@pytest.mark.parametrize(
    "between",
    ["Shares in the firm rose 2 pct.", "Prices of its vans fell last year."],
)
def test_it_after_a_sentence_about_shares_or_prices_is_the_last_body(between: str):
    found = extract(
        f"Orsa Motors said sales rose 5 pct in May. {between} It said demand for its vans was strong."
    )
    assert found[-1].speaker == "Orsa Motors"


@pytest.mark.parametrize(
    ("body", "hedge"),
    [
        ("The envoy said there was no doubt the talks could fail.", False),
        ("The mayor said he would avoid steps which might alarm residents.", False),
        ("The firm said it could do so without new loans.", False),
        ("The agency said that, despite forecasts of a glut, it would make no estimate yet.", False),
        ("The agency said prices could be higher in May.", True),
        ("The envoy said the talks might fail.", True),
    ],
)
def test_what_is_certain_relative_or_able_is_no_hedge(body: str, hedge: bool):
    assert one(extract(body), "said").hedged is hedge


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("The report, published on Monday, showed a rise in exports.", "report", "a rise in exports"),
        ("The survey, released in May, found that hiring fell.", "survey", "hiring fell"),
    ],
)
def test_an_aside_on_a_document_subject_is_no_inverted_content(body: str, speaker: str, content: str):
    s = extract(body)[0]
    assert (s.speaker, s.content) == (speaker, content)


def test_an_inverted_saying_after_an_aside_inside_the_content_stays():
    s = one(extract("The deal, signed in May, will hold, said a diplomat in Rome."), "said")
    assert (s.speaker, s.content) == ("diplomat in Rome", "The deal, signed in May, will hold")


@pytest.mark.parametrize("outlet", ["the paper", "the weekly", "the broadcaster"])
def test_according_to_a_news_outlet_relays_what_it_reports_someone_said(outlet: str):
    found = extract(f"According to {outlet}, the minister told aides he would resign.")
    assert one(found, "told").via == (outlet.split()[-1],)


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ('The minister rejected the report, calling it "baseless".', "indirect"),
        ('"The agency told us twice that the permits were ready," said Omar Haddad, a builder.', "indirect"),
        ('"Members told him that we cut our rates," one source said.', "direct"),
    ],
)
def test_a_one_word_label_or_a_report_inside_a_quotation_is_indirect(body: str, quote: str):
    inner = next(s for s in extract(body) if s.cue in {"calling", "told"})
    assert inner.quote_type == quote


@pytest.mark.parametrize(
    ("headline", "quote", "hedge"),
    [
        ("Health chief: vaccine safety fears 'simply wrong'", "mixed", False),
        ("Minister calls tax 'the worst in decades'", "mixed", False),
        ("Minister says 'Devil's Bridge' plan dropped", "indirect", False),
    ],
)
def test_a_quoted_fragment_in_a_headline_makes_it_mixed(headline: str, quote: str, hedge: bool):
    s = head(
        headline, "Health Minister Aisha Bello said the fears were wrong and the tax the worst in decades."
    )
    assert (s.quote_type, s.hedged) == (quote, hedge)


def test_an_interview_opener_with_an_adverb_of_time_gives_the_via():
    s = one(extract("Speaking later on Radio Nordvik's morning show, Lowe said the sale was done."), "said")
    assert s.via == ("Radio Nordvik",)


@pytest.mark.parametrize(
    "body",
    [
        "A spokesman said the two sides could not agree on price.",
        "The minister said the state could not keep paying for the mines.",
    ],
)
def test_could_not_is_an_inability_no_hedge(body: str):
    assert one(extract(body), "said").hedged is False


@pytest.mark.parametrize(
    ("body", "aim"),
    [
        (
            'The minister called a newspaper report about secret arms sales "pure fiction".',
            "a newspaper report about secret arms sales",
        ),
        ('He said the rumours of his resignation were "nonsense".', "the rumours of his resignation"),
        ("The ministry said the reports were false.", "the reports"),
    ],
)
def test_a_claim_labelled_false_keeps_what_it_is_about(body: str, aim: str):
    assert extract(body)[0].target == aim
