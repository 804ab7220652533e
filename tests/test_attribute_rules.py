"""The memoized attribute-ruler matcher must give spaCy's own matches and annotations, token for token."""
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from analysis.nlp import DEFAULT_MODEL
from analysis.nlp.attribute_rules import FastMatch, speed_up

from .conftest import SEEDS

TEXTS = [
    # contractions and the multi-token patterns of the model's ruler: "ai n't", "gon na", "got ta", "let 's",
    # "y' all", "c'm on", "there is/are/was"
    "Y'all ain't gonna believe it, she said. I've gotta go. Let's see: c'mon, there is a meeting and there were two.",
    "He doesn't think they'd agree; we're sure it's over, and I'm not. Somethin' ol' was doin' nothin' for 'em.",
    "Whether or not the U.N. envoy, who had been told, will go is unclear.\n\n  \nThat was that: those, these, this.",
    "“We condemn it,” said the ministry's spokesperson — who'd rather not — in a statement on Tuesday.   ",
]


def _pipelines():
    plain = spacy.load(DEFAULT_MODEL)
    fast = spacy.load(DEFAULT_MODEL)
    assert speed_up(fast)
    assert isinstance(fast.get_pipe("attribute_ruler").match, FastMatch)
    return plain, fast


def test_same_matches_as_spacys_matcher():
    plain, _ = _pipelines()
    ruler = plain.get_pipe("attribute_ruler")
    fast = FastMatch(ruler)
    assert fast.n_rest == 0 and fast.multi  # this model's patterns are all handled, multi-token ones too
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    before = list(plain.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))
    for doc in before:
        assert fast(doc) == ruler.match(doc)
    assert any(e - s > 1 for doc in before for _, _, s, e in fast(doc))  # a multi-token pattern did match


def test_same_annotations_and_bounded_memo():
    plain, fast = _pipelines()
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    cols = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    for a, b in zip(plain.pipe(texts), fast.pipe(texts)):
        assert (a.to_array(cols) == b.to_array(cols)).all()
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
    matcher = fast.get_pipe("attribute_ruler").match
    matcher.MAX_WORDS = 8
    for doc in fast.pipe(["Brand new words: zebras quarrel over xylophones.", "Quietly, jugglers vanish."]):
        assert len(matcher.words) <= 8
        assert doc.has_annotation("POS")


def _toy(speed: bool, more: list | None = None):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    for pattern, attrs, index in more or []:
        ruler.add(pattern, attrs, index=index)
    ruler.add([[{"LOWER": "a"}, {"LOWER": "b", "OP": "?"}]], {"LEMMA": "x"})  # an operator: stays with spaCy
    ruler.add([[{"LOWER": "c"}, {"TAG": {"NOT_IN": ["NN"]}}]], {"LEMMA": "z"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^c"}}]], {"LEMMA": "y"})
    return nlp, (speed_up(nlp) if speed else None)


def test_patterns_it_does_not_know_stay_with_spacy():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TEXT": {"FUZZY": "hello"}}]], {"LEMMA": "hi"})  # an attribute it does not evaluate
    assert not speed_up(nlp)
    assert not isinstance(ruler.match, FastMatch)
    fast, done = _toy(True)
    plain, _ = _toy(False)
    assert done and fast.get_pipe("attribute_ruler").match.n_rest == 1
    text = "a b c a cc d c"
    assert [t.lemma_ for t in fast(text)] == [t.lemma_ for t in plain(text)]
    doc = fast.make_doc(text)
    assert fast.get_pipe("attribute_ruler").match(doc) == plain.get_pipe("attribute_ruler").match(doc)


def test_annotations_from_the_match_index_and_spacys_error_outside_it():
    fast, _ = _toy(True)
    plain, _ = _toy(False)
    text = "c e a c"  # index -1 of the two-token pattern: "e" gets "z", the last "c" (one token) gets "y"
    assert [t.lemma_ for t in fast(text)] == [t.lemma_ for t in plain(text)] == ["y", "z", "x", "y"]
    outside = [([[{"LOWER": "e"}]], {"LEMMA": "w"}, 3)]  # index 3 of a one-token pattern
    fast, _ = _toy(True, outside)
    plain, _ = _toy(False, outside)
    with pytest.raises(ValueError) as fast_error:
        fast("c e")
    with pytest.raises(ValueError) as plain_error:
        plain("c e")
    assert str(fast_error.value) == str(plain_error.value)
