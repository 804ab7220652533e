"""Statements, speakers, targets and stance on the reference article and on small texts."""
import pandas as pd

from analysis.actors import resolve
from analysis.corpus import make_article
from analysis.extract import derive_piece
from analysis.nlp import Parsed, paragraph_starts, parser_text
from analysis.registry import load_registry
from analysis.stance import build_stance, cue_polarity, target_polarity
from analysis.statements import attach_speakers, doc_statements, quote_spans


def run(nlp, text):
    art = pd.DataFrame([make_article("t", None, text)])
    t = art.text[0]
    piece = Parsed("t", 0, nlp(parser_text(t)), t)
    d = derive_piece(piece, 0, paragraph_starts(t))  # as extract derives each piece
    m = resolve(pd.DataFrame(d["mentions"]), art, load_registry())
    st = attach_speakers(pd.DataFrame(d["statements"]), m, art, pd.DataFrame(d["sentences"]))
    return st, build_stance(st, m, pd.DataFrame(d["scores"]), {"t": t})


def stance_of(ex, speaker, target=None, concept=None):
    s = ex.stance[ex.stance.speaker_actor_id == speaker]
    if target:
        s = s[s.target_actor_id == target]
    if concept:
        s = s[s.target_concept.fillna("").str.contains(concept)]
    return list(s.polarity)


def test_reference_article_statements(seed_run):
    ex, _ = seed_run
    st = ex.statements
    speakers = set(st.speaker_actor_id.dropna())
    assert {"USA-adrienne-watson", "USA-john-kirby", "USA-linda-thomas-greenfield", "MED-NYT", "USA", "GBR", "KOR",
            "JPN"} <= speakers
    w = st[st.speaker_actor_id == "USA-adrienne-watson"]
    assert set(w.speaker_affiliation) == {"USA-NSC"} and "direct" in set(w.kind)
    assert "she" in set(w.speaker_text)  # "she told media" resolved to Watson
    k = st[st.speaker_actor_id == "USA-john-kirby"]
    assert {"expressed", "called", "revealed"} <= set(k.cue_text) and set(k.speaker_affiliation) == {"USA-NSC"}
    nyt = st[(st.speaker_actor_id == "MED-NYT") & (st.cue_text == "quoted")]
    assert len(nyt) == 1 and "US officials" in nyt.content_text.iloc[0]
    joint = st[st.cue_text == "announced"]
    assert set(joint.speaker_actor_id) == {"USA", "GBR", "KOR", "JPN"}
    assert joint.content_text.str.contains("violation of UN Security Council resolutions").all()


def test_reference_article_stance(seed_run):
    ex, _ = seed_run
    assert stance_of(ex, "USA-adrienne-watson", concept="arms negotiations") == [-1]
    assert -1 in stance_of(ex, "USA-john-kirby", concept="future arms shipments")  # expressed concern about them
    kirby_prk = ex.stance[(ex.stance.speaker_actor_id == "USA-john-kirby") & (ex.stance.target_actor_id == "PRK")]
    assert (kirby_prk.polarity == -1).all() and kirby_prk.decided_by.str.contains("put an end").any()
    # "these weapons will be used against Ukraine": Ukraine is who is threatened, not whom she opposes
    assert stance_of(ex, "USA-linda-thomas-greenfield", target="UKR") == [0]
    # … and "these weapons" are those the sentence before has Russia obtaining: she is against Russia
    green_rus = ex.stance[(ex.stance.speaker_actor_id == "USA-linda-thomas-greenfield")
                          & (ex.stance.target_actor_id == "RUS")]
    assert list(green_rus.polarity) == [-1] and green_rus.evidence.str.contains("used against Ukraine").all()
    # "According to the American newspaper, Putin wants his country to get artillery": no side on Putin
    assert not (ex.stance[ex.stance.target_actor_id == "RUS-vladimir-putin"].polarity > 0).any()
    joint = ex.stance[ex.stance.cue_text == "announced"]
    for state in ("USA", "GBR", "KOR", "JPN"):
        mine = joint[joint.speaker_actor_id == state].set_index("target_actor_id").polarity
        assert mine["RUS"] == -1 and mine["PRK"] == -1
    assert ex.stance.evidence.notna().all()


def test_quote_forms_and_null_speaker(nlp):
    st, _ = run(nlp, "Talks stall\n\n“We will not accept this,” said Maria Delgrande, the foreign minister. "
                     "“It is a provocation.”\n\nAccording to Reuters, the talks collapsed.\n\n"
                     "“Nobody knows what comes next,” it was said.")
    d = st[(st.speaker_text == "Maria Delgrande, the foreign minister") & (st.cue_text == "said")]
    assert len(d) == 1 and d.kind.iloc[0] == "direct" and d.speaker_actor_id.iloc[0] == "person:maria-delgrande"
    assert d.content_text.iloc[0] == "“We will not accept this,”"
    acc = st[st.kind == "according_to"]
    assert acc.speaker_text.iloc[0] == "Reuters" and "talks collapsed" in acc.content_text.iloc[0]
    inherited = st[st.content_text == "“It is a provocation.”"]
    assert inherited.speaker_actor_id.iloc[0] == "person:maria-delgrande"
    assert st[st.content_text.fillna("").str.contains("Nobody knows")].speaker_actor_id.isna().all()


def test_cue_polarity_and_target_polarity():
    assert cue_polarity("condemn", "")[0] == -1 and cue_polarity("praise", "")[0] == 1
    assert cue_polarity("urge", "to stop the shelling")[0] == -1
    assert cue_polarity("praise", "", negated=True)[0] == -1
    text = "Critics slammed Senator Bob Quillfeather for his disastrous and corrupt handling of the budget."
    s = text.index("Bob")
    assert target_polarity(text, s, s + len("Bob Quillfeather")) == -1
    text = "Fans cheered Mayor Ann Voss, praising her brilliant and generous leadership."
    s = text.index("Ann")
    assert target_polarity(text, s, s + len("Ann Voss")) == 1


def test_quote_spans_curly_and_straight():
    t = 'He said "first part," and then “second part across. Two sentences.” end'
    assert [t[a:b] for a, b in quote_spans(t)] == ['"first part,"', "“second part across. Two sentences.”"]


def test_quote_spans_with_mismatched_or_missing_marks():
    # a curly quote closed by a straight or a reversed mark, and one left open at its paragraph's end, end there;
    # a quote that goes on in a paragraph opening with a quote mark runs on
    t = ("“I think it is prudent.\"\n\nRepublicans say “no”. “He was here,“ said Jim.\n\n“Make it great.\n\n"
         "To that, he said fine.\n\n“Para one.\n\n“Para two,” she said.")
    assert [t[a:b] for a, b in quote_spans(t)] == [
        "“I think it is prudent.\"", "“no”", "“He was here,“", "“Make it great.", "“Para one.\n\n“Para two,”"]


def test_straight_quotes_paired_by_their_shape():
    # a quote of several paragraphs whose breaks were lost leaves each paragraph's quote open; the next
    # opening-shaped mark starts a new quote instead of closing the old one (pairing in turn inverted them);
    # a closing-shaped stray (an inch mark) opens nothing; a straight mark may close with ”; one left open
    # before a paragraph in quotes runs on, else it ends with its sentence
    t = ('He is 6\'2" tall. Crime fell," said Ann Lee. "In general, we gained. Costs fell. "This is a barrier." '
         'Such cars sell. "Range is great," said Bo Kim. "What is their range? "Not that tall," he said.')
    assert [t[a:b] for a, b in quote_spans(t)] == [
        '"In general, we gained. Costs fell.', '"This is a barrier."', '"Range is great,"',
        '"What is their range?', '"Not that tall,"']
    t = 'He said "it works.” Then\n\n"Para one.\n\n"Para two," she said. "Left open. Not this.\nNext.'
    assert [t[a:b] for a, b in quote_spans(t)] == [
        '"it works.”', '"Para one.\n\n"Para two,"', '"Left open.']
    # thousands of paragraphs opening with a mark never closed: no recursion error, every paragraph covered
    t = "\n\n".join(f'"Para {i} goes on' for i in range(1500))
    q = quote_spans(t)
    assert q[0][0] == 0 and q[-1][1] == len(t) and all(b < c for (_, b), (c, _) in zip(q, q[1:]))
    # the sentence that leads into the next quote is narration, not the end of the open one
    t = 'Cut. "His speech confirms it. In reply to that, Mr Milburn said: "He is wrong."'
    assert [t[a:b] for a, b in quote_spans(t)] == ['"His speech confirms it.', '"He is wrong."']


def test_continuation_quotes_keep_their_speaker_when_paragraph_breaks_are_lost(nlp):
    text = ('Cars\n\n"Safety is not the only issue," said Dr Avineri. "In general, users must change. '
            'Older users may refuse. "This may be a barrier." Such vehicles may find a niche. '
            '"The concept is great," said Dr Gillingwater. "What is their range?')
    st, _ = run(nlp, text)
    got = {r.content_text.strip('" '): r.speaker_text for r in st.itertuples()}
    assert got["In general, users must change. Older users may refuse."] == "Dr Avineri"
    assert got["This may be a barrier."] == "Dr Avineri"
    assert got["The concept is great,"] == "Dr Gillingwater"
    assert got["What is their range?"] == "Dr Gillingwater"
    assert not any("said Dr" in c for c in got)


def _rows(nlp, text, words):
    piece = Parsed("t", 0, nlp(parser_text(text)), text)
    probs = {tok.i: 0.9 for tok in piece.doc if tok.text in words}

    def part(r, k):
        return text[r[k + "_start"]:r[k + "_end"]] if r[k + "_start"] is not None else None
    return [(part(r, "speaker"), part(r, "cue"), part(r, "content")) for r in doc_statements(piece, probs=probs)]


def test_split_quotes_subjects_in_quotes_and_sourceless_cues(nlp):
    # a quote split by its cue keeps its speaker, though the speaker sits between the two parts
    got = _rows(nlp, 'Talks\n\n"This deal must come with enforcement," she said, "and clear consequences."', {"said"})
    assert got == [("she", "said", '"This deal must come with enforcement," she said, "and clear consequences."')]
    # a quoted pronoun the parser gave the cue as a second subject is not the speaker
    got = _rows(nlp, 'Talks\n\n"The early states are important, but they [award] only 4 percent of the '
                     'delegates," campaign manager Robby Mook said.', {"said"})
    assert [g[0] for g in got] == ["campaign manager Robby Mook"]
    # the complement of a relative-clause cue does not run back over its speaker
    got = _rows(nlp, "Talks\n\nThe governor vetoed a bill, which critics said was discriminatory.", {"said"})
    assert ("critics", "said", "was discriminatory") in got
    # a detected cue with no source and no complement keeps its own phrase as the content, with no speaker
    got = _rows(nlp, "Talks\n\nDelaware and Maryland are widely seen as Clinton strongholds.", {"seen"})
    assert len(got) == 1 and got[0][0] is None and "as Clinton strongholds" in got[0][2]


def test_transcript_lines_and_section_labels(nlp):
    text = ("Interview with a farmer\n\nQ: Did the service take care of you?\n\nA: No, no one did. No one checked."
            "\n\nFALLIN: Well, the whole nation needs to work together.\n\nUPDATE: The meeting was moved to Friday."
            "\n\nThe talks ended: nobody signed.")
    st, _ = run(nlp, text)
    colon = st[st.cue_text == ":"]
    assert list(colon.speaker_text) == ["Q", "A", "FALLIN"]  # not the section label, not a mid-text colon
    assert colon.content_text.iloc[1] == "No, no one did. No one checked"  # the whole answer paragraph
    assert colon.speaker_actor_id.iloc[:2].isna().all()  # no actor is guessed for "Q" and "A"


def test_nominal_cue_source_and_content(nlp):
    """A nominal cue the detector finds takes its possessor or a "from"/"by" object as source and its clause or
    prepositional phrase as content; it is kept even without a "that" clause."""
    text = "Talks\n\nMerkel's support for the sanctions surprised many diplomats in Brussels."
    art = pd.DataFrame([make_article("t", None, text)])
    t = art.text[0]
    piece = Parsed("t", 0, nlp(parser_text(t)), t)
    noun = next(tok for tok in piece.doc if tok.lower_ == "support")
    raw = doc_statements(piece, probs={noun.i: 0.9})
    got = [(t[r["speaker_start"]:r["speaker_end"]], t[r["cue_start"]:r["cue_end"]],
            t[r["content_start"]:r["content_end"]]) for r in raw]
    assert ("Merkel", "support", "for the sanctions") in got
    text2 = "Talks\n\nThe criticism from Democrats about the tax plan grew louder."
    piece2 = Parsed("t", 0, nlp(parser_text(text2)), text2)
    noun2 = next(tok for tok in piece2.doc if tok.lower_ == "criticism")
    raw2 = doc_statements(piece2, probs={noun2.i: 0.9})
    got2 = [(text2[r["speaker_start"]:r["speaker_end"]] if r["speaker_start"] is not None else None,
             text2[r["content_start"]:r["content_end"]]) for r in raw2]
    assert ("Democrats", "about the tax plan") in got2


def _forced(nlp, text, words):
    """Statements of ``text`` with the cue detector forced to fire on exactly ``words``."""
    piece = Parsed("t", 0, nlp(parser_text(text)), text)
    probs = {tok.i: 0.9 for tok in piece.doc if tok.text in words}
    out = {}
    for r in doc_statements(piece, probs=probs):
        who = text[r["speaker_start"]:r["speaker_end"]] if r["speaker_start"] is not None else None
        out[text[r["cue_start"]:r["cue_end"]]] = who
    return out


def test_parse_slips_that_hide_a_plain_subject(nlp):
    # "'s" read as the passive "is" where it is "has"
    assert _forced(nlp, "Talks\n\nHe's said he gets his ideas about monetary policy from a speech.", {"said"}) == {
        "said": "He"}
    # the second verb of a coordination hung on the first one's complement ("shameful")
    text = "Talks\n\nHe called it \"shameful\" and called on leaders \"not to feed that dark impulse inside of us.\""
    piece = Parsed("t", 0, nlp(parser_text(text)), text)
    second = [t.i for t in piece.doc if t.text == "called"][1]
    raw = doc_statements(piece, probs={second: 0.9})
    assert [text[r["speaker_start"]:r["speaker_end"]] for r in raw] == ["He"]


def test_speakers_of_raising_passive_inverted_and_participle_cues(nlp):
    # "seem"/"appear" and passive subjects do not speak; the asked person of "Asked about …" is not its speaker
    assert _forced(nlp, "Talks\n\nThe minister seemed to suggest that the talks had failed.", {"seemed"}) == {
        "seemed": None}
    got = _forced(nlp, "Talks\n\nAsked about the deal, Merkel said it was good for Europe.", {"Asked", "said"})
    assert got.get("said") == "Merkel" and got.get("Asked") is None
    # an inverted "“…,” said Name" whose name the parser took for an object
    got = _forced(nlp, "Talks\n\n\"We should oppose that,\" said Jim Bopp, a conservative member of the committee.",
                  {"said"})
    assert got["said"].startswith("Jim Bopp")
    # … or for the subject of a clause of its own; the whole phrase after the cue is the source
    got = _forced(nlp, "Talks\n\n\"What's shaping up is a battle for the ages,\" said David Brock, a Clinton "
                       "confidant who heads the pro-Clinton super PAC Correct the Record.", {"said"})
    assert got["said"] == "David Brock, a Clinton confidant who heads the pro-Clinton super PAC Correct the Record"
    # a finite cue the parser left without a subject takes the noun phrase just before it
    got = _forced(nlp, "Talks\n\nIn a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
                       "“Hillary Clinton believes that transatlantic cooperation is essential.”", {"said"})
    assert got["said"] == "Jake Sullivan"
    # a second cue the parser hung in the first one's reported clause takes the first one's speaker
    got = _forced(nlp, "Talks\n\nSpeaking to supporters on Monday, Suu Kyi said it was too early to congratulate "
                       "winners but added, \"I think you all have an idea of the results.\"", {"said", "added"})
    assert got["added"] == "Suu Kyi"
    # not for a participle after a quote, whose speaker is the clause's subject, nor for the addressee of "told"
    got = _forced(nlp, "Talks\n\nTrump has hailed the vote as “fantastic,” telling reporters that he was glad.",
                  {"telling"})
    assert got["telling"] == "Trump"
    # a participle inside a prepositional phrase takes the clause's subject
    got = _forced(nlp, "Talks\n\nGary Hart started winning Senate campaigns by denouncing the New Deal.",
                  {"denouncing"})
    assert got["denouncing"] == "Gary Hart"
    # a finite cue the parser took for a participle modifying its subject ("poll" + acl "found" + clause)
    got = _forced(nlp, "Talks\n\nA Quinnipiac University poll found last week that Clinton would beat Trump in a "
                       "general election.", {"found"})
    assert got["found"] == "A Quinnipiac University poll"
    # a psych verb whose object holds the attitude (WordNet: verb.emotion, "Something ----s somebody")
    got = _forced(nlp, "Talks\n\nMany Democrats were angered by the deal.", {"angered"})
    assert got["angered"] == "Many Democrats"  # not the agent "the deal"
    got = _forced(nlp, "Talks\n\nSanders's recent attacks on Clinton have alarmed her supporters.", {"alarmed"})
    assert got["alarmed"] == "her supporters"
    got = _forced(nlp, "Talks\n\nMany voters want a change in Washington.", {"want"})
    assert got["want"] == "Many voters"  # an experiencer-subject verb keeps its subject
    # a nominal cue's "among"/"from"/"by" object is its source even with a possessor (what is supported)
    got = _forced(nlp, "Talks\n\nIn South Carolina, Clinton's deep support among black voters gives her an "
                       "advantage.", {"support"})
    assert got["support"] == "black voters"
    # the object of "tell" is the addressee, never the speaker, even after a quote
    got = _forced(nlp, "Talks\n\n“Yes, I support Ted Cruz,” Brent Bozell III, founder of the Media Research Center, "
                       "tells Breitbart News in an exclusive interview.", {"tells"})
    assert got["tells"] is None or got["tells"].startswith("Brent Bozell")  # null when the parser loses the name


def test_colon_lines_need_words_and_headline_names(nlp):
    text = ("Lewandowski: FBI director acted as judge and jury\n\nCorey Lewandowski, the former campaign manager, "
            "spoke on Monday.\n\nHillary Clinton: 1,769.\n\nBernie Sanders: 1,501.")
    st, _ = run(nlp, text)
    colon = st[st.cue_text == ":"]
    assert list(colon.speaker_text) == ["Lewandowski"]  # the headline's name, found as a name in the text
    assert not colon.content_text.str.contains("1,").any()  # delegate tallies are not statements


def test_the_detector_admits_headline_colons_the_name_rules_miss(nlp):
    """PolNeAR marks "Poll: …" and a verbless headline ("Lynch: No outside influence …") as attributions; the
    name rules refuse both (a section word, no verb), so the cue detector's call on the colon decides."""
    for text, speaker in (("Poll: Bernie Sanders Burns Hillary Clinton With First-Ever National Lead.\n\n"
                           "Sanders leads by two points.", "Poll"),
                          ("Lynch: No outside influence on FBI probe into Clinton emails.\n\nThe attorney "
                           "general spoke on Tuesday.", "Lynch")):
        piece = Parsed("t", 0, nlp(text), text)
        colon = next(t.i for t in piece.doc if t.text == ":")
        raw = doc_statements(piece, probs={colon: 0.9})
        got = [(text[r["speaker_start"]:r["speaker_end"]], text[r["content_start"]:r["content_end"]])
               for r in raw if r["cue_lemma"] == ":"]
        assert got and got[0][0] == speaker and got[0][1].startswith(text[text.index(":") + 2:][:12])
        # below the threshold the rules alone decide, and they refuse
        assert not [r for r in doc_statements(piece, probs={colon: 0.1}) if r["cue_lemma"] == ":"]


