"""Stance: one row per (statement, target) with a polarity and the words that decided it."""

from .polarity import DENSE, MODEL_PATH, N_HASH, NEGATORS, ROLES, explain, features, lexicon, model, predict, train
from .targets import (
    OPPOSE_CUES,
    STOP_PHRASES,
    SUPPORT_CUES,
    TOPIC_CUES,
    URGE_CUES,
    build_stance,
    content_cue,
    cue_polarity,
    doc_target_scores,
    merge_actors,
    polarity_of_span,
    target_polarity,
)

__all__ = [
    "DENSE",
    "MODEL_PATH",
    "NEGATORS",
    "N_HASH",
    "OPPOSE_CUES",
    "ROLES",
    "STOP_PHRASES",
    "SUPPORT_CUES",
    "TOPIC_CUES",
    "URGE_CUES",
    "build_stance",
    "content_cue",
    "cue_polarity",
    "doc_target_scores",
    "explain",
    "features",
    "lexicon",
    "merge_actors",
    "model",
    "polarity_of_span",
    "predict",
    "target_polarity",
    "train",
]
