"""Blue cells that did not mean "A backs B" in the forty-seventh session's blind samples (issue 27): a pledge to do
something near a name, an endorsement the speaker receives, a tone barely for the target, a "her" given to who
spoke of her, and a plural description taken for the name before it."""
from __future__ import annotations

from tests.test_blind_rows import LEAD, _rows
from tests.test_statements import run


def test_a_pledge_backs_only_whom_it_gives_support():
    from analysis.stance import pledged

    assert pledged("to relocate the U.S. Embassy in Israel to Jerusalem") == (0, "")
    assert pledged("to remove all troops from Afghanistan") == (0, "")
    assert pledged("his support for Donald Trump")[0] == 1
    assert pledged("to keep faith with stand-in keeper Manuel Almunia")[0] == 1
    assert pledged('that, if elected, he would be "a friend not only to Israel but to the Palestinians"')[0] == 1
    assert pledged("to defeat the Islamic State")[0] == -1


def test_a_pledged_act_is_no_support_of_the_names_in_it(nlp):
    got = _rows(nlp, "Donald Trump pledged to relocate the U.S. Embassy in Israel to Jerusalem.")
    assert not any(p > 0 for (sp, t), p in got.items() if t in ("Israel", "U.S. Embassy")), got
    got = _rows(nlp, "Ted Cruz pledged support to Donald Trump.")
    assert got.get(("Ted Cruz", "Donald Trump")) == 1, got


def test_an_endorsement_the_speaker_receives_is_no_side_toward_its_giver(nlp):
    from analysis.stance import backer

    doc = nlp("Ted Cruz received the endorsement of Gov. Mike Pence on Friday.")
    pence = next(e for e in doc.ents if "Pence" in e.text)
    assert backer(pence)
    doc = nlp("Ted Cruz announced his endorsement of Mike Pence on Friday.")
    assert not backer(next(e for e in doc.ents if "Pence" in e.text))
    doc = nlp("Sanders said he would not want Rahm Emanuel's endorsement.")
    assert not backer(next(e for e in doc.ents if "Emanuel" in e.text))
    got = _rows(nlp, "Ted Cruz, touting the endorsement of Rep. Raul Grijalva, said the campaign was gaining.")
    assert got.get(("Ted Cruz", "Raul Grijalva"), 0) <= 0, got


def test_a_tone_barely_for_a_target_is_no_support():
    from analysis.stance.targets import SUPPORT_FLOOR, _confident

    assert _confident(1, SUPPORT_FLOOR - 0.1, 1.9, 0.0, political=True) == 0  # "given such a gift"
    assert _confident(1, SUPPORT_FLOOR + 0.1, 1.9, 0.0, political=True) == 1
    assert _confident(-1, -0.2, -1.5, 0.0, political=True) == -1  # opposition keeps its reading
    assert _confident(1, 0.1, 0.0, 1.0, political=True) == 1  # a judging word said of the target ("honest")


def test_her_after_a_comment_on_someone_is_whom_it_was_about(nlp):
    """ "Clinton has a strong ground game, said Mindy Romero. … Jerry Brown endorsed her": Clinton, whom the last
    statement opened with, not its speaker; a statement about no one keeps its speaker (an answer to them)."""
    got = _rows(nlp, "Clinton leads Sanders in California. Clinton has a strong ground game in the state, said Mindy "
                     "Romero, director of the California Civic Engagement Project. On Tuesday, Gov. Jerry Brown "
                     "endorsed her, citing her \"long experience.\"")
    assert got.get(("Jerry Brown", "Clinton")) == 1 and ("Jerry Brown", "Mindy Romero") not in got, got
    got = _rows(nlp, "Liam Fox said the comments were at odds with Tony Blair's prediction. But Charles Clarke "
                     "accused him of lying.")
    assert got.get(("Charles Clarke", "Liam Fox")) == -1, got


def test_a_plural_description_is_not_the_name_before_its_comma(nlp):
    """ "more votes than Sanders, superdelegates who back him": the superdelegates back him, not Sanders."""
    st, s = run(nlp, LEAD + "Since Clinton has 2.5 million more votes than Sanders, superdelegates who back him "
                            "would be going against the will of the voters, Robby Mook said.")
    backing = st[st.cue_text == "back"]
    assert len(backing) and "Sanders" not in " ".join(backing.speaker_text.dropna()), backing.speaker_text
    assert "Sanders" not in set(s[s.polarity != 0].speaker_name.dropna()), s
    st, _ = run(nlp, LEAD + "Mitt Romney, the 2012 nominee, who said Trump was a fraud, spoke on Monday.")
    assert "Mitt Romney" in set(st.speaker_name.dropna()), st.speaker_name
    st, _ = run(nlp, LEAD + "The first two volunteers inside the door are Eva Miller and Gloria Major, African "
                            "American women who said Clinton was the best candidate.")
    assert "Eva Miller" in set(st.speaker_name.dropna()), st[["speaker_text", "speaker_name"]]


def test_a_refusal_to_attack_is_no_praise_but_a_refusal_to_blame_defends():
    from analysis.stance import cue_polarity

    assert cue_polarity("refuse", "to attack Clinton on her character")[0] == 0
    assert cue_polarity("decline", "to assail him aggressively")[0] == 0
    assert cue_polarity("refuse", "to blame Robin van Persie")[0] == 1
    assert cue_polarity("refuse", "to point the finger of blame at Jerzy Dudek")[0] == 1
    assert cue_polarity("refuse", "to endorse Mr. Trump")[0] == -1


def test_a_headlines_common_noun_is_no_one_defended(nlp):
    """ "Clinton Cash Debunks Hillary: … where Donations 'Slipped through the Cracks'" had made "Cracks" an actor that
    Clinton defended ("She was defending the organization"); a headline's clause after ";" opens like a sentence
    ("Political future unsure at Fox; Network has offered …")."""
    from analysis.actors.mentions import _title_line

    head = "Clinton Cash Debunks Hillary: Only 'One or Two Instances' where Donations 'Slipped through the Cracks'"
    text = (head + "\n\nHillary Clinton said donations to the Clinton Foundation slipped through the cracks. She "
            "was defending the organization against recent attacks from Donald Trump.")
    _, s = run(nlp, text)
    assert "Cracks" not in set(s.target_name.dropna()), s[["speaker_name", "target_name", "polarity"]]
    assert _title_line(head, 10) and not _title_line("Clinton said donations slipped through the cracks.", 10)
    st, _ = run(nlp, "Political future unsure at Fox; Network has offered path for conservatives\n\nRoger Ailes "
                     "said the network would keep its talk shows.")
    assert "Network" not in set(st.speaker_name.dropna()), st[["speaker_text", "speaker_name"]]
