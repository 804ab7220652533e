"""The spaCy pipeline, built in one place, and parsing of the articles table.

Paragraphs (blank-line separated) are hard sentence boundaries, so a headline never merges with
the first paragraph. Texts longer than ``CHUNK_CHARS`` are parsed in paragraph-aligned chunks;
every chunk carries its character offset into the article text, so offsets stay article-level.
"""
from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator

import pandas as pd
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from analysis.registry import add_entity_ruler, load_registry, registry_stamp
from analysis.vocab import DEFAULT_MODEL, NO_BREAK_SPACES, plain_apostrophes

from .attribute_rules import speed_up as speed_up_attribute_ruler
from .lemmas import speed_up as speed_up_lemmatizer

log = logging.getLogger(__name__)

CHUNK_CHARS = 100_000
PARA_RE = re.compile(r"\n[ \t]*\n\s*")
LINE_END = ".!?:;\"'”’)]"


INITIALISM = re.compile(r"^(?:[A-Za-z]\.){2,}$")  # "U.S.", "U.N.", "D.C."


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Mark the first token after a blank line as a sentence start (the parser respects it). In a text whose
    lines are paragraphs (most lines end a sentence) or whose single line breaks are fewer than its blank lines,
    a line that ends a sentence, and the first line (a headline without a full stop), end one too unless the
    next line goes on in lower case; hard-wrapped prose keeps its line breaks inside sentences. PolNeAR: 141 of
    840 articles put one line break under the headline. Line breaks live only in whitespace tokens (a token's
    own trailing whitespace is one space at most), so only those are read: walking every token, or joining
    ``doc.text``, took 4 ms an article."""
    import numpy as np
    from spacy.attrs import IS_SPACE

    spaces = np.flatnonzero(doc.to_array(IS_SPACE)).tolist()
    gap: list[str] = []
    breaks: list[tuple[int, bool]] = []  # (token after a single line break, the line before ends a sentence)
    first = -1  # the token after the text's first line, if a single break ends that line
    paragraphs = 0
    for k, i in enumerate(spaces):
        gap.append(doc[i].text_with_ws)
        if k + 1 < len(spaces) and spaces[k + 1] == i + 1:
            continue  # the run of whitespace tokens goes on
        start, nxt = i - len(gap) + 1, i + 1
        if start > 0 and nxt < len(doc):
            ws = doc[start - 1].whitespace_ + "".join(gap)
            if PARA_RE.search(ws):
                _opens(doc, nxt)
                paragraphs += 1
            elif "\n" in ws:
                if not breaks and not paragraphs:
                    first = nxt
                breaks.append((nxt, doc[start - 1].text[-1] in LINE_END))
        gap = []
    if breaks and lines_are_paragraphs(len(breaks), sum(e for _, e in breaks), paragraphs):
        for nxt, e in breaks:
            if (e or nxt == first) and not doc[nxt].text[0].islower():
                _opens(doc, nxt)
    return doc


def lines_are_paragraphs(breaks: int, ended: int, paragraphs: int) -> bool:
    """Whether a text's single line breaks end paragraphs (at least half of the lines before them end a sentence,
    or they are no more than its blank lines) rather than wrap prose: read so by ``paragraph_boundaries`` and
    ``unwrapped`` alike."""
    return ended * 2 >= breaks or breaks <= paragraphs


def _opens(doc: Doc, i: int) -> None:
    """Token ``i`` opens a sentence; one that opens with "U.S." goes on after it: told so, the parser ends the
    sentence at the initialism's full stop ("U.S." alone, then "officials said …" with nobody saying it)."""
    doc[i].is_sent_start = True
    if i + 1 < len(doc) and INITIALISM.match(doc[i].text) and not doc[i + 1].is_space:
        doc[i + 1].is_sent_start = False


def load_pipeline(model: str = DEFAULT_MODEL, registry_path: str | None = None) -> Language:
    """Load the model once per process (and registry file state) and add the workbook's components.

    ``registry_path``: an actor registry whose names compile into an EntityRuler (see
    ``analysis.registry``); None uses the default registry, "" uses none. An edited registry file gives a
    new pipeline in the same kernel."""
    return _load_pipeline(model, registry_path, registry_stamp(registry_path) if registry_path != "" else ())


