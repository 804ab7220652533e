"""Raw mention rows from one parsed piece (``doc_mentions``): spans, labels and the grammatical hints
resolution needs (does a capital act, a person's title and affiliation phrase)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

from spacy.tokens import Doc, Span

from analysis.nlp import Parsed, para_index, sentence_numbers
from analysis.nlp.wordnet import wordnet_senses
from analysis.vocab import ENTITY_TYPES, given_name_genders, law_name, role_words

from .entity_classifier import relabel
from .party_states import party_state
from .resolve import GENERIC_BODIES
from .spans import (
    MEMBER_TITLES,
    ORG_DESCRIPTORS,
    PORTFOLIOS,
    TIME_ZONES,
    _cased,
    _lowercase_lead,
    _portfolio,
    _shouted,
    _titled,
    consistent_labels,
    honorific_persons,
    name_spans,
)
from .titles import TITLE_HEADS, title_spans, title_words
from .trim import trim_span

ACTING_DEPS = {"nsubj", "nsubjpass", "poss", "agent", "csubj", "dobj", "dative"}


ACTING_PREPS = {"by", "against", "with", "between", "from", "to"}  # "supported by Moscow"; not "in Moscow"


SEAT_WORDS = frozenset({"official", "source", "leader", "leadership", "authorities", "administration"})


STATE_ROLES = frozenset({"GOV", "DIP", "MIL", "SPY"})  # not "protesters in Moscow", "people in Beijing"


def _acting(root: Any, doc: Doc, end: int) -> bool:
    """Does the span act (subject, object, possessor, agent) rather than name a place?"""
    if end < len(doc) and doc[end].tag_ == "POS":
        return True
    tok = root
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in ACTING_DEPS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "NOUN":
        # "officials in Pyongyang", "the government in Kabul": the people who act for the place
        word = tok.head.head.lemma_.lower()
        return word in SEAT_WORDS or role_words().get(word) in STATE_ROLES
    return tok.dep_ == "pobj" and tok.head.lower_ in ACTING_PREPS and tok.head.head.pos_ in ("VERB", "NOUN")


AFFILIATION_PREPS = ("of", "at", "from")  # "Cara Diemont of IT firm Dimension Data", "X at Barclays"


def person_context(span: Span, ents: list[Span] | None = None) -> tuple[int | None, str | None]:
    """Affiliation and role of a person from its title, apposition or an "of / at / from" phrase.

    "Adrienne Watson, a spokeswoman for the US National Security Council" → (start of the NSC span, GOV);
    "US Ambassador to the United Nations Linda Thomas Greenfield" → (start of "US", DIP).
    Returns the token index of the affiliated entity (or None) and a role code (or None).
    """
    doc = span.doc
    ents = list(doc.ents) if ents is None else ents
    roles = role_words()
    root = span.root
    title_tokens = [t for t in root.children if t.dep_ == "appos" and t.i >= span.end and _apposed(span, t, ents)]
    left = []
    i = span.start - 1
    while i >= max(0, span.start - 8) and doc[i].sent.start == span.sent.start and (doc[i].is_space or (
            doc[i].head.i > doc[i].i and doc[i].head.i < span.end) and not doc[i].is_punct):
        if not doc[i].is_space:  # (a wire's line break inside the title: "Council of Economic Advisers chairman\n
            left.insert(0, doc[i])  # Beryl Sprinkel")
        i -= 1
    role = None
    affil = None
    for head in title_tokens:
        sub = list(head.subtree)
        role = role or roles.get(head.lemma_.lower()) or roles.get(head.lower_)
        inner = [e for e in ents if sub[0].i <= e.start and e.end <= sub[-1].i + 1 and e.label_ in ("ORG", "GPE", "NORP")]
        if inner:
            affil = inner[0].start
            break
    if affil is None:
        affil = _affiliation_phrase(span, ents)
    if affil is None and left:
        for t in left:
            role = role or roles.get(t.lower_)
        role = role or ("GOV" if ministerial(left) else None)
        inner = [e for e in ents if left[0].i <= e.start and e.end <= span.start and e.label_ in ("ORG", "GPE", "NORP")
                 and not _portfolio(doc, e.start, e.end)]
        if inner:
            affil = inner[0].start
    if affil is None and (body := _body_before_title(span, ents)) is not None:
        affil = body
    return affil, role


def _body_before_title(span: Span, ents: list[Span]) -> int | None:
    """The start of an organization's name right before a title right before the name, or right before the name
    after a title and "of", whatever the parse ("Council of Economic Advisers chairman\nBeryl Sprinkel": the parser
    hangs the title on the body's name, or the name on "of"), or None."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 1:
        return None
    if doc[i].lower_ in TITLE_HEADS:
        return next((e.start for e in ents if e.end == i and e.label_ == "ORG" and e.start >= span.sent.start), None)
    # "Director of the Office of Management and Budget James Miller": the title and "of" before the body
    body = next((e for e in ents if e.end == i + 1 and e.label_ == "ORG" and e.start >= span.sent.start + 2), None)
    if body is None:
        return None
    k = body.start - 1 - (doc[body.start - 1].lower_ == "the")
    return body.start if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in TITLE_HEADS else None


def ministerial(title: list[Any]) -> bool:
    """Whether the title before a name is a minister's: a portfolio, then "secretary" or "minister" ("U.S.
    Agriculture Secretary Richard Lyng", "Japanese Finance Minister Kiichi Miyazawa"), not a shadow one. The role
    list leaves both words out (a party's or a company's secretary): Reuters-21578's cabinet had no role."""
    words = [t.lower_ for t in title]
    if title and title[0].i > 0:
        words.insert(0, title[0].nbor(-1).lower_)  # ("Shadow" the parser left out of the title)
    return "shadow" not in words and any(w in ("secretary", "minister") and k and words[k - 1] in PORTFOLIOS
                                         and words[k - 1] != "and" for k, w in enumerate(words))


_APPOSITION_MARKS = frozenset({",", "(", "—", "–", "-", "--"})


def _apposed(span: Span, head: Any, ents: list[Span]) -> bool:
    """Whether an apposition the parser gives a name is one news writes: set off by a comma, a bracket or a dash,
    with no quote mark or other person between ("Adrienne Watson, a spokeswoman for …"). Not a headline's next
    words ("Bernie Sanders Pins The Rise Of ISIS …" made Sanders a member of the Islamic State in PolNeAR), a
    colon ("Paul Ryan: FBI Decision …"), nor the next speaker's ("'I support Ted Cruz,' Brent Bozell III, founder
    of the Media Research Center")."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in _APPOSITION_MARKS:
        return False
    if any(t.is_quote for t in doc[span.end:head.i]):
        return False
    return not any(e.label_ == "PERSON" and span.end <= e.start < head.i for e in ents)


def _affiliation_phrase(span: Span, ents: list[Span]) -> int | None:
    """Start of the ORG/GPE/NORP entity in "Name of / at / from [the IT firm] ORG", read off the surface (the
    parser often hangs such a name under the organization: "Delmonte" as nmod of "Data"); the last one in the
    noun phrase, the most specific ("of the US State Department"). After "at" only an organization: in "Roger
    Federer at the Qatar Open" the state names where, not whom for."""
    doc = span.doc
    j = span.end
    if j >= span.sent.end or doc[j].lower_ not in AFFILIATION_PREPS:
        return None
    labels = ("ORG",) if doc[j].lower_ == "at" else ("ORG", "GPE", "NORP")
    starts = {e.start for e in ents if e.label_ in labels}
    found = None
    for k in range(j + 1, min(j + 8, span.sent.end)):
        if doc[k].pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            if doc[k].tag_ == "POS":
                return None  # "Gerard Rijk of Inbev's ...": a possessor, not the phrase's head
            break
        if k in starts:
            found = k
    return found


_HOLDINGS = frozenset({"shares", "stake", "stakes", "shareholders", "shareholding"})
_BOOKS = frozenset({"profits", "profit", "sales", "revenues", "revenue", "earnings", "turnover", "shareholders",
                    "board", "shares"})


def _traded(doc: Doc, start: int, end: int) -> bool:
    """A company by what only companies have: "Shares in Krispy Kreme", "Wimpey shares", "Pernod's profits" (the
    entity model calls such names persons: BBC had "Krispy Kreme", "George Wimpey", "Pernod Ricard"). Not for a
    place ("Tel Aviv shares", "shares in Milan": the exchange)."""
    before = doc[start - 2].lower_ if start >= 2 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    owned = after in ("'s", "’s") and end + 1 < len(doc) and doc[end + 1].lower_ in _BOOKS - {"shares"}
    return (before in _HOLDINGS and doc[start - 1].lower_ in ("in", "of")) or after in ("shares", "stock") or owned


def mention_row(parsed: Parsed, start: int, end: int, span: Span, ents: list[Span], sent: int,
                para_starts: list[int]) -> dict[str, Any]:
    """One raw mention row for the tokens start:end of the piece's Doc (the name ``span`` found, trimmed), with
    the hints resolution needs."""
    doc, off = parsed.doc, parsed.offset
    label, kb_id = span.label_, span.kb_id_ or None
    acting = _acting(doc[start:end].root, doc, end)
    affil_char, title_role, title = None, None, None
    if label == "PERSON" or label == "ORG" and end - start > 1 and doc[start].lower_ in given_name_genders():
        # (a given name's span tagged ORG may be resolved a person: "Council of Economic Advisers chairman Beryl
        # Sprinkel"; resolution reads these for persons only)
        a_tok, title_role = person_context(span, ents)
        affil_char = doc[a_tok].idx + off if a_tok is not None else None
    if label == "PERSON":
        title = title_words(doc[start:end])
        if (ps := party_state(parsed.source, doc[end - 1].idx + len(doc[end - 1]))) is not None:
            title = f"{title} {ps}" if title else ps  # "Sen. Bernie Sanders (I-Vt.)": "the Vermont senator"
    return {
        "article_id": parsed.article_id, "sent_idx": sent,
        "para_idx": para_index(para_starts, doc[start].idx + off),
        "start_char": doc[start].idx + off, "end_char": doc[end - 1].idx + len(doc[end - 1]) + off,
        "text": parsed.source[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])], "label": label,
        "kb_id": kb_id, "acting": acting, "affil_char": affil_char, "title_role": title_role, "title": title,
        "org_cue": start > 0 and not doc[start].is_sent_start and doc[start - 1].pos_ == "NOUN"
        and doc[start - 1].text in ORG_DESCRIPTORS or label in ("PERSON", "ORG") and _traded(doc, start, end),
        "titled": _titled(doc, start),
    }


