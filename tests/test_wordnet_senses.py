"""WordNet supersenses for the cue detector: the build script's reading of WordNet's files, the shipped table,
and the features a candidate cue gets from it."""
import gzip
import sys
from pathlib import Path

from analysis.nlp import TokenTable
from analysis.statements import cue_features, sense_features, wordnet_senses

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import build_wordnet_senses  # noqa: E402

HEADER = "  1 This software and database is being provided to you, the LICENSEE, by\n"
FILES = {
    "lexnames": "00\tadj.all\t3\n07\tnoun.feeling\t1\n31\tverb.cognition\t2\n32\tverb.communication\t2\n"
                "37\tverb.emotion\t2\n",
    "LICENSE": "WordNet Release 3.0 (test copy)\n",
    # offset lex_filenum ss_type w_cnt(hex) word lex_id ... p_cnt [symbol offset pos source/target] ...
    # [verbs: f_cnt [+ frame word] ...] | gloss
    "data.verb": HEADER + "00000001 32 v 01 say 0 000 02 + 08 00 + 26 00 | express in words\n"
                          "00000002 31 v 01 say 1 000 01 + 26 00 | be of the opinion\n"
                          "00000003 32 v 02 state 0 say 2 000 01 + 11 00 | put into words\n"
                          "00000004 32 v 01 put_forward 0 000 01 + 08 00 | suggest\n"
                          "00000005 37 v 01 anger 0 001 @ 00000002 v 0000 02 + 09 00 + 10 00 | make angry\n",
    "data.noun": HEADER + "00000010 07 n 01 eagerness 0 001 + 00000020 a 0101 | a feeling\n",
    "data.adj": HEADER + "00000020 00 a 01 eager 0 001 + 00000010 n 0101 | keen\n",
    "data.adv": HEADER,
    # lemma pos synset_cnt p_cnt [symbols] sense_cnt tagsense_cnt offsets (most frequent sense first)
    "index.verb": HEADER + "anger v 1 1 @ 1 0 00000005\nput_forward v 1 0 1 0 00000004\n"
                           "say v 3 0 3 2 00000002 00000001 00000003\n",
    "index.noun": HEADER + "eagerness n 1 1 + 1 0 00000010\n",
    "index.adj": HEADER + "eager a 1 1 + 1 0 00000020\n",
    "index.adv": HEADER,
}


def test_build_reads_senses_in_frequency_order_and_derived_classes(tmp_path, monkeypatch):
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="latin-1")
    rows = build_wordnet_senses.build(build_wordnet_senses.read_files(tmp_path))
    assert rows == ["anger\tv\tverb.emotion\t\t9,10",  # verbs keep their sentence frames
                    "eager\ta\tadj.all\tnoun.feeling\t",  # the adjective takes its noun's class
                    "eagerness\tn\tnoun.feeling\t\t",
                    "say\tv\tverb.cognition,verb.communication\t\t8,11,26"]  # first sense first; no multi-words
    out = tmp_path / "out" / "senses.tsv.gz"
    out.parent.mkdir()
    monkeypatch.setattr(sys, "argv", ["build", str(tmp_path), str(out)])
    build_wordnet_senses.main()
    first = out.read_bytes()
    build_wordnet_senses.main()
    assert out.read_bytes() == first  # byte-identical rebuild
    assert gzip.decompress(first).decode().splitlines() == rows
    assert (out.parent / "wordnet_LICENSE.txt").read_text() == FILES["LICENSE"]


def test_shipped_table_and_cue_features(nlp):
    table = wordnet_senses()
    assert len(table) > 80_000
    assert table[("say", "v")][0][0] == "verb.communication"
    assert 10 in table[("anger", "v")][2] and 10 not in table[("want", "v")][2]  # "Something ----s somebody"
    doc = nlp("Officials were eager to tally the votes, critics said.")
    tt = TokenTable.of(doc)
    said = next(t.i for t in doc if t.text == "said")
    were = next(t.i for t in doc if t.text == "were")
    f = cue_features(tt, said, False, False)
    assert "wn1=verb.communication" in f and "swn1=noun.person" in f  # the cue and its noun subject
    f = cue_features(tt, were, False, False)
    assert "kwn|acompr=noun.feeling" in f  # "be eager to": the adjective's derived class
    tally = next(t.i for t in doc if t.text == "tally")
    assert "x=verb.communication" in sense_features(tt, tally, "x")  # a rare cue's third sense
    doc = nlp("They blorfed.")
    assert sense_features(TokenTable.of(doc), 1, "x") == ("x=none",)  # a verb WordNet does not know
    assert sense_features(TokenTable.of(doc), 0, "x") == ()  # a pronoun is not looked up
