"""Who speaks, from the forty-seventh session's PolNeAR blind samples (issues 27 and 29): the one who invites
someone to act, not the one invited; the person a "who" follows through "the president of …"; no place for the
person it locates ("Indiana governor", "the senator from Vermont")."""
from __future__ import annotations

from tests.test_blind_rows import LEAD
from tests.test_statements import run


def test_who_invites_someone_to_act_speaks_not_the_one_invited(nlp):
    st, s = run(nlp, LEAD + "Donald Trump last week invited Russia to dig up thousands of missing emails from "
                            "Hillary Clinton's time at the State Department.")
    invited = st[st.cue_text == "invited"]
    assert len(invited) and "Russia" not in set(invited.speaker_name.dropna()), invited[["speaker_text", "speaker_name"]]
    assert "Russia" not in set(s.speaker_name.dropna()), s
    st, _ = run(nlp, LEAD + "The decision angered Republican leaders in the Senate.")  # a psych verb: who feels it
    assert "Republican leaders" in " ".join(st.speaker_text.dropna()), st.speaker_text


def test_who_after_a_persons_title_of_a_body_is_the_person(nlp):
    st, s = run(nlp, LEAD + "Sanders has invited Matt Duss, the president of the Foundation for Middle East Peace, who "
                            "frequently criticizes the Israeli government, to testify.")
    crit = st[st.cue_text == "criticizes"]
    assert list(crit.speaker_name) == ["Matt Duss"], crit[["speaker_text", "speaker_name"]]


def test_a_place_is_not_the_person_it_locates(nlp):
    st, _ = run(nlp, LEAD + "The senator from Vermont said the financial system was corrupt.")
    assert "Vermont" not in set(st.speaker_name.dropna()), st[["speaker_text", "speaker_name"]]
    st, _ = run(nlp, LEAD + "Moscow officials have dismissed the claims as baseless.")  # a body's voice stays
    assert "Moscow" in set(st.speaker_name.dropna()), st[["speaker_text", "speaker_name"]]
    from analysis.statements import placed_person

    assert placed_person("governor") and placed_person("speechwriter")
    assert not placed_person("officials") and not placed_person("mayor") and not placed_person("economy")


def test_a_state_in_a_description_is_no_one_written_with_another(nlp):
    """ "The Florida senator said" is not "Vermont Sen. Bernie Sanders" (PolNeAR: "The Vermont senator" had been
    given to Marco Rubio); "the Vermont senator" still is."""
    st, _ = run(nlp, LEAD + "Vermont Sen. Bernie Sanders spoke in Iowa on Monday. Donald Trump also spoke there. The "
                            "Florida senator said the deal was bad.")
    assert "Bernie Sanders" not in set(st.speaker_name.dropna()), st[["speaker_text", "speaker_name"]]
    st, _ = run(nlp, LEAD + "Vermont Sen. Bernie Sanders spoke in Iowa on Monday. The Vermont senator said the "
                            "financial system was corrupt.")
    assert list(st.speaker_name) == ["Bernie Sanders"], st[["speaker_text", "speaker_name"]]
    from analysis.actors.party_states import state_conflict, states_written

    text = "Sen. Bernie Sanders (I-Vt.) spoke. Marco Rubio, the Florida senator, spoke."
    assert states_written(text, 5, 19) == {"vermont"} and states_written(text, 35, 46) == {"florida"}
    assert state_conflict("The Florida senator", {"vermont"}) and not state_conflict("the senator", {"vermont"})


def test_a_dateline_with_a_date_speaks_for_no_one(nlp):
    """ "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement …, offering …": where
    the story was filed (PolNeAR: Philadelphia had been the speaker of the apology, and against Bradley Cooper)."""
    from analysis.statements import DATELINE

    assert DATELINE.fullmatch("PHILADELPHIA, July 29 (UPI)") and DATELINE.fullmatch("SIOUX FALLS, S.D.")
    assert DATELINE.fullmatch("WASHINGTON, Dec. 3, 2015") and not DATELINE.fullmatch("Tony Blair, PM")
    st, _ = run(nlp, "DNC issues ‘deep and sincere apology’ to Bernie Sanders.\n\nPHILADELPHIA, July 25 (UPI) — The "
                     "Democratic National Committee released a statement at the outset of the party’s convention "
                     "Monday, offering “a deep and sincere apology” to Sen. Bernie Sanders after leaked emails showed "
                     "DNC staff favoring Hillary Clinton.")
    assert not any("philadelphia" in n.lower() for n in st.speaker_name.dropna()), st[["speaker_text", "speaker_name"]]
