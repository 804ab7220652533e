"""The spaCy pipeline, built in one place, and the per-document views (token tables, paragraphs) the stages read."""

from analysis.vocab import DEFAULT_MODEL

from .attribute_rules import OPS, TOKEN_KEYS, FastMatch
from .lemmas import MAX_MEMO, MemoLemmatizer
from .pipeline import (
    BATCH_CHARS_PER_DOC,
    CAPS_LINE,
    CHUNK_CHARS,
    KEEP_UPPER,
    LINE_END,
    NP_DEPS,
    PARA_RE,
    SMALL_WORDS,
    Parsed,
    TokenTable,
    chunks,
    doc_text,
    load_pipeline,
    noun_chunk_bounds,
    noun_chunk_spans,
    para_index,
    paragraph_boundaries,
    paragraph_starts,
    parse,
    registry_acronyms,
    truecase,
)
from .wordnet import WORDNET_PATH, WordNetEntry, WordNetTable, wordnet_senses

__all__ = [
    "WORDNET_PATH",
    "WordNetEntry",
    "WordNetTable",
    "wordnet_senses",
    "BATCH_CHARS_PER_DOC",
    "CAPS_LINE",
    "CHUNK_CHARS",
    "DEFAULT_MODEL",
    "FastMatch",
    "KEEP_UPPER",
    "LINE_END",
    "MAX_MEMO",
    "MemoLemmatizer",
    "NP_DEPS",
    "OPS",
    "PARA_RE",
    "Parsed",
    "SMALL_WORDS",
    "TOKEN_KEYS",
    "TokenTable",
    "chunks",
    "doc_text",
    "load_pipeline",
    "noun_chunk_bounds",
    "noun_chunk_spans",
    "para_index",
    "paragraph_boundaries",
    "paragraph_starts",
    "parse",
    "registry_acronyms",
    "truecase",
]
