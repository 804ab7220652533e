"""Red cells that did not mean "A attacks B" in a fifth PolNeAR blind sample (issue 27), and the names behind two
of them (issue 29): a denied attack, a challenge to a debate, a person praised "against" a party, the addressee's
own endorsing, the object of someone else's plain deed, a pronoun after a group named for its cause, and a
participle at a sentence's start."""
from __future__ import annotations

from spacy.tokens import Span

from tests.test_statements import run


def _rows(nlp, text: str) -> dict[tuple[str, str], int]:
    st, s = run(nlp, "Campaign news from Washington\n\n" + text)
    return {(sp, t if isinstance(t, str) else c): p
            for sp, t, c, p in zip(s.speaker_name, s.target_name, s.target_concept, s.polarity)}


def test_an_attack_denied_is_no_support_but_support_withheld_is_against(nlp):
    got = _rows(nlp, "The United States has not publicly accused Russia of being behind the hack of Democratic Party "
                     "computers.")
    assert got.get(("United States", "Russia"), 0) == 0, got
    got = _rows(nlp, "John Kasich, a Republican, has not endorsed Donald Trump.")
    assert got[("John Kasich", "Donald Trump")] == -1, got


def test_a_challenge_to_a_debate_is_no_attack(nlp):
    got = _rows(nlp, "Ted Cruz challenged Donald Trump to a one-on-one debate before Monday's caucus.")
    assert got.get(("Ted Cruz", "Donald Trump"), 0) == 0, got
    got = _rows(nlp, "Ted Cruz challenged Donald Trump over his record on abortion.")
    assert got[("Ted Cruz", "Donald Trump")] == -1, got


def test_praise_of_a_person_is_not_a_side_on_whom_they_run_against(nlp):
    got = _rows(nlp, '"Marco Rubio is still the best candidate against the Democrats," said Anthony Gioia, a donor.')
    assert got[("Anthony Gioia", "Marco Rubio")] == 1, got
    assert got.get(("Anthony Gioia", "Democratic Party"), 0) == 0, got


def test_the_addressees_endorsing_is_theirs(nlp):
    _, s = run(nlp, "Campaign news from Washington\n\nPresident Obama criticized Donald Trump after his attack on "
                    'Khizr Khan. "Why are you still endorsing him?" Obama asked Republicans.')
    sides = list(zip(s.speaker_name, s.target_name, s.polarity))
    assert ("Obama", "Donald Trump", -1) in sides, sides  # the cue "criticized"
    assert not any(p > 0 for _, _, p in sides), sides  # the endorsing is the Republicans'
    _, s = run(nlp, "Campaign news from Washington\n\nPresident Obama criticized Donald Trump after his attack on "
                    'Khizr Khan. "Why do you still support him?" Obama asked Republicans.')
    assert not any(p > 0 for p in s.polarity), s[["speaker_name", "target_name", "polarity"]]


def test_the_object_of_another_ones_plain_deed_takes_no_side(nlp):
    got = _rows(nlp, "Gov. Mike Pence on Thursday blamed the media for making an issue out of Donald Trump’s claim "
                     "that President Barack Obama “founded ISIS,” saying they were nitpicking at Trump's wording "
                     "while missing the larger truth of Trump's remarks.")
    assert got.get(("Donald Trump", "Islamic State"), 0) == 0, got
    # a hostile act keeps its side: the speaker says Obama should be sacked, against him
    got = _rows(nlp, 'Mike Pence said voters should sack Barack Obama.')
    assert got[("Mike Pence", "Barack Obama")] == -1, got


def _mentions_with(nlp, text: str, names: dict[str, str]) -> list[tuple[str, str]]:
    """The mentions of ``text`` when the NER tags only ``names`` (word → label): the rules after the NER, whatever
    the model says on a short text."""
    from analysis.actors import doc_mentions
    from analysis.nlp import Parsed, paragraph_starts

    doc = nlp(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label=names[t.text]) for t in doc if t.text in names]
    rows, _ = doc_mentions(Parsed("t", 0, doc), 0, paragraph_starts(text))
    return [(r["text"], r["label"]) for r in rows]


def test_a_group_named_for_its_cause_is_no_person(nlp):
    """"Coalition Against" + the NER's "Trump" (a person): a group (a PolNeAR article, whose "He's dangerous" went
    to the coalition)."""
    got = _mentions_with(nlp, "Cleveland gets ready.\n\nNow, the Coalition Against Trump and a growing list of "
                              "fired-up groups are applying for permits to march.", {"Trump": "PERSON"})
    assert ("Coalition Against Trump", "PERSON") not in got, got


def test_a_participle_that_opens_a_sentence_is_no_name(nlp):
    """The NER's "Conceding" (PERSON) at the head of "Conceding that …, he warned" is a verb."""
    got = _mentions_with(nlp, "Obama leaves London.\n\nConceding that there would likely be a trade agreement down "
                              "the line, he warned that Britain would be at the back of the queue.",
                         {"Conceding": "PERSON"})
    assert not any(t == "Conceding" for t, _ in got), got
    # a name the tagger reads as a verb's "-ing" form stays a name: no verb "groene"
    got = _mentions_with(nlp, "The Simpsons.\n\nGroening recently heaped praise on The Office, saying: \"Everybody "
                              'on The Simpsons is a fan."', {"Groening": "PERSON"})
    assert ("Groening", "PERSON") in got, got