_CAMEL = re.compile(r"[a-z][A-Z]")


# words inside a name that make it a group's, never a person's (a PolNeAR blind sample: "He's dangerous", said
# after "the Coalition Against Trump", went to the coalition, which the classifier had made a person)
CAUSE_WORDS = frozenset({"for", "against"})


def _participle(tok: Any) -> bool:
    """A verb's "-ing" form the tagger reads so, of a verb WordNet knows ("Conceding that …, he warned", "Describing
    …"), not a name it mistags ("Groening recently heaped praise on …")."""
    return tok.tag_ == "VBG" and tok.pos_ == "VERB" and wordnet_senses().get((tok.lemma_.lower(), "v")) is not None


_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")


def _opening_noun(tok: Any, source: str) -> bool:
    """A common noun capitalized only where a sentence or headline opens ("Hacker who exposed Clinton's use of
    private email gets 52-month sentence", then "The Romanian hacker who first revealed …"): WordNet knows it as
    a noun, the text has it in lower case, and never capitalized after a lower-case word (so "Price" stays where
    "Tom Price" is also written and "drug prices" too); a state's body ("Parliament as a whole …") stays, for its
    country to resolve."""
    w = tok.text
    if not (w.istitle() and w.isalpha() and len(w) > 2) or w.lower() in GENERIC_BODIES or (
            wordnet_senses().get((w.lower(), "n")) is None and not (
                w.endswith("s") and wordnet_senses().get((w.lower()[:-1], "n")) is not None)):
        return False  # (a plural too: "Cracks", "Pigs")
    if tok.i > 0 and _INITIALISM.fullmatch(tok.doc[tok.i - 1].text) and w.lower() not in given_name_genders() \
            and (wordnet_senses().get((w.lower(), "n")) or ((),))[0][:1] != ("noun.person",):
        return True  # a wire capitalizes the word after "U.S." or "U.K." ("rejected a U.K. Suggestion that …":
        # Reuters-21578, a person "Suggestion" in the stance matrix)
    # an opening: a sentence's, a clause's after a headline's ";" or ":" ("Jobs report gives Democrats a lift; Solid
    # upturn …", "Political future unsure at Fox; Network has offered …"), or a word of a title-case line
    if not (tok.is_sent_start or tok.i > 0 and tok.doc[tok.i - 1].text in (";", ":") or _title_line(source, tok.idx)):
        return False
    return re.search(rf"\b{w.lower()}\b", source) is not None and re.search(
        rf"[a-z,]\s+{w}\b", _untitled_text(source)) is None  # (after ";" it opens a clause)