@lru_cache(maxsize=4)
def _load_pipeline(model: str, registry_path: str | None, stamp: tuple) -> Language:
    nlp = spacy.load(model)
    speed_up_attribute_ruler(nlp)  # same annotations, a tenth of the pipeline's time less
    speed_up_lemmatizer(nlp)  # same lemmas, memoized per word form
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_boundaries", before="parser")
    else:
        nlp.add_pipe("sentencizer", first=True)
        nlp.add_pipe("paragraph_boundaries", after="sentencizer")
    if registry_path != "":

        add_entity_ruler(nlp, load_registry(registry_path))
    return nlp


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where each paragraph starts (paragraph 0 starts at 0)."""
    return [0] + [m.end() for m in PARA_RE.finditer(text) if m.end() < len(text)]


def para_index(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def sentence_numbers(doc: Doc, source: str) -> dict[int, int]:
    """Each sentence's number (by its first token), counting neither blank sentences nor ones of punctuation
    alone: the parser often makes a quote's closing mark a sentence of its own ('… best recruiter.' then '"'),
    which put a pronoun three sentences from its antecedent two sentences back. A stray mark takes the number
    of the sentence before it."""
    out: dict[int, int] = {}
    k = -1
    for s in doc.sents:
        text = source[s.start_char:s.end_char].strip()  # Span.text would rebuild it token by token
        if not text:
            continue
        if k < 0 or any(c.isalnum() for c in text):
            k += 1
        out[s.start] = k
    return out


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split a long text at paragraph breaks (or whitespace) into (offset, chunk) pieces ≤ size."""
    if len(text) <= size:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n\n", start + size // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + size // 2, end)
            end = cut + 1 if cut > 0 else end
        out.append((start, text[start:end]))
        start = end
    return out


CAPS_LINE = re.compile(r"^[^\S\n]*(?=[^\n]*[A-Z]{3})[^a-z\n]+$", re.M)
SMALL_WORDS = {"of", "and", "the", "in", "on", "at", "to", "for", "by", "v", "vs", "a", "an", "or", "as", "with",
               "from", "is", "are", "was", "be", "it", "its", "not", "but", "after", "over", "into", "says", "say"}
KEEP_UPPER = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{1,4}$")


def truecase(text: str, acronyms: frozenset[str] = frozenset()) -> str:
    """Title-case ALL-CAPS lines (wire headlines, datelines) so the NER sees names as names.

    The result has exactly the length of the input, so offsets into it are offsets into the original;
    mention texts are always taken from the original. Short all-caps words (US, UN, NATO) and known
    acronyms stay upper-case.
    """
    def fix(m: re.Match) -> str:
        line = m.group(0)
        words = re.split(r"(\s+|-)", line)
        out = []
        for w in words:
            core = w.strip("\"'()[],.:;!?")
            if core.lower() in SMALL_WORDS and out:
                out.append(w.lower())
            elif not core or KEEP_UPPER.match(core) and (core in acronyms or len(core) <= 3) or core in acronyms:
                out.append(w)
            else:
                out.append(w[:1] + w[1:].lower() if w[:1].isalpha() else w[:2] + w[2:].lower())
        new = "".join(out)
        return new if len(new) == len(line) else line

    return CAPS_LINE.sub(fix, text)


@dataclass
class Parsed:
    """One parsed piece of an article: ``offset`` is where ``doc.text`` starts in the article text.

    ``text`` is the original piece (``doc.text`` may differ in letter case, no-break spaces and apostrophes inside
    words only, see ``truecase``, ``vocab.NO_BREAK_SPACES`` and ``vocab.plain_apostrophes``).
    """

    article_id: str
    offset: int
    doc: Doc
    text: str | None = None

    @property
    def source(self) -> str:
        return self.text if self.text is not None else self.doc.text


