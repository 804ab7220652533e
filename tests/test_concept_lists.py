"""Issue 27: a side on each concept of a list and on the plans a speaker lays out; what a speaker says a policy does;
vague policy modifiers; strokes in a game that are no attack."""
from tests.test_statements import run


def _concepts(stance, speaker):
    s = stance[(stance.speaker_name == speaker) & stance.target_concept.notna()]
    return dict(zip(s.target_concept, s.polarity))


def test_each_item_of_a_list_takes_the_side_of_the_statement(nlp):
    """"called for better pensions, child care provision and decent wages" is a side on all three, as a coder
    records them ("Supported by strong balance sheets, …" is no support); "allegations of sexual discrimination and unequal pay" is one concept (the list is inside it),
    and "said it would save lives" after a comma ends the list."""
    _, stance = run(nlp, "Unions\n\nThe TUC called for better pensions, child care provision and decent "
                         "wages. Ms Smith dismissed the allegations of sexual discrimination and unequal pay. "
                         "Mr Jones called for a ban on smoking in pubs, saying it would save lives. \"Supported by "
                         "strong balance sheets and high profits, the recovery should continue,\" the OECD added.")
    got = _concepts(stance, "TUC")
    assert got == {"better pensions": 1, "child care provision": 1, "decent wages": 1}, got
    assert "unequal pay" not in _concepts(stance, "Smith") and "unequal pay" not in _concepts(stance, "Ms Smith")
    assert not (stance[stance.speaker_name == "OECD"].polarity != 0).any()  # a passive, not "we support"
    assert not any("lives" in c for c in stance.target_concept.dropna()), stance.target_concept.tolist()


def test_plans_a_speaker_lays_out_are_plans_they_support(nlp):
    """"highlighted plans for A, B and C" supports each (the parser hangs later items on the verb, past the
    content); "unveiled plans to cut X" supports cutting X; "will announce policies on crime and tax" takes no
    side on crime or tax, and "highlighted the risks" is no plan."""
    _, stance = run(nlp, "Budget\n\nGordon Brown spoke on Monday. He also highlighted plans for 100% debt relief for "
                         "the world's poorest countries, a national minimum wage for 16 and 17-year-olds, the "
                         "creation of a network of children's centres and flexibility in maternity leave.\n\n"
                         "Michael Howard said the Tories would announce detailed policies on crime, tax and "
                         "pensions. Charles Kennedy highlighted the risks of the scheme. Mr Wallace announced "
                         "proposals to increase tuition fees for English students.")
    got = _concepts(stance, "Gordon Brown")
    assert got.get("100 debt relief") == 1, got
    assert {"national minimum wage for 16 and 17-year-olds", "creation of a network of children's centres",
            "flexibility in maternity leave"} <= {c for c, p in got.items() if p == 1}, got
    assert _concepts(stance, "Wallace") == {"increase tuition fees": 1}, _concepts(stance, "Wallace")  # once
    others = stance[stance.speaker_name.isin(["Michael Howard", "Charles Kennedy"])]
    assert not (others.polarity != 0).any(), others[["speaker_name", "target_concept", "polarity"]].values.tolist()


def test_what_a_speaker_says_a_policy_does_or_is_is_a_side_on_it(nlp):
    """"the Iraq war had been a terrible mistake", "the ID cards scheme was a waste of money", "the smoking ban was
    working", "the minimum wage had helped millions", "the legislation would encourage a culture of vice and
    corruption": the speaker's verdict on a policy (``verdicts.policy_effect``); how prices or an outlook move is a
    report ("house prices increased", "the outlook remains highly uncertain"), preventing an increase in a bad
    number is no harm, and "did not consider the new law to be an infringement" is no attack on the law."""
    _, stance = run(nlp, "Policy\n\nClare Short said the Iraq war had been a terrible mistake. Mr Davis said the ID cards "
                         "scheme was a waste of money. Ms Hewitt said the smoking ban was working. Mr Brown said the "
                         "minimum wage had helped millions of families. The Gambling Bill was published on Monday. "
                         "Mr Pound said the legislation would "
                         "encourage a culture of vice and corruption.\n\nMr Frost said house prices increased by "
                         "1.1%. Mr Frost said the housing market outlook remains highly uncertain. Ms Kronawitter "
                         "said job creation measures prevented a stronger increase in the jobless numbers. Mr "
                         "Rimmer said he did not consider the new law to be an infringement of civil liberties.")
    got = {(s, c): p for s, c, p in zip(stance.speaker_name, stance.target_concept, stance.polarity)
           if isinstance(c, str)}
    want = {"Short": ("iraq war", -1), "Davis": ("id cards scheme", -1), "Hewitt": ("smoking ban", 1),
            "Brown": ("minimum wage", 1), "Pound": ("gambling bill", -1)}
    for who, (concept, side) in want.items():
        assert [p for (s, c), p in got.items() if who in str(s) and concept in c] == [side], (who, got)
    for who in ("Frost", "Kronawitter", "Rimmer"):
        assert not [p for (s, _), p in got.items() if who in str(s) and p], (who, got)


