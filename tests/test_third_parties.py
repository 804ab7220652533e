"""Cells that did not mean "A attacks B" or "A backs B" in the forty-eighth session's blind samples (issue 27): a
third party's position the speaker reports, a campaign's staff on their own candidate, the one asked to act, and a
moderator's question."""
from __future__ import annotations

from tests.test_blind_rows import LEAD, _rows
from tests.test_statements import run


def test_a_quoted_he_is_someone_else(nlp):
    """ "He would have loved Stalin," Biden said: Trump's fondness, no support of Biden's for Stalin; "He liked
    them," said Rendell: Trump's liking, no side of Rendell's on him. "I love X" stays the speaker's."""
    got = _rows(nlp, 'Joe Biden said Donald Trump had shown a fondness for brutal leaders. "He would have loved '
                     'Joseph Stalin," Joe Biden said.')
    assert got.get(("Joe Biden", "Joseph Stalin"), 0) == 0, got
    got = _rows(nlp, '"He is their guy, and yet they still endorse Donald Trump," Jon Tester said.')
    assert got.get(("Jon Tester", "Donald Trump"), 0) == 0, got
    got = _rows(nlp, '"I love Bernie Sanders," Hillary Clinton said.')
    assert got.get(("Hillary Clinton", "Bernie Sanders")) == 1, got


def test_a_third_party_who_means_to_back_someone_holds_that_side(nlp):
    from analysis.stance import reported

    doc = nlp("Aides say the former Florida governor plans to actively support Ted Cruz.")
    support = next(t for t in doc if t.lower_ == "support")
    assert reported(support, set(range(3, len(doc))))
    doc = nlp("Donald Trump urged Republicans to back Paul Ryan.")  # the one urged is no subject of the backing
    back = next(t for t in doc if t.lower_ == "back")
    assert not reported(back, set(range(3, len(doc))))
    got = _rows(nlp, 'Aides say the former Florida governor Jeb Bush plans to "actively support" Ted Cruz.')
    assert got.get(("Aides", "Ted Cruz"), 0) == 0 and not any(p for (sp, t), p in got.items() if t == "Ted Cruz"
                                                              and sp != "Jeb Bush"), got


def test_staff_work_for_the_one_the_article_names(nlp):
    from types import SimpleNamespace

    from analysis.stance import principals

    text = ("On television, Donald Trump's campaign chairman, Paul Manafort, spoke. Jason Miller, a senior adviser "
            "to Ted Cruz, agreed. Corey Lewandowski, Donald Trump's former campaign manager, did not.")
    def m(name: str, at: int = 0) -> SimpleNamespace:
        i = text.index(name, at)
        return SimpleNamespace(actor_id=name, actor_type="person", start_char=i, end_char=i + len(name))
    got = principals(text, [m("Donald Trump"), m("Paul Manafort"), m("Jason Miller"), m("Ted Cruz"),
                            m("Corey Lewandowski"), m("Donald Trump", text.index("Lewandowski"))])
    assert got == {"Paul Manafort": {"Donald Trump"}, "Jason Miller": {"Ted Cruz"}}, got
    text = "As he became chairman of Donald Trump's campaign, Paul Manafort spoke. The former chair of Ted Cruz's campaign, Jeff Roe, agreed."
    got = principals(text, [m("Donald Trump"), m("Paul Manafort"), m("Ted Cruz"), m("Jeff Roe")])
    assert got == {"Paul Manafort": {"Donald Trump"}}, got


def test_a_campaign_chairman_defending_his_candidate_is_no_attack(nlp):
    _, s = run(nlp, LEAD + "On television, Donald Trump's campaign chairman, Paul Manafort, attempted to distance "
                           "Donald Trump from his plan for banning Muslims, arguing that Donald Trump was now focused "
                           'on a "geographic suspension" of immigration, rather than one based on religion.')
    rows = s[(s.speaker_name == "Paul Manafort") & (s.target_name == "Donald Trump")]
    assert len(rows) and (rows.polarity >= 0).all(), rows


