"""The report's first page: the corpus in one paragraph and the headline findings, each with its evidence.

Everything here is HTML built from article text, so every value is escaped (``html.escape``) before it is
placed in the page.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd

from analysis.extract import Extracted

ENGLISH_SHARE = 0.2  # English prose has 40-55% function words; another language well under 10%


class HTML:
    """A block of ready HTML for a notebook or the report (made only from escaped values)."""

    def __init__(self, body: str, text: str = ""):
        self.body = body
        self.text = text or re.sub(r"<[^>]+>", "", body)

    def _repr_html_(self) -> str:
        return self.body

    def __repr__(self) -> str:
        return self.text


def _n(k: int, word: str, plural: str | None = None) -> str:
    """'1 article', '2,225 articles'."""
    return f"{k:,} {word if k == 1 else plural or word + 's'}"


def _e(v: object) -> str:
    return html.escape("" if v is None or (isinstance(v, float) and v != v) else str(v))


def english_share(text: str) -> float:
    """Share of a text's first 3,000 characters' words that are English function words (spaCy's stop list)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[a-z']+", text[:3000].lower())
    return sum(w in STOP_WORDS for w in words) / len(words) if words else 0.0


def corpus_paragraph(ex: Extracted, input: object = None) -> HTML:
    """Articles, sources, dates and language of the run, in one paragraph."""
    a = ex.articles
    n = len(a)
    s = ex.manifest.get("load", {})
    skipped = int(s.get("skipped", 0) or 0)
    sources = a["source"].dropna().astype(str)
    src_counts = sources.value_counts()
    if src_counts.empty:
        src = "no source named"
    else:
        top = ", ".join(f"{_e(k)} ({v:,})" for k, v in list(src_counts.items())[:3])
        src = f"{len(src_counts):,} source{'s' if len(src_counts) > 1 else ''}: {top}" + (
            ", …" if len(src_counts) > 3 else "")
    d = pd.to_datetime(a["date"], errors="coerce", utc=True, format="mixed").dropna()
    dates = (f"dated {d.min():%d %B %Y} to {d.max():%d %B %Y} ({len(d):,} of {n:,} dated)" if len(d)
             else "undated")
    english = sum(english_share(t) >= ENGLISH_SHARE for t in a["text"].astype(str))
    lang = ("read as English" if english == n == 1 else "all read as English" if english == n else
            f"{english:,} read as English, {n - english:,} look like another language (fewer than "
            f"{ENGLISH_SHARE:.0%} English function words; the English model reads them poorly)")
    where = ""
    if input:
        names = [Path(str(i)).name for i in (input if isinstance(input, (list, tuple)) else [input])]
        where = f" from <code>{_e(', '.join(names))}</code>"
    n_st = ex.statements["statement_id"].nunique()
    n_stance = int(ex.stance["speaker_actor_id"].notna().sum())
    body = (f"<p><b>{_n(n, 'article')}</b>{where}, {src}; {dates}; {lang}."
            + (f" {_n(skipped, 'input record')} skipped (see the load report)." if skipped else "")
            + f" {'It names' if n == 1 else 'They name'} {_n(len(ex.actors), 'actor')} in "
              f"{_n(len(ex.mentions), 'mention')} and {'holds' if n == 1 else 'hold'} {_n(n_st, 'statement')}, which give "
              f"{_n(n_stance, 'stance')} of a known speaker toward a target.</p>")
    return HTML(body)


def _evidence(row: pd.Series, titles: dict) -> str:
    title = titles.get(row["article_id"]) or row["article_id"]
    return f"<br><small>“{_e(row['evidence'])}” — <i>{_e(title)}</i></small>"


def findings(ex: Extracted, n: int = 5) -> HTML:
    """Who is named most, who speaks most, and the clearest conflicts and support between actors, each with a
    sentence that shows it."""
    titles = dict(zip(ex.articles["article_id"], ex.articles["title"]))
    parts = []
    a = ex.actors.sort_values(["n_mentions", "actor_id"], ascending=[False, True]).head(n)
    if len(a):
        parts.append("<li><b>Most mentioned:</b> " + ", ".join(
            f"{_e(r.actor_name)} ({int(r.n_mentions):,})" for r in a.itertuples()) + "</li>")
    st = ex.statements.dropna(subset=["speaker_actor_id"]).drop_duplicates("statement_id")
    if len(st):
        c = st.groupby("speaker_actor_id").agg(name=("speaker_name", "first"), n=("statement_id", "size"))
        c = c.reset_index().sort_values(["n", "speaker_actor_id"], ascending=[False, True]).head(n)
        parts.append("<li><b>Most quoted:</b> " + ", ".join(f"{_e(r.name)} ({_n(r.n, 'statement')})"
                                                            for r in c.itertuples()) + "</li>")
    s = ex.stance.dropna(subset=["speaker_actor_id", "target_actor_id"])
    s = s[s["speaker_actor_id"] != s["target_actor_id"]]
    for sign, label in ((-1, "Clearest opposition"), (1, "Clearest support")):
        side = s[s["polarity"] == sign]
        if side.empty:
            continue
        pairs = side.groupby(["speaker_actor_id", "target_actor_id"]).size().rename("k").reset_index()
        pairs = pairs.sort_values(["k", "speaker_actor_id", "target_actor_id"], ascending=[False, True, True]).head(3)
        items = []
        for p in pairs.itertuples():
            rows = side[(side["speaker_actor_id"] == p.speaker_actor_id) & (side["target_actor_id"] == p.target_actor_id)]
            best = rows.assign(_s=-rows["score"].abs()).sort_values(["_s", "article_id", "statement_id"]).iloc[0]
            verb = "against" if sign < 0 else "for"
            items.append(f"{_e(best['speaker_name'] or p.speaker_actor_id)} {verb} {_e(best['target_name'])} "
                         f"({_n(p.k, 'statement')}){_evidence(best, titles)}")
        parts.append(f"<li><b>{label}</b> (speaker → target, most statements):<ul>"
                     + "".join(f"<li>{i}</li>" for i in items) + "</ul></li>")
    if not parts:
        return HTML("<p><i>No actors were found in this run, so there are no findings.</i></p>")
    note = ("<p><small>Counts come from the extracted tables; every claim links to a sentence of the corpus. Stance "
            "is read automatically and can be wrong: check the evidence.</small></p>")
    return HTML("<ul>" + "".join(parts) + "</ul>" + note)
