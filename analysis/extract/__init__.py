"""The extract stage: parse and derive rows per article (cached), then build and publish the tables."""

from analysis.config import ExtractParams

from .build import CHUNK_ARTICLES, PROJECTION, SPEAKER_COLUMNS, extract_to
from .collector import YOUNG_THRESHOLD, collect_less, fewer_collections
from .derive import MAX_PARTITION, derive, derive_articles, derive_piece, local_cluster, model_version, start_pool
from .params import DERIVE_CODE, Extracted, code_fingerprint, read_extracted
from .run import run_extract

__all__ = [
    "CHUNK_ARTICLES",
    "DERIVE_CODE",
    "ExtractParams",
    "Extracted",
    "MAX_PARTITION",
    "PROJECTION",
    "SPEAKER_COLUMNS",
    "YOUNG_THRESHOLD",
    "code_fingerprint",
    "collect_less",
    "derive",
    "derive_articles",
    "derive_piece",
    "extract_to",
    "fewer_collections",
    "local_cluster",
    "model_version",
    "read_extracted",
    "run_extract",
    "start_pool",
]
