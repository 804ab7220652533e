"""Who an article gives a title next to their name: "Prime Minister Tony Blair", "Oliver Sacks, the neurologist,",
"Mr Blunkett quit as home secretary".

The fixed parts of these tests are compiled once; only the title itself is compiled per distinct title (a pattern
per title with the fixed alternations in it had cost about 1 ms each to compile, on a few thousand titles a run).
"""
from __future__ import annotations

import functools
import re
from typing import Any

# modifiers that do not tell one holder of a role from another ("the late neurologist" is "neurologist Oliver Sacks")
PLAIN_MODIFIERS = frozenset({"late", "former", "veteran", "embattled", "retired", "outgoing", "longtime",
                             "beleaguered", "young", "elderly", "senior", "top", "then", "now", "same"})
# words that may stand right before a title and its name without being part of the title ("by Chancellor Gordon
# Brown"); any other word is a modifier that makes it another title ("shadow chancellor Oliver Letwin")
LEAD_INS = ("the", "by", "and", "said", "says", "told", "of", "to", "with", "from", "for", "as", "on", "at", "in",
            "when", "while", "but", "after", "before", "that")
# what ends right before a title that opens a phrase (a paragraph may open with it: "Actor Billy Porter is …")
_LEAD = re.compile(r"(?:^|\n\s*|[^\w\s’'-]\s*|\b(?:" + "|".join(LEAD_INS) + r")\s+)\Z", re.I)
# ", the (late) neurologist," after a name, and what may follow the title
_AFTER = re.compile(r",\s*(?:the|a|an|its|his|her|their)\s+", re.I)
_MODIFIER = re.compile(r"(?:" + "|".join(sorted(PLAIN_MODIFIERS)) + r")\s+", re.I)
_AFTER_END = re.compile(r"\s*[,.;:)—–]|\s+(?:who|whose|which)\b|\s*$", re.I)


@functools.lru_cache(maxsize=4096)
def _title_patterns(key: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The title at the end of a text, the title, and the title as an office held after a name ("Mr Blunkett quit
    as home secretary", "Gordon Brown, who served as chancellor")."""
    pat = r"\s+".join(map(re.escape, key.split()))
    return (re.compile(pat + r"(?:['’]s)?\s*$", re.I), re.compile(pat, re.I),
            re.compile(r"(?:,\s*who)?\s+(?:[a-z]+\s+){1,3}as\s+(?:the\s+)?(?i:" + pat + r")\b(?![-’'])"))


def titled_before(key: str, before: str) -> bool:
    """Whether ``before`` (the text right before a name) ends in the title, opening its phrase."""
    m = _title_patterns(key)[0].search(before)
    return m is not None and _LEAD.search(before, 0, m.start()) is not None


def titled_after(key: str, text: str, at: int, end: int) -> bool:
    """Whether the name ending at ``at`` is followed by the title in apposition (", the neurologist,"), before
    ``end``."""
    m = _AFTER.match(text, at, end)
    if m is None:
        return False
    title = _title_patterns(key)[1]
    starts = [m.end()]
    if (mod := _MODIFIER.match(text, m.end(), end)) is not None:
        starts.insert(0, mod.end())
    return any((t := title.match(text, s, end)) is not None and _AFTER_END.match(text, t.end(), end) is not None
               for s in starts)


def appositions(key: str, text: str, mentions: list[Any], upto: int, office: bool) -> set[str]:
    """Actors the article gives ``key`` right before their name ("neurologist Oliver Sacks", "Prime Minister Tony
    Blair"), in apposition after it ("Oliver Sacks, the neurologist,") or, when ``office``, as an office held ("Mr
    Blunkett quit as home secretary"), before ``upto``. The key is the whole title: "shadow chancellor Oliver
    Letwin" and "John Prescott, the deputy prime minister" are not "the chancellor" or "the prime minister", and
    "writing in the Daily Telegraph, the prime minister conceded" is no apposition (the description must end its
    phrase)."""
    found: set[str] = set()
    served = _title_patterns(key)[2]
    for p in mentions:
        if p.start_char >= upto:
            break
        end = min(len(text), p.end_char + len(key) + 40)
        if titled_before(key, text[max(0, p.start_char - len(key) - 12):p.start_char]) or \
                titled_after(key, text, p.end_char, end) or office and served.match(text, p.end_char, end):
            found.add(p.actor_id)
    return found
