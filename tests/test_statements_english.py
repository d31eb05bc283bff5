"""English statements end to end, one test per rule family, on short wire stories written for these tests."""

from __future__ import annotations

import pytest

from rawi.pipeline import process_document
from rawi.records import Document, Extraction, Statement


def extract(
    body: str, headline: str = "FARM GROUP MEETS IN CAPITAL", published: str = "1987-03-20"
) -> list[Statement]:
    """The statements of a wire story with `body` (paragraphs separated by blank-indented lines)."""
    text = f"{headline}\n{published}\nWASHINGTON, March 20 - {body}\n Reuter\n"
    result = process_document(Document(name="story.txt", text=text))
    assert isinstance(result, Extraction)
    assert result.article.lang == "en"
    for statement in result.statements:
        assert result.article.text[statement.start : statement.end] == statement.content
    return list(result.statements)


def one(statements: list[Statement], cue: str) -> Statement:
    found = [s for s in statements if s.cue == cue]
    assert len(found) == 1, [(s.cue, s.content) for s in statements]
    return found[0]


def test_leading_said_that_drops_the_complementiser():
    s = one(extract("The minister said that grain exports would rise this year."), "said")
    assert (s.speaker, s.content, s.quote_type) == (
        "minister",
        "grain exports would rise this year",
        "indirect",
    )


def test_trailing_attribution_takes_the_clause_before_it():
    s = one(extract("Grain exports will rise by ten pct this year, Trade Minister Ann Holm said."), "said")
    assert s.content == "Grain exports will rise by ten pct this year"
    assert (s.speaker, s.speaker_role, s.speaker_kind) == ("Ann Holm", "Trade Minister", "person")


def test_direct_quote_with_inverted_cue_and_role_after_the_name():
    s = one(
        extract('"We have no plans to sell the unit," said Tom Reed, chief executive of the firm.'), "said"
    )
    assert (s.speaker, s.speaker_role) == ("Tom Reed", "chief executive of the firm")
    assert (s.content, s.quote_type) == ("We have no plans to sell the unit", "direct")


def test_appositive_role_between_name_and_cue():
    s = one(extract("Petra Lindahl, the Trade Secretary, said the krone was stable."), "said")
    assert (s.speaker, s.speaker_role, s.content) == (
        "Petra Lindahl",
        "the Trade Secretary",
        "the krone was stable",
    )


def test_told_reuters_is_no_intermediary_in_a_reuters_story():
    s = one(extract("A company spokeswoman told Reuters that the plant would close in May."), "told")
    assert (s.speaker, s.speaker_kind, s.via) == ("company spokeswoman", "anonymous", ())
    assert s.content == "the plant would close in May"


def test_told_another_outlet_puts_it_in_via():
    s = one(extract("The minister told Kyodo that the tariff would be cut next week."), "told")
    assert s.via == ("Kyodo",)


def test_according_to_before_and_after_the_content():
    found = extract(
        "According to industry sources, the plant will close.\n"
        "    Output fell ten pct in March, according to government figures."
    )
    first, second = (s for s in found if s.cue.lower() == "according to")
    assert (first.speaker, first.speaker_kind, first.content) == (
        "industry sources",
        "anonymous",
        "the plant will close",
    )
    assert (second.speaker_kind, second.content) == ("document", "Output fell ten pct in March")


def test_denial_has_deny_stance_and_the_report_as_target():
    s = one(extract("The ministry denied reports that it planned to devalue the currency."), "denied")
    assert s.stance == "deny"
    assert s.target == "reports that it planned to devalue the currency"  # the claim with its clause
    assert s.content == "reports that it planned to devalue the currency"


def test_denial_of_a_clause_targets_the_clause():
    s = one(extract("Smith denied the company was for sale."), "denied")
    assert (s.stance, s.target) == ("deny", "the company was for sale")


def test_confirmation_has_confirm_stance():
    s = one(extract("The bank confirmed that it had sold its stake."), "confirmed")
    assert (s.stance, s.target) == ("confirm", "it had sold its stake")


def test_hedges_in_the_content_and_in_the_cue():
    found = extract(
        "Analysts said prices might fall further.\n"
        "    The agency predicted that output would recover.\n"
        "    Dealers said prices rose sharply."
    )
    assert [s.hedged for s in found] == [True, True, False]