def test_the_one_asked_to_act_is_no_target_of_the_acts_tone(nlp):
    got = _rows(nlp, "Sen. Bernie Sanders of Vermont called on the administration of President Barack Obama to "
                     "block the deal, but Democrats were not the only ones worried about companies taking advantage "
                     "of inversions to avoid taxes.")
    assert got.get(("Bernie Sanders", "Barack Obama"), 0) == 0, got
    got = _rows(nlp, 'On Twitter, former Florida Gov. Jeb Bush called Donald Trump "unhinged."')
    assert got.get(("Jeb Bush", "Donald Trump")) == -1, got  # a label is no request


def test_a_moderators_question_takes_no_side(nlp):
    got = _rows(nlp, "Moderator Bret Baier started the exchange off by asking Marco Rubio why he decided to attack "
                     "Donald Trump personally.")
    assert got.get(("Bret Baier", "Donald Trump"), 0) == 0, got


def test_a_quote_inside_the_speakers_quote_is_whom_they_cite(nlp):
    from analysis.stance import nested_quote

    doc = nlp("“The answer you’d like me to give is, ‘I’m for the RFS, darn it,’” Cruz said at the time.")
    assert nested_quote(next(t for t in doc if t.text == "RFS"))
    doc = nlp("“I’m for Tony Blair’s plan and Gordon Brown’s,” Smith said.")  # apostrophes open no quote
    assert not nested_quote(next(t for t in doc if t.text == "Brown"))
    doc = nlp("\"I thought 'not only has he gone behind my back, Souness is lying',\" he said.")  # his own thought
    assert not nested_quote(next(t for t in doc if t.text == "Souness"))
    got = _rows(nlp, "“When that group said, ‘We think Barack Obama would be a good president,’ that ignited "
                     "something that said to everyone in our community, ‘We might have something here,’” said Rev. "
                     "Kyev Tatum, then senior pastor of a church.")
    assert got.get(("Kyev Tatum", "Barack Obama"), 0) == 0, got
    got = _rows(nlp, "“The answer you’d like me to give is, ‘I’m for Barack Obama, darn it,’” Ted Cruz said at the "
                     "time.")
    assert got.get(("Ted Cruz", "Barack Obama"), 0) == 0, got


def test_scholars_and_tallies_read_a_race_they_take_no_side_in(nlp):
    """A professor's or an institute director's tone about a candidate is a reading of the race (PolNeAR: "Michele
    Swers, a professor of government at Georgetown University, said …"); a cue still takes a side. A poll's tally
    ("Republicans favored Trump, 82 percent to 6 percent") is no party's side."""
    import pandas as pd

    from analysis.stance import analysts, poll_finding

    st = pd.DataFrame({"article_id": ["a", "a", "a"], "speaker_actor_id": ["p:swers", "p:walsh", "p:reid"],
                       "speaker_text": ["Michele Swers, a professor of government at Georgetown University",
                                        "Debbie Walsh, director of the Center for American Women and Politics",
                                        "Senate Minority Leader Harry Reid"]})
    assert analysts(st) == {("a", "p:swers"), ("a", "p:walsh")}
    assert poll_finding("favor", "Democrats favored Clinton, 72 percent to 8 percent, while Republicans favored "
                                 "Trump, 82 percent to 6 percent.")
    assert not poll_finding("favor", "Republicans favored Trump over Cruz.")
    got = _rows(nlp, "In breaking down the results, the survey found Democrats favored Hillary Clinton, 72 percent to "
                     "8 percent, while Republicans favored Donald Trump, 82 percent to 6 percent.")
    assert not any(p for p in got.values()), got


def test_liking_granted_before_a_but_is_a_concession(nlp):
    _, s = run(nlp, LEAD + '"I like Paul Ryan, but these are horrible times for our country," Donald Trump told '
                           "the Post.")
    assert (s[s.target_name == "Paul Ryan"].polarity <= 0).all(), s
    got = _rows(nlp, '"I like Paul Ryan," Donald Trump said.')
    assert got.get(("Donald Trump", "Paul Ryan")) == 1, got