def test_relative_pronoun_speaker_and_indefinite_role_noun(nlp):
    st, _ = run(nlp, "Talks\n\nThe plan was criticized by Angela Merkel, who said it would fail. A report, which "
                     "was published on Monday, said the talks had stalled.")
    said = st[st.cue_text == "said"].set_index("content_text")
    # the antecedent through the pronoun: the span names the speaker, whose actor resolves
    assert said.loc["it would fail", "speaker_text"] == "Angela Merkel, who"
    assert said.loc["it would fail", "speaker_actor_id"] == "DEU-angela-merkel"
    # "a report" introduces a new source: it is not the last speaker
    assert pd.isna(said.loc["the talks had stalled", "speaker_actor_id"])


def test_quoted_as_saying_content_spans_the_quoted_and_their_words(nlp):
    """"quoted X as saying …": the content is X and what X said (PolNeAR's span), so the targets come from the
    words, not from X alone."""
    text = ("Travel\n\nThe New York Times had quoted US officials as saying that Kim Jong Un plans to travel to "
            "Russia this month.")
    piece = Parsed("t", 0, nlp(parser_text(text)), text)
    probs = {tok.i: 0.9 for tok in piece.doc if tok.text == "quoted"}
    raw = doc_statements(piece, probs=probs)
    got = {text[r["cue_start"]:r["cue_end"]]: text[r["content_start"]:r["content_end"]] for r in raw}
    assert got["quoted"] == "US officials as saying that Kim Jong Un plans to travel to Russia this month"


def test_decided_by_names_the_words_that_pushed_the_decision(nlp):
    """A support/oppose decision lists the words that pushed the model that way (by weight), not every
    sentiment word of the sentence: "strong" argues against an oppose decision, "weak" against a support one."""
    from analysis.stance import polarity_of_span

    def decided(text, target):
        doc = nlp(text)
        i = text.index(target)
        return polarity_of_span(doc.char_span(i, i + len(target)))

    pol, _, words = decided("Despite strong sales, analysts warned that the plan by Smith would ruin the company.",
                            "Smith")
    assert pol == -1 and "ruin" in words and "strong" not in words
    pol, _, words = decided("Analysts praised Google for its strong results despite weak markets.", "Google")
    assert pol == 1 and "praised" in words and "weak" not in words


def test_it_resolves_to_an_organization_speaker_never_a_person(nlp):
    """"It said" takes the organization that spoke in this or the last sentence; after a person spoke, "it"
    stays unresolved rather than becoming that person."""
    st, _ = run(nlp, "Results\n\nThe Hollowfield Corporation said profits rose. It added that sales would grow.")
    it = st[st.speaker_text == "It"]
    assert len(it) == 1 and it.speaker_actor_id.iloc[0] == st[st.cue_text == "said"].speaker_actor_id.iloc[0]
    assert it.speaker_actor_id.iloc[0] is not None
    st, _ = run(nlp, "Results\n\nJohn Smith, the chief executive, said profits rose sharply. It said sales would grow.")
    assert st.speaker_actor_id.iloc[0] == "person:john-smith"
    it = st[st.speaker_text == "It"]
    assert len(it) == 1 and it.speaker_actor_id.isna().all()


def test_clause_not_addressee_is_the_content(nlp):
    """"told reporters that …", "urged Pyongyang to halt …": the clause is the content, the object the
    addressee; a cue with only an object keeps it as content ("announced the deal")."""
    def contents(text, word):
        piece = Parsed("t", 0, nlp(parser_text(text)), text)
        raw = doc_statements(piece, probs={tok.i: 0.9 for tok in piece.doc if tok.text == word})
        return [(text[r["content_start"]:r["content_end"]],
                 text[r["object_start"]:r["object_end"]] if (r["object_start"] or -1) >= 0 else None) for r in raw]

    assert contents("Talks\n\nKirby told reporters that the talks were advancing.", "told") == [
        ("that the talks were advancing", "reporters")]
    assert contents("Talks\n\nThe ministers urged Pyongyang to halt the tests.", "urged") == [
        ("to halt the tests", "Pyongyang")]
    assert contents("Talks\n\nThe company announced the deal on Monday.", "announced") == [("the deal", None)]


def test_content_of_cut_quotes_parentheticals_adjectives_and_passives(nlp):
    """Cues whose content is not a complement of their own: a quote the splitter cut off before "Smith said",
    the clause around a parenthetical "Rubio said", an adjective's clause ("were optimistic that"), and the
    subject of a passive cue ("The move was criticized by …", as PolNeAR annotates it)."""
    cases = [("\"There is a special place for people like her.\" Smith said last week.", "said",
              "\"There is a special place for people like her.\"", "Smith"),
             ("If the law conflicts with the faith, Rubio said, believers must ignore the law.", "said",
              "If the law conflicts with the faith, Rubio said, believers must ignore the law", "Rubio"),
             ("The senator's advisers were optimistic that he would win the primary.", "were",
              "that he would win the primary", "The senator's advisers"),
             ("The move was hotly criticized by left-leaning economists.", "criticized", "The move",
              "left-leaning economists")]
    for body, word, content, speaker in cases:
        text = "Talks\n\n" + body
        piece = Parsed("t", 0, nlp(parser_text(text)), text)
        raw = doc_statements(piece, probs={tok.i: 0.9 for tok in piece.doc if tok.text == word})
        got = [(text[r["content_start"]:r["content_end"]], text[r["speaker_start"]:r["speaker_end"]]) for r in raw]
        assert got == [(content, speaker)], body


def test_an_actor_in_a_modifier_of_the_speaker_is_not_the_speaker(nlp):
    # a place or a clause that only modifies the speaker's head names nobody who speaks; a capital in a phrase
    # naming its officials acts for its state; "for", "at" phrases still give the speaker
    text = ("Suit\n\nThe lawsuit, filed in Los Angeles on Friday, says the woman was hurt. Policy makers in Europe "
            "blamed the bank. Officials in Pyongyang said the test worked. Protesters in Moscow said no. A spokesman "
            "for the Kremlin said the talks failed. Analysts at Goldman Sachs said growth slowed.")
    st, _ = run(nlp, text)
    got = dict(zip(st.speaker_text, st.speaker_name))
    assert pd.isna(got["The lawsuit, filed in Los Angeles on Friday"])
    assert pd.isna(got["Policy makers in Europe"]) and pd.isna(got["Protesters in Moscow"])
    assert got["Officials in Pyongyang"] == "North Korea"
    assert got["A spokesman for the Kremlin"] == "Russia"  # the registry's seat of Russia's government, as a tagged
    # ORG an institution: the state (it was an ad-hoc "Kremlin" actor beside Russia before issue 27)
    assert got["Analysts at Goldman Sachs"] == "Goldman Sachs"


def test_a_phrase_quoted_in_the_narration_is_no_continuation(nlp):
    # after a statement, a scare quote or a phrase quoted mid-sentence is not that speaker's next statement;
    # the second part of a quote split by its cue, and a quote of its own, still are
    text = ('Vote\n\n"We will win this election," said Ann Lee. The Greens accuse her of a "touchy-feely" speech '
            'that nobody liked. "We will cut taxes for every family in the land," she said, "and we will do it '
            'in our first year." "Nobody else has a plan for this country at all.')
    st, _ = run(nlp, text)
    got = {c.strip('" '): (r, w) for c, r, w in zip(st.content_text, st.speaker_resolution, st.speaker_text)}
    assert "touchy-feely" not in got
    # both parts of the split quote are the content of its cue (the parser hangs only the second on it)
    assert got['We will cut taxes for every family in the land," … "and we will do it in our first year.'] == (
        "pronoun", "she")
    assert got["Nobody else has a plan for this country at all."] == ("inherited", "she")


def test_the_parts_of_a_split_quote_join_but_a_later_phrase_does_not(nlp):
    text = ('Net\n\n"Net usage tends to happen in the evening," said Mr Makower, "they get access only when they go '
            'home." "If we reject this treaty, Britain will be isolated," said Jack Straw, who along with the '
            'rest of the Cabinet will back a "yes" vote in the referendum.')
    st, _ = run(nlp, text)
    got = {r.speaker_text: r.content_text for r in st.itertuples()}
    # the text shows the two parts without the speaker and cue between them; the span is their outer bounds
    assert got["Mr Makower"] == ('"Net usage tends to happen in the evening," … "they get access only when they go '
                                 'home."')
    row = st[st.speaker_text == "Mr Makower"].iloc[0]
    assert text[row.content_start:row.content_end].startswith('"Net usage') and "said Mr Makower" in \
        text[row.content_start:row.content_end]
    assert got["Jack Straw"] == '"If we reject this treaty, Britain will be isolated,"'


def test_clause_features_read_path_markers_and_complement(nlp):
    """The detector's clause features: the path to the root, the marker of "as X observed" and the modal and
    subject type of a reported clause."""
    from analysis.nlp import TokenTable
    from analysis.statements import clause_features

    doc = nlp("As Joel Pollak observed, the biggest victor was the stage. Kirby said that Russia would lose.")
    tt = TokenTable.of(doc)
    observed = next(t.i for t in doc if t.text == "observed")
    said = next(t.i for t in doc if t.text == "said")
    f_obs, f_said = clause_features(tt, observed), clause_features(tt, said)
    assert "mk=mark|as" in f_obs and "path=advcl/ROOT" in f_obs
    assert "path=ROOT" in f_said and "depth=1" in f_said
    assert "cc_aux=would" in f_said and "cc_subj=GPE" in f_said and "cc_tag=ccomp|VB" in f_said


def test_a_phrase_quoted_before_the_cue_is_no_part_of_its_quote(nlp):
    # a quote before the cue joins the content only as the first part of a split quote, which ends with a comma
    got = _rows(nlp, 'Talks\n\nOne of the so-called "Blair Babes" elected in 1997 told researchers: "I remember some '
                     'Conservatives would laugh."', {"told"})
    assert got[0][2] == '"I remember some Conservatives would laugh."'
    got = _rows(nlp, 'Music\n\nHe criticised the "hostility" towards classical music, adding: "There is very little '
                     'done to break that hostility."', {"adding"})
    assert got[0][2] == '"There is very little done to break that hostility."'
    got = _rows(nlp, 'Talks\n\n"This deal must come with enforcement", she said, "and clear consequences."', {"said"})
    assert got[0][2] == '"This deal must come with enforcement", she said, "and clear consequences."'


def test_rivals_features_compare_a_candidate_with_its_sentence():
    from analysis.statements import cue_lexicon, rivals_features

    lex = cue_lexicon()
    say, meet = lex["say"], lex.get("meet", 0.0)
    assert say >= 0.5 > meet
    # "Kirby said he would meet Putin": "said" is the sentence's strongest cue word, "meet" is not
    assert rivals_features(say, say, 1) == ["sent_best=True", "sent_strong=0"]
    assert rivals_features(meet, say, 1) == ["sent_best=False", "sent_strong=1"]
    assert rivals_features(meet, say, 5) == ["sent_best=False", "sent_strong=2"]


def test_window_features_pair_the_words_around_a_candidate(nlp):
    from analysis.nlp import TokenTable
    from analysis.statements import window_features

    doc = nlp("Kirby told The Associated Press that talks had advanced.")
    tt = TokenTable.of(doc)
    f = window_features(tt, 1)  # "told"
    assert "prev2=<s>|kirby" in f and "next2=the|associated" in f
    assert "next2w=associated" in f and "next3=press" in f and "prev3=<s>" in f
    end = window_features(tt, tt.n - 2)  # "advanced", before the full stop
    assert "next2=.|<e>" in end and "next3=<e>" in end


def test_the_name_at_the_speakers_head_speaks(nlp):
    # a company or a country before a title is the speaker's affiliation; the name the phrase is about speaks
    st, _ = run(nlp, "Airline row\n\n\"We are fighting this,\" Ryanair deputy chief executive Michael Cawley told "
                     "reporters.\n\nSeparately, former Yukos boss Mikhail Khodorkovsky said on Friday that the trial "
                     "was unfair.\n\nThe spokesman for the National Security Council, John Kirby, said talks "
                     "had advanced.")
    by_text = dict(zip(st.speaker_text, st.speaker_actor_id))
    assert "cawley" in by_text["Ryanair deputy chief executive Michael Cawley"]
    assert "khodorkovsky" in by_text["former Yukos boss Mikhail Khodorkovsky"]
    assert by_text["The spokesman for the National Security Council, John Kirby"] == "USA-john-kirby"
    st, _ = run(nlp, "Strike\n\nThe Roman Catholic Archbishop of Cardiff, the Most Reverend Peter Smith, said the plan "
                     "was fair.\n\nAustralia's BHP Billiton said profits rose.")
    by_text = dict(zip(st.speaker_text, st.speaker_actor_id))
    assert "peter-smith" in by_text["The Roman Catholic Archbishop of Cardiff, the Most Reverend Peter Smith"]
    assert "bhp" in by_text["Australia's BHP Billiton"].lower()


def test_coordinated_speakers_of_mixed_types_need_the_parse():
    from types import SimpleNamespace as M

    from analysis.statements import coordinated_actors

    text = "Both Toshiba and Blu-ray said"
    over = [M(start_char=5, end_char=12, actor_id="org:toshiba", actor_type="organization"),
            M(start_char=17, end_char=24, actor_id="person:blu-ray", actor_type="person")]
    assert coordinated_actors(over, text, 0, 24, [5, 17]) == ["org:toshiba", "person:blu-ray"]  # both conjuncts
    text = "the Police Federation of England and Wales said"
    over = [M(start_char=4, end_char=32, actor_id="org:police-federation", actor_type="organization"),
            M(start_char=37, end_char=42, actor_id="location:wales", actor_type="location")]
    assert coordinated_actors(over, text, 0, 42, [11]) == ["org:police-federation"]  # "Wales" is no conjunct
    same = [M(start_char=4, end_char=32, actor_id="GBR", actor_type="state"),
            M(start_char=37, end_char=42, actor_id="JPN", actor_type="state")]
    assert coordinated_actors(same, text, 0, 42, []) == ["GBR", "JPN"]  # one type: joined names suffice


def test_concepts_are_issues_not_generic_nouns(nlp):
    """A concept target names an issue or a policy ("ID cards", "the Iraq war", "immigration"), never a bare generic
    noun ("people", "plans", "evidence") or a person's role ("home secretary")."""
    from analysis.statements.contents import issue_phrase

    doc = nlp("People said the plans and the evidence were clear. The home secretary backed ID cards, the Iraq war, "
              "immigration and new anti-terror laws. In the run-up to the election, cabinet allies spoke.")
    chunks = {c.text: issue_phrase(c) for c in doc.noun_chunks}
    assert {k for k, v in chunks.items() if v} >= {"ID cards", "the Iraq war", "immigration"}
    assert not any(chunks.get(k) for k in ("People", "the plans", "the evidence", "The home secretary", "the run-up",
                                           "cabinet allies"))


def test_a_concept_label_reads_as_written_less_a_date_or_a_country(nlp):
    """Concept labels are what a chart shows (BBC had "china 's currency policy", "year 's rate increases"): "'s"
    joins its possessor; "last year's", "the country's" date or place the concept and are left out, so "the
    country's economic growth" groups with "economic growth"."""
    from analysis.statements import possessive_label

    assert possessive_label(["china", "'s", "currency", "policy"]) == "china's currency policy"
    assert possessive_label(["year", "’s", "rate", "increases"]) == "rate increases"
    _, s = run(nlp, "The IMF warned that India's budget deficit would hamper the country's economic growth.")
    assert {"india's budget deficit"} <= set(s.target_concept.dropna())
    assert not s.target_concept.dropna().str.contains(" 's").any()


def test_a_denied_claim_is_the_concept(nlp):
    """Issue 27 (dev set: the coder records "Blair -> claims that he agreed to stand down: oppose"): a statement that
    denies or dismisses a claim takes its side on the claim, not on the first issue inside it ("the next general
    election"); a hyphen inside a word goes on, and a claim cut to three words is none."""
    _, s = run(nlp, "Tony Blair has dismissed reports he told Gordon Brown he would quit before the next general "
                    "election. The minister, Jack Straw, rejected allegations of a cover-up.")
    sides = set(zip(s.target_concept.dropna(), s.polarity[s.target_concept.notna()]))
    assert ("reports he told gordon brown he would quit", -1) in sides
    assert ("allegations of a cover-up", -1) in sides
    assert "next general election" not in {c for c, _ in sides}


def test_a_claim_is_labelled_without_its_source_and_named_again_by_these_claims(nlp):
    """A claim's label leaves out who made it and goes on over quote marks ("claims from Conservative leader
    Michael Howard that he" was a label on BBC); "these claims" later in the article is the claim named before,
    not a concept-less row; a label cut at eight words does not end on a function word."""
    _, s = run(nlp, 'The prime minister shrugged off claims from Conservative leader Michael Howard that he led a '
                    '"grubby government". Tony Blair has dismissed reports he told Gordon Brown he would quit. The '
                    'claims appear in a new book. Mr Blair said the claims were "reheated from six months ago". '
                    'Annie Walker said reports of a slump in pre-Christmas sales were related to internet sales.')
    concepts = set(s.target_concept.dropna())
    assert "claims that he led a grubby government" in concepts
    blair = s[s.evidence.str.startswith("Mr Blair said the claims")]
    assert set(blair.target_concept.dropna()) == {"reports he told gordon brown he would quit"}
    assert "reports of a slump in pre-christmas sales" in concepts


def test_a_law_is_a_concept_not_a_speaker(nlp):
    """A law's name the recognizer tags as an organization is a policy ("The Prevention of Terrorism Bill proposes
    control orders" had the Bill for speaker): no actor, and the whole name is the concept of a statement on it."""
    st, s = run(nlp, "The Prevention of Terrorism Bill proposes control orders. Liberal Democrat leader Charles "
                     "Kennedy said the Prevention of Terrorism Bill was wrong.")
    assert st.speaker_actor_id.dropna().str.contains("bill").sum() == 0
    assert "prevention of terrorism bill" in set(s[s.speaker_name == "Charles Kennedy"].target_concept.dropna())


def test_a_plan_named_by_its_topic_is_the_law_the_article_names(nlp):
    """Stance dev (the coder: Blair for "the Prevention of Terrorism Bill"): "his controversial anti-terror
    proposals" in an article that names the Bill is the Bill, so speakers on it meet on one concept; "four
    anti-spyware bills" are several, not the one act the article names."""
    _, s = run(nlp, "Terror\n\nThe comments come after Tony Blair defended his controversial anti-terror proposals. "
                    "The Prevention of Terrorism Bill proposes control orders.")
    assert list(s[s.speaker_name == "Tony Blair"].target_concept) == ["prevention of terrorism bill"]
    _, s = run(nlp, "Spyware\n\nThe state's Consumer Protection Against Spyware Act bans the software. In Washington, "
                    "Congress has been debating four anti-spyware bills, said Mr Smith.")
    assert "consumer protection against spyware act" not in set(s.target_concept.dropna())


def test_a_body_named_after_its_leader_speaks_as_that_body(nlp):
    """Issue 29 (web news): "The Trump administration plans", "The Clinton campaign pushed back" were Donald Trump's
    and Hillary Clinton's statements; they are the administration's and the campaign's, two actors apart from the
    person and from each other; "The US administration" stays the state's."""
    st, s = run(nlp, "Washington (Reuters) - The Trump administration plans to leave the accord. The Clinton campaign "
                     "pushed back against Mr. Sanders's attack, calling it the mark of a desperate candidate. Hillary "
                     "Clinton and Donald Trump spoke later. The US administration said it would act.")
    who = dict(zip(st.speaker_text, st.speaker_name))
    assert who["The Trump administration"] == "Administration (Donald Trump)"
    assert who["The Clinton campaign"] == "Campaign (Hillary Clinton)"
    assert who["The US administration"] == "United States"
    assert set(s[s.speaker_name == "Campaign (Hillary Clinton)"].polarity) == {-1}


