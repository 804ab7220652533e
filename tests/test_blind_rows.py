"""Red cells that did not mean "A attacks B" in the sixth session's PolNeAR blind samples (issue 27), and a name
behind one of them (issue 29): interviewers taken for the one interviewed, a mixed verdict read as an attack, a
forecast read as a side, a poll's finding read as the pollster's side, and a headline's common noun taken for a
name."""
from __future__ import annotations

from tests.test_statements import run

LEAD = "Campaign news from Washington\n\nThe debate went on in Washington on Monday. "  # (a first sentence of its own)


def _rows(nlp, text: str) -> dict[tuple[str, str], int]:
    _, s = run(nlp, LEAD + text)
    return {(sp, t if isinstance(t, str) else c): p
            for sp, t, c, p in zip(s.speaker_name, s.target_name, s.target_concept, s.polarity)}


def test_the_interviewers_do_not_speak_for_the_one_interviewed(nlp):
    st, s = run(nlp, LEAD + "In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the "
                     "Democratic presidential candidate stated that Trump’s “divisive” and “mean-spirited” comments do "
                     "not “fit with what I thought I knew about him.”")
    said = st[st.cue_text == "stated"]
    # the description speaks (whom it names is the descriptions' business: here no candidate is named)
    assert list(said.speaker_text) == ["the Democratic presidential candidate"], said.speaker_text
    assert "Joe Scarborough" not in set(s.speaker_name.dropna()), s
    # one host named before the comma stays the speaker when the parser makes the name the subject's head
    st, _ = run(nlp, LEAD + "Harry Reid, the minority leader, said the bill was unfair.")
    assert "Harry Reid" in " ".join(st.speaker_text.dropna()), st.speaker_text
    # a name listed after a title (the parser's "Lawless World, Philippe Sands") stays the one described
    st, _ = run(nlp, LEAD + "In his new book, Lawless World, Philippe Sands, a QC and international law professor, "
                            "suggests the parliamentary answer was wrong.")
    assert list(st.speaker_name) == ["Philippe Sands"], st[["speaker_text", "speaker_name"]]


def test_a_mixed_verdict_on_a_campaign_is_no_attack(nlp):
    got = _rows(nlp, "Sanders says Clinton ran a very aggressive and effective campaign in Nevada that led to her "
                     "victory.")
    assert not any(p < 0 for p in got.values()), got
    got = _rows(nlp, "Michael Howard said Tony Blair had run a disgraceful and dishonest campaign.")
    assert got[("Michael Howard", "Tony Blair")] == -1, got


def test_a_forecast_of_a_defeat_is_no_side(nlp):
    got = _rows(nlp, "Lindsey Graham said the Republican Party is bound to lose to Hillary Clinton if an "
                     "alternative is not found.")
    assert got.get(("Lindsey Graham", "Republican Party"), 0) == 0, got


def test_what_a_poll_found_is_no_side_of_the_pollster():
    """The PolNeAR statements (Democracy Corp "against" Obama, Clinton and the Democrats; Latino Decisions "for"
    Trump) read voters; a short text does not bring the model's tone there, so the rule is checked itself."""
    from analysis.stance import poll_finding

    assert poll_finding("find", "In an online poll of 800 likely Republican primary voters, Democracy Corp found "
                                "that anti-Democrat attitudes are the most potent driver of Republican voters.")
    assert poll_finding("show", "A new survey shows that support for Trump rose from 11 percent to 19 percent.")
    assert poll_finding("according to", "Two in three Republican-leaning voters now view Trump favorably, according "
                                        "to a national Gallup Poll taken last week.")
    assert not poll_finding("find", "The inspector general found that Hillary Clinton broke the rules.")
    assert not poll_finding("say", "Pollster Stan Greenberg said in a poll memo that Trump is a liar.")


def test_a_headline_common_noun_is_no_name(nlp):
    st, s = run(nlp, "Hacker who exposed Clinton's use of private email gets 52-month sentence\n\nThe Romanian "
                     "hacker who first revealed that Hillary Clinton used a private email address was sentenced to "
                     "more than four years in federal prison on Thursday.")
    assert st.speaker_actor_id.isna().all(), st[["speaker_text", "speaker_actor_id"]]
    assert not (s.speaker_name.notna() & (s.polarity != 0)).any(), s
    # a surname that is also a noun stays a name where the text writes it inside a sentence
    st, _ = run(nlp, "Price defends drug plan\n\nPrice said on Monday that drug prices would fall. Health "
                     "Secretary Tom Price spoke in Washington.")
    assert st.speaker_actor_id.notna().any(), st[["speaker_text", "speaker_actor_id"]]


def test_well_that_rates_nothing_is_no_side(nlp):
    got = _rows(nlp, "Hillary Clinton spoke about Donald Trump in Washington on Friday. “Well, Donald, those days "
                     "are over,” Clinton said.")
    assert got.get(("Hillary Clinton", "Donald Trump"), 0) <= 0, got
    _, s = run(nlp, LEAD + "Hillary Clinton recalled meeting Donald Trump years ago. “I "
                    "didn’t know him that well, but I did know him,” Clinton said.")
    assert not (s.polarity != 0).any(), s[["speaker_name", "target_name", "polarity", "decided_by"]]


