"""The registry as a spaCy component: every name variant found by an exact token-sequence index."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from analysis.vocab import TITLE_RE, role_words

from .model import DEFAULT_REGISTRY, TYPE_LABEL, Registry, load_registry


def surface_variants(alias: str) -> set[str]:
    """Case and hyphen variants matched case-sensitively (so 'US' never matches 'us')."""
    out = {alias}
    if "-" in alias:
        out |= {alias.replace("-", " "), alias.replace("-", "")}
    more = set()
    for v in out:
        more.add(v.upper())
        if v.lower() != v and not v.isupper():
            more.add(" ".join(w[:1].upper() + w[1:] for w in v.split()))
    return out | more


def pattern_words(nlp: Language, text: str) -> list[str]:
    """The tokens ``nlp.make_doc(text)`` gives a registry name, split at its spaces directly when the tokenizer
    could only split it there (alphabetic words, none a tokenizer special case such as "cannot"): running the
    tokenizer over 46k names took a second at every pipeline load (tests/test_registry.py checks both agree)."""
    words = text.split(" ")
    rules = nlp.tokenizer.rules
    if all(w.isalpha() and w not in rules for w in words):
        return words
    return [t.text for t in nlp.make_doc(text)]


class NameIndex:
    """Exact token-sequence lookup of registered names: what spaCy's PhraseMatcher on ORTH does, without its
    build, which took about 3 s of every process's start for 46k names (pipeline load 6.1 -> 2.8 s). Keys are
    the tokens' ORTH hashes."""

    def __init__(self, names: dict[tuple[str, ...], list[str]]):
        from spacy.strings import get_string_id

        self.by_first: dict[int, list[tuple[tuple[int, ...], list[str]]]] = {}
        for words, ids in names.items():
            key = tuple(get_string_id(w) for w in words)
            self.by_first.setdefault(key[0], []).append((key, ids))
        for pats in self.by_first.values():
            pats.sort(key=lambda p: len(p[0]))

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(actor id, start, end) of every registered name in ``doc``, by start, then length, then actor id. A
        line break inside a name is read as a space ("the Office of Management\nand Budget": wire copy breaks its
        lines anywhere, and Reuters-21578's names had matched only where no line ended inside them)."""
        from spacy.attrs import ORTH
        from spacy.strings import get_string_id

        orths = doc.to_array(ORTH).tolist()
        newline = get_string_id("\n")
        at = [i for i, o in enumerate(orths) if o != newline] if newline in orths else None
        if at is not None:
            orths = [orths[i] for i in at]
        n = len(orths)
        out = []
        get = self.by_first.get
        for i, o in enumerate(orths):
            pats = get(o)
            if pats is None:
                continue
            for key, ids in pats:
                k = len(key)
                if i + k <= n and (k == 1 or tuple(orths[i:i + k]) == key):
                    out.extend((aid, i, i + k) if at is None else (aid, at[i], at[i + k - 1] + 1) for aid in ids)
        return out


class RegistryMatcher:
    """Marks registered names as entities; the longer span wins against the statistical NER."""

    def __init__(self, nlp: Language, registry: Registry):
        self.registry = registry
        names: dict[tuple[str, ...], list[str]] = {}
        for a in sorted(registry.actors.values(), key=lambda a: a.id):
            for n in sorted({v for alias in [a.name, *a.aliases] for v in surface_variants(alias)}):
                if n.strip():
                    ids = names.setdefault(tuple(pattern_words(nlp, n)), [])
                    if a.id not in ids:
                        ids.append(a.id)
        self.names = NameIndex(names)
        # role phrases ("the North Korean leader") resolve by date later; matched case-insensitively
        self.descriptors = PhraseMatcher(nlp.vocab, attr="LOWER")
        phrases = sorted({re.sub(r"^(?i:the)\s+", "", d.value) for a in registry.actors.values()
                          for d in a.descriptors})
        if phrases:
            self.descriptors.add("DESC", [nlp.make_doc(p) for p in phrases])

    def __call__(self, doc: Doc) -> Doc:
        desc = [Span(doc, s, e, label="DESC") for _, s, e in self.descriptors(doc)]
        doc.spans["actor_descriptors"] = filter_spans(desc)
        matches = self.names(doc)
        if not matches:
            return doc
        spans = []
        for aid, start, end in matches:
            actor = self.registry.actors[aid]
            spans.append(Span(doc, start, end, label=TYPE_LABEL[actor.type], kb_id=aid))
        spans = filter_spans(spans)
        ents = list(doc.ents)
        keep = []
        for ent in ents:
            inside = [s for s in spans if s.start < ent.end and ent.start < s.end]
            if not inside:
                keep.append(ent)
            elif ent.label_ == "PERSON" and inside[0].start == ent.start < inside[0].end < ent.end \
                    and self.registry.actors[inside[0].kb_id_].role == "PTY":
                # "Tory Liam Fox", "Lib Dem MP Lembit Opik": a party the NER glued to a person is the person's
                # affiliation, not part of the name; the registry's spans stand, and an unregistered rest is the
                # person ("Labour MPs" names nobody and keeps the party only). Parties only: before other names
                # the glue is as often one name ("BBC Sport", "Xerox PARC", "Jordan Bratman")
                rest = _name_after_prefix(doc, inside[0].end, ent.end) if len(inside) == 1 else None
                if rest is not None:
                    keep.append(rest)
            elif all(s.start >= ent.start and s.end <= ent.end for s in inside) and ent.label_ in (
                    "PERSON", "ORG", "GPE", "NORP", "LOC", "FAC") and any(
                    (s.end - s.start) < (ent.end - ent.start) for s in inside):
                # NER found a longer name around the registered one ("President Vladimir Putin" is
                # split by titles later; "Moscow State University" must stay an ORG); when the longer
                # name only adds an article ("the United Nations"), it is the registered actor
                extra = [t.lower_ for t in ent if not any(s.start <= t.i < s.end for s in inside)]
                if len(inside) == 1 and all(w in ("the", "a", "an") for w in extra):
                    ent = Span(doc, ent.start, ent.end, label=ent.label_, kb_id=inside[0].kb_id_)
                keep.append(ent)
                spans = [s for s in spans if s not in inside]
        taken = {i for e in keep for i in range(e.start, e.end)}
        new = [s for s in spans if not any(i in taken for i in range(s.start, s.end))]
        doc.ents = sorted(keep + new, key=lambda s: s.start)
        return doc


def _name_after_prefix(doc: Doc, start: int, end: int) -> Span | None:
    """The PERSON span ``doc[start:end]`` left once a party prefix is cut, or None when it does not end in a
    name: a capitalized proper noun that is neither a role word ("MPs", "Treasurer") nor a title ("Lord")."""

    roles = role_words()
    last = doc[end - 1]
    if last.pos_ == "PROPN" and last.text[:1].isupper() and last.lower_ not in roles \
            and last.lower_.removesuffix("s") not in roles and not TITLE_RE.match(last.text + " "):
        return Span(doc, start, end, label="PERSON")
    return None


@Language.factory("actor_registry", default_config={"registry_path": None})
def make_registry_matcher(nlp: Language, name: str, registry_path: str | None) -> RegistryMatcher:
    return RegistryMatcher(nlp, load_registry(registry_path))


def add_entity_ruler(nlp: Language, registry: Registry) -> None:
    """Add the registry matcher after the NER (one place, used by analysis.nlp.load_pipeline)."""
    path = registry.sources[-1] if registry.sources and registry.sources[-1] != str(DEFAULT_REGISTRY) else None
    nlp.add_pipe("actor_registry", after="ner" if "ner" in nlp.pipe_names else None,
                 config={"registry_path": path})