def test_no_stance_from_acts_that_are_not_speech(nlp):
    """A company "posted" results, figures "showed": such statements take no position (issue 27); a warning does."""
    from analysis.stance.cue_sides import NON_SPEECH_CUES

    st, stance = run(nlp, "Results\n\nGeneral Electric posted an 18% jump in quarterly sales, boosted by Microsoft. "
                          "Tony Blair warned that Gordon Brown's tax plans would hurt families.")
    cues = dict(zip(st.statement_id, st.cue_lemma))
    assert "post" in cues.values()  # still a statement (the statements table and PolNeAR's attributions keep it)
    assert "General Electric" not in set(stance.speaker_name)  # but no position
    assert not {cues[s] for s in stance.statement_id} & NON_SPEECH_CUES
    blair = stance[stance.speaker_name == "Tony Blair"]
    assert (blair.polarity == -1).any()
    # a decision is a deed, not a position (BBC, judged: Blair "opposed" Brown by the timing of a conference)
    st, stance = run(nlp, "Tony Blair and Gordon Brown spoke. There has been fresh speculation of a rift recently. "
                          "These rumours were fuelled by Mr Blair's decision to hold his monthly media conference at "
                          "the same time as a long-planned speech by Mr Brown on UK plans to tackle global poverty.")
    decided = set(st.statement_id[st.cue_lemma == "decision"])
    assert decided and not stance.statement_id.isin(decided).any()


def test_a_correspondents_analysis_takes_no_side(nlp):
    """Issue 27 (BBC, judged by a helper: the BBC's political editor "opposed" Brown and Blair): a speaker the article
    calls a correspondent, a reporter or a section's editor analyses, in every statement of theirs; a body that
    represents reporters still takes sides."""
    st, s = run(nlp, "Gordon Brown wrote an article on Sunday. BBC political editor Andrew Marr said that Mr Brown's "
                     "article was \"a warning shot\" to Tony Blair not to try and cut him out. Mr Marr said Mr Blair "
                     "was wrong to ignore him.")
    assert (st.speaker_name == "Andrew Marr").sum() >= 2
    assert "Andrew Marr" not in set(s.speaker_name)
    _, s = run(nlp, "The Electronic Frontier Foundation, representing the reporters, has asked the court to stop Apple "
                    "pursuing the sources.")
    assert ("Apple", -1) in set(zip(s.target_name, s.polarity))


def test_names_a_statement_passes_are_not_judged(nlp):
    """A red cell means A takes a position on B (issue 27): the cue's addressee and the subject or object of what
    is said are judged; a name in a list of examples, a relative clause or a place phrase is only mentioned."""
    from analysis.stance.roles import ADDRESSEE, INCIDENTAL, OBJECT, SUBJECT, target_role

    doc = nlp("Mr Brown accused Oliver Letwin of plotting cuts that were the equivalent of sacking every teacher, "
              "GP and nurse in Britain. Gordon Brown said the states which joined the EU will see growth in Germany. "
              "Tony Blair said Germany's efforts presented huge risks.")
    def at(text, after=0):
        i = doc.text.index(text, after)
        return doc.char_span(i, i + len(text))

    letwin, gp = at("Oliver Letwin"), at("GP")
    obj = (letwin.start_char, letwin.end_char)
    content = (letwin.end_char + 4, at("Gordon Brown").start_char)
    assert target_role(letwin, None, obj)[0] == ADDRESSEE
    assert target_role(gp, content, obj)[0] == INCIDENTAL
    s2 = list(doc.sents)[1]
    eu = next(e for e in s2.ents if e.text == "EU")
    germany = next(e for e in s2.ents if e.text == "Germany")
    states = next(t for t in s2 if t.text == "states")
    c2 = (states.idx - 4, s2.end_char)
    assert target_role(eu, c2, None)[0] == INCIDENTAL and target_role(germany, c2, None)[0] == INCIDENTAL
    s3 = list(doc.sents)[2]
    g3 = next(e for e in s3.ents if e.text == "Germany")
    role, pred = target_role(g3, (g3.start_char, s3.end_char), None)
    assert role == SUBJECT and pred.lemma_ == "present"
    st, stance = run(nlp, "Talks\n\nThe minister said the states which joined the EU will see strong growth. "
                          "The minister said Russia's plans were a dangerous violation.")
    pol = dict(zip(stance.target_name, stance.polarity))
    assert pol.get("European Union") == 0 and pol.get("Russia") == -1
    doc = nlp("He expressed concern about the progress in talks on arms shipments.")
    ships = doc.char_span(doc.text.index("arms"), doc.text.index("shipments") + 9)
    assert target_role(ships, (doc[2].idx, len(doc.text)), None)[0] == OBJECT


def test_a_predicate_that_contradicts_the_sentence_tone_leaves_the_target_neutral(nlp):
    """The model reads the whole sentence; the target's own predicate decides when they disagree."""
    from analysis.stance.polarity import NEGATORS, lexicon
    from analysis.stance.roles import local_sentiment, target_role

    doc = nlp("He said the dismal figures were grim but the Bank should stand ready to help.")
    bank = next(e for e in doc.ents if "Bank" in e.text)
    role, pred = target_role(bank, (doc[2].idx, len(doc.text)), None)
    assert local_sentiment(bank, pred, lexicon(), NEGATORS) > 0  # "ready", "help": nothing grim about the Bank
    doc = nlp("She said voters should sack Mr Brown.")
    brown = doc.char_span(doc.text.index("Mr Brown"), doc.text.index("Mr Brown") + 8)
    role, pred = target_role(brown, (doc[2].idx, len(doc.text)), None)
    assert pred.lemma_ == "sack" and local_sentiment(brown, pred, lexicon(), NEGATORS) < 0


def test_pronoun_speakers_agree_in_gender(nlp):
    """Issue 29: "she said" goes to the woman of the article, not to the man who spoke last."""
    from analysis.statements.genders import person_genders

    text = ("Budget row\n\nMaria Lopez, the mayor, said the plan was sound. Her office backed it.\n\n"
            "John Smith, a councillor, said it was a waste. His colleagues agreed.\n\n"
            "“We cannot afford to wait,” she said.")
    st, _ = run(nlp, text)
    last = st[st.content_text.fillna("").str.contains("afford")]
    assert list(last.speaker_name) == ["Maria Lopez"]
    assert (st[st.content_text.fillna("").str.contains("waste")].speaker_name == "John Smith").all()

    class P:  # a person mention
        def __init__(self, a, s, e):
            self.actor_id, self.start_char, self.end_char = a, s, e

    t = "Ms Kaur spoke. Then Mr Ode said his piece. Lee left."
    people = [P("kaur", 3, 7), P("ode", 23, 26), P("lee", 43, 46)]
    assert person_genders(t, people) == {"kaur": "f", "ode": "m"}


def test_a_speaker_head_that_does_not_speak_for_its_modifier(nlp):
    """Issue 29: "some Indiana protesters chanted" is not Indiana speaking; "Indian officials said" is India; a
    dateline is nobody."""
    st, _ = run(nlp, "Pay row\n\nSome Indiana protesters said the plan was unfair. Indian officials said the plan was "
                     "fair. NATO said the plan was fine.\n\nSIOUX FALLS, S.D. – People across the nation are talking "
                     "about it.")
    who = dict(zip(st.speaker_text, st.speaker_name))
    assert not isinstance(who.get("Some Indiana protesters"), str)
    assert who.get("Indian officials") == "India" and who.get("NATO") is not None
    assert not any(isinstance(v, str) and "S.D." in v for v in who.values())


def test_role_nouns_and_surnames_the_recognizer_missed(nlp):
    """Issue 29: "the company said" takes up the organization just named, "the actor said" the person; "Doctor
    says" is Ken Doctor when the article names him."""
    from analysis.statements import surname_speaker

    st, _ = run(nlp, "WeWork to cut jobs\n\nWeWork cut 2,400 jobs on Thursday. The company said the cuts were needed.\n\n"
                     "James Van Der Beek left the show. The actor said he was sad.")
    who = dict(zip(st.speaker_text, st.speaker_name))
    assert who.get("The company") == "WeWork" and who.get("The actor") == "James Van Der Beek"

    class P:
        def __init__(self, a, n):
            self.actor_id, self.actor_name = a, n

    people = [P("ken", "Ken Doctor"), P("ana", "Ana Chaves"), P("x", "Ana")]
    assert surname_speaker("Doctor", people) == "ken" and surname_speaker("the 14th-ranked Chaves", people) == "ana"
    assert surname_speaker("Ana", people) is None and surname_speaker("the doctors", people) is None
    # a full name the recognizer took for an organization ('"…," said Souness' beside "Graeme Souness")
    orgs = [P("gs", "Graeme Souness"), P("mu", "Manchester United"), P("uk", "Souness")]
    orgs[0].actor_type = orgs[1].actor_type = "organization"
    orgs[2].actor_type = "state"
    assert surname_speaker("Souness", people, orgs) == "gs" and surname_speaker("Mr Souness", people, orgs) == "gs"
    assert surname_speaker("the Souness", people, orgs) is None
    assert surname_speaker("Doctor", people, orgs) == "ken"  # a person first
    assert surname_speaker("Zitt-James", [P("nz", "Naomi Zitt-James")]) == "nz"  # hyphenated (Postlight fixtures)
    assert surname_speaker("Trump advisers", [P("dt", "Donald Trump")]) is None  # the name must be the head
    # '… Lankford, an Oklahoma Republican who warned …': the name the relative clause's antecedent describes
    st, _ = run(nlp, "Senator James Lankford, an Oklahoma Republican who warned of the deficit's dangers, played "
                     "down that threat on Monday.")
    warned = st[st.cue_text == "warned"]
    assert len(warned) == 1 and warned.speaker_name.iloc[0] == "James Lankford"


def test_the_actor_after_a_long_quote_and_a_given_name_the_recognizer_left_out(nlp):
    """Issue 29 (tuning pages): "…," said the actor, two quoted sentences after the person last spoke, is that
    person when nobody else is named since; 'the "Pose" actor' is "the actor" (a work's title tells no holder
    apart). "Marcelo Claure" and "Claure" tagged ORG, and "Jeff Sanborn" with only "Sanborn" tagged, are persons,
    so the "He said" after them is theirs, not the last person named before."""
    st, _ = run(nlp, "Show\n\nJames Van Der Beek left the show on Monday. \"We lost the baby,\" Van Der Beek said. "
                     "\"It was hard. We are sad.\"\n\n\"You never know why these things happen,\" said the actor.\n\n"
                     "\"Hearing the heartbeat was something we never take for granted,\" the \"Pose\" actor said.")
    who = dict(zip(st.speaker_text, st.speaker_name))
    assert isinstance(who.get("Van Der Beek"), str)
    assert who.get("the actor") == who["Van Der Beek"] and who.get('the "Pose" actor') == who["Van Der Beek"]
    st, _ = run(nlp, "Jobs\n\nNeumann had resigned as chief executive. Job cuts will be announced this week, said the "
                     "company's executive chair Marcelo Claure in an email to staff.\n\nNext steps will be divulged on "
                     "Friday, Claure said in the email.\n\nHe said WeWork needs a more efficient organization.")
    assert set(st.speaker_name.dropna()) == {"Marcelo Claure"}, st[["speaker_text", "speaker_name"]].values.tolist()
    st, _ = run(nlp, "Ads\n\nJeff Sanborn, president of Chapter & Verse, an advertising agency, said he thought the "
                     "campaign was meant to raise eyebrows. \"Let's be provocative,\" Sanborn said.")
    assert set(st.speaker_name.dropna()) == {"Jeff Sanborn"}, st[["speaker_text", "speaker_name"]].values.tolist()


def test_a_role_phrase_speaks_for_the_person_it_names(nlp):
    """Issue 29: "the Wikileaks founder said" is Julian Assange when the article gives him that role; the
    organization only when it names no one."""
    st, _ = run(nlp, "Assange case dropped\n\nSweden dropped its inquiry into Wikileaks founder Julian Assange on "
                     "Tuesday.\n\nThe Wikileaks founder said the case had been political.\n\n"
                     "The Disney streaming chief said the service would grow.")
    who = dict(zip(st.speaker_text, st.speaker_name))
    assert who.get("The Wikileaks founder") == "Julian Assange"
    assert who.get("The Disney streaming chief") != "Julian Assange"


def test_pronouns_prefer_a_person_of_their_sentence_and_learn_genders(nlp):
    """Issue 29: "Carlineo was arrested …, he told police" is Carlineo, not the woman who spoke last; a "she said"
    resolved to a person tells the next "he" that it is not her."""
    text = ("Threat case\n\nMary Smith, the attorney, said the case was weak.\n\n“He is sorry,” she said.\n\n"
            "When Carlineo was approached, he told police he supported Trump.\n\n“It was a mistake,” he said.")
    st, _ = run(nlp, text)
    told = st[st.cue_text == "told"]
    assert list(told.speaker_name) == ["Carlineo"]
    assert list(st[st.content_text.fillna("").str.contains("sorry")].speaker_name) == ["Mary Smith"]
    mistake = st[st.content_text.fillna("").str.contains("mistake")]
    assert len(mistake) and (mistake.speaker_name != "Mary Smith").all()


def test_wire_story_capitals_and_a_spokesman_on_his_own_state(nlp):
    """Issue 27's wire example: "lectures from Brussels" is the EU, not Belgium; "Kremlin spokesman" is Russia's;
    "Russia, he said, would not accept lectures" is no stance of the Kremlin's spokesman against Russia; Minsk
    is Belarus."""
    text = ("EU condemns Belarus\n\nBRUSSELS, March 3, 2025 — European Commission President Ursula von der Leyen on "
            "Monday condemned Belarus for its support of Russia's war. \"Minsk must stop,\" she said.\n\n"
            "Kremlin spokesman Dmitry Peskov said the EU was wrong. Russia, he said, would not accept lectures from "
            "Brussels. Minsk rejected the criticism.")
    st, stance = run(nlp, text)
    peskov = stance[stance.speaker_name == "Dmitry Peskov"]
    assert "Belgium" not in set(stance.target_name) and "European Union" in set(peskov.target_name)
    assert set(st[st.speaker_name == "Dmitry Peskov"].speaker_country) == {"RUS"}
    on_russia = peskov[peskov.target_name == "Russia"]
    assert len(on_russia) and (on_russia.polarity >= 0).all()
    leyen = stance[stance.speaker_name == "Ursula von der Leyen"]
    assert set(leyen[leyen.target_name == "Belarus"].polarity) == {-1}
    assert "Minsk" not in set(stance.target_name) and "Minsk" not in set(st.speaker_name)


def test_titles_listeners_and_office_phrases(nlp):
    """Issue 27: in "Carson tells Breitbart News Democrat Hillary Clinton is not fit", Clinton is the target —
    neither the outlet he tells nor the party word of her title; "the home secretary said" is whoever the
    article calls so, not the last speaker."""
    st, stance = run(nlp, "Carson on Clinton\n\nBen Carson tells Breitbart News that Democrat Hillary Clinton is not "
                          "fit to serve and has put American lives at risk.\n\nFormer Secretary of State Hillary "
                          "Clinton was wrong, Ben Carson said.")
    pol = stance.groupby("target_name").polarity.agg(set).to_dict()
    assert pol.get("Breitbart News") == {0} and pol.get("Hillary Clinton") == {-1}
    assert not any(v - {0} for k, v in pol.items() if k not in ("Hillary Clinton",))
    st, _ = run(nlp, "Burglars\n\nTony Martin said the law should change.\n\nBut the home secretary said Mr "
                     "Howard was wrong.\n\nHome Secretary Charles Clarke spoke later. The home secretary said the "
                     "law was fair.")
    who = list(st[st.speaker_text.fillna("").str.lower() == "the home secretary"].speaker_name)
    assert who[0] != "Tony Martin" and who[-1] == "Charles Clarke"


def test_nested_attribution_is_the_inner_speakers_position(nlp):
    """Issue 27: in "X said Y had criticized Z", X reports — Y opposes Z; X takes no side on Y or Z. A content
    opened by the speaker's own verb ("we condemn") is the speaker's position."""
    _, stance = run(nlp, "Rift\n\nJohn Smith said Mary Jones had criticized Peter Brown for his dangerous failures.\n\n"
                         "Kate Hill told reporters that Sarah Lee accused Germany of lying. Kate Hill said we condemn "
                         "Germany for lying.")
    rows = {(a, b, p) for a, b, p in zip(stance.speaker_name, stance.target_name, stance.polarity)}
    assert ("Mary Jones", "Peter Brown", -1) in rows and ("Kate Hill", "Germany", -1) in rows
    assert not {r for r in rows if r[0] == "John Smith" and r[2]}
    assert ("Kate Hill", "Sarah Lee", 0) in rows and ("Kate Hill", "Germany", 0) in rows


def test_warnings_denials_and_agreements_that_are_deeds(nlp):
    """Issue 27: a warning is against what threatens, not what is threatened; denying that someone did something
    is no attack on them, denying their claims is; "agreed to buy" is a deed, not a position."""
    _, stance = run(nlp, "Cases\n\nJohn Smith warned that Russia would attack Ukraine.\n\nMerrill Lynch denied Anne "
                         "Villalba's claims.\n\nThe firm denied that Gordon Brown had lied.\n\nDiageo has agreed to buy "
                         "Californian wine company Chalone for $260m.")
    pol = {(a, b): p for a, b, p in zip(stance.speaker_name, stance.target_name, stance.polarity)}
    assert pol[("John Smith", "Russia")] == -1 and pol[("John Smith", "Ukraine")] == 0
    assert pol[("Merrill Lynch", "Anne Villalba")] == -1
    assert all(p == 0 for (a, b), p in pol.items() if b == "Gordon Brown")
    assert "Chalone" not in set(stance.target_name)


def test_a_name_that_only_says_what_kind_of_thing_is_no_target(nlp):
    """Issue 27: "the EU constitution" is about the constitution, not the EU; "the Labour government", "Tory
    plans" are their party's; a speaker's praise of their own state is no support row."""
    from analysis.stance.roles import INCIDENTAL, target_role

    doc = nlp("He said the EU constitution was a disaster and the Labour government had failed.")
    content = (doc[2].idx, len(doc.text))
    eu = next(e for e in doc.ents if e.text == "EU")
    labour = next(e for e in doc.ents if e.text == "Labour")
    assert target_role(eu, content, None)[0] == INCIDENTAL and target_role(labour, content, None)[0] != INCIDENTAL
    _, stance = run(nlp, "Veto\n\nBritish Prime Minister Tony Blair told reporters Britain had the best of both worlds.")
    blair = stance[(stance.speaker_name == "Tony Blair") & (stance.target_name == "United Kingdom")]
    assert len(blair) and (blair.polarity == 0).all()


def test_title_phrase_and_post_nominal_speakers(nlp):
    """"the home secretary said" speaks for the article's Home Secretary, and "Frank Quorlan MP said" for Frank
    Quorlan (the parser may take "MP" for the phrase's head); targets get the title's holder too."""
    st, stance = run(nlp, "Crime row\n\nHome Secretary Charles Quillby backed the plan. Former welfare minister "
                          "Frank Quorlan MP said the home secretary should resign.\n\nBut the home secretary said "
                          "Mr Quorlan was wrong.")
    names = list(st.speaker_name)
    assert names.count("Charles Quillby") >= 1 and "Frank Quorlan" in names
    q = stance[stance.speaker_name == "Frank Quorlan"]
    assert "Charles Quillby" in set(q.target_name)