def test_what_a_policy_answers_for_is_its_worth(nlp):
    """"The 1981 tax cuts were not responsible for the crisis" defends the tax cuts (Reuters-21578, judged blind:
    Sprinkel had been against them, "not responsible" read as a charge); "responsible for huge waste" is one, and
    "not responsible for the increase in the deficit" (no harm the lexicon rates) takes no side."""
    _, stance = run(nlp, "Taxes\n\nMr Sprinkel said the 1981 tax cuts were not responsible for the crisis. Mr Davis "
                         "said the ID cards scheme was responsible for huge waste. Mr Lyng said the farm bill was not "
                         "responsible for the large increase in the budget deficit.")
    got = {(s, c): p for s, c, p in zip(stance.speaker_name, stance.target_concept, stance.polarity)
           if isinstance(c, str)}
    assert [p for (s, c), p in got.items() if "Sprinkel" in str(s) and "tax cuts" in c] == [1], got
    assert [p for (s, c), p in got.items() if "Davis" in str(s) and "id cards" in c] == [-1], got
    assert not [p for (s, c), p in got.items() if "Lyng" in str(s) and p], got


def test_a_concept_keeps_its_hyphenated_words_whole(nlp):
    """"a Madrid-style pre-election bombing" is named "madrid-style pre-election bombing", not "style pre election
    bombing" (the last four tokens once the hyphens were dropped)."""
    _, stance = run(nlp, "Terror\n\nHome Secretary Charles Clarke has also warned that a Madrid-style pre-election "
                         "bombing could happen in the UK too.")
    assert "madrid-style pre-election bombing" in set(stance.target_concept.dropna()), stance.target_concept.tolist()


def test_a_vague_modifier_names_no_policy_of_its_own(nlp):
    """"the new law" after the Hunting Act is the Hunting Act, "the proposed bill" the Mental Capacity Bill, "such
    phone calls" are phone calls, "the new rules" with no rules named is no concept; "the current account
    deficit" keeps its term."""
    _, stance = run(nlp, "Laws\n\nThe Hunting Act came into force on Friday. Mr Hart said the new law was "
                         "unworkable.\n\nMr Smith said such phone calls were a disgrace. Mr Jones criticised the new "
                         "rules.\n\nThe Mental Capacity Bill was published on Monday. Mr Davis said the proposed bill "
                         "was an outrage.\n\nMr Green warned that the current account deficit was too big.")
    got = {s: c for s, c in zip(stance.speaker_name, stance.target_concept) if isinstance(c, str)}
    assert got.get("Hart") == "hunting act" and got.get("Davis") == "mental capacity bill", got
    assert got.get("Smith") == "phone calls" and "Jones" not in got, got
    assert "current account deficit" in str(got.get("Green")), got


def test_a_stroke_in_a_game_is_no_attack(nlp):
    """BBC judged sample (thirty-eighth session): "Nadal blasts a forehand … even the American is forced to applaud"
    opposed the United States; "lashed home a 25-yard shot" opposed the shot. "Blasted the plans" is an attack."""
    from analysis.stance import dismissal

    assert dismissal("blast", "a forehand service return") and dismissal("lash", "home a 25-yard shot")
    assert not dismissal("blast", "the government's plans") and not dismissal("hit", "out at Tony Blair")
    assert not any(dismissal(verb, words) for verb, words in (("slam", "the cross-party deal"), ("blast", "the "
                   "four-year plan"), ("fire", "a warning shot at the government"), ("slam", "the return of fees")))
    _, stance = run(nlp, "Open\n\nOn the very next point, Nadal blasts a forehand service return that passes Roddick "
                         "and even the American is forced to applaud.\n\nLiam Fox hit out at Tony Blair over the war.")
    sided = {(s, str(t)) for s, t, p in zip(stance.speaker_name, stance.target_name, stance.polarity) if p}
    assert not any("Nadal" in str(s) for s, _ in sided) and ("Liam Fox", "Tony Blair") in sided, sided


def test_a_progressive_verb_with_its_own_subject_is_no_act_concept(nlp):
    """Reuters-21578: "This government is dragging Australia through a trading holocaust the kind of which we have
    not seen" (the parser made "dragging" a subject) gave the concept "dragging australia", for; a gerund subject
    still names its act ("reopening the Waverley Line would restore the area's prosperity")."""
    _, stance = run(nlp, "Trade\n\n\"This government is dragging Australia through a trading\nholocaust the kind of "
                         "which we have not seen since the Second\nWorld War,\" Keating said. Mr Moore said reopening "
                         "the Waverley Line would restore the area's prosperity.")
    concepts = set(stance.target_concept.dropna())
    assert not any(c.startswith("dragging") for c in concepts), concepts
    assert "reopening the waverley line" in concepts, concepts


def test_by_no_means_denies_what_follows(nlp):
    """Reuters-21578, judged blind: Nakasone's "Our plan to reform the nation's tax system is by no means wrong" had
    been against his own plan; "by no means" and "in no way" deny like "not"."""
    _, stance = run(nlp, "Tax\n\nPrime Minister Yasuhiro Nakasone said: \"Our plan to reform the nation's tax system "
                         "is by no means wrong.\" Mr Brown said the minimum wage was in no way a mistake.")
    got = _concepts(stance, "Yasuhiro Nakasone")
    assert got == {"reform the nation's tax system": 1}, got
    assert [p for s, c, p in zip(stance.speaker_name, stance.target_concept, stance.polarity)
            if "Brown" in str(s) and "minimum wage" in str(c)] == [1], stance