def registry_acronyms(nlp: Language) -> frozenset[str]:
    """All-caps names of the registry (NATO, DPRK, IAEA) that truecasing must keep."""
    if "actor_registry" not in nlp.pipe_names:
        return frozenset()
    reg = nlp.get_pipe("actor_registry").registry
    return frozenset(a for actor in reg.actors.values() for a in [actor.name, *actor.aliases]
                     if a.isupper() and " " not in a and len(a) <= 8)


def parser_text(piece: str, acronyms: frozenset[str] = frozenset()) -> str:
    """What the parser reads of a piece: truecased, no-break spaces and apostrophes inside words made plain, hard
    wrapped lines run on (``unwrapped``), at the same length (the tables keep the piece as written)."""
    return unwrapped(plain_apostrophes(truecase(piece, acronyms).translate(NO_BREAK_SPACES)))


_WRAP = re.compile(r"(?<=\S)\n(?=\S)")


def unwrapped(text: str) -> str:
    """Hard-wrapped prose with its line breaks inside paragraphs read as spaces: a wire breaks its lines anywhere,
    and the parser read the break as a word ("is by no means\nwrong" hung "means" on "wrong": Reuters-21578,
    Nakasone against his own tax plan; 35,291 such breaks in its 1,716 stories). Only where most of those lines do
    not end a sentence and they outnumber the blank lines (as ``paragraph_boundaries`` reads prose); a line that
    opens indented ("\n    In an interview", a wire's paragraph) keeps its break."""
    breaks = [m.start() for m in _WRAP.finditer(text)]
    if not breaks or lines_are_paragraphs(len(breaks), sum(text[i - 1] in LINE_END for i in breaks),
                                          len(PARA_RE.findall(text))):
        return text
    return _WRAP.sub(" ", text)


def parse(articles: pd.DataFrame, nlp: Language, batch_size: int = 50, n_process: int = 1,
          progress: bool = False) -> Iterator[Parsed]:
    """Parse every article with ``nlp.pipe``; yields pieces in article order."""
    acronyms = registry_acronyms(nlp)

    def units() -> Iterable[tuple[str, tuple[str, int, str, str]]]:
        for aid, text in zip(articles["article_id"], articles["text"]):
            for off, piece in chunks(text, min(CHUNK_CHARS, nlp.max_length)):
                cased = parser_text(piece, acronyms)
                yield cased, (aid, off, piece, cased)

    n_process = max(1, int(n_process))
    if n_process == 1:
        stream = (item for batch in _batches(units(), int(batch_size))
                  for item in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)))
    else:
        stream = nlp.pipe(units(), as_tuples=True, batch_size=int(batch_size), n_process=n_process)
    if progress:
        from tqdm.auto import tqdm
        stream = tqdm(stream, total=len(articles), desc="parsing", unit="doc", mininterval=1.0)
    for doc, (aid, off, piece, cased) in stream:
        doc.user_data["_text"] = cased  # == doc.text (spaCy keeps every character), see doc_text
        yield Parsed(aid, off, doc, piece)


BATCH_CHARS_PER_DOC = 2_500  # a batch holds at most batch_size texts and batch_size × this many characters


