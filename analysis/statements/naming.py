"""What a naming verb calls whom: "called Trump a “blowhard”", "branded Mr Howard "arrogant and wrong"", "described
him as a "brother"", "branded Harry's actions "stupid and evil"". The object and the label are read off the words
in order, because the parser hangs them every which way (an object predicate, a second object, a modifier of the
quote, an adjective of the name); issue 27: of the sentences of this kind read in BBC and PolNeAR that name a
person, about half had no side toward that person."""
from __future__ import annotations

from typing import Any

# verbs that give their object a name or a description; not "name" (appointing: "named him chairman") nor
# "consider" (a thought, often someone else's)
NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "term", "describe", "characterise", "characterize",
                          "portray", "paint"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "me", "us", "you"})
# what someone owns and is judged by in their stead: "branded Harry's actions "stupid and evil"", "called her
# actions "extremely careless""
OWNED = frozenset({"action", "actions", "remarks", "comments", "words", "plan", "plans", "policy", "policies",
                   "decision", "behaviour", "behavior", "conduct", "record", "handling", "response", "proposal",
                   "proposals", "campaign", "speech", "approach", "stance", "position", "idea", "ideas", "tactics"})
NAME_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# where a label given without quotes ends: "branded Mr Howard arrogant for claiming …", "called him a liar over …"
LABEL_BREAKS = frozenset({",", ".", ";", ":", "for", "over", "because", "after", "before", "when", "while", "who",
                          "which", "that", "in", "on", "at", "during", "and", "but", "as", "since", "—", "–", "-"})
MAX_LABEL = 12  # tokens


def _passive(verb: Any) -> bool:
    """"was called Bankash-A", "a company called Information Appliance", "so-called Revolution": a name given, no
    verdict by anyone in the sentence."""
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children):
        return True
    doc = verb.doc
    prev = doc[verb.i - 1] if verb.i > 0 else None
    if prev is None:
        return False
    if prev.lower_ in ("so", "so-") or prev.text == "-" or prev.lemma_ == "be":
        return True
    # a participle right after a thing's noun ("a network dubbed Exeem"); after a person's name, or a comma, it is
    # the person's own act ("Bill de Blasio called Donald Trump a “blowhard”", the parser's participle), and so
    # after a "have" ("who has in the past described Trump as …": a perfect, whatever the parser made of it)
    return verb.tag_ == "VBN" and prev.pos_ in ("NOUN", "PROPN") and prev.ent_type_ != "PERSON" and not any(
        c.dep_ == "aux" for c in verb.children) and not any(t.lemma_ == "have" for t in doc[max(0, verb.i - 5):verb.i])


def _object_end(doc: Any, j: int) -> int | None:
    """The end (token index) of the object a naming verb's next word ``j`` opens: a pronoun, or a name (an entity
    or a run of proper nouns after an optional title), with a possessive and an owned noun after it."""
    tok = doc[j]
    if tok.lower_ in OBJECT_PRONOUNS:
        end = j + 1
        if tok.lower_ == "her" and end < len(doc) and doc[end].lower_ in OWNED:
            return end + 1  # "called her actions "extremely careless""
        return end if tok.lower_ != "her" or end >= len(doc) or doc[end].pos_ not in ("NOUN", "ADJ") or \
            doc[end].is_quote else None
    if tok.ent_type_ in NAME_TYPES and tok.ent_iob_ == "B" or tok.pos_ == "PROPN":
        end = j + 1
        while end < len(doc) and (doc[end].ent_iob_ == "I" or doc[end].pos_ == "PROPN") and not doc[end].is_quote \
                and doc[end].lower_ not in ("'s", "’s"):
            end += 1
        k = end
        if k < len(doc) and doc[k].lower_ in ("'s", "’s", "'", "’"):
            k += 1
            while k < len(doc) and doc[k].pos_ == "ADJ":
                k += 1
            if k < len(doc) and doc[k].lower_ in OWNED:
                k += 1
                if k < len(doc) and doc[k].lower_ in ("'s", "’s"):  # "Harry's action's": a stray apostrophe
                    k += 1
                return k
            return None  # "called Labour's plans …" with no owned noun: someone else's thing
        return end
    return None


def _label_end(doc: Any, k: int, limit: int) -> int:
    """Where the label that starts at ``k`` ends: its closing quote, or the first word that ends a phrase."""
    if k < limit and (doc[k].is_quote or doc[k].text in ("``", "''")):
        for m in range(k + 1, min(limit, k + MAX_LABEL + 2)):
            if doc[m].is_quote or doc[m].text in ("``", "''"):
                return m + 1
        return k
    if k >= limit or doc[k].lower_ in LABEL_BREAKS or doc[k].pos_ in ("ADP", "PART", "AUX", "VERB", "PRON"):
        return k  # "called Smith on Monday to say sorry": no label
    m = k
    while m < min(limit, k + MAX_LABEL) and (m == k or doc[m].lower_ not in LABEL_BREAKS or (
            doc[m].lower_ in ("and", ",") and m + 1 < limit and doc[m + 1].tag_ in ("JJ", "JJR", "JJS", "VBG", "RB"))):
        # (a list of adjectives goes on: "arrogant and wrong", "a kind, loving and admirable person")
        if doc[m].is_quote and m > k:
            break
        m += 1
    return m


def named_object(verb: Any) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The (start, end) token ranges of the object a naming verb names and of the label it gives it, or None when
    the verb names no one that way (a passive, a thing, no label)."""
    if verb.lemma_.lower() not in NAMING_VERBS or verb.pos_ != "VERB" or _passive(verb):
        return None
    doc = verb.doc
    j = verb.i + 1
    limit = verb.sent.end
    if j >= limit:
        return None
    end = _object_end(doc, j)
    if end is None or end >= limit:
        return None
    k = end + 1 if doc[end].lower_ == "as" else end
    while k < limit and doc[k].lower_ in ("a", "an", "the") and k + 1 < limit and doc[k + 1].is_quote:
        k += 1  # 'a "petulant child"': the article outside the quote
    stop = _label_end(doc, k, limit)
    label = [t for t in doc[k:stop] if not t.is_punct and not t.is_quote]
    if not label or not any(t.pos_ in ("NOUN", "ADJ", "VERB") for t in label):
        return None
    return (j, end), (k, stop)