def test_a_phrase_split_into_several_subjects_speaks_by_its_last(nlp):
    """"Whole Foods co-founder and CEO John Mackey said": the parser made "co", "-" and "Mackey" subjects;
    the speaker is the phrase's head, Mackey, not "Whole Foods co"."""
    st, _ = run(nlp, "Amazon deal\n\nWhole Foods co-founder and CEO John Mackey said in an internal memo that "
                     "the price gap would narrow.")
    assert list(st.speaker_name) == ["John Mackey"]


def test_pronouns_follow_a_given_names_gender_and_officials_are_no_person(nlp):
    """Issue 29: "she" after "Fetter married John Gille" is Fetter, not the last-named man (the census gives
    "John" as a man's name); "officials said" is no single person."""
    st, _ = run(nlp, "Chaos theory\n\nThe programmer Ellen Fetter worked for Edward Lorenz at MIT in 1961. Later "
                     "Fetter married John Gille and moved with him to Colorado. But she did not realize how famous "
                     "Lorenz had become, she said.\n\n"
                     "Patrick Quarrel, a utility spokesman, spoke first. The plastic lasts longer, the officials said.")
    she = st[st.speaker_text.str.lower() == "she"]
    assert len(she) and set(she.speaker_name) == {"Ellen Fetter"}
    assert st[st.speaker_text == "the officials"].speaker_actor_id.isna().all()


def test_forecasts_and_results_are_no_side(nlp):
    """Issue 27: "I think Swank will win" and "Smart has lost money" tell what happens to the target, not what
    the speaker thinks of it; "played really well" judges, and "will play a big role" is a part given."""
    from analysis.stance.predicates import is_outcome as _outcome

    doc = nlp("Swank will win. Italy played really well. Blunkett will play a big role. Smart has lost money.")
    preds = {t.text: t for t in doc if t.pos_ == "VERB"}
    assert _outcome(preds["win"]) and _outcome(preds["lost"])
    assert not _outcome(preds["played"]) and not _outcome(preds["play"])
    _, stance = run(nlp, "Oscars\n\n\"I think Hilary Swank will win,\" said film critic Philip French.")
    swank = stance[stance.target_name == "Hilary Swank"]
    assert len(swank) and (swank.polarity == 0).all()


def test_tone_gives_a_side_only_as_a_judgment_or_toward_a_political_actor(nlp):
    """Issue 27: "the IMF will reduce its growth estimate" and "a great race between Google and Microsoft" rate how
    things stand, not the actors; "Blair was wrong to raise taxes" and "Brown had done a good job" judge them."""
    from analysis.stance.targets import _confident

    assert _confident(-1, -0.9, -1.0, 0.0, political=False) == 0  # a sure model, an agreeing tone: no judgment
    assert _confident(-1, -0.3, -1.0, -2.0, political=False) == -1  # a judging word said of the target
    assert _confident(1, 0.6, 0.0, 0.0, political=True) == 1  # a political actor, the model sure
    cases = {"The IMF will also reduce its growth estimate for the eurozone, economist Jim Smith said.": 0,
             "\"We're going to have a great race between Google and Microsoft,\" said analyst John Connors.": 0,
             "Tory leader Michael Howard said Tony Blair was wrong to raise taxes.": -1,
             "Tony Blair said Gordon Brown had done a good job at the Treasury.": 1}
    for text, want in cases.items():
        _, stance = run(nlp, "Case\n\n" + text)
        people = stance[stance.target_type.isin(["person", "organization"]) & stance.speaker_actor_id.notna()]
        assert len(people), text
        assert set(people.polarity) - {0} == ({want} if want else set()), text


def test_a_demand_that_the_target_stop_opposes_it(nlp):
    """Issue 27: "Minsk must stop", "he should resign" demand that the target stop; "has apologised" does not."""
    from analysis.stance.roles import local_sentiment

    doc = nlp("Minsk must stop. Beattie has apologised.")
    minsk, beattie = doc[0:1], doc[4:5]
    assert local_sentiment(minsk, doc[2], {}, set()) == -2.0
    assert local_sentiment(beattie, doc[6], {}, set()) == 0.0


def test_an_attack_refused_is_no_attack_but_a_defence(nlp):
    """Issue 27: "Benitez has refused to blame Dudek" is no attack on Dudek; two blind judges (sessions 31 and 33)
    read such a refusal as defending him, so it is support."""
    _, stance = run(nlp, "Draw\n\nLiverpool manager Rafael Benitez has refused to blame goalkeeper Jerzy Dudek after "
                         "the draw.")
    dudek = stance[stance.target_name == "Jerzy Dudek"]
    assert len(dudek) and (dudek.polarity == 1).all()


def test_a_denied_belief_is_no_side(nlp):
    """Issue 27: "did not believe Tony Blair was strong enough" says nothing good of Blair."""
    _, stance = run(nlp, "Row\n\nFormer welfare minister Frank Field said he did not believe Tony Blair was strong "
                         "enough to sack Gordon Brown.")
    blair = stance[stance.target_name == "Tony Blair"]
    assert len(blair) and (blair.polarity <= 0).all()


def test_verbs_of_dismissal_oppose_their_object(nlp):
    """Issue 27: "shrugged off claims from Michael Howard", "ridiculed the Tory plans" attack Howard and the Tories."""
    _, stance = run(nlp, "Row\n\nPrime Minister Tony Blair shrugged off claims from Conservative leader Michael Howard "
                         "that he led a grubby government.")
    howard = stance[stance.target_name == "Michael Howard"]
    assert len(howard) and (howard.polarity == -1).all()


def test_a_judging_word_vader_does_not_rate_still_judges(nlp):
    """Issue 27: "inappropriate" is not in VADER's lexicon, yet "Mr Quillby's comments were inappropriate" opposes
    Quillby."""
    from analysis.stance.roles import JUDGMENT_AGAINST, local_sentiment

    doc = nlp("Ms Gavron said Mr Quillby's comments were inappropriate.")
    assert "inappropriate" in JUDGMENT_AGAINST
    quillby = next(e for e in doc.ents if e.text == "Quillby")
    pred = next(t for t in doc if t.lemma_ == "be")
    assert local_sentiment(quillby, pred, {}, set(), only=JUDGMENT_AGAINST) < 0


def test_political_pejoratives_and_praise_vader_lacks_judge(nlp):
    """BBC: "he has been a prudent chancellor" (Digby Jones on Gordon Brown), "Gavin is phenomenal", "he's been
    insensitive and thuggish" are sides VADER's lexicon does not rate; "capable of petaflop computing" is no praise."""
    _, s = run(nlp, 'Business\n\nGordon Brown spoke on Monday. Sir Digby Jones said: "I have to say he has been a prudent '
                    'chancellor right the way through."')
    assert set(s[s.target_name == "Gordon Brown"].polarity) == {1}
    _, s = run(nlp, 'Row\n\nKen Livingstone spoke. Boris Johnson said Ken Livingstone had been spineless and thuggish.')
    assert set(s[s.target_name == "Ken Livingstone"].polarity) == {-1}
    from analysis.stance.roles import JUDGMENT

    assert "capable" not in JUDGMENT


def test_a_demand_to_back_is_no_demand_to_stop(nlp):
    """"Labour should back the plan" asks Labour to act, not to stop: no opposition from DEMANDED_STOPS."""
    from analysis.stance.roles import local_sentiment

    doc = nlp("Labour should back the plan.")
    assert local_sentiment(doc[0:1], doc[2], {}, set()) == 0.0


def test_asking_for_something_supports_it(nlp):
    """Issue 27: "called for a second inquiry" supports the inquiry, not the names inside it; "called for action
    to fight poverty" opposes poverty."""
    _, stance = run(nlp, "Row\n\nThe Conservatives have called for a second inquiry into the visa application for "
                         "David Blunkett's nanny.")
    concept = stance[stance.target_concept.fillna("").str.contains("inquiry")]
    assert len(concept) and (concept.polarity == 1).all()
    assert (stance[stance.target_name == "David Blunkett"].polarity == 0).all()
    from analysis.stance.requests import asked_for

    assert asked_for("call", "for an end to the occupation")[0] == 0  # decided by STOP_PHRASES
    assert asked_for("say", "There does need to be another inquiry")[0] == 1
    assert asked_for("say", "the plan needs work")[0] == 0
    # a promise to end something supports ending it, written so: the coder's concept "ending teenage unemployment"
    _, stance = run(nlp, "Speech\n\nGordon Brown promised to end teenage unemployment within five years.")
    concept = stance[stance.target_concept.fillna("").str.contains("unemployment")]
    assert list(concept.target_concept) == ["end teenage unemployment"] and list(concept.polarity) == [1]
    _, stance = run(nlp, "Speech\n\nGordon Brown pledged not to increase income tax.")
    concept = stance[stance.target_concept.fillna("").str.contains("income tax")]
    assert list(concept.target_concept) == ["increase income tax"] and list(concept.polarity) == [-1]


def test_a_speakers_own_judgment_gives_a_side_and_a_victim_gets_none(nlp):
    """Issue 27: "the comments were inappropriate", "should sack Mr Brown" take a side without the model; a
    target something is done to ("were abusing their market position", "regulations had been violated") none."""
    from analysis.stance.judgments import speaker_judgment

    doc = nlp("She said Mr Livingstone's comments were inappropriate.")
    assert speaker_judgment(doc[2:6], doc[6]) < 0
    doc = nlp("Field said the prime minister should sack Mr Brown.")
    assert speaker_judgment(doc[7:9], doc[6]) < 0
    doc = nlp("Roberts said Blair sacked Mr Brown.")  # a deed reported, not a wish
    assert speaker_judgment(doc[4:6], doc[3]) == 0
    doc = nlp("The firms were abusing their dominant market position.")
    assert speaker_judgment(doc[4:8], doc[3]) == 0
    doc = nlp("NBC alleged that boxing regulations had been violated.")
    assert speaker_judgment(doc[3:5], doc[7]) == 0
    doc = nlp("He voted for the disastrous war in Iraq.")
    assert speaker_judgment(doc[3:6], None) < 0
    doc = nlp("I'm for equal prize money.")
    assert speaker_judgment(doc[3:6], doc[1]) > 0


def test_what_a_target_feels_is_no_side_toward_it(nlp):
    """Issue 27: "Brown feels deeply betrayed" says how Brown feels, not what the speaker thinks of him."""
    _, stance = run(nlp, "Book\n\nRobert Peston said Gordon Brown feels deeply betrayed by the prime minister.")
    brown = stance[stance.target_name == "Gordon Brown"]
    assert len(brown) and (brown.polarity == 0).all()


def test_questioning_people_is_asking_them(nlp):
    """Issue 27: "the people Ericsson questioned", "was questioned by police": asked, not doubted."""
    raw = doc_statements(Parsed("t", 0, nlp("He said 45% of the people Ericsson questioned use a camera phone."),
                                "He said 45% of the people Ericsson questioned use a camera phone."))
    assert "ask" in {r["cue_lemma"] for r in raw} and "question" not in {r["cue_lemma"] for r in raw}
    text = "Smith questioned the figures."
    raw = doc_statements(Parsed("t", 0, nlp(text), text))
    assert "question" in {r["cue_lemma"] for r in raw}


def test_a_pronoun_names_a_target_a_concession_gives_no_side(nlp):
    """Issue 27: "accused him of lying" and a quote's "he" name the person before (not the speaker); in indirect
    speech "he" is the speaker and names no target; a conceded clause ("even though he made a mistake") is no
    side."""
    def rows(text):
        return run(nlp, "Row\n\nGordon Brown spoke on Monday. " + text)[1]

    s = rows("Michael Howard accused him of lying.")
    assert list(zip(s.target_name, s.polarity)) == [("Gordon Brown", -1)]
    s = rows("\"He made a terrible mistake,\" said Michael Howard.")
    assert list(zip(s.target_name, s.polarity)) == [("Gordon Brown", -1)]
    s = rows("\"Even though he made a terrible mistake, he should be given a chance,\" said Michael Howard.")
    assert (s.polarity == 0).all()
    assert "Gordon Brown" not in set(rows("Michael Howard said he would back the plans.").target_name)
    # an answer names whom it answers, not a name inside their words
    s = run(nlp, "Row\n\nLiam Fox said the comments were at odds with Tony Blair's prediction. But Charles Clarke "
                 "accused him of trying to score cheap political points.")[1]
    clarke = s[(s.speaker_name == "Charles Clarke") & (s.polarity != 0)]
    assert list(clarke.target_name) == ["Liam Fox"]



def test_a_denial_is_no_side_on_the_charge_and_a_save_is_no_statement(nlp):
    """Issue 27 (BBC rows judged blind): "denies 10 charges of child abuse" is no side on child abuse, "denied Ms
    Villalba's claims" rejects the claims; "James denied Damien Duff" (a goalkeeper's save) says nothing."""
    _, s = run(nlp, "Trial\n\nMichael Jackson denies 10 charges of child abuse and false imprisonment.")
    assert len(s) and (s.polarity == 0).all()
    _, s = run(nlp, "Row\n\nMerrill Lynch denied Ms Villalba's claims of discrimination.")
    assert -1 in set(s[s.target_concept.fillna("").str.contains("claims")].polarity)
    st, _ = run(nlp, "Match\n\nAfter a quiet opening, David James denied Damien Duff and Mateja Kezman.")
    assert "deny" not in set(st.cue_lemma)
    from analysis.stance import same_name

    assert same_name("Merrill", "Merrill Lynch") and same_name("Smith", "Patricia Smith")
    assert not same_name("Gordon Brown", "Tony Blair") and not same_name("Lynch", "Merrill Lynch Bank")


def test_described_speakers(nlp):
    """Issue 29: a description stands for the one actor the article ties it to — the same words before or in
    apposition to a name, or the head word of one organization's name — and for nobody when two share it or the
    words differ ("the chancellor" is not "shadow chancellor Oliver Letwin")."""
    from analysis.statements.descriptions import described_actor, description_key

    st, _ = run(nlp, "Flu\n\nOn Monday, Physicians for Human Rights wrote to the agency.\n\nThe physicians said the "
                     "camps were unsafe.")
    assert list(st.speaker_name)[-1:] == ["Physicians for Human Rights"]
    st, _ = run(nlp, "Strokes\n\nThe neurologist Oliver Sacks wrote about it.\n\nThe neurologist said it was rare.")
    assert list(st.speaker_name)[-1:] == ["Oliver Sacks"]
    st, _ = run(nlp, "Power\n\nThe California Public Utilities Commission met PG&E on Monday.\n\nThe commission said "
                     "the cuts were unsafe.")
    assert list(st.speaker_name) == ["California Public Utilities Commission"]
    assert description_key("a doctor", 2) is None and description_key("the film", 4) is None  # new; no actor
    assert description_key("the late neurologist", 9) == ("late neurologist", "neurologist")
    from types import SimpleNamespace as M

    text = "Shadow chancellor Oliver Letwin spoke. Writing in the Daily Telegraph, the prime minister said no."
    ms = [M(start_char=text.index(n), end_char=text.index(n) + len(n), actor_id=n, actor_type=t, actor_name=n)
          for n, t in (("Oliver Letwin", "person"), ("Daily Telegraph", "organization"))]
    assert described_actor("the chancellor", 4, text, ms, len(text)) is None
    assert described_actor("the prime minister", 10, text, ms, len(text)) is None


def test_a_politician_takes_sides_on_their_own_party(nlp):
    """Issue 27: Tony Blair's registry affiliation is Labour; praising his own party is a side a coder records,
    while a spokesman on his own state speaks for it (no side)."""
    _, stance = run(nlp, "Conference\n\nTony Blair praised the Labour Party for its courage.")
    assert list(zip(stance.speaker_name, stance.target_name, stance.polarity)) == [("Tony Blair", "Labour Party", 1)]
    _, stance = run(nlp, "Talks\n\nRussia, Kremlin spokesman Dmitry Peskov said, would not accept lectures.")
    assert set(stance[stance.target_name == "Russia"].polarity) == {0}


def test_the_speakers_attitude_gives_a_side(nlp):
    """Issue 27: liking, an emotion about, and a preference are sides a coder records ("pair found but neutral"
    was the dev set's largest kind of miss); a place, an act that is not the attitude's, sympathy, "they" and
    "take over" are not."""
    def sides(text):
        _, stance = run(nlp, "Story\n\n" + text)
        return {n: p for n, p in zip(stance.target_name, stance.polarity) if isinstance(n, str)}

    got = sides('"I don\'t know why he\'s saying that, but I will take Bernie Sanders over Donald Trump or Ted Cruz '
                'anytime," Hillary Clinton said.')
    assert got == {"Bernie Sanders": 1, "Donald Trump": -1, "Ted Cruz": -1}
    assert sides('"I prefer Barack Obama to Mitt Romney," Joe Biden said.') == {"Barack Obama": 1, "Mitt Romney": -1}
    assert sides('"I\'m very proud of Barack Obama," Joe Biden said.') == {"Barack Obama": 1}
    assert sides('"We are disappointed in the Football Association," Arsene Wenger said.') == \
        {"Football Association": -1}
    assert sides('"I have enjoyed all of my time with Andy Roddick," Brad Gilbert said.') == {"Andy Roddick": 1}
    assert sides('"I don\'t like Boris Johnson," Tony Blair said.') == {"Boris Johnson": -1}
    # a side taken with "for" or "against", in typographic apostrophes too (the dev set's Franken row)
    assert sides("“Well you were for Bernie and I’m for Hillary,” Al Franken said.") == {"Hillary": 1, "Bernie": 0}
    assert sides('"We are against the Liberal Democrats," Gordon Brown said.') == {"Liberal Democrats": -1}
    for text in ("Roger Knapman said he is glad to see the back of Robert Kilroy-Silk.",
                 "Michael Owen has told the BBC he is happy in Spain.",
                 '"I am hugely disappointed for Jason Robinson," coach Andy Robinson said.',
                 '"We are not taking action over Jose Mourinho," an FA spokesman said.',
                 '"When we took over Leeds United in March 2004, the club had a debt," Gerald Krasner said.',
                 '"We chose the 7E7 after carefully considering both it and Airbus\' aircraft," said a Japan '
                 'Airlines spokesman.'):
        assert not any(sides(text).values()), text


def test_domain_concepts_and_what_a_warning_threatens(nlp):
    """Issue 27: "economic stability" is a concept (a domain adjective, WordNet adj.pert), promised as the coder
    writes it; a warning takes no side on what it says is threatened ("clouding the economic outlook") or on
    whom it warns ("warned PC users"), and a nationality is no domain ("the English counterparts")."""
    _, stance = run(nlp, "Story\n\nTurning to the economy, Gordon Brown promised to continue economic stability and "
                         "growth in a third term in power.")
    assert list(zip(stance.target_concept, stance.polarity)) == [("continue economic stability", 1), (
        "continue growth in a third term in power", 1)]  # a list: both (tests/test_concept_lists.py)
    for text in ("Alan Greenspan warned that budget concerns were clouding the economic outlook.",
                 "Microsoft has warned PC users to update their systems with the latest security fixes."):
        _, stance = run(nlp, "Story\n\n" + text)
        assert set(stance.polarity) == {0}, text
    from analysis.statements.contents import _relational

    assert _relational("economic") and not _relational("strong")


def test_a_warning_of_or_against_its_topic(nlp):
    """Issue 27: "warned against X", "warned of X": the content is one prepositional phrase whose object is
    what the speaker opposes; a noun inside it is not ("sanctions on Russia" is no side on Russia)."""
    _, stance = run(nlp, "Story\n\nDmitry Peskov warned against further sanctions on Russia.")
    got = {(n if isinstance(n, str) else c): p for n, c, p in zip(stance.target_name, stance.target_concept,
                                                                   stance.polarity)}
    assert got == {"Russia": 0, "further sanctions": -1}
    _, stance = run(nlp, "Story\n\nJack Straw warned against Iran on Monday.")
    assert list(zip(stance.target_name, stance.polarity)) == [("Iran", -1)]


