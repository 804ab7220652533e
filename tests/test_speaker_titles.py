"""Who a source phrase names when it holds another's name or a state's title (issue 29; rows a blind judge of
PolNeAR red cells found wrong): "one Sanders supporter" is not Sanders, "Indiana governor" is the governor the
article names ("Indiana Gov. Mike Pence"), not the state, and "the Muhammad Ali Center" is no person whose name
keeps "Muhammad Ali" from being the full name "Ali" joins."""
from __future__ import annotations

from tests.test_actors import run as mentions_of
from tests.test_statements import run


def test_a_supporter_is_not_the_one_supported(nlp):
    st, _ = run(nlp, "Story\n\nBernie Sanders spoke in Kentucky.\n\n\"Hillary doesn't even care anymore,\" wrote one "
                     "Sanders supporter, tweeting a link to a story.")
    wrote = st[st.cue_lemma == "write"]
    assert len(wrote) == 1 and wrote.speaker_actor_id.isna().all()


def test_a_states_title_is_its_holder(nlp):
    st, _ = run(nlp, "Indiana governor endorses Cruz\n\nIndiana Gov. Mike Pence said Friday he would vote for Ted "
                     "Cruz.")
    endorse = st[st.cue_lemma == "endorse"]
    assert list(endorse.speaker_name) == ["Mike Pence"]
    # the office by its head alone ("Gov. Mike Pence (R)"), when the article titles one person so
    st, _ = run(nlp, "Indiana governor endorses Cruz\n\nTed Cruz received the endorsement of Gov. Mike Pence (R) on "
                     "Friday.")
    assert list(st[st.cue_lemma == "endorse"].speaker_name) == ["Mike Pence"]


def test_an_institution_named_after_a_person_is_no_person(nlp):
    m = mentions_of(nlp, "Mourners\n\nThose mourning Muhammad Ali's death gathered at the Muhammad Ali Center.\n\n"
                         "Ali rebuked Donald Trump in December.")
    assert set(m[m.text == "Muhammad Ali Center"].actor_type) == {"organization"}
    assert set(m[m.text == "Ali"].actor_name) == {"Muhammad Ali"}
    # nor is a pairing of two names ("the Muhammad Ali-Joe Frazier fight"); a hyphenated surname stays one name
    m = mentions_of(nlp, "Mourners\n\nThose mourning Muhammad Ali's death recalled the Muhammad Ali-Joe Frazier "
                         "fight.\n\nAli rebuked Donald Trump in December. Judge Raquel Montoya-Lewis ruled.")
    assert set(m[m.text == "Ali"].actor_name) == {"Muhammad Ali"}
    assert "Raquel Montoya-Lewis" in set(m.actor_name)


def test_a_spokespersons_pronoun_speaks_for_the_body(nlp):
    """"…, a spokeswoman for the Service Employees International Union said. "…," she said": the union again (a
    Postlight tuning page had left the second statement with no speaker); not a spokesman's "she", nor after a
    person is named."""
    st, _ = run(nlp, "Strike\n\nThe striking workers are not aiming to disrupt travel, a spokeswoman for the Service "
                     "Employees International Union said last week.\n\n\"They do want to gain public support,\" she "
                     "said.")
    assert list(st.speaker_name) == ["Service Employees International Union"] * 2
    st, _ = run(nlp, "Strike\n\nThe workers are not aiming to disrupt travel, a spokesman for the Service Employees "
                     "International Union said last week.\n\n\"They do want to gain public support,\" she said.")
    assert st.speaker_name.iloc[1] != "Service Employees International Union"


def test_a_stray_mark_is_no_subject(nlp):
    """"J. David Cox Sr., who …, warned" parses "Sr" and "." as two subjects: the name speaks (a Postlight page)."""
    st, _ = run(nlp, "Energy workers fear\n\nAmerican Federation of Government Employees President J. David Cox Sr., "
                     "who also represents Energy employees, warned against \"a return to the political witch hunts of "
                     "the 1950s.\"")
    assert list(st[st.cue_lemma == "warn"].speaker_name) == ["J. David Cox Sr"]


def test_a_title_next_to_a_name_is_read_by_its_parts():
    """The apposition tests compile only the title per title (a compiled pattern per title had cost 1 ms each):
    "by Chancellor" and "Actor" opening a paragraph are titles before a name, "shadow chancellor" is another
    title; ", the late neurologist," is one after it, ", the neurologist's" and "the neurologists" are not."""
    from analysis.statements import titled_after, titled_before

    assert titled_before("chancellor", "was welcomed by Chancellor ")
    assert titled_before("actor", "\nActor ") and titled_before("prime minister", "(Prime  Minister's ")
    assert not titled_before("chancellor", "said shadow chancellor ")
    text = "Oliver Sacks, the late neurologist, said; Ann Bee, the neurologist's wife; Cy Dee, the neurologists"
    assert titled_after("neurologist", text, len("Oliver Sacks"), len(text))
    at = text.index("Ann Bee") + len("Ann Bee")
    assert not titled_after("neurologist", text, at, len(text))
    at = text.index("Cy Dee") + len("Cy Dee")
    assert not titled_after("neurologist", text, at, len(text))
    assert titled_after("neurologists", text, at, len(text))  # (the text ends with the title)
