"""The one an insult or a deception befalls is no one the speaker opposes, and a speaker who says an inquiry found
no evidence of someone's wrongdoing does not attack them (issue 27: two rows a blind judge of PolNeAR red cells
found wrong, "Donald Trump insulting Islam" against Islam, "none found any evidence whatsoever of any wrongdoing on
the part of Hillary Clinton" against Clinton)."""
from __future__ import annotations

from analysis.stance.claims import cleared
from tests.test_statements import run


def _sides(nlp, text: str) -> dict[str, int]:
    _, s = run(nlp, "Story\n\n" + text)
    return {n: p for n, p in zip(s.target_name, s.polarity) if isinstance(n, str)}


def test_the_victim_of_an_insult_is_not_opposed(nlp):
    got = _sides(nlp, '"They are showing videos of Donald Trump insulting Islam and Muslims in order to recruit more '
                      'radical jihadists," Hillary Clinton said.')
    assert got["Islam"] == 0 and got["Muslims"] == 0
    got = _sides(nlp, "Michael Howard said Tony Blair had misled Parliament and the country.")
    assert got == {"Tony Blair": -1, "Parliament": 0}


def test_no_evidence_of_wrongdoing_is_no_attack(nlp):
    content = ("there have been nine different investigations into this attack and none found any evidence "
               "whatsoever of any wrongdoing on the part of Hillary Clinton")
    assert cleared(content, content.index("Hillary"))
    assert not cleared("nine investigations found evidence of wrongdoing on the part of Hillary Clinton", 60)
    got = _sides(nlp, 'Clinton campaign spokesman Nick Merrill said, "While no one can imagine the pain of the families '
                      'of the brave Americans we lost at Benghazi, there have been nine different investigations into '
                      'this attack and none found any evidence whatsoever of any wrongdoing on the part of Hillary '
                      'Clinton."')
    assert got["Hillary Clinton"] != -1


def test_a_name_under_an_opposed_act_takes_no_side(nlp):
    """"Mercury opposed congressional efforts to pressure Ukraine …" (a blind judge: for Ukraine's government, not
    against it) and "opposed efforts to sanction Russia" oppose the act, not the one it is done to."""
    assert _sides(nlp, "Among other issues, Mercury opposed congressional efforts to pressure Ukraine to release one "
                       "of its political rivals from prison.")["Ukraine"] == 0
    assert _sides(nlp, "The Labour Party opposed efforts to sanction Russia.")["Russia"] == 0
    # but a request to stop someone opposes them
    assert _sides(nlp, "The EFF, representing the reporters, has asked the court to stop Apple pursuing the "
                       "sources.")["Apple"] == -1


def test_what_remarks_are_about_takes_no_side_of_their_rejection(nlp):
    """"Netanyahu rejects Trump's remarks about Muslims" (a second blind sample: against Muslims) opposes Trump's
    remarks, not Muslims; "the comments of Mr Snow" are Snow's, welcomed."""
    got = _sides(nlp, "Israeli Prime Minister Benjamin Netanyahu rejects Donald Trump's remarks about Muslims but "
                      "will meet with him.")
    assert got["Muslims"] == 0 and got["Donald Trump"] == -1
    assert _sides(nlp, '"I fully welcome the comments of Mr Snow," said Joaquin Almunia.') == {"Snow": 1}


def test_the_passive_subject_of_anothers_speech_act_takes_no_side(nlp):
    """"As The Hill reported, Donald Trump was also accused of breaking debate rules" (a second blind sample: The
    Hill against Trump): the accusers' side, not the reporter's; the speaker's own judging words still count."""
    assert _sides(nlp, "As The Hill reported, Donald Trump was also accused of breaking debate rules.") == \
        {"Donald Trump": 0}
    assert _sides(nlp, "Michael Howard said that Tony Blair was criticised by MPs over the war.") == {"Tony Blair": 0}
    assert _sides(nlp, "Michael Howard said Tony Blair had misled voters and should be condemned.") == \
        {"Tony Blair": -1}


def test_what_a_thing_does_to_someone_is_no_side_on_them(nlp):
    """"it would help Alan Grayson exercise influence" (a third blind PolNeAR sample: read as support for Grayson)
    and "the new tax would punish Labour voters" describe effects (``stance.excess.done_by_thing``); a side someone
    calls for keeps its act's side ("the government should back Gordon Brown")."""
    assert _sides(nlp, "Critics like Jared Huffman say it would help Alan Grayson exercise influence over the "
                       "seat.").get("Alan Grayson", 0) == 0
    assert _sides(nlp, "John Smith said the new tax would punish Labour voters.").get("Labour Party", 0) == 0
    assert _sides(nlp, "John Smith said the government should back Gordon Brown.")["Gordon Brown"] == 1


def test_the_object_of_someone_elses_attack_is_not_opposed(nlp):
    """"Bernie Sanders got very negative attacking Hillary Clinton" said by a Clinton supporter (a fourth blind
    PolNeAR sample: read as against Clinton) reports Sanders' attack (``stance.harms.ATTACKS``); the speaker's own
    attack stays a side."""
    got = _sides(nlp, '"Bernie Sanders got very negative attacking Hillary Clinton and dividing the party in New '
                      'York," said Jay Jacobs, a Clinton supporter.')
    assert got["Hillary Clinton"] == 0
    assert _sides(nlp, '"We will attack Donald Trump on his record," said Robby Mook.')["Donald Trump"] == -1