def test_whom_the_addressee_attacked_and_a_kind_of_record(nlp):
    """ "you attacked Hillary Clinton," Smegielski said to Sanders: Clinton is the one attacked; "touting her Senate
    record": her record, no side on the Senate (PolNeAR blind samples)."""
    got = _rows(nlp, '"It is so shameful that you ignored my call for an apology and instead you attacked Hillary '
                     'Clinton," Erica Smegielski said.')
    assert got.get(("Erica Smegielski", "Hillary Clinton"), 0) == 0, got
    from analysis.stance import target_role

    doc = nlp("Hillary Clinton is touting her Senate record upstate.")
    at = doc.text.index("Senate")
    assert target_role(doc.char_span(at, at + 6), (0, len(doc.text)), None)[0] == "incidental"


def test_a_place_that_supported_a_candidate_voted_and_conjoined_kinds(nlp):
    """ "Indiana, Michigan, Ohio and Pennsylvania all supported Bush": how their voters voted, no statement of the
    places'; "supported Medicare and Social Security cuts": a position on cuts, not for Social Security."""
    from analysis.stance import debate_challenge, place_vote, target_role

    # a debate offered or turned down is no side on the rival ("rejected a Fox News proposal for one final debate
    # with rival Sen. Bernie Sanders"), whatever else is rejected is
    assert debate_challenge("reject", "a Fox News proposal for one final debate with rival Sen. Bernie Sanders.")
    assert not debate_challenge("reject", "the claims made by Bernie Sanders.")
    assert place_vote("support", "location", "Michigan") and not place_vote("support", "state", "Michigan")
    assert not place_vote("say", "location", "Michigan") and not place_vote("back", "location", "Tama Umaga")
    doc = nlp("He supported Medicare and Social Security cuts for years.")
    at = doc.text.index("Social")
    assert target_role(doc.char_span(at, at + len("Social Security")), (0, len(doc.text)), None)[0] == "incidental"


def test_for_x_to_praise_is_x_praising(nlp):
    """Forty-ninth session's blind cells (PolNeAR): "For Trump to both encourage that and to praise Putin … raises
    national security issues," Clinton said had drawn Clinton "for" Putin; the X of "for X to <verb>", and the
    subject a conjoined verb shares, hold the side."""
    got = _rows(nlp, 'Hillary Clinton spoke on Sunday. "For Donald Trump to both encourage that and to praise '
                     'Vladimir Putin despite what appears to be a deliberate effort to try to affect the election I '
                     'think raises national security issues," Hillary Clinton said.')
    assert got.get(("Hillary Clinton", "Vladimir Putin"), 0) == 0, got
    got = _rows(nlp, '"I praise Vladimir Putin for his leadership," Donald Trump said.')
    assert got.get(("Donald Trump", "Vladimir Putin")) == 1, got


def test_the_one_among_a_group_is_not_the_group(nlp):
    """PolNeAR: "Marco Rubio … is criticizing the night's big winner among Republicans: Donald Trump" had been
    Rubio against the Republican Party; a person noun's "among" names the group the person is one of."""
    got = _rows(nlp, "Marco Rubio, speaking at a rally in Miami, is criticizing the night's big winner among "
                     "Republicans: Donald Trump.")
    assert got.get(("Marco Rubio", "Republican Party"), 0) == 0, got
    got = _rows(nlp, "Marco Rubio criticized the divisions among Republicans.")
    assert got.get(("Marco Rubio", "Republican Party"), 0) == -1, got  # not a person noun: still their divisions


def test_a_share_a_poll_counts_is_no_voice_of_the_group(nlp):
    """PolNeAR: "73 percent of Democrats who said they had supported Sen. Bernie Sanders now support Clinton" had
    been the Democratic Party for Sanders, a coloured cell of the matrix."""
    from analysis.stance import poll_share

    s = "The poll also noted that 73 percent of Democrats who said they had supported Sen. Bernie Sanders now support Clinton."
    assert poll_share(s, "Democrats") and poll_share("A majority of the Republicans said no.", "Republicans")
    assert not poll_share("Democrats said they had supported Sanders.", "Democrats")
    got = _rows(nlp, s)
    assert not any(p for (sp, t), p in got.items() if sp == "Democratic Party"), got


