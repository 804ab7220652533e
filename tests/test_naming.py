"""What a naming verb calls whom (``statements.naming``, ``stance.verdicts.named_as``): the label a speaker gives
a named person is their side toward that person, however the parser hangs the words (issue 27)."""
from __future__ import annotations

from analysis.statements.naming import named_object
from tests.test_statements import run


def _side(nlp, text: str, speaker: str, target: str) -> list[int]:
    _, s = run(nlp, "Story\n\n" + text)
    return list(s[(s.speaker_name == speaker) & (s.target_name == target)].polarity)


def test_a_label_given_to_a_name_is_the_speakers_side(nlp):
    cases = [
        # the parser makes "called" a participle of the mayor's name and "on Monday" looked like "called on"
        ('New York Mayor Bill de Blasio called Donald Trump a "blowhard" on Monday.', "Bill de Blasio",
         "Donald Trump", -1),
        # what the target owns is judged in its stead
        ('The Conservative leader Michael Howard branded Tony Blair\'s plan a "gimmick".', "Michael Howard",
         "Tony Blair", -1),
        ('Lib Dem president Simon Hughes branded Michael Howard "arrogant and wrong" for claiming the Tories were '
         'the party of the future.', "Simon Hughes", "Michael Howard", -1),
        ("On Twitter, former Florida Governor Jeb Bush called Donald Trump “unhinged.”", "Jeb Bush", "Donald Trump",
         -1),
        ("Labour MP Alastair Osman called Tony Blair a kind, loving and admirable person.", "Alastair Osman",
         "Tony Blair", 1),
        # a label that judges nothing takes no side
        ('Senator Bernie Sanders called Hillary Clinton "a former secretary of state" on Monday.', "Bernie Sanders",
         "Hillary Clinton", 0),
        # denied, it takes no side either
        ('Tony Blair said he had never called Gordon Brown "arrogant".', "Tony Blair", "Gordon Brown", 0),
    ]
    for text, speaker, target, want in cases:
        assert _side(nlp, text, speaker, target) == [want], text


def test_a_name_given_to_a_thing_is_no_label(nlp):
    """A passive or a thing's participle names, and "called X on Monday" is a telephone call: no object and
    label pair."""
    for text in ("Microsoft is preparing a file-swapping network dubbed Exeem.",
                 "The virus that uses this trick is called Bofra.",
                 "Chelsea manager Jose Mourinho called Frank Lampard on Monday to discuss a new contract.",
                 "The so-called Revolution console will be launched in May."):
        doc = nlp(text)
        assert [t.text for t in doc if named_object(t) is not None] == [], text
    doc = nlp('Former Florida Governor Jeb Bush called Donald Trump "unhinged" on Twitter.')
    (verb,) = [t for t in doc if named_object(t) is not None]
    (a, b), (k, stop) = named_object(verb)
    assert (doc[a:b].text, doc[k:stop].text) == ("Donald Trump", '"unhinged"')


def test_a_label_is_given_by_whoever_gives_it(nlp):
    """A participle in a reported clause with a subject of its own is that subject's act ("her friends …, calling
    Trump …, Susan said": the friends call), and a clause with its own subject says nothing of another's
    ("Cruz is the real conservative and Trump is a charlatan")."""
    text = ('Her liberal friends have mocked Donald Trump\'s campaign, calling Donald Trump "an orange buffoon," '
            'Mary Susan said.')
    st, s = run(nlp, "Story\n\n" + text)
    assert st[st.cue_text == "calling"].speaker_name.isna().all()
    assert -1 not in _side(nlp, text, "Mary Susan", "Donald Trump")
    text = ('"It is being established that Ted Cruz is the real conservative and Donald Trump is a charlatan," '
            'conservative activist Brent Bozell concludes.')
    assert _side(nlp, text, "Brent Bozell", "Donald Trump") == [-1]
    assert _side(nlp, text, "Brent Bozell", "Ted Cruz") == [0]


def test_a_judged_government_judges_who_leads_it(nlp):
    """"Claims from Michael Howard that he led a "grubby government"": a judging word VADER does not rate, on the
    government the target leads, is a verdict on the leader, and "led" is no result of a race here."""
    text = ('Prime Minister Tony Blair shrugged off claims from Conservative leader Michael Howard that he led a '
            '"grubby government".')
    assert _side(nlp, text, "Michael Howard", "Tony Blair") == [-1]
    assert _side(nlp, "Gordon Brown said Tony Blair led the party to victory.", "Gordon Brown", "Tony Blair") == [0]


def test_campaign_verbs_of_attack_take_a_side(nlp):
    """Issue 27: the verbs campaign reporting attacks with ("ripped", "is panning", "fired back at", "took a shot
    at", "took multiple swipes at", "went after", "hit X over Y", "knocked X for Y") oppose whom they aim at;
    "taking questions" attacks no one."""
    cases = [
        ("Tim Canova has repeatedly ripped Debbie Wasserman Schultz on social media.", "Tim Canova",
         "Debbie Wasserman Schultz", [-1]),
        ("Former Mexican president Vicente Fox promptly fired back at Donald Trump over the proposal.", "Vicente Fox",
         "Donald Trump", [-1]),
        ("Former Ohio Secretary of State Ken Blackwell also took a shot at likely Democratic nominee Hillary "
         "Clinton, without specifically naming her.", "Ken Blackwell", "Hillary Clinton", [-1]),
        ("Speaking in Salem, Donald Trump went after Jeb Bush on Monday.", "Donald Trump", "Jeb Bush", [-1]),
        ("Former Florida Governor Jeb Bush is panning Barack Obama's set of measures in an op-ed.", "Jeb Bush",
         "Barack Obama", [-1]),
        ("Donald Trump, who has campaigned as an economic populist, has also hit Hillary Clinton over her husband's "
         "trade policies.", "Donald Trump", "Hillary Clinton", [-1]),
        ("At a rally in Portsmouth, Donald Trump knocked Ted Cruz for not reporting loans from Goldman Sachs.",
         "Donald Trump", "Ted Cruz", [-1]),
    ]
    for text, speaker, target, want in cases:
        assert _side(nlp, text, speaker, target) == want, text
    assert -1 not in _side(nlp, "Donald Trump is taking questions from Jeb Bush supporters in Salem.",
                           "Donald Trump", "Jeb Bush")


def test_taking_a_side_in_a_phrase(nlp):
    """"sided with", "threw her support behind", "came out against": a side by the phrase, toward whom it names;
    "threw an overhead pass" takes none."""
    cases = [
        ("At the time, Bernie Sanders sided with Hillary Clinton on the bill.", "Bernie Sanders", "Hillary Clinton",
         [1]),
        ("Carly Fiorina threw her support behind Senator Ted Cruz on Wednesday.", "Carly Fiorina", "Ted Cruz", [1]),
        ("Senator Lindsey Graham came out against Donald Trump on Monday.", "Lindsey Graham", "Donald Trump", [-1]),
    ]
    for text, speaker, target, want in cases:
        assert _side(nlp, text, speaker, target) == want, text
    _, s = run(nlp, "Story\n\nShane Horgan threw an overhead pass as Ireland attacked.")
    assert (s.polarity == 0).all()
