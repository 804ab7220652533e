"""Time slices of the actor and stance networks (Discourse Network Analyzer's time windows): which period each
article falls in, and one graph per period over the same actors, so that a chart can show alliances change."""
from __future__ import annotations

import networkx as nx
import pandas as pd

from .cooccurrence import cooccurrence
from .graphs import cooccurrence_graph, stance_graph

PERIODS = {"month": "M", "quarter": "Q", "year": "Y"}


def _label(p: pd.Period, period: str) -> str:
    return str(p.year) if period == "year" else f"{p.year} Q{p.quarter}" if period == "quarter" else p.strftime("%Y-%m")


def article_periods(articles: pd.DataFrame, period: str = "auto", max_slices: int = 6) -> tuple[pd.Series, str]:
    """(article_id → period label for the dated articles, the period used). ``auto`` takes the finest of month,
    quarter and year that gives at most ``max_slices`` periods with articles (year if none does)."""
    d = pd.to_datetime(articles["date"], errors="coerce", utc=True, format="mixed")
    d = pd.Series(d.dt.tz_localize(None).to_numpy(), index=articles["article_id"].to_numpy()).dropna()
    if d.empty:
        return pd.Series(dtype=object), period if period != "auto" else "year"
    if period == "auto":
        period = next((p for p in PERIODS if d.dt.to_period(PERIODS[p]).nunique() <= max_slices), "year")
    if period not in PERIODS:
        raise ValueError(f"period must be auto, month, quarter or year, got {period!r}")
    per = d.dt.to_period(PERIODS[period])
    order = {p: _label(p, period) for p in sorted(per.unique())}
    return per.map(order).astype(object), period


def period_slices(labels: pd.Series, max_slices: int = 6) -> list[str]:
    """The periods to draw, in time order: all, or the last ``max_slices`` of them."""
    return list(dict.fromkeys(sorted(labels.unique(), key=str)))[-max_slices:]


def actor_slices(mentions: pd.DataFrame, actors: pd.DataFrame, labels: pd.Series, slices: list[str],
                 nodes: list, window: str = "sentence") -> list[tuple[str, nx.Graph, int]]:
    """Per period: (label, co-occurrence graph among ``nodes`` in that period's articles, articles in it)."""
    m = mentions[mentions["actor_id"].isin(nodes) & mentions["article_id"].isin(labels.index)]
    m = m.assign(_period=m["article_id"].map(labels))
    out = []
    for label in slices:
        part = m[m["_period"] == label].drop(columns="_period")
        n_articles = int((labels == label).sum())
        edges = cooccurrence(part, None, window, 1, n_examples=1, n_windows=max(1, len(part))) if len(part) else \
            part.iloc[0:0]
        a = actors[actors["actor_id"].isin(set(part["actor_id"]))].drop(columns=["n_mentions"], errors="ignore")
        a = a.merge(part["actor_id"].value_counts().rename("n_mentions"), left_on="actor_id", right_index=True)
        g = cooccurrence_graph(edges, a, top_n=None) if len(edges) else nx.Graph()
        out.append((label, g, n_articles))
    return out


def stance_slices(stance: pd.DataFrame, actors: pd.DataFrame, labels: pd.Series, slices: list[str],
                  nodes: list) -> list[tuple[str, nx.Graph, int]]:
    """Per period: (label, stance graph among ``nodes`` from that period's statements, articles in it)."""
    s = stance[stance["speaker_actor_id"].isin(nodes) & stance["target_actor_id"].isin(nodes)
               & stance["article_id"].isin(labels.index)]
    s = s.assign(_period=s["article_id"].map(labels))
    return [(label, stance_graph(s[s["_period"] == label], actors, top_n=None), int((labels == label).sum()))
            for label in slices]