def _title_case(line: str) -> bool:
    """A title-case headline: three or more capitalized words of four letters or more, and at most a third as many
    lower-case ones ("Clinton Cash Debunks Hillary: … where Donations 'Slipped through the Cracks'")."""
    words = re.findall(r"[A-Za-z][\w'’-]{3,}", line)
    caps = sum(x[0].isupper() for x in words)
    return caps >= 3 and 3 * (len(words) - caps) <= caps


def _title_line(source: str, at: int) -> bool:
    """Whether the line holding ``at`` is a title-case headline (``_title_case``)."""
    a = source.rfind("\n", 0, at) + 1
    b = source.find("\n", at)
    return _title_case(source[a:b if b >= 0 else len(source)])


@lru_cache(maxsize=4)
def _untitled_text(source: str) -> str:
    """The text without its title-case lines, where a capital after a lower-case word says nothing."""
    return "\n".join(x for x in source.split("\n") if not _title_case(x))


def _one_word(doc: Doc, start: int, end: int) -> bool:
    """One word, with at most a closing mark after it ("the Cracks'" in a headline's quote)."""
    return end - start == 1 or end - start == 2 and doc[end - 1].is_punct and not doc[start].is_punct


def _signed_off(doc: Doc, start: int, end: int, source: str) -> bool:
    """One word alone on the text's last line: a wire's sign-off ("Reuter", 43 Reuters-21578 mentions of an
    organization "Reuter"), not a name in the story."""
    if end - start != 1:
        return False
    a, b = doc[start].idx, doc[start].idx + len(doc[start])
    return not source[b:].strip() and "\n" in source[:a] and not source[source.rfind("\n", 0, a):a].strip()