def test_pronoun_and_company_back_references():
    found = extract(
        "Apex Mining Corp said its gold output rose five pct.\n"
        "    It said it would open a new mine next year.\n"
        "    Chairman John Wells said the company was debt free.\n"
        "    He added that the dividend would be raised."
    )
    assert [s.speaker for s in found] == ["Apex Mining Corp", "Apex Mining Corp", "John Wells", "John Wells"]
    assert [s.cue for s in found] == ["said", "said", "said", "added"]


def test_the_company_said_names_the_company():
    found = extract(
        "Apex Mining Corp posted higher profits, its chairman said.\n    The company said sales rose."
    )
    assert found[-1].speaker == "Apex Mining Corp"


def test_surname_resolves_to_the_full_name_written_earlier():
    found = extract(
        "Finance Minister Maria Lopez arrived on Monday.\n    Lopez said the budget was balanced."
    )
    assert one(found, "said").speaker == "Maria Lopez"
    assert one(found, "said").speaker_kind == "person"


def test_anonymous_sources():
    found = extract(
        "Industry sources said the talks had failed.\n    A spokesman said the firm would appeal."
    )
    assert [(s.speaker, s.speaker_kind) for s in found] == [
        ("Industry sources", "anonymous"),
        ("spokesman", "anonymous"),
    ]


def test_mixed_quote_and_continued_quote():
    found = extract(
        'He said the plan was "a serious mistake that will cost jobs."\n'
        '    "We will fight it," the union leader said. "There is no other way."'
    )
    assert found[0].quote_type == "mixed"
    assert [s.quote_type for s in found[1:]] == ["direct", "direct"]
    assert found[2].content == "There is no other way."
    assert found[2].speaker == found[1].speaker


def test_participle_cue_takes_the_clause_speaker():
    found = extract("The union rejected the offer, saying it was too low.")
    s = one(found, "saying")
    assert (s.speaker, s.content) == ("union", "it was too low")


def test_parenthetical_attribution_takes_the_rest_of_the_sentence():
    s = one(extract("Growers, she said, have cut their fertiliser orders."), "said")
    assert s.content == "have cut their fertiliser orders"


def test_relayed_statement_has_the_relaying_speaker_in_via():
    found = extract("Traders said officials told them that the tender was cancelled.")
    told = one(found, "told")
    assert (told.speaker, told.via) == ("officials", ("Traders",))


def test_denial_inside_a_relay_passes_its_stance_to_the_relay():
    found = extract("The company said the defendants deny all the allegations.")
    said, deny = one(found, "said"), one(found, "deny")
    assert (said.stance, deny.stance) == ("deny", "deny")
    assert deny.target == "all the allegations"


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("today", "1987-03-20"),
        ("yesterday", "1987-03-19"),
        ("on Wednesday", "1987-03-18"),
        ("last week", None),
    ],
)
def test_statement_dates_relative_to_publication(when: str, expected: str | None):
    s = one(extract(f"The ministry said {when} that imports rose."), "said")
    assert s.date == expected


def test_headline_statements():
    found = extract(
        "Fisheries Minister Brekke said catches were steady.", headline="COD QUOTA UNCHANGED, BREKKE SAYS"
    )
    head = found[0]
    assert head.in_headline and (head.cue, head.content, head.speaker_kind) == (
        "SAYS",
        "COD QUOTA UNCHANGED",
        "person",
    )
    denial = extract("Chile denied the report.", headline="CHILE DENIES LOAN REPORT")[0]
    assert (denial.stance, denial.content) == ("deny", "LOAN REPORT")


def test_headline_with_agency_dash():
    head = extract("The council said no quota was set.", headline="CHILE HAS NO COPPER QUOTA - MINCOM")[0]
    assert (head.speaker, head.cue, head.content) == ("MINCOM", "-", "CHILE HAS NO COPPER QUOTA")


def test_not_statements():
    assert extract("The minister is said to be ill. Shares rose two pct in heavy trading.") == []
    assert extract('The company, "a leader in its field," bought the unit.') == []


