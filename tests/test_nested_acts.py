"""Sides reported inside another's statement (``statements.nested_acts``): in "X said Y criticised Z" X reports and
Y opposes Z (issue 27); a forecast, a poll's share and a pronoun (the speaker) are no one else's act."""
from __future__ import annotations

from tests.test_statements import run


def _rows(nlp, text: str) -> dict[tuple[str, str], int]:
    st, s = run(nlp, "Campaign news\n\n" + text)
    return {(sp, t if isinstance(t, str) else c): p
            for sp, t, c, p in zip(s.speaker_name, s.target_name, s.target_concept, s.polarity)}


def test_the_one_who_did_the_act_takes_the_side_not_the_reporter(nlp):
    got = _rows(nlp, "Michael Howard said John Smith had criticised Tony Blair.")
    assert got[("John Smith", "Tony Blair")] == -1
    assert not any(p for (sp, _), p in got.items() if sp != "John Smith"), got
    got = _rows(nlp, "The Post found Democrats favored Hillary Clinton, while Republicans favored Donald Trump.")
    assert got[("Democratic Party", "Hillary Clinton")] == 1
    assert got[("Republican Party", "Donald Trump")] == 1
    # the outlet that reports a poll takes no side on either party (a PolNeAR blind sample's row), and the poll's
    # tally is no side of the parties either (a forty-eighth session blind sample: "a survey statistic")
    got = _rows(nlp, "Military Times found Democrats favored Hillary Clinton, 72 percent to 8 percent, while "
                     "Republicans favored Donald Trump, 82 percent to 6 percent.")
    assert not any(p for p in got.values()), got


def test_forecasts_shares_and_pronouns_are_no_reported_act(nlp):
    for text, inner in (("John Prescott said Gordon Brown would back Tony Blair.", "Gordon Brown"),
                        ("The poll found that 28 percent of likely Republican caucusgoers supported Donald Trump.",
                         "Republican Party"),
                        ("Paul Ryan said Donald Trump did not criticise Mitt Romney.", "Donald Trump")):
        st, _ = run(nlp, "Story\n\n" + text)
        assert inner not in set(st.speaker_name.dropna()), (text, st[["speaker_name", "cue_lemma"]])
    # a thing is no one who takes a side ("the evidence supported Trump": a reviewer's case)
    st, _ = run(nlp, "Campaign news\n\nPaul Ryan said the evidence supported Donald Trump.")
    assert "support" not in set(st.cue_lemma), st[["speaker_text", "cue_lemma"]]
    # "he" is the speaker himself: his own side, read from his content as before
    got = _rows(nlp, "Gordon Brown said he backed Tony Blair.")
    assert got == {("Gordon Brown", "Tony Blair"): 1}


def test_an_outlet_relaying_news_takes_no_side_but_its_editorial_does(nlp):
    """``stance.cue_sides.relayed``: "CNN reported …" relays (a PolNeAR blind sample read it as CNN against
    Petraeus); "The Wall Street Journal called on Trump to drop out" is the paper's own position."""
    got = _rows(nlp, "CNN reported that night that David Petraeus testified the Benghazi attack was al Qaeda-linked "
                     "terrorism.")
    assert not any(p for (sp, _), p in got.items() if sp == "CNN"), got
    got = _rows(nlp, "In a scathing opinion piece, The Wall Street Journal called on Donald Trump to get his act "
                     "together or drop out.")
    assert got[("The Wall Street Journal", "Donald Trump")] == -1


def test_a_third_partys_liking_is_theirs_and_an_excess_rules_out(nlp):
    """"more than half of his union's workers support Bernie Sanders" is the workers' side, not the union leader's
    (``roles.SIDING_VERBS``); "too friendly with Wall Street … to be trusted" judges against, though its words
    praise (``excess.too_to``); "too close to call" judges nobody (a third PolNeAR blind sample's rows)."""
    got = _rows(nlp, "Ryan Leenders said he believed that more than half of his union's workers support Senator "
                     "Bernie Sanders.")
    assert got.get(("Ryan Leenders", "Bernie Sanders"), 0) == 0, got
    got = _rows(nlp, '"I don\'t know who supports Alan Grayson other than himself," said Harry Reid.')
    assert got.get(("Harry Reid", "Alan Grayson"), 0) == 0, got  # a fourth blind sample: read as support
    got = _rows(nlp, "Bernie Sanders said Hillary Clinton was too friendly with Wall Street over two decades in "
                     "national politics to be trusted to effectively crack down on the industry.")
    assert got[("Bernie Sanders", "Hillary Clinton")] == -1
    got = _rows(nlp, "David Axelrod said the race between Hillary Clinton and Bernie Sanders was too close to call.")
    assert not any(got.values()), got