def test_a_conjoined_clause_with_its_own_auxiliary_keeps_its_subject_open(nlp):
    """BBC (stance dev set): in "Frank Field MP said the prime minister should sack Mr Brown, but did not believe Mr
    Blair was strong enough to do so" the parser hangs "believe" on "sack"; the disbelief is Field's, not the prime
    minister's: only a verb with no auxiliary of its own shares its head's subject."""
    from analysis.stance import reported

    doc = nlp("Former welfare minister Frank Field MP said the prime minister should sack Mr Brown, but did not "
              "believe Mr Blair was strong enough to do so.")
    believe = next(t for t in doc if t.lower_ == "believe")
    assert believe.dep_ == "conj" and believe.head.lower_ == "sack"  # the parse this guards against
    assert not reported(believe, set(range(7, len(doc))))
    doc = nlp("He said voters would follow Lindsey Graham and endorse Jeb Bush.")
    endorse = next(t for t in doc if t.lower_ == "endorse")
    assert reported(endorse, set(range(2, len(doc))))  # the voters' endorsement, not the speaker's


def _dated(nlp, text: str, date: str):
    """An article of that date through derive, resolve, speakers and stance as extract runs them: (mentions,
    stance)."""
    import pandas as pd

    from analysis.actors import resolve
    from analysis.corpus import make_article
    from analysis.extract import derive_piece
    from analysis.nlp import Parsed, paragraph_starts, parser_text
    from analysis.registry import load_registry
    from analysis.stance import build_stance
    from analysis.statements import attach_speakers

    art = pd.DataFrame([make_article("t", None, text, date=date)])
    t = art.text[0]
    d = derive_piece(Parsed("t", 0, nlp(parser_text(t)), t), 0, paragraph_starts(t))
    m = resolve(pd.DataFrame(d["mentions"]), art, load_registry())
    st = attach_speakers(pd.DataFrame(d["statements"]), m, art, pd.DataFrame(d["sentences"]))
    return m, build_stance(st, m, pd.DataFrame(d["scores"]), {"t": t})


def test_an_official_reporting_the_leaders_position_takes_no_side_by_its_tone(nlp):
    """Reuters 1987, cells judged blind: "White House spokesman Marlin Fitzwater said the president was forced to act
    … because Tokyo had failed to fulfill 'an agreement'" had been Fitzwater against Reagan (and 10 more cells of the
    President's officials). A speaker of the leader's own government reports; a cue of theirs still takes sides."""
    from types import SimpleNamespace as NS

    from analysis.stance import governs

    def rows(text: str) -> dict:
        _, s = _dated(nlp, text, "1987-04-20")
        return {(a, b): p for a, b, p in zip(s.speaker_name, s.target_name, s.polarity)}

    lead = "Trade news\n\nPresident Ronald Reagan met Japanese leaders on Monday. "
    got = rows(lead + "White House spokesman Marlin Fitzwater said the president was forced to act in the Japanese "
                      "microchip case because Tokyo had failed to fulfill \"an agreement to make some corrections.\"")
    assert got.get(("Marlin Fitzwater", "Ronald Reagan"), 0) == 0, got
    assert got.get(("Marlin Fitzwater", "Japan")) == -1, got  # another state's failure is still his charge
    got = rows(lead + "White House spokesman Marlin Fitzwater praised President Ronald Reagan.")
    assert got.get(("Marlin Fitzwater", "Ronald Reagan")) == 1, got  # the cue's own side
    reagan = NS(actor_type="person", role="GOV", country="USA", actor_id="USA-ronald-reagan")
    lead = {"USA": "USA-ronald-reagan"}
    assert governs(reagan, lead, {"USA-WH": {"GOV"}, "person:fitzwater": {"GOV"}}, "person:fitzwater", "USA-WH")
    assert governs(reagan, lead, {}, "USA", None)  # "U.S. officials said"
    assert not governs(reagan, lead, {"person:lawson": {"GOV"}}, "person:lawson", "GBR")  # another state's minister
    assert not governs(reagan, lead, {"person:x": {"GOV"}}, "person:x", "USA-PTY-DEMOCRATIC")  # a party's governor
    assert governs(reagan, lead, {"USA-WH": {"GOV"}}, "USA-WH", None, "organization")  # "The White House said"
    blair = NS(actor_type="person", role="GOV", country="GBR", actor_id="GBR-tony-blair")
    assert not governs(blair, {"GBR": "GBR-tony-blair"}, {"GBR-liam-fox": {"GOV"}}, "GBR-liam-fox", None, "person")
    assert not governs(NS(actor_type="person", role="GOV", country="USA", actor_id="USA-howard-baker"), lead,
                       {"USA-ronald-reagan": {"GOV"}}, "USA-ronald-reagan", None)  # the leader on his chief of staff


