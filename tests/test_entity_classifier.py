"""The entity classifier: its mechanics with a hand-made model, and the shipped model on a wire dateline."""
import numpy as np

from analysis.actors import doc_mentions
from analysis.actors import entity_classifier as ec
from analysis.ml import linear
from analysis.nlp import Parsed, paragraph_starts

TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC")


def model_for(**votes: str):
    """A model whose only opinions are ``feature=CLASS`` (everything else: no name)."""
    w = np.zeros((len(ec.CLASSES), ec.N_HASH), dtype=np.float32)
    w[0, linear.hash_index("b", 0, ec.N_HASH)] = 3.0
    for feature, cls in votes.items():
        w[ec.CLASSES.index(cls), linear.hash_index(feature, 0, ec.N_HASH)] = 10.0
    return w, np.zeros(ec.N_HASH, dtype=np.float32), np.ones(ec.N_HASH, dtype=np.float32)


def labels(nlp, text, model):
    rows, _ = doc_mentions(Parsed("t", 0, nlp(text), text), 0, paragraph_starts(text), TYPES, entity_model=model)
    return {r["text"]: r["label"] for r in rows}


def test_confident_model_relabels_adds_and_drops(nlp):
    text = "Tim Cook met Zorblax Quendrith in Paris on Monday. Attendance was low."
    base = labels(nlp, text, model_for(**{"T=tim cook": "PER", "T=paris": "LOC"}))
    assert base.get("Tim Cook") == "PERSON" and base.get("Paris") == "GPE"
    # an untagged proper-noun run the model is sure of is added; a name it says is a place is relabelled
    got = labels(nlp, text, model_for(**{"T=tim cook": "LOC", "T=paris": "LOC", "W=zorblax": "ORG"}))
    assert got.get("Zorblax Quendrith") == "ORG"
    assert got.get("Tim Cook") == "GPE"
    # "not a name" with high probability drops it
    got = labels(nlp, text, model_for(**{"T=paris": "LOC"}))
    assert "Tim Cook" not in got and got.get("Paris") == "GPE"


def test_titles_registry_and_org_words_are_kept(nlp):
    text = "Mr Quendrith of the Bank of Zorblax spoke to the United Nations."
    got = labels(nlp, text, model_for(**{"W=zorblax": "LOC", "W=united": "PER", "W=quendrith": "PER"}))
    assert "Mr" not in got and "Mr Quendrith" not in got  # a title is not a name of its own
    assert got.get("Bank of Zorblax", "ORG") == "ORG"  # an organization word decides
    assert got.get("United Nations") == "ORG"  # a registry match is never changed


def test_small_margin_keeps_the_ner_label(nlp):
    text = "Tim Cook spoke."
    w, mean, scale = model_for()
    i = linear.hash_index("T=tim cook", 0, ec.N_HASH)
    w[ec.CLASSES.index("PER"), i], w[ec.CLASSES.index("ORG"), i] = 5.0, 5.1  # ORG wins by a hair
    assert labels(nlp, text, (w, mean, scale)).get("Tim Cook") == "PERSON"


def test_shipped_model_places_a_dateline(nlp):
    model = ec.shipped_model()
    assert model is not None and model[0].shape == (len(ec.CLASSES), ec.N_HASH)
    text = "SOCCER - DUTCH FIRST DIVISION RESULTS.\n\nAMSTERDAM 1996-08-29\n\nAjax beat PSV on Thursday."
    assert labels(nlp, text, None).get("AMSTERDAM") == "GPE"


def test_parse_cache_key_covers_every_module_the_rows_come_from():
    """A module that shapes the cached rows but is missing from DERIVE_CODE would let a stale cache through."""
    import subprocess
    import sys
    from pathlib import Path

    from analysis.extract import DERIVE_CODE

    pkg = Path(ec.__file__).resolve().parents[1]
    # every module of the package that deriving an article's rows imports, in a fresh interpreter
    code = ("import sys, analysis.extract.derive; "
            "print('\\n'.join(m.__file__ for n, m in sys.modules.items() if n.startswith('analysis')))")
    files = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    seen = {Path(f).resolve().relative_to(pkg).as_posix() for f in files}
    assert "actors/entity_classifier.py" in seen and "statements/cues.py" in seen
    covered = {f for f in seen for m in DERIVE_CODE if f == m or f.startswith(m + "/")}
    # read by the extract stage but not by the per-article rows
    not_rows = {"__init__.py", "store/__init__.py", "store/tables.py", "corpus/__init__.py", "corpus/loading.py", "corpus/webpage.py",
                "corpus/marks.py", "corpus/discovery.py",
                "networks/__init__.py", "networks/cooccurrence.py", "networks/graphs.py", "networks/backbone.py",
                "networks/periods.py"}
    assert seen - covered - not_rows == set()


def test_one_label_per_name_in_an_article(nlp):
    """spaCy tags all three "Yukos" PERSON. The model is sure of ORG after "firm" and undecided elsewhere (so
    those keep PERSON): the summed probability (ORG) decides for every mention, not the count of labels."""
    text = "The oil firm Yukos grew. Yukos said profits rose. Later Yukos said it would appeal."
    w, mean, scale = model_for()
    for feature, cls, weight in (("P1=firm", "ORG", 25.0), ("T=yukos", "PER", 3.3), ("T=yukos", "ORG", 3.2)):
        w[ec.CLASSES.index(cls), linear.hash_index(feature, 0, ec.N_HASH)] = weight
    model = (w, mean, scale)
    rows, _ = doc_mentions(Parsed("t", 0, nlp(text), text), 0, paragraph_starts(text), TYPES, entity_model=model)
    assert [(r["text"], r["label"]) for r in rows] == [("Yukos", "ORG")] * 3
    # a label the caller did not ask for is not given
    rows, _ = doc_mentions(Parsed("t", 0, nlp(text), text), 0, paragraph_starts(text), ("PERSON", "GPE"),
                           entity_model=model)
    assert {r["label"] for r in rows} == {"PERSON"}
