"""The cyclic garbage collector, run less often while a corpus is extracted.

An extract allocates millions of small containers (token tables, feature lists, table rows) that are freed by
reference counting, and almost none form cycles. At CPython's default threshold (a young collection every 700
net allocations) the collector ran about 2,700 times on 557 BBC articles and its full collections walked the
loaded model, registry and every table built so far: 1.5 s of a 41 s extract (measured with ``gc.callbacks``;
docs/benchmarks.md, twenty-ninth session). Collecting every 50,000 allocations leaves the same objects alive
for a moment longer and cost 0.4 s. The previous thresholds come back when the run ends, so a notebook kernel
keeps its own settings.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

YOUNG_THRESHOLD = 50_000


def collect_less(young: int = YOUNG_THRESHOLD) -> tuple[int, ...]:
    """Raise the youngest generation's threshold to ``young`` (never lower it); the thresholds before."""
    old = gc.get_threshold()
    gc.set_threshold(max(young, old[0]), *old[1:])
    return old


@contextmanager
def fewer_collections(young: int = YOUNG_THRESHOLD) -> Iterator[None]:
    """``collect_less`` for the block, the thresholds restored after it."""
    old = collect_less(young)
    try:
        yield
    finally:
        gc.set_threshold(*old)