def _batches(units: Iterable[tuple[str, Any]], batch_size: int) -> Iterator[list[tuple[str, Any]]]:
    """Batches of at most ``batch_size`` texts and ``batch_size × BATCH_CHARS_PER_DOC`` characters.

    The parser's and NER's working arrays grow with the tokens of a batch, so a run of long articles
    (one source's long reads, sorted together) would make the peak memory of a whole run; capping the
    characters keeps it near that of an average batch. Parses do not depend on the batch.
    """
    cap = batch_size * BATCH_CHARS_PER_DOC
    batch: list[tuple[str, Any]] = []
    chars = 0
    for unit in units:
        if batch and (len(batch) >= batch_size or chars + len(unit[0]) > cap):
            yield batch
            batch, chars = [], 0
        batch.append(unit)
        chars += len(unit[0])
    if batch:
        yield batch


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once: spaCy rebuilds it from every token (a Token object each) on each access."""
    text = doc.user_data.get("_text")
    if text is None:
        text = doc.text
        doc.user_data["_text"] = text
    return text


class TokenTable:
    """A Doc's token attributes as plain lists, read once with ``Doc.to_array``.

    Feature code that walks every token (cue candidates, sentiment windows) would otherwise build a spaCy
    ``Token`` object for each attribute access, which costs more than the features themselves.
    """

    def __init__(self, doc: Doc):
        import numpy as np
        from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, TAG
        from spacy.parts_of_speech import IDS

        pos_name = {v: k for k, v in IDS.items()}
        s = doc.vocab.strings
        arr = doc.to_array([IDX, LEMMA, POS, TAG, DEP, HEAD, LOWER, ENT_TYPE, ORTH, IS_PUNCT, IS_SPACE])
        self.n = n = len(doc)
        if not n:
            arr = np.zeros((0, 11), dtype="uint64")
        # string columns: look each distinct hash up once, then spread the strings with one numpy take
        hashes = arr[:, [1, 3, 4, 6, 7, 8]]
        uniq, inverse = np.unique(hashes, return_inverse=True)
        strings = np.array([s[h] if h else "" for h in uniq.tolist()] or [""], dtype=object)
        cols = strings[inverse.reshape(hashes.shape)].T.tolist() if n else [[] for _ in range(6)]
        lemma, self.tag, self.dep, self.lower, self.ent_type, self.text = cols
        lowered = {w: w.lower() for w in set(lemma)}
        self.lemma = [lowered[w] for w in lemma]
        self.idx = arr[:, 0].tolist()
        self.pos = [pos_name.get(p, "") for p in arr[:, 2].tolist()]
        rel = arr[:, 5].astype("int64").tolist()  # relative offsets, stored unsigned
        self.head = [i + r for i, r in enumerate(rel)]
        self.is_punct = [bool(v) for v in arr[:, 9].tolist()]
        self.is_space = [bool(v) for v in arr[:, 10].tolist()]
        self.children: list[list[int]] = [[] for _ in range(self.n)]
        for i, h in enumerate(self.head):
            if h != i:
                self.children[h].append(i)

    @classmethod
    def of(cls, doc: Doc) -> "TokenTable":
        """The Doc's table, built on first use and kept in ``doc.user_data``."""
        tt = doc.user_data.get("_token_table")
        if tt is None or tt.n != len(doc):
            tt = cls(doc)
            doc.user_data["_token_table"] = tt
        return tt


NP_DEPS = frozenset({"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"})


def noun_chunk_spans(doc: Doc) -> list[Span]:
    """``Doc.noun_chunks`` as a list: for English read from the token table (``noun_chunk_bounds``), for
    another language its own iterator (none: no chunks)."""
    if doc.lang_ == "en":
        return [Span(doc, a, b, label="NP") for a, b in noun_chunk_bounds(TokenTable.of(doc))]
    try:
        return list(doc.noun_chunks)
    except (NotImplementedError, ValueError):
        return []


def noun_chunk_bounds(tt: TokenTable) -> list[tuple[int, int]]:
    """(start, end) of the base noun phrases, as spaCy's English ``Doc.noun_chunks`` finds them.

    The same rule on the token table: ``Doc.noun_chunks`` builds a Token object for every token of the
    document, which costs more than the statements that use the chunks.
    """
    left = list(range(tt.n))  # the left edge of each token's subtree
    for i in range(tt.n):
        h, prev = tt.head[i], i
        while h != prev and i < left[h]:
            left[h] = i
            h, prev = tt.head[h], h
    out: list[tuple[int, int]] = []
    prev_end = -1
    for i in range(tt.n):
        if tt.pos[i] not in ("NOUN", "PROPN", "PRON") or left[i] <= prev_end:
            continue
        dep = tt.dep[i]
        if dep not in NP_DEPS:
            if dep != "conj":
                continue
            h = tt.head[i]
            while tt.dep[h] == "conj" and tt.head[h] < h:
                h = tt.head[h]
            if tt.dep[h] not in NP_DEPS:
                continue
        prev_end = i
        out.append((left[i], i + 1))
    return out