def test_what_a_thing_does_to_someone_is_no_side_on_them(nlp):
    """``predicates.thing_deed``: a BBC blind sample read "a win by Mr Kerry would have given Mr Blair the chance
    of a fresh start" as support for Blair."""
    got = _rows(nlp, "Charles Kennedy said a win by John Kerry would have given Tony Blair the chance of a fresh "
                     "start.")
    assert ("Charles Kennedy", "Tony Blair") in got and got[("Charles Kennedy", "Tony Blair")] == 0, got


def test_him_after_a_named_subject_in_apposition_is_someone_else(nlp):
    """"The Tory co-chairman, Liam Fox, called him …": "him" is not Fox (``clause_subject``)."""
    _, s = run(nlp, "Blair on the campaign\n\nTony Blair was an issue in the campaign for many voters.\n\nThe Tory "
                    "co-chairman, Liam Fox, called him a disappointment on Saturday.")
    assert "Liam Fox" not in set(s.target_name.dropna()), s[["speaker_name", "target_name", "polarity"]]


def test_he_who_spoke_long_ago_gives_way_to_whom_the_article_named_since(nlp):
    st, _ = run(nlp, "Obama leaves London\n\nIn a statement to the Observer, Clinton's senior policy adviser, Jake "
                     'Sullivan, said: "Hillary Clinton believes that transatlantic cooperation is essential."\n\n'
                     "Barack Obama departs the UK for Germany today. In Berlin thousands of Germans will protest "
                     "against the trade deal.\n\nBut he leaves behind a furious backlash against his statements.\n\n"
                     'Conceding that there would be a trade agreement, he warned: "It is not going to happen soon."')
    warned = st[st.cue_lemma == "warn"]
    assert list(warned.speaker_name) == ["Barack Obama"], st[["speaker_text", "speaker_name", "cue_lemma"]]


def test_ones_own_feeling_about_ones_own_deed_is_no_side(nlp):
    """A BBC blind sample: the coach's "She was pleased with her run" read as his support for Kelly Holmes."""
    got = _rows(nlp, 'Coach Max Jones said: "Kelly Holmes was in Birmingham. She was pleased with her run."')
    assert not any(p for (sp, t), p in got.items() if t == "Kelly Holmes"), got
    got = _rows(nlp, '"I was pleased with Kelly Holmes," said coach Max Jones.')
    assert got[("Max Jones", "Kelly Holmes")] == 1, got


def test_a_pollsters_reading_of_a_race_is_no_side_but_their_cue_is(nlp):
    """``cue_sides.analysts``: PolNeAR blind samples judged a pollster's "better positioned" and "bad political news
    for the Republicans" no side."""
    got = _rows(nlp, '"Donald Trump is in a strong position and he has done a great job with working-class voters," '
                     "said Andy Smith, a pollster at the University of New Hampshire.")
    assert got.get(("Andy Smith", "Donald Trump"), 0) == 0, got
    got = _rows(nlp, "Andy Smith, a pollster at the University of New Hampshire, harshly criticized Donald Trump.")
    assert got[("Andy Smith", "Donald Trump")] == -1, got


def test_an_office_given_is_a_fact_not_a_side(nlp):
    """Reuters-21578, judged blind: "President Reagan announced that Paul Volcker would not accept a third term … and
    that Alan Greenspan was nominated as his replacement" was Reagan against Greenspan, the tone of the clause
    before; being nominated, appointed or elected is what happens to someone (``predicates.OUTCOME_VERBS``)."""
    got = _rows(nlp, "President Reagan announced that Paul Volcker would not accept a third term as Federal Reserve "
                     "Chairman and that Alan Greenspan was nominated as his replacement.")
    assert not [p for (s, t), p in got.items() if t == "Alan Greenspan" and p], got


def test_taking_up_a_call_to_apologise_is_no_support(nlp):
    """BBC: "Mr Blair repeated calls for the mayor to apologise for likening the reporter … to a concentration camp
    guard" read as Blair for Ken Livingstone (the model's tone, once the registry's party made the mayor a political
    actor); a cue that takes up a call to stop, resign or apologise carries the call's side (``cue_sides._JOINING_CUES``)."""
    from analysis.stance import cue_polarity

    assert cue_polarity("repeat", "calls for the mayor to apologise for likening the reporter")[0] == -1
    assert cue_polarity("back", "growing calls for him to resign")[0] == -1
    assert cue_polarity("back", "calls for a public inquiry")[0] == 1  # backing the call itself
    got = _rows(nlp, "London mayor Ken Livingstone, a Labour politician, likened a reporter to a guard. Tony Blair "
                     "repeated calls for the mayor to apologise for likening the reporter, Oliver Finegold, to a "
                     "concentration camp guard.")
    assert not [p for (s, t), p in got.items() if t == "Ken Livingstone" and p > 0], got