def test_a_noun_after_a_preposition_is_a_target_only_of_an_attitude(nlp):
    """Issue 27 (a blind judge's wrong row): "rejected a third bid from Rangers for Barry Ferguson" is no side on
    Ferguson; "expressed concern about Iran" is about Iran."""
    _, stance = run(nlp, "Story\n\nBlackburn have rejected a third bid from Rangers for Scotland captain Barry "
                         "Ferguson, BBC Sport has learnt.")
    assert set(stance[stance.target_name == "Barry Ferguson"].polarity) <= {0}
    _, stance = run(nlp, "Story\n\nJack Straw expressed concern about Iran on Monday.")
    assert list(zip(stance.target_name, stance.polarity)) == [("Iran", -1)]


def test_a_speaker_name_the_recognizer_missed_needs_a_second_signal(nlp):
    """Issue 29: "Eswar Prasad, a trade professor at Cornell, said" (no entity for the name) is a person by the
    apposition; a capitalized subject with nothing else ("Wall Street said") stays a phrase."""
    st, _ = run(nlp, "Talks have stalled.\n\nEswar Prasad, a trade professor at Cornell, said the president's "
                     "temperament had complicated the task.")
    assert st.speaker_name.tolist() == ["Eswar Prasad"]
    st, _ = run(nlp, '"We will not stop," Wall Street said.')
    assert st.speaker_actor_id.isna().all()


def test_prosecutors_are_the_one_prosecuting_body_named(nlp):
    """"Prosecutors said" after the article's one prosecuting body is that body (issue 29); with none named, no
    speaker."""
    st, _ = run(nlp, "The Swedish Prosecution Authority has dropped its inquiry into Julian Assange.\n\n"
                     "Prosecutors told reporters the decision was final.")
    assert st.speaker_name.tolist()[-1] == "Swedish Prosecution Authority"
    st, _ = run(nlp, "Police arrested two men. Prosecutors said the men would appear in court on Friday.")
    assert st.speaker_actor_id.isna().all()


def test_acts_of_taking_sides_aimed_at_someone(nlp):
    """Issue 27: "lashed out at X", "pushed back against X" (the parser hangs "against" under "back"), "was critical
    of X" oppose X as "criticized X" does; "pushed back the date" is no attack; a possessor's name makes no issue
    of its noun ("Bernie Sanders's attack")."""
    _, s = run(nlp, "Patti Davis, a longtime liberal, lashed out at Donald Trump on Facebook.")
    assert [(r.target_name, r.polarity) for r in s.itertuples()] == [("Donald Trump", -1)]
    _, s = run(nlp, "The Clinton campaign pushed back against Bernie Sanders's attack on her qualifications.")
    assert [(r.target_name, r.target_concept, r.polarity) for r in s.itertuples()] == [("Bernie Sanders", None, -1)]
    _, s = run(nlp, "Frank Rijkaard was critical of Jose Mourinho's decision not to speak to the media.")
    assert ("Jose Mourinho", -1) in [(r.target_name, r.polarity) for r in s.itertuples()]
    st, s = run(nlp, "The organisers said they had pushed back the date of the Paris summit.")
    assert "push back" not in set(st.cue_lemma) and not (s.polarity != 0).any()


def test_a_concept_is_not_in_a_clause_that_describes_a_noun(nlp):
    """"critical of all the candidates seeking the GOP nomination": the nomination is no concept judged; "efforts to
    reduce its budget deficit" keeps the deficit, with the act the efforts name."""
    st, _ = run(nlp, "Patti Davis was critical of all the candidates seeking the GOP nomination.")
    assert st.concept.isna().all()
    st, _ = run(nlp, "The Bundesbank warned that efforts to reduce the budget deficit presented huge risks.")
    assert "reduce the budget deficit" in set(st.concept.dropna())


def test_a_claim_from_someone_that_is_their_statement(nlp):
    """"dismissed accusations by Michael Howard that Labour had raised taxes": Howard's own statement, nested in
    Brown's, gives Howard's side on Labour (issue 27: nested attributions)."""
    st, s = run(nlp, "Gordon Brown dismissed accusations by Michael Howard that Labour had raised taxes by stealth.")
    assert ("Michael Howard", "accusation") in set(zip(st.speaker_name, st.cue_lemma))
    assert ("Michael Howard", "Labour Party", -1) in set(zip(s.speaker_name, s.target_name, s.polarity))


def test_they_is_the_organization_or_the_several_who_spoke_just_before(nlp):
    """Issue 29: "they" opening a statement right after an organization (or coordinated speakers) spoke is that
    speaker; inside a relative clause ("the rates they charge") or after a person spoke, nobody."""
    st, _ = run(nlp, 'Big Machine Label Group said in a statement that the claims were false. "At no point did we '
                     'say Taylor could not perform," they said.')
    assert st.speaker_name.tolist()[-1] == "Big Machine Label Group"
    st, _ = run(nlp, "Big Machine Label Group said the claims were false. Scott Borchetta said the talks went on. "
                     "They said the deal was close.")
    assert pd.isna(st.speaker_actor_id.tolist()[-1])
    st, _ = run(nlp, "Vodafone said prices would fall. The regulator questioned the high rates they say they charge.")
    assert not (st.speaker_text.str.lower() == "they").any() or st[st.speaker_text.str.lower() == "they"] \
        .speaker_actor_id.isna().all()


def test_he_is_whom_the_sentence_before_is_about(nlp):
    """Issue 29: "he" after a sentence that opens with a person is that person, not the last speaker nor the last
    name ("Braun has worked with … Kim Kardashian. He has denied …": Braun)."""
    st, _ = run(nlp, "Kurt Volker said he had no knowledge of any efforts. Tim Morrison was the third witness who "
                     "listened to the call with Volodymyr Zelensky. He said he wasn't concerned about the call.")
    assert st.speaker_name.tolist()[-1] == "Tim Morrison"
    st, _ = run(nlp, "Gordon Brown said the deal was fair. Michael Howard disagreed. Mr Brown has worked with Bill "
                     "Clinton for years. He has consistently denied being unfair to him.")
    assert st.sort_values("sent_idx").speaker_name.tolist()[-1] == "Gordon Brown"


def test_an_object_after_a_cue_is_no_inverted_speaker_without_a_comma_or_quote(nlp):
    """"… - Egypt and Jordan - also sharply criticised the US policy shift" (a clause parsed before the cue): the
    shift is what was criticised, not who spoke; '"…," said Jim Bopp' still inverts."""
    st, _ = run(nlp, "The only two Arab states to have signed peace treaties with Israel - Egypt and Jordan - also "
                     "sharply criticised the US policy shift.")
    assert not st.speaker_text.fillna("").str.contains("shift").any()
    st, _ = run(nlp, '"The economy will grow," said Jim Bopp.')
    assert st.speaker_text.tolist() == ["Jim Bopp"]


def test_a_bare_body_that_speaks_is_that_body_of_the_state(nlp):
    """Issue 29: "Police said" in a Hong Kong story is Hong Kong's police; with no state named, an actor of that
    article alone (never one "Police" for every country)."""
    st, _ = run(nlp, "Protesters occupied the Polytechnic University in Hong Kong. Police said the "
                     "demonstrators had thrown petrol bombs.")
    assert st.speaker_actor_id.tolist() == ["HKG-police"]
    st, _ = run(nlp, "Two men were arrested after the fight. Police said they were questioning both.")
    assert st.speaker_actor_id.tolist() == ["organization:police@t"]


def test_a_state_named_with_its_body_speaks_as_that_body(nlp):
    """Issue 29 (tuning pages: "the Jordanian government", "The Afghan government", "the US military" were given to
    the state): a body after its state's name or adjective is that state's body, and a bare "the government" later
    in the article is the same one, not that of a people named in a plural ("1.3 million Syrians"); a city's police
    is the city's."""
    st, _ = run(nlp, "Jordan has hosted refugees for years. According to the Jordanian government, as of 2016, the "
                     "country hosted 1.3 million Syrians. The government said it could not take more.")
    assert st.speaker_name.tolist() == ["Government (Jordan)", "Government (Jordan)"]
    st, _ = run(nlp, "Two soldiers died in a crash, the US military said. Chinese authorities said they would "
                     "investigate.")
    assert st.speaker_name.tolist() == ["Military (United States)", "Authorities (China)"]
    st, _ = run(nlp, "But Los Angeles police discounted the rumours.")
    assert st.speaker_name.tolist() == ["Police (Los Angeles)"]


def test_a_surname_the_tagger_missed_and_the_he_its_clause_governs(nlp):
    """Issue 29 (Postlight: "Trump on Fox News Sunday says …" had no speaker: "Trump" tagged a noun, "Sunday" the
    phrase's head): a surname after the full name is the person, and a day at a phrase's head is no head. Issue 27
    (BBC): the "he" of "Gareth is … a loss because he is a brilliant player" is Gareth, not the man who spoke before."""
    st, _ = run(nlp, "Donald Trump spoke on Sunday. Trump on Fox News Sunday says he doesn't need daily "
                     "intelligence briefings.")
    assert st.speaker_name.tolist()[-1] == "Donald Trump"
    _, s = run(nlp, "Wales number eight Michael Owen says replacing Gareth Thomas as captain will be straightforward. "
                    "Coach Mike Ruddock says the 24-year-old should take the armband. Ruddock praised Owen's "
                    "contribution as vice-captain. \"Gareth is going to be a massive loss because he is a brilliant "
                    "player and he has done a fantastic job since he has been captain,\" said Owen.")
    owen = s[s.speaker_name == "Michael Owen"]
    assert ("Gareth Thomas", 1) in set(zip(owen.target_name, owen.polarity))
    assert "Mike Ruddock" not in set(owen.target_name)


def test_hedges_blows_and_addressees(nlp):
    """Issue 27 (BBC rows read): "not yet known whether X would support Y" is nobody's position (an attribution as
    PolNeAR marks it, with no stance rows); "hit some powerful
    forehands" is no statement while "hit back at X" opposes X; "challenged the Treasury to open its books so the
    National Audit Office can report" opposes the Treasury, not the Audit Office."""
    st, s = run(nlp, "But it is not yet known whether John McManus would support a Glazer bid.")
    assert "support" in set(st.cue_lemma) and s.empty
    _, s = run(nlp, "Rafael Nadal hit some powerful forehands to oust Potito Starace.")
    assert not (s.polarity != 0).any()
    _, s = run(nlp, "Labour hit back at Michael Howard, calling his plans a fraud.")
    assert ("Michael Howard", -1) in set(zip(s.target_name, s.polarity))
    _, s = run(nlp, "Charles Kennedy challenged the Treasury to open up its books so the National Audit Office can "
                    "report on the government's performance.")
    sides = dict(zip(s.target_name, s.polarity))
    assert sides.get("Treasury") == -1 and sides.get("National Audit Office", 0) == 0


def test_a_hedge_is_the_speakers_own_clause_only():
    from analysis.stance import hedged

    assert hedged("But it is not yet known whether Mr McManus would support a Glazer bid.", "Mr McManus")
    assert not hedged('He said Mr Straw was "naive beyond belief" if he accepted the claim.', "He")
    # the speaker's place is the one before its cue, not its first words ("you are qualified …")
    sentence = "I don't think you are qualified if you supported the Panama free-trade agreement."
    assert hedged(sentence, "you", "supported") and not hedged(sentence, "you")
    assert not hedged('He said Mr Straw was "naive beyond belief" if he accepted the claim.', "He", "said")


def test_a_states_possessive_title_names_its_one_holder(nlp):
    """"Austria's interior minister said" is the article's one interior minister; with two in the article, nobody."""
    st, _ = run(nlp, "Interior Minister Wolfgang Peschorn visited Braunau on Monday. The house will be turned into a "
                     "police station, Austria's interior minister said.")
    assert st.speaker_name.tolist() == ["Wolfgang Peschorn"]
    st, _ = run(nlp, "German Interior Minister Otto Schily met Wolfgang Peschorn, the Austrian interior minister. "
                     "Austria's interior minister said the talks went well.")
    assert st.speaker_name.tolist()[-1] not in ("Otto Schily", "Wolfgang Peschorn")


def test_verdicts_in_so_many_words_take_a_side(nlp):
    """What the speaker calls the target, a mistake it made and how its record rates are the speaker's verdicts
    (``stance.verdicts``), whatever the sentence's tone; negated, they take no side."""
    cases = [
        ('Donald Trump called Ted Cruz a "pathological liar" on Tuesday.', "Donald Trump", "Ted Cruz", -1),
        ('The FBI made a "mistake" in the background check for Dylann Roof, James Comey has said.',
         "James Comey", "FBI", -1),
        ("Aston Villa chairman Doug Ellis said David O'Leary's record since his arrival in 2003 is excellent.",
         "Doug Ellis", "David O'Leary", 1),
        ("Barack Obama called Vladimir Putin a partner in the talks.", "Barack Obama", "Vladimir Putin", 0),
        # the parser gives the verdict as a second object
        ("The Tory leader Michael Howard branded Gordon Brown a liar on Monday.", "Michael Howard", "Gordon Brown", -1),
        ("Tony Blair said he had never called Gordon Brown a liar.", "Tony Blair", "Gordon Brown", 0),
        ("Brian O'Driscoll insisted Ireland will not make the mistake of being over-confident.",
         "Brian O'Driscoll", "Ireland", 0),
        # a naming verb inside another's content is the inner speaker's verdict, not the reporter's
        ("Senator Bernie Sanders spoke in Iowa on Monday. Sanders said Donald Trump had called Hillary Clinton a "
         "liar.", "Donald Trump", "Hillary Clinton", -1),
        ("Senator Bernie Sanders spoke in Iowa on Monday. Sanders said Donald Trump had called Hillary Clinton a "
         "liar.", "Bernie Sanders", "Hillary Clinton", 0),
        # what Ferguson called him judges Wenger, not Ferguson (an object predicate is said of the object)
        ('Reminded that Alex Ferguson called him "a disgrace", Arsene Wenger added: "I don\'t respond to anything."',
         "Arsene Wenger", "Alex Ferguson", 0),
    ]
    for text, speaker, target, want in cases:
        _, s = run(nlp, "Story\n\n" + text)
        got = s[(s.speaker_name == speaker) & (s.target_name == target)]
        assert list(got.polarity) == [want], (text, s[["speaker_name", "target_name", "polarity"]].values.tolist())
    _, s = run(nlp, 'Story\n\nFrench president Jacques Chirac has called the UK\'s £3bn rebate from the European Union '
                    '"unjustified".')
    assert list(s[s.target_concept.fillna("").str.contains("rebate")].polarity) == [-1]


def test_second_mentions_listeners_and_charges(nlp):
    """Session 26 (issue 27): a target named twice takes the side its second mention is judged by; the listener of
    "told" takes no side from what is said to it; "soft on crime" is a charge; "not criminally responsible"
    defends; "him" is not the subject of its own clause; a speaker named inside another's content is not whom a
    following "he said" goes back to."""
    cases = [
        ('Gordon Brown addressed the conference. "For all his trumpeting of Labour\'s management of the economy, Gordon Brown\'s record is '
         'very mixed," Vince Cable said.', "Vince Cable", "Gordon Brown", -1),
        ('Asked about the BNP, Mr Howard told the BBC: "I reject that entirely".', "Michael Howard", "BBC", 0),
        ('Tory Party co-chairman Liam Fox said: "Like Labour, the Lib Dems are soft on crime, support higher taxes '
         'and support giving Europe more control over our lives."', "Liam Fox", "Liberal Democrats", -1),
        ('Phil Spector denies murder. His lawyer Bruce Cutler said: "Phil did not cause the death of this woman, '
         'he\'s not criminally responsible and he\'s not civilly responsible either."', "Bruce Cutler",
         "Phil", 0),
        ('Arsene Wenger spoke after the game. Reminded that Alex Ferguson called him "a disgrace", Wenger added: '
         '"I don\'t respond to anything."', "Arsene Wenger", "Alex Ferguson", 0),
    ]
    for text, speaker, target, want in cases:
        _, s = run(nlp, "Story\n\n" + text)
        got = s[(s.speaker_name.fillna("").str.contains(speaker.split()[-1])) & (s.target_name.fillna("")
                                                                                .str.contains(target.split()[-1]))]
        assert list(got.polarity) in ([want], [] if want == 0 else [want]), (
            text, s[["speaker_name", "target_name", "polarity"]].values.tolist())
    st, _ = run(nlp, "Story\n\nLiberal Democrat shadow chancellor Vince Cable warned the picture was not as rosy as Mr "
                     'Brown would like to portray it. "For all his trumpeting, Gordon Brown\'s record is very mixed," '
                     "he said.")
    assert list(st[st.speaker_text == "he"].speaker_name) == ["Vince Cable"]


def test_it_takes_up_the_body_the_sentence_before_opens_with(nlp):
    """ "It" with no body speaking just before is the organization or state that opens the sentence before (or its
    own, before "it"): not a body named after a preposition, in a possessive, as a modifier ("The US firm") or
    by a demonym; "it is expected" is nobody."""
    cases = [
        ("Deutsche Bank is involved in the case because it is itself being sued by Yukos. It had agreed to loan "
         "Gazpromneft the money, it said.", ["Deutsche Bank"]),
        ("Russia sent troops. It said the move was defensive.", ["Russia"]),
        ("The US firm is thought to be offering about $2bn. It has argued the deal was void.", [None]),
        ("At the Court of Appeal on Wednesday, the Countryside Alliance failed. But it says the ban is unenforceable.",
         [None]),
        ("She said French nationals would be the first to get the cards. It aims to combat terrorism, it said.", [None]),
    ]
    for text, want in cases:
        st, _ = run(nlp, "Story\n\n" + text)
        got = st[st.speaker_text.fillna("").str.lower() == "it"]
        assert [None if not isinstance(x, str) else x for x in got.speaker_name][:1] == want, (
            text, st[["speaker_text", "speaker_name"]].values.tolist())


def test_the_report_speaks_for_its_author(nlp):
    """ "The report said" is the body the article gives as the report's author ("a report by UK think-tank Demos",
    "The Demos report", "a survey by Hostway"); a programme named "Report" is no author."""
    cases = [
        ("A quarter of users upload content, according to a report by UK think-tank Demos. The report said broadband "
         "was changing habits.", "Demos"),
        ("A survey by Hostway suggests that many men prefer to shop online. The survey found that 40% shop at work.",
         "Hostway"),
        ("Growth will slow, the OECD said in its outlook, and its chief economist told the BBC's World Business "
         'Report so. However, the report warned: "It remains to be seen."', "not BBC"),
    ]
    for text, want in cases:
        st, _ = run(nlp, "Story\n\n" + text)
        got = [x if isinstance(x, str) else None for x in st[st.speaker_text.fillna("").str.lower().str.match(
            r"the (report|survey)$")].speaker_name]
        assert got == [want] or want == "not BBC" and got and "BBC" not in got, (
            text, st[["speaker_text", "speaker_name"]].values.tolist())