def test_an_official_the_corpus_places_in_government_reports_the_leaders_position(nlp):
    """Reuters-21578 cells judged blind: "Budget director James Miller said President Reagan will not compromise on
    his vow not to raise taxes" was Miller against Reagan: the article's title gives Miller no office the
    registry reads, while other articles of the corpus place him in the White House (``staff.offices``)."""
    import pandas as pd

    from analysis.actors import resolve
    from analysis.corpus import make_article
    from analysis.extract import derive_piece
    from analysis.nlp import Parsed, paragraph_starts, parser_text
    from analysis.registry import load_registry
    from analysis.stance import build_stance, offices
    from analysis.statements import attach_speakers

    art = pd.DataFrame([make_article("t", None, "Budget news\n\nPresident Ronald Reagan met Congressional leaders on "
                                     "Monday. Budget director James Miller said President Reagan will not compromise "
                                     "on his vow not to raise taxes despite pressure from Congress.", date="1987-04-20")])
    t = art.text[0]
    d = derive_piece(Parsed("t", 0, nlp(parser_text(t)), t), 0, paragraph_starts(t))
    m = resolve(pd.DataFrame(d["mentions"]), art, load_registry())
    st = attach_speakers(pd.DataFrame(d["statements"]), m, art, pd.DataFrame(d["sentences"]))
    miller = m[m.text == "James Miller"].iloc[0]
    assert not isinstance(miller.role, str)  # the article alone: no office

    def side(mentions: pd.DataFrame) -> int:
        s = build_stance(st, mentions, pd.DataFrame(d["scores"]), {"t": t})
        return dict(zip(zip(s.speaker_name, s.target_name), s.polarity)).get(("James Miller", "Ronald Reagan"), 0)

    assert side(m) == -1  # the tone, with nothing known of Miller
    elsewhere = pd.DataFrame([{**miller.to_dict(), "article_id": "u", "role": "GOV", "country": "USA",
                               "affiliation": "USA-WH"},
                              {**miller.to_dict(), "article_id": "u", "actor_id": "USA-WH", "actor_name": "White House",
                               "actor_type": "organization", "role": "GOV", "country": "USA", "affiliation": None}])
    assert side(pd.concat([m, elsewhere], ignore_index=True)) == 0
    roles, held_by = offices(elsewhere)
    assert roles[miller.actor_id] == {"GOV"} and held_by == {miller.actor_id: "USA-WH"}


def test_a_minister_by_title_reports_the_leaders_position(nlp):
    """Reuters-21578 cells judged blind: "U.S. Agriculture Secretary Richard Lyng said the Reagan administration
    had not decided on offering the Soviet Union subsidized wheat" was Lyng against Reagan. A portfolio and
    "Secretary" make a minister (``actors.ministerial``) whom the registry lacks, of the state the title names; a
    minister by title is not the head of state though named first (``staff.heads``); a shadow minister is none."""
    def rows(text: str) -> tuple[dict, object]:
        m, s = _dated(nlp, text, "1987-03-12")
        out: dict = {}
        for a, b, p in zip(s.speaker_name, s.target_name, s.polarity):
            out.setdefault((a, b), []).append(p)
        return out, m

    got, m = rows("LYNG SAYS NO DECISION ON SOVIET OFFER\n\nU.S. Agriculture Secretary Richard Lyng said the Reagan "
                  "administration had not decided on offering the Soviet Union subsidized wheat but that such an offer "
                  "had not been ruled out. Lyng said Reagan was wrong to wait.")
    assert set(m[m.actor_name == "Richard Lyng"].role.dropna()) == {"GOV"}, m[["text", "role"]].values.tolist()
    assert got.get(("Richard Lyng", "Ronald Reagan")) == [0, -1], got  # his own judging word still a side
    _, m = rows("Shadow\n\nShadow Home Secretary Jon Smithers said the plan was wrong.")
    assert "GOV" not in set(m[m.actor_name == "Jon Smithers"].role.dropna()) and "Jon Smithers" in set(m.actor_name), m[["text", "role"]].values.tolist()