def test_multi_paragraph_quote_is_one_statement():
    found = extract(
        'The spokesman added, "Costs are crushing the growers,\n'
        "and a blockade is our last resort.\n"
        '    "Nobody listens to us otherwise."'
    )
    s = one(found, "added")
    assert s.quote_type == "direct"
    assert s.content.endswith("Nobody listens to us otherwise.")


def test_quoted_as_saying_puts_the_quoting_outlet_in_via():
    found = extract(
        "The deal may collapse, according to the Washington Post.\n"
        "    The Post quoted a senior official as saying the talks had failed."
    )
    s = one(found, "quoted")
    assert (s.speaker, s.speaker_kind, s.via) == ("senior official", "anonymous", ("Washington Post",))
    assert s.content == "the talks had failed"


def test_source_before_a_relative_clause_and_stacked_roles():
    found = extract(
        "Alex Ivanov, an official with Baltrans, a Latvian freight firm, told Reuters there was no news.\n"
        "    An aide to the minister who asked not to be named said talks would go on."
    )
    told, said = one(found, "told"), one(found, "said")
    assert (told.speaker, told.speaker_role) == (
        "Alex Ivanov",
        "an official with Baltrans, a Latvian freight firm",
    )
    assert (said.speaker, said.speaker_kind) == ("aide to the minister", "anonymous")


def test_content_that_rejects_a_report_is_a_denial():
    s = one(extract("The palace said there is no truth in the rumours."), "said")
    assert (s.stance, s.target) == ("deny", "the rumours")
    plain = one(extract("The palace said there is no change in the programme."), "said")
    assert (plain.stance, plain.target) == ("assert", None)


def test_a_denied_object_ends_before_the_speaker_s_next_verb():
    s = one(extract("The managers deny every accusation and are contesting the case."), "deny")
    assert s.content == "every accusation"


def test_a_quoted_paragraph_after_a_quoted_statement_is_the_same_speaker():
    found = extract('"Exports will grow," the minister said.\n    "Imports will fall this year."')
    assert [(s.speaker, s.quote_type) for s in found] == [("minister", "direct"), ("minister", "direct")]
    assert found[1].content == "Imports will fall this year."


def test_a_report_only_mentioned_inside_a_statement_has_no_relay():
    found = extract("Dealers said prices drew comfort from a study in a trade journal that said output fell.")
    inner = one([s for s in found if s.speaker_kind == "document"], "said")
    assert (inner.speaker, inner.via, inner.content) == ("study in a trade journal", (), "output fell")


def test_passive_quoted_as_saying():
    found = extract('"We may look abroad," Keswick was quoted as saying.')
    s = one(found, "quoted")
    assert (s.speaker, s.content, s.quote_type, s.hedged) == ("Keswick", "We may look abroad", "direct", True)


def test_told_the_outlet_the_document_comes_from_is_no_intermediary():
    text = "Tariff cut\n1987-03-20\nThe minister told Kyodo that the tariff would be cut.\n"
    result = process_document(Document(name="k.txt", text=text, outlet="Kyodo"))
    assert isinstance(result, Extraction)
    assert [s.via for s in result.statements] == [()]


def test_a_speaker_quoting_others_inside_a_quotation_relays_them():
    found = extract('"Farmers told her that prices would fall," one broker said.')
    told = one(found, "told")
    assert (told.speaker, told.via, told.content) == ("Farmers", ("one broker",), "prices would fall")
    assert extract('"As I said before, we will act," he said.')[0].cue == "said"
    assert len(extract('"As I said before, we will act," he said.')) == 1


def test_citing_names_the_source_and_the_outlet_relays():
    found = extract("Bloomberg, citing two people familiar with the matter, reported that the deal was off.")
    s = one(found, "reported")
    assert (s.speaker, s.speaker_kind, s.via) == (
        "two people familiar with the matter",
        "anonymous",
        ("Bloomberg",),
    )


def test_calling_a_report_false_is_a_denial_of_it():
    found = extract('The ministry on Friday denied the report, calling it "absolutely false."')
    denied, calling = one(found, "denied"), one(found, "calling")
    assert (denied.speaker, denied.content) == ("ministry", "the report")
    assert (calling.content, calling.stance) == ("absolutely false.", "deny")