def test_a_document_speaks_for_its_issuer(nlp):
    """A document speaks for whoever the text says issued it: one the phrase names after "by" or "from" (a body
    before a state that only modifies it), or for "the letter", "the statement" the last one that sent or issued
    that kind of document; "His letter … from a Labour Party …" is not the party's, "research" after "the Library
    for research" no author."""
    cases = [
        ("The report, released by the Los Angeles Unified School District, states that the plan failed.",
         "Los Angeles Unified School District"),
        ("A report published by UK-based research consultancy Analysys said prices fell.", "Analysys"),
        ("New numbers from the Canadian Real Estate Association confirm that prices fell.",
         "Canadian Real Estate Association"),
        ("The Home Office said in a statement that the rules would change. The statement added that nobody would be "
         "deported.", "Home Office"),
        ("Oxfam sent a letter to the minister on Monday. The letter said the scheme had failed.", "Oxfam"),
        ("Visitors came to the Library for research. The study found that 16% came to work.", None),
    ]
    for text, want in cases:
        st, _ = run(nlp, "Story\n\n" + text)
        docs = st[st.speaker_text.fillna("").str.contains(r"(?i)report|numbers|statement|letter|study")]
        got = [x if isinstance(x, str) else None for x in docs.speaker_name]
        assert got[-1:] == [want], (text, st[["speaker_text", "speaker_name"]].values.tolist())


def test_the_central_bank_is_the_articles_central_bank(nlp):
    """ "The central bank said" is the one central bank the article names, not the last body that spoke (Postlight:
    the Fed's forecasts went to BMO Capital Markets); with none named, not a bank that is no central bank."""
    cases = [
        ("The Federal Reserve raised rates on Wednesday. Economists at BMO Capital Markets said the move was expected. "
         "The central bank said it would raise rates three times next year.", "Federal Reserve"),
        ("The Bank of England held rates. HSBC said mortgage demand fell. The central bank said inflation would rise.",
         "Bank of England"),
        ("Barclays raised its rates. The central bank said inflation would rise.", None),
    ]
    for text, want in cases:
        st, _ = run(nlp, "Story\n\n" + text)
        got = [x if isinstance(x, str) else None for x in st[st.speaker_text.str.lower() == "the central bank"]
               .speaker_name]
        assert got == [want], (text, st[["speaker_text", "speaker_name"]].values.tolist())


def test_a_body_the_recognizer_missed_speaks(nlp):
    """A speaker phrase that is a body's name the recognizer missed speaks as that body: capitalized words after
    "the", before a body noun, or one acronym, with a speech cue ("according to the Wrap" too). An office or person
    described ("The Speaker", "The Scot") and a product ("HD offers") are no body. A body noun after a name the
    recognizer found ("the Standing Rock Sioux tribe", "the NBC network") is that body; a station in a state or a
    person's local association is no state and no person."""
    cases = [
        ("When TMZ asked Gene Simmons if KISS would play, he declined.", "TMZ"),
        ("The Wrap reports that the team is offering to pay more.", "Wrap"),
        ("The Standing Rock Sioux tribe says that it has treaty rights to the land.", "Standing Rock Sioux tribe"),
        ("The Scot said he was delighted with the win.", None),
        ("The Speaker said the debate would go on.", None),
        ("Meanwhile, the Standing Rock Sioux tribe says that it has treaty rights to the land.", "Standing Rock Sioux"),
        ("The show was dropped, the NBC network said on Monday.", "NBC"),
        ("The studio has ordered a shakeup, according to the Wrap.", "Wrap"),
        ("A TV station in the US said the show was a hit.", None),
        ("Sacked MP Howard Flight's local Conservative association said it would meet.", None),
    ]
    for text, want in cases:
        st, _ = run(nlp, "Story\n\n" + text)
        assert [x if isinstance(x, str) else None for x in st.speaker_name][:1] == [want], (
            text, st[["speaker_text", "speaker_name"]].values.tolist())


def test_quotes_after_a_speech_verb_with_no_content_are_its_speakers(nlp):
    """Issue 29: "When Chris Wallace asked the Republican about it, Donald Trump said the following." — the quoted
    paragraphs after it are Trump's, not the interviewer's; a verb that is no introduction ("Dyer reacted first")
    gives its subject no quote."""
    st, _ = run(nlp, "Story\n\nWhen Fox News\u2019 Chris Wallace asked the Republican about his disinterest in "
                     "receiving classified information from U.S. intelligence agencies, Trump said the following.\n\n\u201cWell, I get it when I need it. I am, like, a smart person."
                     "\u201d\n\n\u201cBut I do not need to be told the same thing every single day.\u201d")
    quoted = st[st.content_text.fillna("").str.contains("smart person|every single day")]
    assert len(quoted) == 2 and set(quoted.speaker_name) == {"Trump"}, st[
        ["speaker_text", "speaker_name", "content_text"]].values.tolist()
    st, _ = run(nlp, "Story\n\nNewcastle's Kieron Dyer reacted first to smash the ball home.\n\n\u201cI am bitterly "
                     "disappointed with the result and with the second half.\u201d")
    quoted = st[st.content_text.fillna("").str.contains("bitterly")]
    assert not (quoted.speaker_name == "Kieron Dyer").any(), st[["speaker_text", "speaker_name"]].values.tolist()


def test_a_document_speaks_for_whoever_the_story_says_sent_it(nlp):
    """Issue 29: "The letter said" after "the group sent a letter" (the group being a body named before) is that
    body's; with no one who sent a letter it stays unresolved."""
    text = ("Ms. Haley has been criticized by Citizens for Responsibility and Ethics in Washington, a liberal "
            "nonprofit watchdog group. On Monday, the group sent a letter to Steve A. Linick, the State Department's "
            "inspector general, asking for an investigation.\n\nThe letter said Ms. Haley accepted seven free "
            "flights on luxury private aircraft.")
    st, _ = run(nlp, "Story\n\n" + text)
    got = st[st.speaker_text == "The letter"].speaker_name.tolist()
    assert got == ["Citizens for Responsibility and Ethics"], st[["speaker_text", "speaker_name"]].values.tolist()
    st, _ = run(nlp, "Story\n\n" + text.replace("the group sent a letter to", "the group met"))
    assert st[st.speaker_text == "The letter"].speaker_actor_id.isna().all()


def test_a_spokesman_speaks_for_the_body_just_named(nlp):
    """ "A spokesman said" with no "for X" speaks for the body that opens the sentence before (or that spoke in the
    last two sentences), not for the last person named; with no body, for nobody."""
    cases = [
        ("Shami Chakrabarti, director of civil rights group Liberty, has called on the government to free the men. "
         'But the Home Office defended the measures. A spokesman said: "These individuals can leave."', "Home Office"),
        ("The Association of Chief Police Officers has issued guidance to forces on the new rules. A spokesman said: "
         '"Basically, it\'s not going to be easy."', "Association of Chief Police Officers"),
        ("Tony Blair met Gordon Brown on Monday. A spokesman said the talks went well.", None),
    ]
    for text, want in cases:
        st, _ = run(nlp, "Story\n\n" + text)
        got = [x if isinstance(x, str) else None for x in st[st.speaker_text == "A spokesman"].speaker_name]
        assert got == [want], (text, st[["speaker_text", "speaker_name"]].values.tolist())


def test_a_company_noun_speaker_is_never_a_state(nlp):
    """"The company said" is the organization the story is about, never the state named before it (BBC: 43
    speakers such as "The company" → United States, "the mining group" → United Kingdom); "the central bank"
    may still be the state's."""
    st, _ = run(nlp, "Story\n\nUS officials said the deal was fair. The company said it would appeal.")
    assert st[st.speaker_text == "The company"].speaker_actor_id.isna().all()
    st, _ = run(nlp, "Story\n\nShares in Cairn Energy rose in India on Monday. The company said tests had shown no "
                     "significant finds in one of its oil fields.")
    assert list(st[st.speaker_text == "The company"].speaker_name) == ["Cairn Energy"]


def test_a_speaker_phrase_naming_a_state_and_an_organization_is_the_organization(nlp):
    """"A spokesman for US-based hedge fund Atticus Capital" speaks for the fund, not for the United States (BBC: 27
    speakers moved from a state or a place to the organization of the phrase, about 22 for the better)."""
    st, _ = run(nlp, "Story\n\nA spokesman for US-based hedge fund Atticus Capital said the offer was too low.")
    assert list(st.speaker_name) == ["Atticus Capital"]


def test_a_participle_of_a_person_left_as_the_root_is_the_person_speaking(nlp):
    """"Mitt Romney, the 2012 Republican presidential nominee, tweeted in response: '…'" has no main verb for the
    parser ("tweeted" a participle of Romney): Romney speaks. A headline's passive "Labour accused of …" still has
    no speaker (BBC: one speaker gained, none lost)."""
    st, _ = run(nlp, 'Story\n\nMr. Trump spoke on Sunday. Mitt Romney, the 2012 Republican presidential nominee, '
                     'tweeted in response: "Important distinction: thug Putin kills journalists."')
    assert list(st[st.cue_text == "tweeted"].speaker_name) == ["Mitt Romney"]
    st, _ = run(nlp, "Labour accused of 'EU propaganda'\n\nThe party denied the charge on Monday.")
    accused = st[st.cue_text == "accused"]
    assert len(accused) == 1 and accused.speaker_text.isna().all()


def test_a_definite_description_speaks_as_the_person_the_text_is_about(nlp):
    """"…," said the world indoor champion: the person the sentence before opens with (BBC: 53 speakers, about 49
    right by reading). Not when the sentence names another person outside the quote ("Drogba … but the striker
    saw": either may be meant), nor when the quote names the candidate ("the Dragons man says that Thomas will be
    missed"), nor for an office ("the home secretary": only whom the article calls so) or a firm's trade."""
    def speaker(text, phrase):
        st, _ = run(nlp, "Story\n\n" + text)
        got = st[st.speaker_text == phrase]
        assert len(got) == 1, st[["speaker_text", "cue_text"]].values.tolist()
        return got.speaker_name.iloc[0] if isinstance(got.speaker_name.iloc[0], str) else None

    assert speaker("Jason Gardener pulled out of the race on Friday. \"I was vomiting at the airport,\" said the "
                   "world indoor champion.", "the world indoor champion") == "Jason Gardener"
    assert speaker("Jerzy Dudek saved bravely at his feet. Didier Drogba almost headed Chelsea in front but the "
                   "striker saw the ball rebound off the post.", "the striker") is None
    assert speaker("Gareth Thomas will miss the tour with a broken thumb. The 22-cap Dragons man says that Thomas "
                   "will be badly missed.", "The 22-cap Dragons man") is None
    assert speaker("Martin Mubanga was freed from Guantanamo Bay last month. The home secretary said he would not "
                   "launch an investigation.", "The home secretary") is None


def test_an_honorific_name_glued_to_an_organization_is_the_speaker(nlp):
    """"In a speech to the Foreign Policy Centre Mr Straw said": the recognizer made "Foreign Policy Centre Mr
    Straw" one organization and the parser hung "Straw" on "to", so the quote had no speaker (BBC: 10 speakers
    gained, all right by reading: Mr Straw, Lord Woolf, Mr Kennedy, Mr Torvalds …)."""
    st, _ = run(nlp, 'Story\n\nForeign Secretary Jack Straw attacked Michael Howard on Monday. In a speech to the '
                     'Foreign Policy Centre Mr Straw said of the Tory leader: "He is clever, but he is not wise."')
    said = st[st.cue_text == "said"]
    assert list(said.speaker_text) == ["Mr Straw"] and list(said.speaker_name) == ["Jack Straw"]


def test_a_person_in_apposition_to_a_person_noun_speaks(nlp):
    """"ITV's controller of entertainment, Claudia Rosencrantz, said": the head "controller" is no name, and the
    name in apposition to it speaks (BBC: 3 speakers, all right); "The report, by economist John Smith" is not
    an apposition (the report speaks, unresolved here)."""
    st, _ = run(nlp, "Story\n\nThe show was cancelled. ITV's controller of entertainment, Claudia Rosencrantz, "
                     "said the show would return.")
    assert list(st.speaker_name) == ["Claudia Rosencrantz"]
    st, _ = run(nlp, "Story\n\nThe report, by economist John Smith, said growth would slow.")
    assert st.speaker_actor_id.isna().all()


def test_lacking_a_quality_is_a_charge(nlp):
    """"He lacks strategy and good judgment", "had no vision for Britain": the speaker's verdict against the
    subject (BBC: 3 rows, Straw, Fox and Milburn against their opponents, all right); "did not lack courage" and
    "has no assets" (a fact) take no side."""
    def side(text):
        _, sx = run(nlp, "Story\n\n" + text)
        return dict(zip(sx.target_name, sx.polarity)).get("Michael Howard")

    assert side("Gordon Brown said Michael Howard lacked judgment.") == -1
    assert side("Gordon Brown said Michael Howard had no vision for Britain.") == -1
    assert side("Gordon Brown said Michael Howard did not lack courage.") == 0
    assert side("Gordon Brown said Michael Howard had no assets in the US.") == 0


def test_an_op_eds_first_person_speaks_as_its_closing_lines_author(nlp):
    """"This, I predict, will not end well." … "Glenn Harlan Reynolds, a University of Tennessee law professor, is
    a member of USA TODAY's Board of Contributors.": the column's "I" is its author (BBC: 12 statements of Bill
    Thompson's columns, all right). An "I" inside a quote stays the quoted speaker's business, and a news story's
    last line about someone ("Mr. Hurt is eager …") makes no author."""
    st, _ = run(nlp, "Trust in government\n\nThe FBI has lost its way. This, I predict, will not end well. "
                     "\"I am worried,\" a reader wrote.\n\nGlenn Harlan Reynolds, a University of Tennessee law "
                     "professor, is a member of USA TODAY's Board of Contributors.")
    assert list(st[st.cue_text == "predict"].speaker_name) == ["Glenn Harlan Reynolds"]
    assert st[st.speaker_text == "I"].speaker_resolution.eq("author").sum() == 1
    st, _ = run(nlp, "Books\n\nThe book sold well. I predict it will sell more.\n\nMr. Hurt is eager to get the "
                     "book out.")
    mine = st[st.speaker_text == "I"]
    assert len(mine) == 1 and mine.speaker_actor_id.isna().all()


def test_an_op_eds_own_sentences_are_its_authors_statements(nlp):
    """An op-ed's unattributed sentences are its author's positions (stance dev: the USA Today op-eds' coded rows
    had no statement at all): "The FBI also failed to prevent mass killings" is Reynolds against the FBI. A
    sentence with a quote or another's statement stays theirs, the headline and the tagline are no statements, an
    op-ed sentence names no concept, and a news story without a tagline has no author's sentences."""
    tagline = "\n\nGlenn Harlan Reynolds, a University of Tennessee law professor, is a member of USA TODAY's Board " \
              "of Contributors."
    body = ("Trust in the FBI\n\nThe FBI also failed to prevent mass killings by the Fort Hood shooter. "
            "\"I am worried,\" Senator Bob Smith said of the FBI. Hillary Clinton said the FBI was fair.")
    st, sx = run(nlp, body + tagline)
    own = st[st.cue_lemma == "op-ed"]
    assert list(own.speaker_name) == ["Glenn Harlan Reynolds"]
    assert own.content_text.str.startswith("The FBI also failed").all() and own.concept.isna().all()
    rows = sx[sx.statement_id.isin(own.statement_id)]
    assert dict(zip(rows.target_name, rows.polarity)).get("FBI") == -1
    st, _ = run(nlp, body + "\n\nThe FBI did not comment.")
    assert not (st.cue_lemma == "op-ed").any()


def test_blind_judged_bbc_rows_of_session_32(nlp):
    """Rows a blind judge found wrong on BBC: the purpose of an act is no statement ("so the National Audit Office
    can report"); being responsible for a harm is a charge (read as support from "responsible"); the party a person
    is "a huge figure in" is where he stands, not a target; a sponsor in a longer name ("his RBS 6 Nations
    Championship rivals") is no target; what a purchase is done to is not what is defended."""
    def rows(text):
        st, sx = run(nlp, "Story\n\n" + text)
        return st, {(a, b if isinstance(b, str) else c): p for a, b, c, p in
                    zip(sx.speaker_name, sx.target_name, sx.target_concept, sx.polarity)}

    st, _ = rows("Charles Kennedy spoke. He challenged the Treasury to open up its books so the National Audit "
                 "Office can report on the government's performance.")
    assert "report" not in set(st.cue_text)
    _, got = rows('Mr Davis said Labour had been responsible for "huge waste, huge overspending".')
    assert got[("Davis", "Labour Party")] == -1
    _, got = rows("Mr Davis said Gordon Brown was responsible for the recovery.")
    assert got[("Davis", "Gordon Brown")] != -1
    _, got = rows('Mr Blair said he was a "huge figure" in Labour and a "valued, personal friend".')
    assert got[("Blair", "Labour Party")] == 0
    _, got = rows("Tony Blair criticised the Washington Redskins.")
    assert got[("Tony Blair", "Washington Redskins")] == -1
    _, got = rows("Russia's president has defended the purchase of Yukos' key production unit by Rosneft.")
    assert got[("Russia", "Yukos")] == 0 and got[("Russia", "purchase of key production unit")] == 1
    _, got = rows("Tony Blair defended Labour's plans for the economy.")
    assert got[("Tony Blair", "Labour Party")] == 1
    # betraying someone is a deed the speaker charges, not a feeling ("feels deeply betrayed" stays a feeling)
    _, got = rows("Gordon Brown said Michael Fallon betrayed the voters.")
    assert got[("Gordon Brown", "Michael Fallon")] == -1
    _, got = rows('Gordon Brown met Tony Blair. "Gordon Brown, understandably, feels deeply betrayed," Robert Peston '
                  'said.')
    assert got[("Robert Peston", "Gordon Brown")] == 0
    # a partner in a joint act is no target; agreeing with someone alone is no joint act
    _, got = rows("Mr Brown said he had agreed with the Italian finance minister Domenico Siniscalco to push forward "
                  "with plans for the sharing of research.")
    assert got[("Brown", "Domenico Siniscalco")] == 0
    from analysis.stance.partners import partner
    doc = nlp("Brown agreed with Blair. Brown signed a deal with Chelsea.")
    assert not partner(doc[3:4]) and partner(doc[10:11])


def test_a_denied_belief_or_a_refusal_gives_the_opposite_side(nlp):
    """"did not believe Mr Blair was strong enough" is the belief that he is not (BBC: Frank Field against Blair,
    right); "refused to blame Robin van Persie" takes his side. The model reading the sentence misses the "not" a
    clause above; a predicate's own "not" or a denied forecast ("I don't believe the SRU will take this lying
    down") gives no such side."""
    def side(text, name):
        _, sx = run(nlp, "Story\n\n" + text)
        return dict(zip(sx.target_name, sx.polarity)).get(name)

    assert side("Tony Blair and Gordon Brown met. Former welfare minister Frank Field MP said the prime minister "
                "should sack Mr Brown, but did not believe Mr Blair was strong enough to do so.", "Tony Blair") == -1
    assert side("Arsenal lost. Ashley Cole has refused to blame Robin van Persie for the defeat.",
                "Robin van Persie") == 1
    assert side("Tony Blair spoke. Gordon Brown said he did not believe Tony Blair would win the vote.",
                "Tony Blair") == 0


def test_a_body_named_by_its_kind_is_a_target(nlp):
    """"criticized the organization for promoting links": the organization the article has named most in this
    or the two sentences before (the dev set: Tufekci against WikiLeaks; BBC: the PFA against Chelsea, Edu
    against Arsenal); "some observers, including professor Zeynep Tufekci" speak as the one named."""
    st, sx = run(nlp, "Story\n\nWikiLeaks published the emails. WikiLeaks later posted links to a database. "
                      "Some observers, including University of North Carolina professor Zeynep Tufekci, also "
                      "criticized the organization for promoting links to the data.")
    row = sx[sx.speaker_name == "Zeynep Tufekci"]
    assert list(st[st.cue_text == "criticized"].speaker_name) == ["Zeynep Tufekci"]
    assert dict(zip(row.target_name, row.polarity)).get("WikiLeaks") == -1


