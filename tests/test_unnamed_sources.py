"""Issue 29: unnamed people who speak for a body, and deeds others report of a subject."""
from tests.test_statements import run


def _speakers(st):
    return {str(t): n for t, n in zip(st.speaker_text, st.speaker_name)}


def test_a_spokesman_or_officials_named_by_a_body_noun_speak_for_that_body(nlp):
    """"an agency spokesman" after a named agency, "Energy officials" with the US Department of Energy named (not a
    bare "Energy"), "the council's spokesperson" after the Film Council; "union officials" after an airline are not
    the airline (a union is a kind of body the last one named may not be)."""
    st, _ = run(nlp, "Border\n\nU.S. Customs and Border Protection seized 400 pounds of drugs in March. The "
                     "seizures are counted by weight, an agency spokesman told us.\n\nThe US Department of Energy "
                     "received the request in December. Energy officials rejected the request on Friday.\n\nThe "
                     "UK Film Council published its figures. \"The drop was expected,\" the council's "
                     "spokesperson said.\n\nUS Airways cancelled 100 flights. Union officials denied there had been "
                     "a sickout.")
    got = _speakers(st)
    assert "Border Protection" in str(got.get("an agency spokesman")), got
    assert "Energy" in str(got.get("Energy officials")) and "Department" in str(got.get("Energy officials")), got
    assert "Film Council" in str(got.get("the council's spokesperson")), got
    assert str(got.get("Union officials")) != "US Airways", got


def test_a_deed_others_report_of_a_subject_has_no_speaker(nlp):
    """"Gannett reportedly laid off several hundred": someone reports it of Gannett, who says nothing; "Steve Wynn
    reportedly pledged to deliver Celine Dion" is still Wynn's pledge."""
    st, _ = run(nlp, "Layoffs\n\nGannett Co. said on Monday that it would cut costs. Gannett reportedly laid off "
                     "several hundred employees last month. Casino owner "
                     "Steve Wynn reportedly pledged to deliver Celine Dion for the inauguration.")
    gannett = st[st.sentence.str.contains("reportedly laid off")]
    assert not gannett.speaker_name.fillna("").str.contains("Gannett").any(), gannett[["speaker_text", "speaker_name"]]
    wynn = st[st.sentence.str.contains("Wynn")]
    assert wynn.speaker_name.fillna("").str.contains("Wynn").any(), wynn[["speaker_text", "speaker_name"]]


def test_an_elected_or_former_title_is_the_title(nlp):
    """"the president-elect said" is whom the article calls president ("President-elect Donald Trump"), as "the
    president said" would be; "the ex-home secretary" is a "former home secretary" (``title_words``)."""
    from analysis.statements.descriptions import title_words

    st, _ = run(nlp, "Transition\n\nPresident-elect Donald Trump met General James Mattis on Saturday. Later, the "
                     "president-elect said Gen. James Mattis had changed his view on torture.")
    got = _speakers(st)
    assert "Trump" in str(got.get("the president-elect")), got
    assert title_words("the ex-home secretary") == ["the", "home", "secretary"]