def test_an_act_of_someone_named_is_theirs_not_its_objects(nlp):
    got = _rows(nlp, "Alan Grayson said Patrick Murphy’s support of Hillary Clinton’s idea is “really an amorphous "
                     "position to have.”")
    assert got.get(("Alan Grayson", "Hillary Clinton"), 0) == 0, got
    got = _rows(nlp, "John Smith said the cooperation between Russia and North Korea was a violation.")
    assert got[("John Smith", "Russia")] == -1, got  # no one's act: the parties are judged


def test_he_is_the_one_man_the_paragraph_names_not_who_spoke_before_it(nlp):
    st, _ = run(nlp, LEAD + "Bush offered a retort, tweeting at Trump, \"you are a liar "
                     "and a whiner.\"\n\nThe Democratic side was hardly harmonious as Hillary Clinton sharpened her "
                     "knife to bloody Bernie Sanders. He has attacked Clinton repeatedly for her long ties to Wall "
                     "Street.")
    he = st[st.speaker_text == "He"]
    assert list(he.speaker_name) == ["Bernie Sanders"], st[["speaker_text", "speaker_name", "cue_text"]]
    # someone spoke in the paragraph before "he": not the man it merely names
    st, _ = run(nlp, "Campaign news from London\n\nTony Blair said on Monday that the talks would go on.\n\nClimate "
                     "change came up when John McCain visited Downing Street, said a spokesman. He played down "
                     "reports of a new treaty.")
    he = st[st.speaker_text == "He"]
    assert len(he) == 1 and he.speaker_name.iloc[0] != "John McCain", st[["speaker_text", "speaker_name"]]


def test_a_headline_person_the_article_never_writes_again_is_cut_to_its_name():
    from analysis.actors import headline_fragment_cut

    text = ("Jeb Bush Super PAC Chief Praises Marco Rubio Donor’s Anti-Trump Skywriting Campaign\n\nThe head of the "
            "Super PAC backing Jeb Bush, Mike Murphy, praised a donor to Marco Rubio. Trump May Be Aligning Allies")

    def row(name: str, at: int) -> dict:
        return {"text": name, "label": "PERSON", "start_char": at, "end_char": at + len(name), "kb_id": None}

    rows = [row("Jeb Bush Super PAC Chief", 0), row("Praises Marco Rubio Donor", 25),
            row("Jeb Bush", text.index("Jeb Bush,")), row("Marco Rubio", text.index("Marco Rubio.")),
            row("Trump May Be Aligning", text.index("Trump May"))]
    got = [(r["text"], text[r["start_char"]:r["end_char"]]) for r in headline_fragment_cut(rows, text)]
    assert got[:2] == [("Jeb Bush", "Jeb Bush"), ("Marco Rubio", "Marco Rubio")], got
    assert ("Trump May Be Aligning", "Trump May Be Aligning") in got, got  # not in the headline: left alone
    # a headline in sentence case is left alone
    plain = "Jeb Bush super PAC chief praises a donor\n\nThe head of the PAC backing Jeb Bush spoke."
    kept = headline_fragment_cut([row("Jeb Bush super PAC chief", 0), row("Jeb Bush", plain.index("Jeb Bush s"))],
                                 plain)
    assert kept[0]["text"] == "Jeb Bush super PAC chief", kept


def test_a_super_pac_is_no_praise(nlp):
    got = _rows(nlp, "Hillary Clinton says Barack Obama had a super PAC when he ran for president, and took tens of "
                     "millions of dollars from contributors.")
    assert got.get(("Hillary Clinton", "Barack Obama"), 0) <= 0, got
    from analysis.stance import filler

    doc = nlp("The super PAC spent heavily. It was a super speech.")
    assert [filler(t) for t in doc if t.lower_ == "super"] == [True, False]


def test_a_refusal_to_endorse_is_against_and_credit_with_is_praise(nlp):
    got = _rows(nlp, "Donald Trump’s refusal to endorse Paul Ryan was widely viewed as payback.")
    assert got.get(("Donald Trump", "Paul Ryan"), 0) == -1, got
    got = _rows(nlp, "Sam Jacobs credited Angela Merkel with holding the entire continent together through the "
                     "immigration crisis and the troubles in the Eurozone.")
    assert got.get(("Sam Jacobs", "Angela Merkel"), 0) == 1, got
    got = _rows(nlp, "Bernie Sanders credited Hillary Clinton's victory to a closed primary.")
    assert got.get(("Bernie Sanders", "Hillary Clinton"), 0) == 0, got


def test_where_a_person_sits_is_not_judged_with_them(nlp):
    got = _rows(nlp, "Donald Trump wrote that Justice Ginsburg of the U.S. Supreme Court has embarrassed all by "
                     "making very dumb political statements about him.")
    assert not any(p and "Court" in t for (_, t), p in got.items()), got


def test_backing_someone_holds_is_no_praise_and_withheld_support_is_against(nlp):
    from analysis.stance import filler

    doc = nlp("Donald Trump has his share of support in our district. Clinton has maintained support among black "
              "voters. I support Trump. They gave strong support to the plan.")
    assert [filler(t) for t in doc if t.lower_ == "support"] == [True, True, False, False]
    got = _rows(nlp, "During the same interview, Donald Trump also withheld support from John McCain and Kelly "
                     "Ayotte.")
    assert got.get(("Donald Trump", "John McCain"), 0) == -1, got