def test_a_side_passes_what_the_object_is_aimed_at(nlp):
    """"will reject any offer for the club", "urged the men to step down from the GLA": the offer is rejected and
    the men are asked to go, not the club nor the GLA (BBC: 5 such rows removed, all wrong); who is urged to
    "take back his words" or "apologise" is asked to stop (BBC: Blair against Ken Livingstone)."""
    def sides(text):
        _, sx = run(nlp, "Story\n\n" + text)
        return dict(zip(sx.target_name, sx.polarity))

    assert sides("Manchester United shares rose. Irishmen JP McManus and John Magnier will reject any formal "
                 "offer for Manchester United.").get("Manchester United", 0) == 0
    assert sides("Tony Blair has urged London mayor Ken Livingstone to apologise for his comment.").get(
        "Ken Livingstone") == -1
    # "the senator to …": a title phrase before an infinitive is still the title's holder
    assert sides("Brian Fallon, a spokesman for Hillary Clinton, said Sen. Bernie Sanders had reached a new low. "
                 "Fallon called on the senator to take back his words.").get("Bernie Sanders") == -1


def test_possessed_and_appositive_speakers(nlp):
    """"His office said" speaks for the person "his" stands for; "said The We Company's executive chair Marcelo
    Claure" is Claure, at the phrase's appositive head, even when the recognizer made him a firm."""
    st, _ = run(nlp, "Story\n\nTeachers did not see Governor Eric Holcomb at the Statehouse on Tuesday. His office "
                     "said he was keeping long-standing plans for traveling to Florida.")
    assert list(st[st.speaker_text == "His office"].speaker_name) == ["Eric Holcomb"]
    st, _ = run(nlp, "Story\n\nJob cuts will be announced later this week, said The We Company's recently named "
                     "executive chair Marcelo Claure in an email to staff.")
    assert list(st.speaker_name) == ["Marcelo Claure"]


def test_a_title_the_name_stands_beside_is_its_title(nlp):
    """"The Secretary of State for Culture, Media and Sport, Tessa Jowell, …" gives Jowell the title that "The
    culture secretary said" names four sentences on (BBC: 3 speakers changed, all right: Jowell, and "the Ofsted
    chief" David Bell rather than Ofsted)."""
    st, _ = run(nlp, "Story\n\nThe Secretary of State for Culture, Media and Sport, Tessa Jowell, has hit out at "
                     "critics of the Gambling Bill. Labour backbencher Stephen Pound said the bill was a disaster. "
                     "Others agreed. Many MPs were angry. The culture secretary said a consultation had produced a "
                     "consensus.")
    assert list(st[st.speaker_text == "The culture secretary"].speaker_name) == ["Tessa Jowell"]


def test_what_is_left_open_takes_no_side(nlp):
    """"it was yet to be seen if Mr Clarke could deliver a fair system", "will decide whether to block Russia's
    auction": a condition or a question is no claim about the target (BBC: 14 rows went, 11 of them wrong); the
    same words said outright still take a side."""
    def side(text, name):
        _, sx = run(nlp, "Story\n\n" + text)
        return dict(zip(sx.target_name, sx.polarity)).get(name)

    assert side("Tony Blair spoke. Mark Oaten said it was yet to be seen if Charles Clarke could deliver "
                "\"a fair and efficient asylum system\".", "Charles Clarke") == 0
    assert side("Tony Blair spoke. Mark Oaten said Charles Clarke had delivered \"a fair and efficient asylum "
                "system\".", "Charles Clarke") == 1


def test_a_he_speaker_the_corpus_shows_is_no_person_is_left_unknown():
    """"he said" resolved in one article to "Yukos" (tagged a person there) is a guess on a wrong type once the
    corpus shows Yukos is a firm: the speaker is left unknown (BBC: 61 such speakers, 14 of 20 read wrong)."""
    from analysis.extract.build import _no_speaker
    from analysis.statements import unfit_pronoun_speakers

    st = pd.DataFrame({"statement_id": ["a", "b", "c", "d"], "speaker_text": ["he", "He", "Yukos", "she"],
                       "speaker_actor_id": ["organization:yukos", "person:john-smith", "organization:yukos",
                                            "GBR-tony-blair"],
                       "speaker_name": ["Yukos", "John Smith", "Yukos", "Tony Blair"]})
    bad = unfit_pronoun_speakers(st, {"GBR-tony-blair": "person"})
    assert bad == {"a"}  # a named firm that speaks is fine, and so is a registered or ad-hoc person
    out = _no_speaker(st.copy(), bad, ("speaker_actor_id", "speaker_name"))
    assert out.speaker_actor_id.isna().tolist() == [True, False, False, False]
    assert out.speaker_text.tolist() == st.speaker_text.tolist()


def test_an_attempt_is_coded_by_its_act(nlp):
    """"defended plans to end the European Union's arms embargo": the concept is the act the plans name, as a
    coder writes it ("end european union's arms embargo", not the embargo, which the speaker would be read to
    support), with its "not" ("his decision not to release foreign terror suspects"); the Union, which the plans
    act on, takes no side from "defended" (BBC: 10 of 14 such rows that went were wrong)."""
    _, sx = run(nlp, "Story\n\nForeign Secretary Jack Straw has defended plans to end the European Union's arms "
                     "embargo on China.")
    assert dict(zip(sx.target_concept.dropna(), sx.polarity[sx.target_concept.notna()])) == {
        "end european union's arms embargo": 1}
    assert dict(zip(sx.target_name.dropna(), sx.polarity[sx.target_name.notna()])).get("European Union", 0) == 0
    _, sx = run(nlp, "Story\n\nHome Secretary Charles Clarke has defended his decision not to release foreign "
                     "terror suspects.")
    assert list(sx.target_concept.dropna()) == ["not release foreign terror suspects"]


def test_standing_in_the_way_is_a_charge(nlp):
    """"the personal ambition of Mr Blair and Mr Brown was getting in the way of good government": a charge
    against the subject and whose it is, whatever good thing is obstructed (the dev set: Taylor against both;
    BBC: 7 rows, all right); "is not standing in the way" takes no side."""
    def sides(text):
        _, sx = run(nlp, "Story\n\n" + text)
        return dict(zip(sx.target_name, sx.polarity))

    got = sides("The Liberal Democrat chairman Matthew Taylor said the personal ambition of Tony Blair and Gordon "
                "Brown was \"getting in the way of good government\".")
    assert got.get("Tony Blair") == -1 and got.get("Gordon Brown") == -1
    assert sides("Matthew Taylor said Tony Blair was not standing in the way of a deal.").get("Tony Blair") == 0


def test_a_law_is_a_concept_and_attacking_its_critics_backs_it(nlp):
    """"hit out at critics of the Gambling Bill": a law the recognizer tagged is a concept a coder records, and
    taking a side against its critics takes its side (the dev set: Jowell for the bill; BBC: 5 new rows, Blair
    for the Licensing Act among them)."""
    st, sx = run(nlp, "Story\n\nThe Secretary of State for Culture, Media and Sport, Tessa Jowell, has hit out at "
                      "critics of the Gambling Bill.")
    assert list(st.concept.dropna()) == ["gambling bill"]
    assert dict(zip(sx.target_concept.dropna(), sx.polarity[sx.target_concept.notna()])) == {"gambling bill": 1}


def test_an_act_the_content_is_about_is_its_concept_and_what_it_does_its_side(nlp):
    """"said reopening the Waverley Line would restore the area's prosperity": the act is the concept a coder
    records, and what the speaker says it does or is gives the side (dev set: Borthwick for reopening the line);
    lessening a harm is a good, a likeness no liking, and a concession takes no side."""
    st, sx = run(nlp, "Story\n\nAnne Borthwick said reopening the Waverley Line would restore the area's prosperity. "
                      "Michael Ancram said lifting the arms embargo would be irresponsible. "
                      "Sam Younger said enabling people to register individually could cut some errors and combat "
                      "fraud. Graham Cluley said attacking a spammer's website is like poking a bear. "
                      "Simon Wright said that while encouraging the industry to find a vaccine is important, more "
                      "money is needed.")
    assert {"reopening the waverley line", "lifting the arms embargo", "enabling people",
            "attacking spammer's website"} <= set(st.concept.dropna())
    sides = dict(zip(sx.target_concept.dropna(), sx.polarity[sx.target_concept.notna()]))
    assert sides["reopening the waverley line"] == 1
    assert sides["lifting the arms embargo"] == -1
    assert sides["enabling people"] == 1  # cutting errors, combating fraud
    assert sides["attacking spammer's website"] == 0
    assert sides.get("encouraging the industry", 0) == 0


def test_a_named_officer_and_a_described_actor_speak(nlp):
    """"said The We Company's recently named executive chair Marcelo Claure" (the parser's head is "named"),
    'the "Pose" actor' after a paragraph that opens "Actor Billy Porter" (a quoted title tells which actor)."""
    st, _ = run(nlp, "Story\n\nJob cuts will be announced later this week, said The We Company’s recently named "
                     "executive chair Marcelo Claure in an email to staff.")
    assert list(st.speaker_name) == ["Marcelo Claure"]
    st, _ = run(nlp, "Story\n\nActor Billy Porter is expecting. \"Hearing the heartbeat was something we never take "
                     "for granted,\" the \"Pose\" actor previously said.")
    assert "Billy Porter" in set(st[st.speaker_text == 'the "Pose" actor'].speaker_name)


def test_a_name_after_its_role_speaks_and_an_office_or_a_name_after_of_does_not(nlp):
    """The head of "BP chief executive Lord Browne" and "Tory shadow local government secretary Caroline Spelman"
    is the name at its end; "The Lord Chancellor, Lord Falconer" is Falconer (an office is no name); "the parents
    of 14-year-old Stefan Pakeerah" and "watchdog Reporters Without Borders" are not the person at their end."""
    st, _ = run(nlp, "Story\n\nThe firm will sell the unit, BP chief executive Lord Browne said on Tuesday. "
                     "The plans are a mistake, Tory shadow local government secretary Caroline Spelman said. "
                     "The Lord Chancellor, Lord Falconer, said the courts would cope.")
    assert list(st.sort_values("speaker_start").speaker_name) == ["Browne", "Caroline Spelman", "Falconer"]
    st, _ = run(nlp, "Story\n\nStefan Pakeerah was killed last year. The parents of 14-year-old Stefan Pakeerah "
                     "said the game was to blame. His sentence, criticised by human rights watchdog Reporters "
                     "Without Borders, came a day later.")
    assert not set(st.speaker_name.dropna()) & {"Stefan Pakeerah", "Without Borders"}


def test_it_is_the_body_the_sentence_is_about(nlp):
    """"it" takes up the body its own sentence or the one before is about, after an adverbial ("In addition to
    the penalty, Monsanto also agreed … It said"), through a possessive ("Heineken's net income fell … It
    blamed"), or later in the same sentence ("Porsche may join the race, although it insists"); never a body in
    a prepositional phrase ("its stake in Changyu") nor a dummy "it" ("after it became clear")."""
    st, _ = run(nlp, "Story\n\nMonsanto was fined on Friday. In addition to the penalty, Monsanto also agreed to "
                     "three years of monitoring. It said it accepted full responsibility for the payments.\n\n"
                     "Heineken's net income fell to 537m euros during 2004. It blamed weak demand in western "
                     "Europe.\n\nEven the sports car maker Porsche may join the race, although it insists it is "
                     "still considering the plan.")
    its = st[st.speaker_text.str.lower() == "it"].sort_values("speaker_start")
    assert list(its.speaker_name) == ["Monsanto", "Heineken", "Porsche"]
    st, _ = run(nlp, "Story\n\nThe state agency will also sell 10% of its stake in Changyu to another company, "
                     "although it did not say who. The MPs launched an inquiry into the CSA's performance after "
                     "it became clear that the system had failed, they said.")
    assert not set(st[st.speaker_text.str.lower() == "it"].speaker_name.dropna())


def test_a_harm_that_befalls_a_target_is_no_side_against_it(nlp):
    """Issue 27 (BBC rows read): "the effect would be to undermine the UN" and "the fires damaged Plaid Cymru's
    public image" report a harm the target suffers, no side against it; "should sack Mr Brown" calls for one."""
    _, stance = run(nlp, "Story\n\nBut Clare Short said the effect of the parallel coalition would be to undermine "
                         "the UN.")
    assert set(stance[stance.target_name == "United Nations"].polarity) <= {0}
    _, stance = run(nlp, "Story\n\nDafydd Wigley accepted that the fires damaged Plaid Cymru's public image.")
    assert set(stance[stance.target_name == "Plaid Cymru"].polarity) <= {0}
    _, stance = run(nlp, "Story\n\nFrank Field said the prime minister should sack Mr Brown.")
    assert list(stance[stance.target_name.fillna("").str.contains("Brown")].polarity) == [-1]


def test_what_is_said_of_a_claim_is_not_said_of_the_names_in_it(nlp):
    """Issue 27 (BBC rows read): "rejects a suggestion that he had once told Bert Roberts that …" and "proved
    claims of a clash between Muslims and Christians were wrong" take no side on Roberts or the Muslims; a
    claim's source is another matter ("shrugged off claims from Michael Howard")."""
    _, stance = run(nlp, "Story\n\nMr Sullivan also rejects a suggestion that he had once told fellow WorldCom "
                         "board member Bert Roberts that Mr Ebbers was unaware of the fraud.")
    assert set(stance[stance.target_name == "Bert Roberts"].polarity) <= {0}
    _, stance = run(nlp, "Story\n\nThe deal also proved claims of a clash between Muslims and Christians were "
                         "\"wrong\", Tony Blair said.")
    assert set(stance[stance.target_name.isin(["Muslims", "Christians"])].polarity) <= {0}
    _, stance = run(nlp, "Story\n\nTony Blair shrugged off claims from Conservative leader Michael Howard that he "
                         "led a \"grubby government\".")
    assert list(stance[stance.target_name == "Michael Howard"].polarity) == [-1]


def test_a_finding_and_what_someone_learned_take_no_side(nlp):
    """Issue 27 (BBC rows read): "A poll for the News of the World suggests the Conservatives are on course for
    their worst election defeat" is a finding, no position of the paper; "Mr Bush had learned military force was
    not the only way to fight terrorism" says what Bush knows, nothing against him."""
    _, stance = run(nlp, "Story\n\nA poll for the News of the World newspaper suggests the Conservatives are on "
                         "course for their worst election defeat in a century.")
    assert set(stance.polarity) <= {0}
    _, stance = run(nlp, "Story\n\nTony Blair said Mr Bush had learned military force was not the only way to "
                         "fight terrorism.")
    assert set(stance[stance.target_name.fillna("").str.contains("Bush")].polarity) <= {0}


def test_who_is_told_of_a_danger_is_advised_not_opposed(nlp):
    """Issue 27 (BBC rows read): "Lord Goldsmith warned Tony Blair that the Iraq war could be illegal" advises
    Blair; a warning about the one warned ("warned the BBC that attacking Mr Campbell had brought it trouble") or
    a demand ("warned Mr Brown not to use the cash on bribes") is against them."""
    _, stance = run(nlp, "Story\n\nLord Goldsmith warned Tony Blair on 7 March 2003 that the Iraq war could be "
                         "illegal without a second UN resolution.")
    assert set(stance[stance.target_name == "Tony Blair"].polarity) <= {0}
    _, stance = run(nlp, "Story\n\nPeter Mandelson warned the BBC that attacking Mr Campbell had brought it trouble "
                         "before.")
    assert list(stance[stance.target_name == "BBC"].polarity) == [-1]


def test_right_to_do_something_is_a_judgment_for_the_doer(nlp):
    """Issue 27 (a BBC row read as against Labour): "Labour was right to reject the Tories' idea" judges Labour's
    act good, whatever "reject" says of the idea."""
    _, stance = run(nlp, "Story\n\nLiberal Democrat home affairs spokesman Mark Oaten said Labour was right to "
                         "reject the Tories' idea of quotas on asylum.")
    assert list(stance[stance.target_name == "Labour Party"].polarity) == [1]


def test_a_policy_is_named_with_what_it_is_on_and_a_frame_passes_its_side_on(nlp):
    """Issue 27 (BBC rows read): "backed a ban on smoking" backs the ban, not smoking; "called for reform of the
    United Nations" and "denounce the war in Iraq" name the policy with its object; "backed plans for debt relief"
    backs debt relief (the frame noun "plans" names no issue); "blamed the cuts on poor share returns" is no
    policy on returns, and "a measure of the number" no act on a number."""
    st, sx = run(nlp, "Story\n\nTony Blair backed a ban on smoking in pubs. Gordon Brown backed plans for debt "
                      "relief. Michael Howard rejected calls for a referendum on the EU constitution. The cardinal "
                      "used a Christmas message to denounce the war in Iraq as a \"terrible\" waste of money.")
    sides = dict(zip(sx.target_concept.dropna(), sx.polarity[sx.target_concept.notna()]))
    assert sides == {"ban on smoking": 1, "debt relief": 1, "referendum on eu constitution": -1, "war in iraq": -1}
    st, _ = run(nlp, "Story\n\nThe insurer blamed the cuts on poor share returns. He said it was a measure of the "
                     "number of staff. Tariffs on fixed and mobile phones are too high, Ofcom said.")
    concepts = set(st.concept.dropna())
    assert not {c for c in concepts if " on poor" in c or "measure of" in c}
    assert "tariffs on mobile phones" in concepts


def test_the_member_for_a_place_is_a_person_not_the_place(nlp):
    """Issue 29 (a BBC row judged wrong): "The MP for Sittingbourne and Sheppey said" is the MP the article is
    about (Derek Wyatt), never the constituency, which the recognizer tags a person; "the mayor of London" still
    speaks for London."""
    st, _ = run(nlp, "Story\n\nDerek Wyatt said the campaign was slow. However, Mr Wyatt predicted the campaign "
                     "would pick up. The MP for Sittingbourne and Sheppey said Tony Blair had been trying very hard.")
    assert set(st[st.speaker_text.str.startswith("The MP")].speaker_name) == {"Derek Wyatt"}
    st, _ = run(nlp, "Story\n\nThe MP for Bolton said the tax was unfair. The mayor of London said the plan was a "
                     "disgrace.")
    assert list(st.sort_values("speaker_start").speaker_name.fillna("")) == ["", "London"]


def test_a_film_actor_is_no_political_elite_whose_tone_takes_sides(nlp):
    """Issue 27 (BBC rows read): Phoenix files "actor" with the elite (ELI), so the tone of a murder trial's
    testimony ("the residue may have come from Mr Blake's revolver … the crime scene") read as a side against
    the actor Robert Blake."""
    _, stance = run(nlp, "Story\n\nThe actor Robert Blake is on trial. Mr Dowell told a Los Angeles court the "
                         "residue may have come from Mr Blake's revolver, his gun collection, his presence at the "
                         "crime scene or police.")
    assert set(stance[stance.target_name == "Robert Blake"].polarity) <= {0}


def test_a_destination_and_a_cited_source_take_no_side(nlp):
    """Issue 27 (BBC rows judged wrong): "threatened to take the factory and their jobs to Hungary" threatens the
    staff, not Hungary; "as Mervyn King indicated last night, you don't really get …" cites King, no attack."""
    _, stance = run(nlp, "Story\n\nStaff have started working an extra four hours a week, after Siemens threatened "
                         "to take the factory and their jobs to Hungary.")
    assert set(stance[stance.target_name == "Hungary"].polarity) <= {0}
    _, stance = run(nlp, "Story\n\n\"The retail sales figures are very weak, but as Bank of England governor Mervyn "
                         "King indicated last night, you don't really get an accurate impression until Easter,\" "
                         "said Philip Shaw.")
    assert set(stance[stance.target_name == "Mervyn King"].polarity) <= {0}