def _run_together(span: Span) -> bool:
    """A person's span with words run together ("Igor BobicFlagShareLikeReplyMari Hayman": a liveblog's byline and
    buttons in PolNeAR's text, taken for a speaker); "McDonald", "DeShawn", "VanDerBeek" have fewer than three."""
    return any(len(_CAMEL.findall(t.text)) >= 3 for t in span)


def doc_mentions(parsed: Parsed, sent_base: int, para_starts: list[int],
                 types: Iterable[str] = ENTITY_TYPES, entity_model: Any = None
                 ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Raw mention rows and sentence rows of one parsed piece (offsets into the article text).

    ``entity_model``: the entity classifier's weights (None: the shipped model; see
    ``analysis.entity_classifier``).
    """
    doc: Doc = parsed.doc
    off = parsed.offset
    types = set(types)
    sent_rows: list[dict[str, Any]] = []
    sent_of_token: dict[int, int] = {}
    numbers = sentence_numbers(doc, parsed.source)
    for s in doc.sents:
        if s.start not in numbers:
            continue
        text = parsed.source[s.start_char:s.end_char]  # Span.text would rebuild it token by token
        a, b = s.start_char + off, s.end_char + off
        a += len(text) - len(text.lstrip())
        b -= len(text) - len(text.rstrip())
        k = sent_base + numbers[s.start]
        if sent_rows and sent_rows[-1]["sent_idx"] == k:  # a stray closing mark: the sentence before goes on
            sent_rows[-1]["end_char"] = b
        else:
            sent_rows.append({"article_id": parsed.article_id, "sent_idx": k,
                              "para_idx": para_index(para_starts, a), "start_char": a, "end_char": b})
        sent_of_token[s.start] = k
    sent_starts = sorted(sent_of_token)

    def sent_idx(tok_i: int) -> int:
        import bisect
        j = bisect.bisect_right(sent_starts, tok_i) - 1
        return sent_of_token[sent_starts[max(j, 0)]] if sent_starts else sent_base

    rows = []
    ents = list(doc.ents)  # doc.ents rebuilds its list on every access: read it once
    spans = relabel(doc, parsed.source, name_spans(doc, ents, types), ents, types, entity_model)
    spans = consistent_labels(honorific_persons(spans) if "PERSON" in types else spans)
    # trim every name, then keep one span per token (the longest; ties: the first) so mentions never overlap
    trimmed: list[tuple[int, int, Span]] = []
    cased = _cased(doc, parsed.source)
    for span in spans:
        start, end = span.start, span.end
        while start < end and doc[start].lower_ in ("the", "a", "an") and (
                span.label_ != "ORG" or doc[start].text.islower() or doc[start].is_sent_start):
            start += 1
        if not span.kb_id_ and cased:
            start, end = _lowercase_lead(doc, start, end, span.label_ != "PERSON")
        start, end = trim_span(doc, start, end, span.label_)
        if span.label_ == "PERSON" and any(t.lower_ in CAUSE_WORDS for t in doc[start + 1:end - 1]):
            span = Span(doc, span.start, span.end, label="ORG")  # "Coalition Against" + "Trump", "Bikers for …"
        if start < end and (span.kb_id_ or not (all(t.lower_.removesuffix("s") in MEMBER_TITLES
                                                     for t in doc[start:end]) or doc[start:end].text in TIME_ZONES
                                                or span.label_ == "ORG" and _portfolio(doc, start, end)
                                                or law_name([t.text for t in doc[start:end] if not t.is_punct])
                                                or span.label_ == "PERSON" and _run_together(doc[start:end])
                                                or _signed_off(doc, start, end, parsed.source)
                                                or _one_word(doc, start, end) and (_participle(doc[start]) or
                                                                                   _opening_noun(doc[start], parsed.source)))):
            trimmed.append((start, end, span))  # "the MEP", "MPs", "GMT", "Home" (Secretary), a law name nobody
    trimmed.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    taken: set[int] = set()
    names = []
    for start, end, span in trimmed:
        if not any(i in taken for i in range(start, end)) and (span.kb_id_ or not _shouted(
                parsed.source[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])])):
            taken.update(range(start, end))
            names.append((start, end, span))
    persons = {i for a, b, sp in names if sp.label_ == "PERSON" for i in range(a, b)}
    descs = []
    for d in doc.spans.get("actor_descriptors", []):
        start, end = d.start, d.end
        if end in persons or start - 1 in persons or (start - 2 in persons and doc[start - 1].text == ","):
            continue  # a title before or after a name ("North Korean leader Kim Jong Un", "Powell, the US
            # Secretary of State"): the name is the mention, the title its role
        if any(i in persons for i in range(start, end)):
            continue
        descs.append((start, end, d))
    # a country or demonym inside a descriptor ("the US president", "the North Korean leader") belongs to it
    inside_desc = {i for a, b, _ in descs for i in range(a, b)}
    names = [(a, b, sp) for a, b, sp in names if not (sp.label_ in ("GPE", "NORP") and all(
        i in inside_desc for i in range(a, b)))]
    # "the prime minister", "the home secretary": resolved in the article to the one person given that title
    bodies = frozenset(a for a, b, sp in names if b == a + 1 and sp.label_ in ("NORP", "ORG", "GPE"))
    titles = [(a, b, Span(doc, a, b, label="TITLE")) for a, b in title_spans(doc, taken | inside_desc, bodies)] \
        if "PERSON" in types else []
    for start, end, span in sorted(names + descs + titles, key=lambda x: (x[0], x[1])):
        rows.append(mention_row(parsed, start, end, span, ents, sent_idx(start), para_starts))
    return rows, sent_rows
