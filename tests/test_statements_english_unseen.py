"""Constructions of wire and newspaper English met on unseen news, each with sentences written for
these tests (no text of any corpus or gold set)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rawi.pipeline import process_document
from rawi.records import Document, Extraction
from test_statements_english import extract, one


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "via"),
    [
        (
            "The central bank will hold rates steady, the Evening Star reported, citing three people "
            "with knowledge of the discussions.",
            "reported",
            "three people with knowledge of the discussions",
            ("Evening Star",),
        ),
        (
            "The rebels have seized the airport, state television said on Sunday, quoting an army officer.",
            "said",
            "army officer",
            ("state television",),
        ),
        (
            "The minister will resign, local media reported, citing sources in his party.",
            "reported",
            "sources in his party",
            ("local media",),
        ),
        (
            "The deal is worth two billion dollars, the Morning Tribune reported on Monday, citing people "
            "familiar with the matter.",
            "reported",
            "people familiar with the matter",
            ("Morning Tribune",),
        ),
    ],
)
def test_a_citing_phrase_after_an_inverted_attribution_names_who_spoke(
    body: str, cue: str, speaker: str, via: tuple[str, ...]
):
    s = one(extract(body), cue)
    assert (s.speaker, s.via, s.speaker_kind) == (speaker, via, "anonymous")
    assert s.content == body.split(",")[0]


def test_a_citing_phrase_with_a_reason_keeps_the_outlet_as_speaker():
    s = one(extract("Flights will be cancelled, the Daily Ledger reported, citing bad weather."), "reported")
    assert (s.speaker, s.via) == ("Daily Ledger", ())


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "Fuel prices rose sharply, dealers said, because of the drought in the south.",
            "said",
            "Fuel prices rose sharply",
        ),
        (
            "The smelter will close in May, the owners said on Friday, as demand for aluminium declines.",
            "said",
            "The smelter will close in May",
        ),
        (
            "Retail sales rose 0.6 percent, the bureau said, above forecasts of 0.2 percent.",
            "said",
            "Retail sales rose 0.6 percent",
        ),
        ("Coal output fell, the agency said, with two mines closed by floods.", "said", "Coal output fell"),
        (
            "Ticket sales doubled in June, organisers told reporters, despite the heavy rain.",
            "told",
            "Ticket sales doubled in June",
        ),
    ],
)
def test_an_adverbial_after_a_parenthetical_attribution_leaves_the_clause_before_as_content(
    body: str, cue: str, content: str
):
    assert one(extract(body), cue).content == content


def test_a_predicate_after_a_parenthetical_attribution_is_still_what_was_said():
    s = one(extract("The harbour, the mayor said, is now safe for small boats."), "said")
    assert "is now safe for small boats" in s.content


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The parade drew twice as many visitors as last year, organisers said.", "organisers"),
        ("The strike will go ahead on Monday, the labour union said.", "labour union"),
        ("A water main burst overnight, neighbours told the local radio station.", "neighbours"),
    ],
)
def test_source_nouns_are_known_in_british_and_american_spelling(body: str, speaker: str):
    s = next(s for s in extract(body) if s.cue in {"said", "told"})
    assert (s.speaker, s.content) == (speaker, body.split(",")[0])


@pytest.mark.parametrize(
    ("body", "via"),
    [
        ("The envoy told Al Jazeera that the ceasefire talks had stalled.", ("Al Jazeera",)),
        ("A senior commander told Al Arabiya television the offensive would last weeks.", ("Al Arabiya",)),
        ("The mayor told Kestrel television on Monday that the bridge was safe.", ("Kestrel",)),
        ("The mayor told state television on Monday that the bridge was safe.", ("state television",)),
    ],
)
def test_told_a_broadcaster_by_name_puts_it_in_via(body: str, via: tuple[str, ...]):
    assert one(extract(body), "told").via == via


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The general told parliament the navy expected heavy losses.", "navy"),
        ("The governor told reporters the council warned that a second flood was coming.", "council"),
    ],
)
def test_whom_a_speaker_told_is_not_the_subject_of_a_cue_in_what_was_told(body: str, speaker: str):
    inner = next(s for s in extract(body) if s.cue != "told")
    assert inner.speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        "The veteran striker said goodbye to the fans after his last match.",
        "The bishop said a prayer for the miners and their families.",
        "The audit says nothing about the cost of the new runway.",
        "The statement said little on the cause of the blaze.",
    ],
)
def test_a_greeting_prayer_or_nothing_said_is_no_statement(body: str):
    assert extract(body) == []


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("The minister said nothing had changed since the vote.", "nothing had changed since the vote"),
        ("Police said little was known about the gunman.", "little was known about the gunman"),
    ],
)
def test_nothing_or_little_as_the_subject_of_what_was_said_still_reports(body: str, content: str):
    assert one(extract(body), "said").content == content


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        ("'We will not surrender,' rebel commander vows", "rebel commander", "We will not surrender"),
        ('"The port stays open," harbour chief insists', "harbour chief", "The port stays open"),
    ],
)
def test_a_headline_quote_with_its_comma_inside_the_marks_then_the_source(
    headline: str, speaker: str, content: str
):
    found = [s for s in extract("Talks went on all night.", headline=headline) if s.in_headline]
    assert [(s.speaker, s.content) for s in found] == [(speaker, content)]


@pytest.mark.parametrize(
    ("headline", "second"),
    [
        ("Union says strike will go on; employers reject pay claim", ("employers", "deny")),
        ("Mayor says bridge is safe; engineers warn of cracks", ("engineers", "assert")),
    ],
)
def test_a_headline_split_at_a_semicolon_gives_the_second_source_its_own_statement(
    headline: str, second: tuple[str, str]
):
    found = [s for s in extract("Talks went on all night.", headline=headline) if s.in_headline]
    assert len(found) == 2
    assert (found[1].speaker.lower(), found[1].stance) == second


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        (
            "The scheme was welcomed by fishermen, who said it would protect the spawning grounds.",
            "said",
            "fishermen",
        ),
        (
            "The law was opposed by two charities, which argued that it punished the poor.",
            "argued",
            "two charities",
        ),
        (
            "The vote followed what opposition lawmakers described as a campaign of intimidation.",
            "described",
            "opposition lawmakers",
        ),
    ],
)
def test_a_passive_agent_or_free_relative_before_a_cue_gives_the_bare_source(
    body: str, cue: str, speaker: str
):
    assert one(extract(body), cue).speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Police said the driver had allegedly run two red lights.",
        "The union said the managers had supposedly agreed to the terms.",
        "Residents said the fire was presumably started by a faulty heater.",
    ],
)
def test_evidential_adverbs_hedge_the_content(body: str):
    assert one(extract(body), "said").hedged is True


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "The health agency warned residents to boil their tap water.",
            "warned",
            "residents to boil their tap water",
        ),
        (
            "Police told drivers on the ring road to avoid the area until Friday.",
            "told",
            "drivers on the ring road to avoid the area until Friday",
        ),
        (
            "The captain reminded his crew to check the lifeboats.",
            "reminded",
            "his crew to check the lifeboats",
        ),
    ],
)
def test_an_addressee_and_a_to_infinitive_is_what_was_told(body: str, cue: str, content: str):
    assert one(extract(body), cue).content == content


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("The secretary told the story to journalists.", None),
        ("Okafor told a news conference Lagos had to cut its spending.", "Lagos had to cut its spending"),
        (
            "The envoy told Reuters he had no mandate to sign the accord.",
            "he had no mandate to sign the accord",
        ),
        ("The firm told investors it expected sales to rise.", "it expected sales to rise"),
    ],
)
def test_a_to_phrase_or_a_clause_after_told_is_no_order(body: str, content: str | None):
    found = [s.content for s in extract(body) if s.cue == "told"]
    assert found == ([content] if content else [])


@pytest.mark.parametrize(
    ("body", "content", "via"),
    [
        (
            "The interior ministry said in a statement carried by the official news agency that the border "
            "was closed.",
            "the border was closed",
            ("official news agency",),
        ),
        (
            "The navy said in a notice published on its website on Friday that two ships had collided.",
            "two ships had collided",
            (),
        ),
    ],
)
def test_a_carrier_after_the_occasion_is_no_part_of_the_content(
    body: str, content: str, via: tuple[str, ...]
):
    s = one(extract(body), "said")
    assert (s.content, s.via) == (content, via)


@pytest.mark.parametrize(
    ("body", "via"),
    [
        ("Two bankers told the Courier the merger talks had collapsed.", ("Courier",)),
        ("The coach told the Sentinel that he would stay.", ("Sentinel",)),
        ("The clerk told the Post Office staff that the counter would close.", ()),
    ],
)
def test_told_the_paper_by_its_masthead_word_puts_it_in_via(body: str, via: tuple[str, ...]):
    assert one(extract(body), "told").via == via


@pytest.mark.parametrize(
    ("body", "cue", "stance"),
    [
        ("The minister reaffirmed that the garrison would leave by June.", "reaffirmed", "assert"),
        ("The governor repeated at a rally in the north that fares would fall.", "repeated", "assert"),
        ("The cashier confessed that she had taken the money.", "confessed", "confirm"),
        ("The auditors verified that the payments had been made.", "verified", "confirm"),
        ("The archbishop denounced the attacks on refugees.", "denounced", "assert"),
        ("The embassy advised travellers to avoid the border region.", "advised", "assert"),
        ('Asked about the delay, she joked that the ferry was "on holiday".', "joked", "assert"),
    ],
)
def test_more_reporting_verbs(body: str, cue: str, stance: str):
    assert one(extract(body), cue).stance == stance


@pytest.mark.parametrize(
    "headline", ["Court affirms conviction of former mayor", "Lawmakers protest new fuel tax"]
)
def test_verbs_that_report_only_with_a_complement_make_no_headline_statement(headline: str):
    assert [s for s in extract("Crowds gathered outside.", headline=headline) if s.in_headline] == []


@pytest.mark.parametrize(
    "body", ["The drill was repeated every year.", "Farmers protested outside the parliament."]
)
def test_such_verbs_without_a_complement_report_nothing(body: str):
    assert extract(body) == []


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("The ministry acknowledged for the first time that the trials had failed.", "the trials had failed"),
        ("The club said over the weekend that the stadium would be sold.", "the stadium would be sold"),
        ("The president said once again that he would not stand down.", "he would not stand down"),
    ],
)
def test_an_adverbial_phrase_between_cue_and_that_is_no_part_of_the_content(body: str, content: str):
    assert extract(body)[0].content == content


def test_a_paper_named_by_a_masthead_word_is_the_newspaper_spoken_of_later():
    found = extract(
        "The Evening Ledger reported on Monday that the smelter would close.\n"
        "    The newspaper said 300 jobs would go. The paper added that a rescue bid had failed."
    )
    assert [s.speaker for s in found] == ["Evening Ledger"] * 3


@pytest.mark.parametrize(
    "body",
    [
        '"It is a sensible deal," said Maja Holm at Fjord Securities.',
        "Maja Holm at Fjord Securities said the deal was sensible.",
    ],
)
def test_a_name_with_at_and_an_employer_is_the_person(body: str):
    s = one(extract(body), "said")
    assert (s.speaker, s.speaker_kind) == ("Maja Holm", "person")


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        (
            "Critics say the rule is too vague, while supporters argue it shields children.",
            ("Critics", "the rule is too vague"),
            ("supporters", "it shields children"),
        ),
        (
            "Landlords say rents must rise, whereas tenants say they cannot pay more.",
            ("Landlords", "rents must rise"),
            ("tenants", "they cannot pay more"),
        ),
        (
            "The unions say wages are too low, but employers insist the economy cannot afford rises.",
            ("unions", "wages are too low"),
            ("employers", "the economy cannot afford rises"),
        ),
    ],
)
def test_two_sides_in_one_sentence_each_say_their_own_clause(
    body: str, first: tuple[str, str], second: tuple[str, str]
):
    found = [(s.speaker, s.content, s.via) for s in extract(body)]
    assert found == [(*first, ()), (*second, ())]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Tenants said the heating had been off for a week.", "Tenants"),
        ("The repairs are overdue, residents told the council.", "residents"),
        ("Migrants said they had walked for three days.", "Migrants"),
    ],
)
def test_people_named_by_what_they_are_are_anonymous_sources(body: str, speaker: str):
    s = extract(body)[0]
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        (
            "U.N. Secretary-General Tomas Ruiz said the shelling was abhorrent.",
            "Tomas Ruiz",
            "U.N. Secretary-General",
        ),
        ("Director-General Mei Tan said the rules would change.", "Mei Tan", "Director-General"),
        ("Editor-in-Chief Sven Olde said the paper would appeal.", "Sven Olde", "Editor-in-Chief"),
    ],
)
def test_a_compound_title_before_a_name_is_the_role(body: str, speaker: str, role: str):
    s = extract(body)[0]
    assert (s.speaker, s.speaker_role, s.speaker_kind) == (speaker, role, "person")


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        ("A report by the inspectors found that the wards had been understaffed.", "found", "inspectors"),
        ("A study by the institute showed that the lake was shrinking.", "showed", "institute"),
    ],
)
def test_a_report_noun_that_is_the_subject_of_a_cue_is_no_claim_of_its_own(body: str, cue: str, speaker: str):
    found = extract(body)
    assert [(s.cue, s.speaker) for s in found] == [(cue, speaker)]


@pytest.mark.parametrize(
    ("body", "speaker", "via", "content"),
    [
        (
            "According to the Clarion, which cited a leaked memo, the carrier will drop 40 routes.",
            "leaked memo",
            ("Clarion",),
            "the carrier will drop 40 routes",
        ),
        (
            "According to Vera Lund, who chairs the inquiry, the findings will be published in May.",
            "Vera Lund",
            (),
            "the findings will be published in May",
        ),
    ],
)
def test_a_relative_clause_on_an_according_to_source_is_no_part_of_the_content(
    body: str, speaker: str, via: tuple[str, ...], content: str
):
    s = one(extract(body), "According to")
    assert (s.speaker, s.via, s.content) == (speaker, via, content)


@pytest.mark.parametrize(
    ("body", "via"),
    [
        ("The colonel, quoted by state media, said the garrison would withdraw.", ("state media",)),
        (
            '"We will hold the line," the commander was quoted as saying by the official news agency.',
            ("official news agency",),
        ),
        ('"We will hold the line," the commander was quoted as saying.', ()),
    ],
)
def test_who_quoted_the_speaker_is_in_via(body: str, via: tuple[str, ...]):
    assert extract(body)[0].via == via


@pytest.mark.parametrize(
    ("headline", "body", "speaker"),
    [
        (
            "Minister denies quitting over pension row",
            "A spokesman for the prime minister said the cabinet was united.\n"
            "    Labour Minister Ida Berg denied a report that she had resigned.",
            "Ida Berg",
        ),
        (
            "Spokesman denies rift in cabinet",
            "A spokesman for the ministry denied reports of a rift.",
            "spokesman for the ministry",
        ),
    ],
)
def test_a_headline_description_matches_the_head_of_a_body_source_not_its_modifier(
    headline: str, body: str, speaker: str
):
    found = [s for s in extract(body, headline=headline) if s.in_headline]
    assert [s.speaker for s in found] == [speaker]


@pytest.mark.parametrize(
    "headline",
    [
        "Analysis: Why the central bank will hold",
        "Q&A: What the new toll means for drivers",
        "Watch: Mayor walks out",
    ],
)
def test_a_genre_label_before_a_headline_colon_is_no_source(headline: str):
    assert [s for s in extract("Crowds gathered outside.", headline=headline) if s.in_headline] == []


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Growers fear more frost, officials urge calm",
            [("Growers", "more frost"), ("officials", "calm")],
        ),
        (
            "Mayor says fares will stay, unions vow protests",
            [("Mayor", "fares will stay"), ("unions", "protests")],
        ),
    ],
)
def test_a_headline_comma_before_a_second_source_and_cue_gives_two_statements(
    headline: str, expected: list[tuple[str, str]]
):
    found = [
        (s.speaker, s.content, s.via) for s in extract("Crowds gathered.", headline=headline) if s.in_headline
    ]
    assert found == [(*pair, ()) for pair in expected]


@pytest.mark.parametrize(
    ("body", "stance"),
    [
        ('"The audit is riddled with errors," the council said.', "deny"),
        ('"I never said the mine would close," Ruiz told reporters.', "deny"),
        ('The club said the interview was "completely made up".', "deny"),
        ("The ministry said the charges were concocted by its rivals.", "deny"),
        ("The spokesman said the panel was made up of seven judges.", "assert"),
    ],
)
def test_more_denials_without_a_denial_verb(body: str, stance: str):
    assert extract(body)[0].stance == stance


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        ("Opposition leader Karim Said accused the government of fraud.", "accused", "Karim Said"),
        ("Nabil Said told reporters the deal was dead.", "told", "Nabil Said"),
    ],
)
def test_said_as_a_surname_is_no_cue(body: str, cue: str, speaker: str):
    s = one(extract(body), cue)
    assert s.speaker == speaker


def test_he_after_two_speakers_goes_to_the_man():
    found = extract(
        "Opposition leader Karim Said accused the government of fraud. Prime Minister Leila Holt "
        "rejected the charge. He said he would go to court."
    )
    assert found[-1].speaker == "Karim Said"


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Finance Minister Says Taxes Will Not Rise", "The minister said taxes would not rise this year."),
        ("Health Chief Warns Of Winter Surge", "The health chief said hospitals were preparing for a surge."),
    ],
)
def test_a_title_case_headline_is_no_name_for_a_description_in_the_body(headline: str, body: str):
    found = [s for s in extract(body, headline=headline) if not s.in_headline]
    assert found[0].speaker in {"minister", "health chief"}


def test_an_age_before_a_relative_clause_is_no_source():
    s = one(extract("Mrs. Okoye, 61, who runs a pharmacy on the square, said sales had halved."), "said")
    assert s.speaker == "Okoye"


def test_a_dash_aside_between_cue_and_that_is_no_part_of_the_content():
    s = one(
        extract("The army said — without giving evidence — that the raid had been planned abroad."), "said"
    )
    assert s.content == "the raid had been planned abroad"


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        ("Navy Will Defend Shipping Lanes, Admiral Says", "Admiral", "Navy Will Defend Shipping Lanes"),
        ("Union Will Fight Closures, Leader Vows", "Leader", "Union Will Fight Closures"),
        ("Bank Chief Warns of 'Hard Winter' Ahead", "Bank Chief", "'Hard Winter' Ahead"),
    ],
)
def test_title_case_headline_attributions(headline: str, speaker: str, content: str):
    found = [(s.speaker, s.content) for s in extract("Crowds gathered.", headline=headline) if s.in_headline]
    assert found == [(speaker, content)]


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        ("Gov. Rita Salas said the state would sue.", "Rita Salas", "Gov."),
        ("Lt. Col. Ann Ruiz said the base would close.", "Ann Ruiz", "Lt. Col."),
        (
            "Utility company Coastal Power said its lines may have sparked the fire.",
            "Coastal Power",
            "Utility company",
        ),
    ],
)
def test_abbreviated_titles_and_a_business_noun_before_a_body_name_are_roles(
    body: str, speaker: str, role: str
):
    s = extract(body)[0]
    assert (s.speaker, s.speaker_role) == (speaker, role)


@pytest.mark.parametrize("cue", ["warn", "cautioned", "told reporters"])
def test_a_parenthetical_addressee_cue_keeps_the_predicate_after_it(cue: str):
    body = f"The merger, analysts {cue}, could reshape the industry."
    s = extract(body)[0]
    assert s.content == "could reshape the industry"


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        (
            "The council's announcement that libraries would close angered readers.",
            "announcement",
            "council",
            "libraries would close",
        ),
        (
            "The inquiry's findings that the flood was avoidable shocked families.",
            "findings",
            "inquiry",
            "the flood was avoidable",
        ),
        (
            "The federation issued a statement that the match had been postponed.",
            "statement",
            "federation",
            "the match had been postponed",
        ),
    ],
)
def test_more_claim_nouns_and_their_issuer(body: str, cue: str, speaker: str, content: str):
    s = one(extract(body), cue)
    assert (s.speaker, s.content) == (speaker, content)


def test_said_in_a_statement_that_is_one_statement():
    found = extract("The ministry said in a statement that the border was closed.")
    assert [(s.cue, s.content) for s in found] == [("said", "the border was closed")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The ambassador arrived in Oslo on Monday. He said the talks would be hard.", "ambassador"),
        ("The bank's chief executive toured the plant. She said no jobs would go.", "bank's chief executive"),
        ("The queen visited the flooded town. He said the damage was severe.", "He"),
    ],
)
def test_a_pronoun_after_a_sentence_about_a_titled_person_is_that_person(body: str, speaker: str):
    assert extract(body)[0].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker", "kind"),
    [
        (
            "The chipmaker's shares fell 6 percent after it warned that orders were slowing.",
            "chipmaker",
            "organization",
        ),
        ("Shares of the drugmaker jumped after it said a trial had succeeded.", "drugmaker", "organization"),
        ("Shares in Halden Bank rose after it said bad loans had fallen.", "Halden Bank", "organization"),
    ],
)
def test_it_after_the_shares_of_a_company_is_the_company(body: str, speaker: str, kind: str):
    s = extract(body)[0]
    assert (s.speaker, s.speaker_kind) == (speaker, kind)


def test_a_lawmaker_is_a_person_and_a_carmaker_a_company():
    found = extract("The carmaker said prices would rise. The lawmaker said the tax was unfair.")
    assert [s.speaker_kind for s in found] == ["organization", "anonymous"]


def test_told_a_programme_with_a_quoted_title_before_that():
    s = one(
        extract('Senator Ida Lunde told Nordvik\u2019s "Morning Hour" on Sunday that the bill would pass.'),
        "told",
    )
    assert s.content == "the bill would pass"


def test_a_participle_after_a_document_noun_is_no_cue():
    found = extract("The president said in a video posted on social media that the troops would return.")
    assert [(s.cue, s.content) for s in found] == [("said", "the troops would return")]


def test_an_interview_outlet_ends_before_its_participle():
    body = (
        "In an interview with the Harbour Times published on Sunday, the chairman said the bank would grow."
    )
    assert one(extract(body), "said").via == ("Harbour Times",)


def test_a_document_noun_with_an_active_cue_still_reports():
    found = extract("Holm said his survey indicated that rents had peaked.")
    assert ("indicated", "rents had peaked") in [(s.cue, s.content) for s in found]


def test_a_participle_cue_drops_its_topic_preposition():
    body = 'The head of the union, Rui Duarte, said workers would strike, warning of "a long hard winter".'
    assert one(extract(body), "warning").content == "a long hard winter"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"The numbers do not add up," wrote economist Lena Varga in a blog post.', "Lena Varga"),
        ('"The season is over," said coach Ivo Ruud after the match.', "Ivo Ruud"),
        ('"We will appeal," said Tomas Brek on Monday.', "Tomas Brek"),
    ],
)
def test_an_occasion_after_an_inverted_speaker_is_no_part_of_the_name(body: str, speaker: str):
    assert extract(body)[0].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        (
            "The mill will close in June, as first reported by the Evening Ledger.",
            "Evening Ledger",
            "The mill will close in June",
        ),
        (
            "As reported by the Clarion last week, the mayor is under investigation.",
            "Clarion",
            "the mayor is under investigation",
        ),
        (
            "As the Clarion reported last week, the mayor is under investigation.",
            "Clarion",
            "the mayor is under investigation",
        ),
        ("As the minister said on Monday, the depot will close.", "minister", "the depot will close"),
    ],
)
def test_an_as_clause_attributes_the_rest_of_the_sentence(body: str, speaker: str, content: str):
    found = [(s.speaker, s.content) for s in extract(body)]
    assert found == [(speaker, content)]


def test_as_expected_is_no_attribution():
    assert extract("As expected, the bank raised rates.") == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A person briefed on the talks said a deal was close.", "person briefed on the talks"),
        (
            "People informed about the plan said it would be unveiled on Friday.",
            "People informed about the plan",
        ),
        (
            "A source involved in the negotiations said the deal was off.",
            "source involved in the negotiations",
        ),
    ],
)
def test_a_participle_on_an_anonymous_source_is_part_of_its_description(body: str, speaker: str):
    found = extract(body)
    assert [(s.speaker, s.speaker_kind) for s in found] == [(speaker, "anonymous")]


@pytest.mark.parametrize(
    ("body", "stance", "target"),
    [
        ("The ministry said the report was accurate.", "confirm", "the report"),
        ("A spokesman said the newspaper's account was correct.", "confirm", "the newspaper's account"),
        ('"The story is true," the agent said.', "confirm", "The story"),
        ("The ministry said the report was not accurate.", "deny", "the report"),
        ("The ministry said the report would be published next week.", "assert", None),
    ],
)
def test_a_report_declared_true_is_a_confirmation(body: str, stance: str, target: str | None):
    s = extract(body)[0]
    assert (s.stance, s.target) == (stance, target)


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        ("Border war: Army says it retook key bridge", "Army", "it retook key bridge"),
        ("'We will not back down' – union leader", "union leader", "'We will not back down'"),
        (
            "EXCLUSIVE: Carmaker weighs sale of truck unit, sources say",
            "sources",
            "Carmaker weighs sale of truck unit",
        ),
    ],
)
def test_headline_topic_labels_and_an_en_dash_attribution(headline: str, speaker: str, content: str):
    found = [(s.speaker, s.content) for s in extract("Crowds gathered.", headline=headline) if s.in_headline]
    assert found == [(speaker, content)]


def test_an_en_dash_inside_a_headline_word_is_no_attribution():
    assert [
        s for s in extract("Crowds gathered.", headline="Euro–dollar rate falls to new low") if s.in_headline
    ] == []


@pytest.mark.parametrize(
    ("body", "speaker", "role", "content"),
    [
        (
            "The harbour must be dredged before winter, in the words of port director Ines Kohl.",
            "Ines Kohl",
            "port director",
            "The harbour must be dredged before winter",
        ),
        (
            "In the words of the team's manager, Sven Aaberg, the season was a disaster.",
            "Sven Aaberg",
            "the team's manager",
            "the season was a disaster",
        ),
        (
            'In the words of one diplomat, the summit was "a dialogue of the deaf."',
            "one diplomat",
            None,
            'the summit was "a dialogue of the deaf."',
        ),
        (
            'The new law is, in the words of a senior judge, "a gift to fraudsters."',
            "senior judge",
            None,
            "a gift to fraudsters.",
        ),
        (
            "According to the club's treasurer, Mona Eide, the debts have been paid.",
            "Mona Eide",
            "the club's treasurer",
            "the debts have been paid",
        ),
    ],
)
def test_in_the_words_of_attributes_like_according_to(
    body: str, speaker: str, role: str | None, content: str
):
    (s,) = extract(body)
    assert (s.speaker, s.speaker_role, s.content) == (speaker, role, content)
    assert s.cue.lower() in {"in the words of", "according to"}


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        (
            "Critics pointed to what Finance Minister Laura Brandt called an unavoidable sacrifice.",
            "called",
            "Laura Brandt",
            "an unavoidable sacrifice",
        ),
        (
            "Fans protested against what the club described as a necessary rebuilding year.",
            "described",
            "club",
            "a necessary rebuilding year",
        ),
        (
            "Shares fell after what analysts termed a disappointing set of results.",
            "termed",
            "analysts",
            "a disappointing set of results",
        ),
    ],
)
def test_what_a_source_called_something_is_its_label(body: str, cue: str, speaker: str, content: str):
    s = one(extract(body), cue)
    assert (s.speaker, s.content) == (speaker, content)


def test_calling_a_meeting_labels_nothing():
    assert extract("The minister called the meeting for Tuesday.") == []


@pytest.mark.parametrize(
    ("body", "content", "target"),
    [
        (
            "Local papers reported that the mayor had taken money from a builder. The mayor denied this.",
            "this",
            "the mayor had taken money from a builder",
        ),
        (
            "Some lawmakers say the agency spied on journalists. Its director denied it on Tuesday.",
            "it",
            "the agency spied on journalists",
        ),
        (
            "Rumours spread that the striker would join a rival club. His agent flatly denied it.",
            "it",
            "Rumours spread that the striker would join a rival club",
        ),
        (
            "The paper said the minister had met the arms dealer, but the minister denied it in a statement.",
            "it",
            "the minister had met the arms dealer",
        ),
    ],
)
def test_a_denied_pronoun_stands_for_the_claim_before_it(body: str, content: str, target: str):
    s = one(extract(body), "denied")
    assert (s.stance, s.content, s.target) == ("deny", content, target)


def test_a_denial_with_a_clause_keeps_its_clause():
    s = one(extract("The firm denied it had broken the law on Tuesday."), "denied")
    assert (s.content, s.target) == ("it had broken the law on Tuesday", "it had broken the law on Tuesday")


@pytest.mark.parametrize(
    ("body", "speaker", "kind"),
    [
        (
            "The Health Ministry and the Red Cross visited the camp. They said conditions had improved.",
            "Health Ministry and the Red Cross",
            "organization",
        ),
        (
            "Lena Ortiz and Paul Grant toured the flooded district. They said hundreds of homes were lost.",
            "Lena Ortiz and Paul Grant",
            "person",
        ),
        (
            "The World Bank and the IMF sent a mission to the capital. They said the economy would shrink.",
            "World Bank and the IMF",
            "organization",
        ),
        ("Farmers blocked the road for three hours. They said prices were too low.", "Farmers", "anonymous"),
    ],
)
def test_they_after_a_sentence_without_a_statement_is_its_joint_subject(body: str, speaker: str, kind: str):
    s = one(extract(body), "said")
    assert (s.speaker, s.speaker_kind) == (speaker, kind)


def test_they_after_a_statement_keeps_its_speaker():
    found = extract("The union said talks had failed. They said a strike was likely.")
    assert [s.speaker for s in found] == ["union", "union"]


@pytest.mark.parametrize(
    "headline",
    [
        "Governor declares emergency after floods",
        "Province declares state of emergency in mining region",
        "Mayor declares curfew in capital",
    ],
)
def test_a_headline_declaring_an_emergency_reports_nothing(headline: str):
    assert [s for s in extract("Troops were sent to the area.", headline=headline) if s.in_headline] == []


def test_declared_with_that_still_reports_in_the_body():
    s = one(extract("The president declared that the war was over."), "declared")
    assert s.content == "the war was over"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"We will not raise taxes," he said, "but we will cut spending."', "he"),
        ('"Our factories," the chief executive said, "are running at full capacity."', "chief executive"),
        ('"If the rains fail again," the farmer told reporters, "we will lose everything."', "farmer"),
        (
            "“The bridge is safe,” Mayor Olga Rinn said on Thursday, “and it will reopen next week.”",
            "Olga Rinn",
        ),
    ],
)
def test_a_quotation_interrupted_by_its_attribution_is_one_direct_statement(body: str, speaker: str):
    (s,) = extract(body)
    first, second = (q.strip(",.") for q in body.replace("“", '"').replace("”", '"').split('"')[1::2])
    assert s.content.startswith(first) and s.content.rstrip(".").endswith(second)
    assert (s.speaker, s.quote_type) == (speaker, "direct")


def test_an_interrupted_quotation_wrapped_inside_the_speakers_name_is_one_statement():
    text = (Path(__file__).parent / "data" / "wrapped_wire.txt").read_text(encoding="utf-8")
    result = process_document(Document(name="port.txt", text=text))
    assert isinstance(result, Extraction)
    told = one(list(result.statements), "told")
    assert (told.speaker, told.speaker_role, told.quote_type) == ("Rui Santos", "union leader", "direct")
    assert told.content.startswith("We won most") and told.content.endswith("come next year.")


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        ("The strike will go ahead, union leaders vowed on Tuesday.", "vowed", "union leaders"),
        ("Fares will rise in April, rail officials warned on Monday.", "warned", "rail officials"),
        ("The dam is safe, engineers insisted in a report to the council.", "insisted", "engineers"),
    ],
)
def test_a_trailing_cue_with_a_time_or_place_after_a_plural_source_still_reports(
    body: str, cue: str, speaker: str
):
    s = one(extract(body), cue)
    assert (s.speaker, s.content) == (speaker, body.split(",")[0])


def test_a_participle_on_a_source_before_its_own_cue_is_still_no_cue():
    (s,) = extract("Officials briefed on the plan said the mine would reopen.")
    assert (s.cue, s.speaker) == ("said", "Officials briefed on the plan")


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("The coach warned against reading too much into the defeat.", "reading too much into the defeat"),
        ("Bankers cautioned against putting faith in the new rules.", "putting faith in the new rules"),
        ("The judge warned against drawing conclusions from one case.", "drawing conclusions from one case"),
    ],
)
def test_a_gerund_after_a_topic_preposition_is_no_addressee(body: str, content: str):
    assert [s.content for s in extract(body)] == [content]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "The pilots' union accused the airline of putting profits before safety.",
            "the airline of putting profits before safety",
        ),
        (
            "Doctors warned against lifting the restrictions before the vaccine arrives.",
            "lifting the restrictions before the vaccine arrives",
        ),
        ("Residents criticised the new parking fees after the council vote.", "the new parking fees"),
    ],
)
def test_a_gerund_object_keeps_its_own_adjuncts(body: str, content: str):
    assert [s.content for s in extract(body)] == [content]


@pytest.mark.parametrize(
    "body",
    [
        "The embassy said the visas would be issued.",
        "The junta said elections would be held in May.",
        "The delegation said the talks were useful.",
    ],
)
def test_embassies_juntas_and_delegations_are_organisations(body: str):
    assert [s.speaker_kind for s in extract(body)] == ["organization"]


@pytest.mark.parametrize(
    ("body", "second"),
    [
        (
            'A spokeswoman for the airline said, "The new timetable is complex" in a note to staff. '
            '"But we are confident it will work."',
            "But we are confident it will work.",
        ),
        (
            'The coach said, "We played badly" after the match in Lyon. "Next week will be different."',
            "Next week will be different.",
        ),
    ],
)
def test_a_quoted_sentence_after_a_quotation_with_a_tail_is_a_new_statement_of_its_speaker(
    body: str, second: str
):
    first, then = extract(body)
    assert then.content == second
    assert (then.speaker, then.quote_type) == (first.speaker, "direct")


@pytest.mark.parametrize(
    ("body", "via"),
    [
        ("The president told state television that he would not resign.", ("state television",)),
        ('"We will rebuild," the governor told local radio.', ("local radio",)),
        ("The minister told local media the dam was safe.", ("local media",)),
    ],
)
def test_told_an_outlet_described_by_who_runs_it_puts_it_in_via(body: str, via: tuple[str, ...]):
    assert [s.via for s in extract(body)] == [via]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Grain dealers said they expected new export subsidies, but officials declined to confirm this.",
            "they expected new export subsidies",
        ),
        (
            "The minister said talks with the unions would resume on Monday, but he gave no details.",
            "talks with the unions would resume on Monday",
        ),
        (
            "The airline said two routes would close, but its chief executive would not say when.",
            "two routes would close",
        ),
    ],
)
def test_a_refusal_with_its_own_subject_after_the_content_is_the_reporters_note(body: str, content: str):
    assert one(extract(body), "said").content == content


def test_a_contrast_that_goes_on_the_content_stays_in_it():
    s = one(extract("Dealers said sales rose in May, but profits did not."), "said")
    assert s.content == "sales rose in May, but profits did not"


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            '"We are disappointed with the result," said Hans Berger, head of the growers\' union, '
            "in a telephone interview.",
            "head of the growers' union",
        ),
        (
            '"The line will open in May," said Eva Lind, the project\'s director, at a news conference.',
            "the project's director",
        ),
        (
            "Costs will rise, said Mia Holt, chief economist at the bank, during a briefing for investors.",
            "chief economist at the bank",
        ),
    ],
)
def test_an_occasion_after_an_inverted_speakers_role_is_no_part_of_it(body: str, role: str):
    (s,) = extract(body)
    assert s.speaker_role == role


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        ('"I have seen worse," said Rui Matos, 71, a retired fisherman.', "Rui Matos", "a retired fisherman"),
        (
            '"The rent doubled," said Lea Kent, 34, a nurse at the clinic.',
            "Lea Kent",
            "a nurse at the clinic",
        ),
        ('"We had no warning," said Jon Pell, 61, whose shop was flooded.', "Jon Pell", None),
    ],
)
def test_an_age_before_an_inverted_speakers_role_is_no_part_of_it(body: str, speaker: str, role: str | None):
    (s,) = extract(body)
    assert (s.speaker, s.speaker_role) == (speaker, role)


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        ("'We were robbed,' says coach after defeat", "coach", "We were robbed"),
        ('"We will rebuild," vows mayor at memorial', "mayor", "We will rebuild"),
        ("'No more delays,' says minister amid protests", "minister", "No more delays"),
    ],
)
def test_a_headline_quote_before_its_cue_and_a_speaker_with_a_circumstance(
    headline: str, speaker: str, content: str
):
    (s,) = [s for s in extract("Crowds gathered.", headline=headline) if s.in_headline]
    assert (s.speaker, s.content, s.quote_type) == (speaker, content, "direct")


@pytest.mark.parametrize(
    "headline",
    [
        "Bank of Japan sees no need for rate change",
        "BANK OF KOREA SEES SLOWER GROWTH",
        "University of Lund sees rise",
    ],
)
def test_a_body_named_with_of_in_a_headline_is_an_organisation(headline: str):
    (s,) = [s for s in extract("Officials met on Friday.", headline=headline) if s.in_headline]
    assert s.speaker_kind == "organization"


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        ("The union's demand for a 10 percent raise was rejected.", "demand", "union", "a 10 percent raise"),
        ("The families' plea for an inquiry went unanswered.", "plea", "families", "an inquiry"),
        ("The mayor issued an appeal for calm after the riots.", "issued", "mayor", "calm"),
    ],
)
def test_a_demand_plea_or_appeal_for_something_is_its_owners_statement(
    body: str, cue: str, speaker: str, content: str
):
    s = one(extract(body), cue)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        ("The party's leader conceded defeat late on Sunday.", "conceded", "defeat"),
        ("The minister admitted the error on Tuesday.", "admitted", "the error"),
        ("The company confirmed the closure in a statement.", "confirmed", "the closure"),
        (
            "The ministry confirmed that the talks were held on Tuesday.",
            "confirmed",
            "the talks were held on Tuesday",
        ),
    ],
)
def test_a_confirmed_noun_phrase_ends_before_when_and_where_it_was_confirmed(
    body: str, cue: str, content: str
):
    s = one(extract(body), cue)
    assert (s.stance, s.content) == ("confirm", content)


@pytest.mark.parametrize(
    ("body", "speaker", "kind"),
    [
        (
            "There has been speculation in banking circles that the central bank would cut rates.",
            "banking circles",
            "anonymous",
        ),
        ("Speculation that the coach would be sacked grew after the defeat.", "Speculation", "document"),
    ],
)
def test_speculation_that_is_a_claim_noun(body: str, speaker: str, kind: str):
    s = one(extract(body), speaker if speaker == "Speculation" else "speculation")
    assert (s.speaker, s.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Halden Savings Bank and the Lund University Institute of Applied Economic and Social Research "
            "said their joint index of activity rose in May.",
            "Halden Savings Bank and the Lund University Institute of Applied Economic and Social Research",
        ),
        (
            "The Bureau of Labor Statistics and the Federal Housing Finance Agency said rents rose.",
            "Bureau of Labor Statistics and the Federal Housing Finance Agency",
        ),
    ],
)
def test_two_long_body_names_joined_by_and_are_one_subject(body: str, speaker: str):
    s = one(extract(body), "said")
    assert (s.speaker, s.speaker_kind) == (speaker, "organization")


@pytest.mark.parametrize(
    "body",
    [
        "The Institute of Economic Research said growth would slow.",
        "The Centre for Fiscal Studies said the tax would raise little.",
        "The Bureau of Labor Statistics said wages rose.",
    ],
)
def test_a_body_named_after_its_research_or_statistics_is_an_organisation(body: str):
    assert [s.speaker_kind for s in extract(body)] == ["organization"]


def test_a_document_of_a_body_stays_a_document():
    assert [s.speaker_kind for s in extract("The Ministry of Finance report said growth would slow.")] == [
        "document"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "According to state law, the governor must sign the bill within ten days.",
        "The vote must be held by June, according to the party rules.",
        "According to the timetable, the line opens in 2029.",
    ],
)
def test_according_to_a_norm_is_no_statement(body: str):
    assert extract(body) == []


def test_according_to_a_law_firm_still_reports():
    assert [s.speaker for s in extract("According to the law firm, the deal is legal.")] == ["law firm"]


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        (
            "Officials would not comment on speculation among bankers that the central bank would cut rates.",
            "speculation",
            "bankers",
        ),
        ("There were rumours among traders that the firm would be sold.", "rumours", "traders"),
    ],
)
def test_a_claim_noun_among_a_group_is_that_groups(body: str, cue: str, speaker: str):
    s = one(extract(body), cue)
    assert (s.speaker, s.speaker_kind) == (speaker, "anonymous")


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        ('Says Ida Holm: "Nobody saw this coming."', "Says", "Ida Holm", "Nobody saw this coming."),
        ('Added the minister: "We will not give up."', "Added", "minister", "We will not give up."),
        (
            "Warned the mayor: the river will flood by Friday.",
            "Warned",
            "mayor",
            "the river will flood by Friday",
        ),
    ],
)
def test_a_cue_opening_its_sentence_before_its_speaker_and_a_colon(
    body: str, cue: str, speaker: str, content: str
):
    (s,) = extract(body)
    assert (s.cue, s.speaker, s.content) == (cue, speaker, content)


@pytest.mark.parametrize(
    "body", ["Said to be worth millions, the painting was sold at auction.", "Says who? Nobody knows."]
)
def test_an_opening_cue_form_without_speaker_and_colon_reports_nothing(body: str):
    assert extract(body) == []


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "The foreign ministry called the accusations “baseless” and “absurd.”",
            "the accusations “baseless” and “absurd.”",
        ),
        ('The club called the story "false" and "malicious".', 'the story "false" and "malicious"'),
        ('The minister called the plan "reckless" on Monday.', 'the plan "reckless"'),
    ],
)
def test_coordinated_quoted_labels_all_belong_to_the_label(body: str, content: str):
    assert one(extract(body), "called").content == content