def test_a_name_after_the_same_pronoun_in_its_sentence_is_not_what_it_stands_for(nlp):
    """Issue 29 (a BBC row judged wrong): in "While saying he admired Mr Blair's leadership, he bitterly criticised
    the Conservatives", "he" is not Blair, the first person of the sentence, but the one who spoke before."""
    st, _ = run(nlp, "Story\n\nRobert Jackson said he was disillusioned with the party. In a letter he wrote that "
                     "Labour should govern. While saying he admired Mr Blair's leadership, he bitterly criticised "
                     "the Conservatives.")
    assert set(st[st.cue_text == "criticised"].speaker_name) == {"Robert Jackson"}


def test_a_title_followed_by_a_reason_is_still_its_holder(nlp):
    """Issue 27 (PolNeAR): "criticized the president for accepting contributions", "praised the senator for backing
    the bill" name the holder; "the spokesman for the party" is another holder."""
    _, stance = run(nlp, "Story\n\nSen. Bernie Sanders spoke in Iowa on Monday. Hillary Clinton praised the senator "
                         "for backing the bill.")
    assert list(stance[stance.target_name == "Bernie Sanders"].polarity) == [1]
    _, stance = run(nlp, "Story\n\nSen. Bernie Sanders spoke in Iowa on Monday. Hillary Clinton said the spokesman "
                         "for the party was wrong.")
    assert "Bernie Sanders" not in set(stance.target_name.dropna())


def test_no_side_from_tone_against_the_speakers_own_party_known_across_the_corpus():
    """Issue 27 (a BBC row judged wrong): "Only the Liberal Democrats stood against the Iraq war, he said" read as
    Kennedy against his party, which that article never ties him to; the actors table does. Support for one's
    own party stays (a coder records it), and so does a cue's side (score ±1)."""
    from analysis.stance import own_side

    rows = pd.DataFrame({
        "speaker_actor_id": ["person:kennedy", "person:kennedy", "person:kennedy", "person:woodward"],
        "target_actor_id": ["GBR-PTY-LIBDEM", "GBR-PTY-LIBDEM", "GBR-PTY-LIBDEM", "GBR"],
        "polarity": [-1, 1, -1, 1], "score": [-0.45, 0.6, -1.0, 0.7],
        "decided_by": ["war, terror", "honest", "criticise", "talented"]})
    out = own_side(rows, {"person:kennedy": "GBR-PTY-LIBDEM", "person:woodward": "GBR"}, {"GBR-PTY-LIBDEM"})
    assert list(out.polarity) == [0, 1, -1, 0]
    assert list(rows.polarity) == [-1, 1, -1, 1]  # the input is left as it was


def test_a_persons_rep_speaks_for_them(nlp):
    """Issue 29 (tuning pages): "Swift's rep said" and "A rep for Braun said" speak for the person, as "his office"
    does."""
    st, _ = run(nlp, "Swift album\n\nPop star Taylor Swift released an album on Friday. Swift's rep said the "
                     "claims were false.")
    assert set(st[st.speaker_text == "Swift's rep"].speaker_name) == {"Taylor Swift"}


def test_a_seat_is_a_place_and_a_possessor_of_a_named_body_is_no_target(nlp):
    """Issue 29 and 27 (a second blind sample of BBC rows): "Frank Field, the Labour MP for Birkenhead" — the
    recognizer tags Birkenhead a person, and "He said …" went to it; "criticised Britain's financial watchdog, the
    Financial Services Authority" criticises the FSA, not Britain."""
    st, _ = run(nlp, "Field row\n\nFrank Field, the Labour MP for Birkenhead, spoke on Sunday. He said the prime "
                     "minister should sack Mr Brown.")
    assert set(st.speaker_name.dropna()) <= {"Frank Field"} and "Frank Field" in set(st.speaker_name)
    _, stance = run(nlp, "Lloyd's row\n\nThe head of Lloyd's of London, the insurance market, has criticised "
                         "Britain's financial watchdog, the Financial Services Authority (FSA).")
    sides = dict(zip(stance.target_name.fillna(stance.target_concept), stance.polarity))
    assert sides.get("United Kingdom", 0) == 0 and sides.get("Financial Services Authority") == -1


def test_making_something_is_judged_by_what_is_made(nlp):
    """Issue 27 (a BBC row judged wrong in a blind sample): VADER rates "create" a good, so "Gordon Brown has
    created a system of massive centralisation and bureaucracy" read as Vince Cable for Brown."""
    _, stance = run(nlp, "Cable attack\n\n\"Gordon Brown has created a system of massive centralisation and "
                         "bureaucracy,\" said Vince Cable.")
    assert set(stance[stance.target_name == "Gordon Brown"].polarity) <= {0}


def test_what_a_war_made_of_a_country_judges_the_war(nlp):
    """Stance dev (the coder: Blair for the Iraq war): "the Iraq war would have made Britain a safer place" judges
    the war by what it made (a small clause the parser calls a ccomp), and "the Iraq war", which the recognizer tags
    EVENT, is still the concept."""
    _, stance = run(nlp, "Speech\n\nTony Blair said the Iraq war had made Britain a safer place.")
    assert list(stance[stance.target_concept == "iraq war"].polarity) == [1]
    _, stance = run(nlp, "Speech\n\nPervez Musharraf said the Iraq war had made the world less safe.")
    assert list(stance[stance.target_concept == "iraq war"].polarity) == [-1]
    # what follows "and" is another clause, not what is made: no side for spam from "canvass support"
    _, stance = run(nlp, "Appeal\n\nMs Sanders said sending out spam e-mail to solicit donations was not DEC's style "
                         "and that it would never canvass support in this way.")
    assert set(stance.polarity[stance.target_concept.fillna("").str.contains("spam")]) <= {0, -1}


def test_a_country_where_things_happen_or_whose_people_are_judged_is_not_judged(nlp):
    """BBC blind sample: "accused Britain's top sprinters of lacking pride" and "voiced concern about the ongoing
    violence in Iraq" took a side against the United Kingdom and Iraq; "accused Britain of abandoning its allies"
    still does."""
    _, s = run(nlp, "Sprint\n\nFormer Olympic champion Michael Johnson has accused Britain's top sprinters of lacking "
                    "pride and ambition.\n\nThe businessman Duncan Bannatyne also voiced concern about the ongoing "
                    "violence in Iraq.\n\nMr Howard accused Britain of abandoning its allies.")
    sides = set(zip(s.speaker_name, s.target_name, s.polarity))
    assert ("Michael Johnson", "United Kingdom", 0) in sides and ("Duncan Bannatyne", "Iraq", 0) in sides
    assert ("Howard", "United Kingdom", -1) in sides


def test_a_tip_to_win_and_a_verdict_reported_are_no_sides(nlp):
    """BBC blind sample: "backed New Zealand to win the series" is a forecast, and "was found guilty …, Jerry
    Kilgore said" reports a court's verdict: neither is the speaker's side; "backed Graham Henry as coach" is."""
    _, s = run(nlp, "Rugby\n\nBut Tama Umaga also backed New Zealand to win the three-Test series against the Lions. "
                    "He also backed Graham Henry as coach.\n\nJeremy Jaynes was also found guilty of breaking a state "
                    "law, Virginia State Attorney General Jerry Kilgore said.")
    sides = set(zip(s.target_name, s.polarity))
    assert ("New Zealand", 0) in sides and ("Jeremy Jaynes", 0) in sides and ("Graham Henry", 1) in sides


def test_a_promise_takes_no_side_on_an_owner_in_it(nlp):
    """Issue 27 (a BBC row judged wrong in a blind sample): "he pledged childcare would be a centrepiece of Labour's
    manifesto" promises childcare, no side on Labour; "pledged to keep Gerrard" still backs Gerrard."""
    _, stance = run(nlp, "Blair pledge\n\nTony Blair spoke on Monday. And he pledged childcare would be a "
                         "\"centrepiece\" of Labour's manifesto.")
    assert set(stance[stance.target_name == "Labour Party"].polarity) <= {0}
    _, stance = run(nlp, "Gerrard stays\n\nRafael Benitez has pledged to keep Steven Gerrard at Liverpool.")
    assert list(stance[stance.target_name == "Steven Gerrard"].polarity) == [1]


def test_refusing_to_take_a_side_takes_the_other_and_dismissing_a_player_is_no_statement(nlp):
    """Issue 27 (fourth blind BBC sample): "refused to point the finger of blame at Jerzy Dudek" defends him (the
    tone of "blame" had read as an attack); "refused to back" opposes. A referee who "dismissed Didier Drogba" sent
    him off: no side, while "dismissed Gordon Brown's Budget as …" still opposes the Budget's owner."""
    def sides(text, name):
        _, stance = run(nlp, "Story\n\n" + text)
        return list(stance[stance.target_name.fillna("").str.contains(name)].polarity)

    assert sides("Liverpool manager Rafael Benitez has refused to point the finger of blame at goalkeeper Jerzy "
                 "Dudek after the draw.", "Dudek") == [1]
    assert sides("Charles Kennedy refused to back Tony Blair over the war.", "Blair") == [-1]
    assert sides("The anger was over a talk between Barca boss Frank Rijkaard and referee Anders Frisk, who later "
                 "dismissed Didier Drogba.", "Drogba") in ([], [0])
    assert sides("Tory leader Michael Howard has dismissed Gordon Brown's Budget as \"vote now, pay later\" "
                 "spending plans.", "Brown") == [-1]


def test_a_description_whose_second_sense_is_a_person_speaks_as_the_person_before(nlp):
    """Issue 29 (tuning pages): WordNet's first "agent" is a cause, its second a representative, so "The real estate
    agent said" was nobody; it is the person the sentence before opens with. A made thing with a person sense
    ("the poster", "the machine") still speaks as nobody."""
    st, _ = run(nlp, "Campaign\n\nSarah Jones did not know Deval Patrick was coming to the gathering. The real estate "
                     "agent said she related to him as someone who was also raised in a single-parent home.")
    assert dict(zip(st.speaker_text, st.speaker_name)).get("The real estate agent") == "Sarah Jones"
    st, _ = run(nlp, "Campaign\n\nMichael Howard unveiled the Tory campaign. The poster shows Mr Howard with a "
                     "pocket watch and says \"I can spend the same money twice.\"")
    assert "The poster" in set(st.speaker_text) and not isinstance(
        dict(zip(st.speaker_text, st.speaker_name))["The poster"], str)


def test_a_pronoun_is_no_one_its_own_content_names(nlp):
    """Issue 29 (tuning pages): "A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar":
    "he" is not Omar (and Omar then took the gender "he", so her own "She added" went to another woman). When
    the last speaker is the one named ("He said Mr Blair had spoken with such sincerity" after Blair spoke), the
    speaker is the person this or the last sentence names; "His office said Holcomb …" may be his."""
    st, _ = run(nlp, "Threat\n\nRep. Ilhan Omar spoke on Monday. A New York man pleaded guilty to charges he "
                     "threatened to kill Rep. Ilhan Omar.")
    assert "threatened" in set(st.cue_text) and dict(zip(st.cue_text, st.speaker_name))["threatened"] != "Ilhan Omar"
    st, _ = run(nlp, "Apology\n\nMr Blair said the families deserved to be exonerated. However, Gerry Conlon said "
                     "the families were delighted with the apology. He said Mr Blair had spoken with sincerity.")
    said = st[st.speaker_text == "He"]
    assert list(said.speaker_name) == ["Gerry Conlon"], st[["speaker_text", "speaker_name"]].values.tolist()


def test_deeds_and_descriptions_from_blind_sample_five(nlp):
    """BBC blind sample 5 (issue 27): "may defend her indoor AAA 800m title" was support for the AAA; "Rovers reject
    third Ferguson bid" opposed the player bid for; "a court agreed that lawyers would see LokiTorrent's records"
    supported LokiTorrent. And (issue 29) "the Two Ronnies star said" went to the nearest name, not the subject."""
    from analysis.stance import bid_for, dismissal

    assert dismissal("defend", "her indoor AAA 800m title in Sheffield") and dismissal("defend", "the title")
    assert not dismissal("defend", "the government's record") and not dismissal("defend", "Mr Blair")
    assert bid_for("reject", "third Ferguson bid") and bid_for("reject", "a £5m bid from Rangers for Ferguson")
    assert not bid_for("reject", "the Tories' proposals") and not bid_for("praise", "the bid")
    _, sk = run(nlp, "A Dallas court agreed that Hollywood lawyers would be allowed access to LokiTorrent's server "
                     "records which could let them single out those who were sharing files illegally.")
    assert "LokiTorrent" in set(sk.target_name)
    assert not (sk.target_name.fillna("").str.contains("LokiTorrent") & (sk.polarity > 0)).any()
    st, _ = run(nlp, "Ronnie Corbett has joined fellow comedy stars Victoria Wood and David Jason in attacking the "
                     "declining standards of British television.\n\nSpeaking to the Radio Times, the Two Ronnies star "
                     "said there is too much bad language on television.")
    star = st[st.speaker_text == "the Two Ronnies star"]
    assert len(star) == 1 and star.speaker_name.iloc[0] == "Ronnie Corbett"


def test_one_member_of_a_party_is_no_speaker(nlp):
    """Issue 29 (Postlight's Politico page): "a Colorado Democrat said" gave an actor "Democrat" seven statements;
    one or some members of a group, with no name, are not the group."""
    st, _ = run(nlp, "Democrats were upbeat on Monday.\n\n\"He is whip-smart,\" said a Colorado Democrat.\n\n"
                     "The Democratic Party said it would win.")
    by = dict(zip(st.speaker_text, st.speaker_name))
    assert "a Colorado Democrat" in by and not isinstance(by["a Colorado Democrat"], str)
    assert by.get("The Democratic Party") == "Democratic Party"


def test_he_in_a_claim_another_reports_is_whom_the_claim_is_about(nlp):
    """Issue 27: "The prime minister shrugged off claims from Michael Howard that he led a grubby government" —
    Howard's claim is about the prime minister (the one who shrugs it off), so Howard's statement has a row
    toward Tony Blair; plain indirect speech ("Howard said he would not back the plans") keeps "he" for the
    speaker and gives no such row."""
    text = ("Prime Minister Tony Blair spoke in Cardiff on Monday. The prime minister shrugged off claims from "
            "Conservative leader Michael Howard that he led a \"grubby government\".")
    st, stance = run(nlp, "Story\n\n" + text)
    claim = st[st.cue_text == "claims"].statement_id.tolist()
    assert len(claim) == 1, st[["speaker_text", "cue_text"]].values.tolist()
    rows = stance[stance.statement_id == claim[0]]
    assert "GBR-tony-blair" in set(rows.target_actor_id), rows[["speaker_name", "target_name"]].values.tolist()
    st, stance = run(nlp, "Story\n\nPrime Minister Tony Blair spoke in Cardiff on Monday. Conservative leader "
                          "Michael Howard said he would not back the plans.")
    assert "GBR-tony-blair" not in set(stance.target_actor_id)


def test_the_bill_and_the_plans_name_the_policy_the_article_named_before(nlp):
    """Issue 27: "the legislation" and "the plans" in a statement are the law and the plans the article named
    before ("the Gambling Bill", "Tory asylum plans"), the concept a coder records, so a side on them is a side on
    that policy; with no policy named before there is no concept, and "fits the bill" is no law."""
    st, stance = run(nlp, "Story\n\nThe Gambling Bill would allow eight super-casinos. The Tories unveiled new "
                          "asylum reform plans on Monday.\n\nThe MP for Ealing North, Stephen Pound, claimed the "
                          "legislation would encourage a culture of vice. Refugee Council chief Maeve Sherlock "
                          "called the plans \"dangerous, ill thought-out and hugely irresponsible\".")
    by = dict(zip(st.speaker_name, st.concept))
    assert by.get("Stephen Pound") == "gambling bill", st[["speaker_name", "concept"]].values.tolist()
    assert by.get("Maeve Sherlock") == "new asylum reform plans", st[["speaker_name", "concept"]].values.tolist()
    row = stance[(stance.speaker_name == "Maeve Sherlock") & (stance.target_concept == "new asylum reform plans")]
    assert list(row.polarity) == [-1], stance[["speaker_name", "target_concept", "polarity"]].values.tolist()
    st, _ = run(nlp, "Story\n\nThe coach said Williams fits the bill. Stephen Pound claimed the legislation was "
                     "weak.")
    assert not st.concept.fillna("").str.contains("bill").any(), st[["speaker_name", "concept"]].values.tolist()


def test_no_evidence_of_a_charge_is_no_attack(nlp):
    """"said there was no direct evidence of Vladimir Putin's involvement" clears Putin of a charge: no attack on
    him from the tone of "no" (stance dev set, issue 27); "said Vladimir Putin's involvement was a disgrace" is."""
    _, stance = run(nlp, "Trump says praise from Putin helps the U.S.\n\nDonald J. Trump took to the talk shows to "
                         "defend his praise of the Russian president, Vladimir V. Putin. Pressed by Mr. Stephanopoulos, "
                         "Mr. Trump said there was no direct evidence of Mr. Putin's involvement. Hillary Clinton said "
                         "Vladimir Putin was a disgrace.")
    trump = stance[(stance.speaker_name == "Donald Trump") & (stance.target_name == "Vladimir Putin")
                   & stance.evidence.str.contains("no direct evidence")]
    assert list(trump.polarity) == [0], stance[["speaker_name", "target_name", "polarity", "decided_by"]]
    clinton = stance[(stance.speaker_name == "Hillary Clinton") & (stance.target_name == "Vladimir Putin")]
    assert list(clinton.polarity) == [-1], stance[["speaker_name", "target_name", "polarity", "decided_by"]]


def test_demonstrative_subject_takes_the_holder_named_before(nlp):
    """Issue 27 (the seed): "these weapons 'will be used against Ukraine'" speaks of the weapons the sentence before
    has Russia obtaining; using something against a named actor is a hostile act laid at the user's door. A
    demonstrative whose noun was not named before, or a use that is denied, takes no side."""
    text = ("Arms\n\nKirby said the deals will lead to Russia obtaining large quantities of weapons.\n\n"
            "Linda Thomas-Greenfield added that these weapons \u201cwill be used against Ukraine.\u201d")
    _, stance = run(nlp, text)
    rus = stance[(stance.speaker_name == "Linda Thomas-Greenfield") & (stance.target_name == "Russia")]
    assert list(rus.polarity) == [-1]
    _, stance = run(nlp, text.replace("these weapons", "these rockets"))  # no rockets named before
    assert not ((stance.speaker_name == "Linda Thomas-Greenfield") & (stance.target_name == "Russia")).any()
    _, stance = run(nlp, text.replace("will be used", "will not be used"))
    rus = stance[(stance.speaker_name == "Linda Thomas-Greenfield") & (stance.target_name == "Russia")]
    assert (rus.polarity == 0).all()


def test_according_to_in_a_parenthesis_attributes_the_parenthesis(nlp):
    """Issue 27 (a PolNeAR blind sample: Factcheck.org had opposed Trump): "(the actual number is closer to 15
    percent, according to Factcheck.org)" attributes the parenthesis, not the claim of Trump's around it."""
    st, stance = run(nlp, "Story\n\nTrump repeated his recent claim that African Americans killed 81 percent of white "
                          "homicide victims (the actual number is closer to 15 percent, according to Factcheck.org).")
    acc = st[st.cue_lemma == "according to"]
    assert list(acc.content_text) == ["the actual number is closer to 15 percent"]
    assert set(stance[stance.speaker_name == "Factcheck.org"].target_name.dropna()) == set()
    st, _ = run(nlp, "Story\n\nThe economy grew strongly, according to the Office for National Statistics.")
    assert list(st[st.cue_lemma == "according to"].content_text) == ["The economy grew strongly"]