def test_according_to_a_name_with_an_apposed_role():
    s = one(
        extract("According to Henrik Vass, the port's operations director, two cranes were damaged."),
        "According to",
    )
    assert (s.speaker, s.speaker_role, s.content) == (
        "Henrik Vass",
        "the port's operations director",
        "two cranes were damaged",
    )


def test_according_to_followed_by_a_clause_with_a_title_is_no_role():
    s = one(
        extract(
            "According to the ministry, the president will travel to Oslo on Monday, weather permitting."
        ),
        "According to",
    )
    assert s.speaker_role is None
    assert s.content.startswith("the president will travel to Oslo")


def test_according_to_a_document_noun_in_ing():
    s = one(
        extract("The refinery cut output by a tenth, according to a filing with the stock exchange."),
        "according to",
    )
    assert (s.speaker_kind, s.content) == ("document", "The refinery cut output by a tenth")


def test_per_after_a_comma_attributes_but_per_share_does_not():
    s = one(extract("Rainfall was the lowest in forty years, per data from the weather office."), "per")
    assert (s.speaker_kind, s.content) == ("document", "Rainfall was the lowest in forty years")
    assert not extract("The company paid a dividend of 12 cents per share in March.")


def test_mid_sentence_attribution_before_but_and_a_new_clause():
    s = one(extract("The road is closed, a police spokesman said, but no one was hurt."), "said")
    assert (s.speaker, s.content) == ("police spokesman", "The road is closed")


def test_a_participle_aside_after_according_to_is_no_content():
    s = one(extract("According to the audit, seen by the Courier, the depot lost money."), "According to")
    assert (s.speaker, s.content) == ("audit", "the depot lost money")


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Dock workers walked off the job on Tuesday, their union said, halting traffic at the port.",
            "Dock workers walked off the job on Tuesday",
        ),
        ("Prices rose sharply in May, the agency said, driven by fuel costs.", "Prices rose sharply in May"),
    ],
)
def test_a_participle_after_a_parenthetical_attribution_leaves_the_content_before_it(
    body: str, content: str
) -> None:
    assert one(extract(body), "said").content == content


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "The pilots met on Friday. She added, however, that the strike would go on.",
            "added",
            "the strike would go on",
        ),
        (
            "Mill owners would not comment, saying only that talks were under way.",
            "saying",
            "talks were under way",
        ),
        ("The mayor said repeatedly that the bridge was safe.", "said", "the bridge was safe"),
    ],
)
def test_an_adverb_before_the_complementiser_stays_out_of_the_content(body: str, cue: str, content: str):
    assert one(extract(body), cue).content == content


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ('"That is the end of the matter," the coach said.', "That is the end of the matter"),
        ("That meant higher fares for commuters, Lotte Brink said.", "That meant higher fares for commuters"),
        ("He said that that was settled.", "that was settled"),
    ],
)
def test_a_capital_that_opening_a_content_is_its_subject(body: str, content: str):
    assert one(extract(body), "said").content == content


@pytest.mark.parametrize(
    "body",
    [
        "Fares will rise by ten pct next year, she told the annual meeting of commuters.",
        "Fares will rise by ten pct next year, she told the Northern Rail Users Association conference.",
    ],
)
def test_told_with_only_its_addressee_after_takes_the_clause_before(body: str):
    s = one(extract(body), "told")
    assert (s.speaker, s.content) == ("she", "Fares will rise by ten pct next year")


def test_after_a_quoted_question_the_answer_is_the_content():
    s = one(extract('Asked if "the merger was dead," the chairman said, "Not at all."'), "said")
    assert (s.content, s.quote_type) == ("Not at all.", "direct")
    t = one(extract('Asked about the "new toll plan," Ines Vidal said: "It is finished."'), "said")
    assert t.content == "It is finished."


def test_a_refusal_after_but_does_not_carry_on_the_content():
    s = one(extract("Olaf Dahl said rents would rise in the north. But he did not give figures."), "said")
    assert s.content == "rents would rise in the north"
    t = one(extract("Olaf Dahl said rents would rise. But the city would build more homes."), "said")
    assert t.content == "rents would rise. But the city would build more homes"


