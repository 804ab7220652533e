"""The memoized rule lemmatizer must give spaCy's own lemmas, token for token."""
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from analysis.nlp import DEFAULT_MODEL, lemmas

from .conftest import SEEDS
from .test_attribute_rules import TEXTS


def test_same_lemmas_as_spacys_lemmatizer_and_bounded_memo():
    plain, fast = spacy.load(DEFAULT_MODEL), spacy.load(DEFAULT_MODEL)
    assert lemmas.speed_up(fast) and not lemmas.speed_up(fast)  # once only
    lem = fast.get_pipe("lemmatizer")
    assert isinstance(lem, lemmas.MemoLemmatizer) and type(lem).__name__ == "MemoEnglishLemmatizer"
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + [
        "", "The cats ran; geese were flying, better and best-ever mice had been seen. Men's feet hurt."]
    cols = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    for a, b in zip(plain.pipe(texts), fast.pipe(texts)):
        assert (a.to_array(cols) == b.to_array(cols)).all()
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
    assert len(lem._memo) > 50 and "mouse" in {fast.vocab.strings[h] for h in lem._memo.values()}
    index, plain_index = (p.get_pipe("lemmatizer").lookups.get_table("lemma_index") for p in (fast, plain))
    assert all(isinstance(v, lemmas.IndexList) for v in index.values())
    assert list(index["noun"]) == plain_index["noun"] and "mouse" in index["noun"] and "mice" not in index["noun"]
    assert fast.get_pipe("lemmatizer").to_bytes() == plain.get_pipe("lemmatizer").to_bytes()  # saved as before
    lemmas.MAX_MEMO, old = 5, lemmas.MAX_MEMO
    try:
        fast("Brand new words: zebras quarrel over xylophones.")
        assert len(lem._memo) < 20  # cleared when over the bound, then refilled by this one text only
    finally:
        lemmas.MAX_MEMO = old


def test_lookup_lemmatizers_are_left_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not lemmas.speed_up(nlp)
    assert not lemmas.speed_up(spacy.blank("en"))  # no lemmatizer at all
