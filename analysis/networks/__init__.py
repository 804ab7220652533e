"""Co-occurrence edges and the graphs built from the tables, with their exports."""

from .backbone import Bounds, bounded, communities, disparity_alpha, top_nodes
from .cooccurrence import WINDOW_KEYS, cooccurrence, count_windows, example_text, window_ids
from .graphs import congruence_graph, cooccurrence_graph, dna_csv, export_graph, layout, stance_graph, stance_targets
from .periods import PERIODS, actor_slices, article_periods, period_slices, stance_slices

__all__ = [
    "PERIODS",
    "actor_slices",
    "article_periods",
    "period_slices",
    "stance_slices",
    "Bounds",
    "bounded",
    "communities",
    "disparity_alpha",
    "top_nodes",
    "WINDOW_KEYS",
    "congruence_graph",
    "cooccurrence",
    "cooccurrence_graph",
    "count_windows",
    "dna_csv",
    "example_text",
    "export_graph",
    "layout",
    "stance_graph",
    "stance_targets",
    "window_ids",
]