def test_a_contrast_clause_with_its_own_cue_ends_the_content():
    found = extract(
        "Dealers continued to speculate that the mint will sell gold, while mint officials said "
        "there was no truth to the reports."
    )
    assert one(found, "speculate").content == "the mint will sell gold"
    s = one(found, "said")
    assert (s.speaker, s.stance, s.via) == ("mint officials", "deny", ())


def test_a_relative_clause_before_a_trailing_source_is_no_role():
    s = one(
        extract(
            "Fuel subsidies were a condition of loans for energy and other sectors which have been "
            "under review for months, western bankers said."
        ),
        "said",
    )
    assert (s.speaker, s.speaker_role) == ("western bankers", None)
    assert s.content.endswith("under review for months")


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "He told the paper the rumour that he would quit was nonsense.",
            "the rumour that he would quit was nonsense",
        ),
        ("In Paris, she told the farmers the prices would fall.", "the prices would fall"),
        ("She told a meeting of the board the plan was sound.", "the plan was sound"),
    ],
)
def test_an_addressee_ends_where_a_second_noun_phrase_opens_the_clause(body: str, content: str):
    assert one(extract(body), "told").content == content


def test_a_report_between_told_and_that_opens_the_content():
    found = extract(
        "Rolf Dahl told Reuters a report earlier this week that the mill had asked for state help "
        "was incorrect."
    )
    told, report = one(found, "told"), one(found, "report")
    assert told.content.startswith("a report earlier this week that the mill")
    assert (told.stance, told.target) == ("deny", "a report")
    assert (report.speaker_kind, report.content, report.via) == (
        "document",
        "the mill had asked for state help",
        (),
    )


def test_a_result_participle_after_a_reported_clause_is_the_reporter_s():
    s = one(extract("The brewer said sales rose 5 pct, sending its shares to a record."), "said")
    assert s.content == "sales rose 5 pct"
    t = one(extract("The suits allege the firm hid losses, violating disclosure rules."), "allege")
    assert t.content == "the firm hid losses, violating disclosure rules"
    u = one(extract('"Sales rose, lifting our shares," she said.'), "said")
    assert u.content == "Sales rose, lifting our shares"


def test_a_cue_inside_a_dash_aside_ends_its_content_at_the_closing_dash():
    found = extract("The toll -- which drivers say is too high -- will rise again, the mayor said.")
    assert one(found, "say").content == "is too high"
    assert one(found, "said").content == "The toll -- which drivers say is too high -- will rise again"


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "last"),
    [
        ('"We will not leave," the minister said, "until the talks end."', "said", "minister", "talks end."),
        (
            '"The harvest is late," Jana Kowal told reporters, "but it is good."',
            "told",
            "Jana Kowal",
            "good.",
        ),
        (
            '"Prices will fall," said Omar Litt, an analyst at Brine, "as supply grows."',
            "said",
            "Omar Litt",
            "grows.",
        ),
    ],
)
def test_a_quotation_split_by_its_attribution_is_one_direct_content(
    body: str, cue: str, speaker: str, last: str
):
    s = one(extract(body), cue)
    assert s.content == body[1 : body.index(last) + len(last)]
    assert (s.speaker, s.quote_type) == (speaker, "direct")


def test_a_resumed_quotation_with_a_cue_of_its_own_stays_apart():
    found = extract('"There is no plan," the aide told Reuters, adding, "it would be a fight we cannot win."')
    assert one(found, "told").content == "There is no plan"
    assert one(found, "adding").content == "it would be a fight we cannot win."


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        (
            "The new port - officials said on Monday - will open next spring.",
            "officials",
            "will open next spring",
        ),
        (
            "The merger -- the firm said in a statement -- would create a giant.",
            "firm",
            "would create a giant",
        ),
        (
            "The strike — union leaders said — would spread to other plants.",
            "union leaders",
            "would spread to other plants",
        ),
        ("The port will open in May - officials said.", "officials", "The port will open in May"),
    ],
)
def test_an_attribution_between_dashes_or_after_one(body: str, speaker: str, content: str):
    s = one(extract(body), "said")
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("The board said profits rose eight pct, which pleased investors.", "profits rose eight pct"),
        (
            "The mayor said the bridge would reopen in May, which surprised residents.",
            "the bridge would reopen in May",
        ),
        ("The central bank said it would cut rates, which sent the currency lower.", "it would cut rates"),
        (
            "The minister said the tax, which hurt farmers, would be scrapped.",
            "the tax, which hurt farmers, would be scrapped",
        ),
        (
            "The firm said it would buy Dorn Mills, which makes valves.",
            "it would buy Dorn Mills, which makes valves",
        ),
    ],
)
def test_a_sentential_relative_of_effect_is_the_reporters_note(body: str, content: str):
    assert one(extract(body), "said").content == content


@pytest.mark.parametrize(
    ("body", "speaker", "content", "via"),
    [
        ('"They told us the plant was safe," a resident said.', "They", "the plant was safe", ("resident",)),
        (
            '"The inspectors told me it would reopen," the owner said.',
            "inspectors",
            "it would reopen",
            ("owner",),
        ),
    ],
)
def test_told_with_an_object_pronoun_inside_a_quotation_reports(
    body: str, speaker: str, content: str, via: tuple
):
    s = one(extract(body), "told")
    assert (s.speaker, s.content, s.via) == (speaker, content, via)


@pytest.mark.parametrize(
    "body",
    ['"I told them the plan was bad," Rita Lund said.', '"They told us to leave," a resident said.'],
)
def test_told_by_the_quoted_speaker_or_with_an_infinitive_reports_nothing_new(body: str):
    assert [s.cue for s in extract(body)] == ["said"]


def test_a_reduced_relative_on_an_apposed_noun_is_the_reporter_s_aside():
    found = extract(
        "Officials expect the project to cost 2 billion dollars, a figure critics say is too low."
    )
    assert [(s.cue, s.speaker, s.content, s.via) for s in found] == [
        ("expect", "Officials", "the project to cost 2 billion dollars", ()),
        ("say", "critics", "is too low", ()),
    ]


def test_the_subject_of_a_reduced_relative_is_the_words_after_its_noun():
    s = one(extract("The plan includes a tax analysts say will hurt renters."), "say")
    assert (s.speaker, s.content) == ("analysts", "will hurt renters")
    assert one(extract("The union leader said wages were too low."), "said").speaker == "union leader"


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ('"We have heard promises before," said Jon Pell, 61, whose basement was flooded.', None),
        ('"It is late," said Ana Voss, 40.', None),
        ('"It is late," said Ana Voss, a farmer near Lyon, who grows maize.', "a farmer near Lyon"),
    ],
)
def test_an_inverted_speaker_s_role_stops_at_a_relative_and_an_age_is_none(body: str, role: str | None):
    s = one(extract(body), "said")
    assert (s.speaker, s.speaker_role) == ("Jon Pell" if "Pell" in body else "Ana Voss", role)


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "Skyward Air denied that it had cut corners, a day after one of its jets landed.",
            "denied",
            "it had cut corners",
        ),
        ("The board said profits fell, two weeks after it sold its bus unit.", "said", "profits fell"),
        (
            "The union said the strike would go ahead, hours before talks resumed.",
            "said",
            "the strike would go ahead",
        ),
    ],
)
def test_a_time_relative_tail_is_the_reporter_s_and_ends_the_content(body: str, cue: str, content: str):
    assert one(extract(body), cue).content == content


def test_an_airline_named_with_air_is_a_body():
    s = one(extract("Skyward Air said all checks had been carried out."), "said")
    assert (s.speaker, s.speaker_kind) == ("Skyward Air", "organization")


def test_a_semicolon_before_a_second_source_ends_the_first_content():
    found = extract(
        "Economists were divided. One said a cut in March was likely; another said the bank would wait."
    )
    assert [(s.speaker, s.content) for s in found] == [
        ("One", "a cut in March was likely"),
        ("another", "the bank would wait"),
    ]


def test_both_after_a_pair_of_speakers_is_no_part_of_their_names():
    s = one(extract("Pieter Maes and Sara Lind both expect three cuts next year."), "expect")
    assert s.speaker == "Pieter Maes and Sara Lind"
