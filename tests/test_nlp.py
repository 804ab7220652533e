import pandas as pd

from analysis.nlp import (
    BATCH_CHARS_PER_DOC,
    TokenTable,
    chunks,
    doc_text,
    noun_chunk_bounds,
    noun_chunk_spans,
    para_index,
    paragraph_starts,
    parse,
)
from analysis.nlp.pipeline import _batches


def test_headline_never_merges_with_first_paragraph(nlp):
    doc = nlp("Washington reveals an upcoming meeting between Kim and Putin\n\nThe White House said on Monday that talks continue.")
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents[0] == "Washington reveals an upcoming meeting between Kim and Putin"
    assert sents[1].startswith("The White House")


def test_paragraph_index():
    text = "Title\n\nFirst para. Two.\n \nSecond para."
    starts = paragraph_starts(text)
    assert starts == [0, 7, 26]
    assert para_index(starts, text.index("Two")) == 1
    assert para_index(starts, text.index("Second")) == 2


def test_chunks_cover_text_exactly_and_cut_at_paragraphs():
    text = ("word " * 30 + "\n\n") * 50
    parts = chunks(text, size=400)
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= 400 for _, p in parts)
    assert all(text[off:off + len(p)] == p for off, p in parts)
    assert all(p.endswith("\n") for _, p in parts[:-1])


def test_batches_cap_texts_and_characters_and_keep_order():
    units = [("x" * n, i) for i, n in enumerate([10, 3000, 3000, 3000, 10, 10, 7000, 5])]
    batches = list(_batches(units, 2))  # at most 2 texts and 2 × BATCH_CHARS_PER_DOC characters
    assert [u for b in batches for u in b] == units
    assert all(len(b) <= 2 for b in batches)
    assert all(sum(len(t) for t, _ in b) <= 2 * BATCH_CHARS_PER_DOC or len(b) == 1 for b in batches)
    assert [len(b) for b in batches] == [2, 1, 2, 1, 1, 1]  # a text longer than the cap goes alone


def test_parse_does_not_depend_on_the_batch(nlp):
    texts = ["Kim Jong Un will meet Vladimir Putin, the White House said.", "A long one. " * 400,
             "John Kirby warned North Korea on Monday.", "Short."]
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts})
    one = [(p.article_id, [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in p.doc])
           for p in parse(arts, nlp, batch_size=1)]
    many = [(p.article_id, [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in p.doc])
            for p in parse(arts, nlp, batch_size=50)]
    assert one == many


def test_token_table_and_noun_chunks_match_spacy(nlp):
    doc = nlp("The four states said in a joint statement that an agreement would violate UN resolutions, "
              "and Adrienne Watson, a spokeswoman, warned Pyongyang and its allies.")
    tt = TokenTable.of(doc)
    assert tt.lemma == [t.lemma_.lower() for t in doc] and tt.dep == [t.dep_ for t in doc]
    assert tt.head == [t.head.i for t in doc] and tt.ent_type == [t.ent_type_ for t in doc]
    assert tt.pos == [t.pos_ for t in doc] and tt.text == [t.text for t in doc]
    assert noun_chunk_bounds(tt) == [(c.start, c.end) for c in doc.noun_chunks]
    assert [(c.start, c.end, c.label_) for c in noun_chunk_spans(doc)] == [(c.start, c.end, c.label_) for c in doc.noun_chunks]
    assert doc_text(doc) == doc.text


def test_noun_chunks_of_another_language_use_its_own_iterator_or_none():
    import spacy

    assert noun_chunk_spans(spacy.blank("xx")("Keine Analyse hier.")) == []  # no iterator, no parse: no chunks


def test_blank_lines_start_sentences_and_single_line_breaks_do_not():
    import spacy

    from analysis.nlp import paragraph_boundaries

    nlp = spacy.blank("en")
    text = "\n\nLead line\nstill lead\n \n\tSecond para\n\n\n  Third  para \n\xa0\nFourth\n\n"
    doc = paragraph_boundaries(nlp.make_doc(text))
    # the first word has no paragraph before it; a line holding a no-break space is not blank (PARA_RE)
    assert [t.text for t in doc if t.is_sent_start and not t.is_space] == ["Second", "Third"]


def test_single_line_breaks_start_sentences_where_lines_are_paragraphs():
    """Scraped articles often put one line break between paragraphs, and a headline without a full stop ran
    into the first sentence ("… Over Zika Virus Chris Christie said …" parsed as one sentence). Hard-wrapped
    prose, whose lines mostly end mid-sentence, keeps its line breaks inside sentences."""
    import spacy

    from analysis.nlp import paragraph_boundaries

    nlp = spacy.blank("en")

    def starts(text: str) -> list[str]:
        doc = paragraph_boundaries(nlp.make_doc(text))
        return [t.text for t in doc if t.i and t.is_sent_start and not t.is_space]

    # a headline above blank-line paragraphs
    assert starts("Christie Says He Would Issue A Quarantine\nChris Christie said so.\n\nHe left.") == [
        "Chris", "He"]
    # lines as paragraphs: most lines end a sentence, and those that do end one
    assert starts("Sanders won Maine.\nClinton leads by 270 delegates\n“We will fight,” he said.\nIt ends.\n"
                  "And it\ngoes on.") == ["Clinton", "It", "And"]
    # hard-wrapped prose: no sentence starts at its line breaks
    assert starts("The White House said Kim Jong Un\nwould meet Putin in the\nRussian Far East, Kirby said.\n"
                  "North Korea denied it\nin a statement on Tuesday\nMoscow did not comment.") == []


def test_a_paragraph_opening_with_an_initialism_goes_on_after_it():
    """Told that "U.S." opens a sentence, the parser ended the sentence at its full stop: "U.S." alone, then
    "officials said …" whose speaker was the bare "officials" (no actor). Common in American wire copy."""
    from analysis.nlp import load_pipeline

    nlp = load_pipeline(registry_path="")
    doc = nlp("Strike in Syria\n\nU.S. officials said the strike killed three militants.\n\nU.S.\n\nThe army said so.")
    sents = [s.text.strip() for s in doc.sents]
    assert "U.S. officials said the strike killed three militants." in sents
    assert "U.S." in sents  # a paragraph of the initialism alone still ends there


def test_a_stray_closing_mark_is_no_sentence_of_its_own(nlp):
    """The parser often makes a quote's closing mark a sentence ('… best recruiter.' then '"'), which put "She
    lies like crazy …" three sentences from "Hillary Clinton", out of a pronoun's reach (stance dev: one pair
    gained, Trump against Clinton). The mark takes the number of the sentence before it."""
    from analysis.nlp import sentence_numbers

    text = 'She said he was "becoming ISIS\' best recruiter."\n\nHe disagreed.'
    doc = nlp(text)
    numbers = sentence_numbers(doc, text)
    stray = [s for s in doc.sents if not any(c.isalnum() for c in s.text)]
    assert [s.text.strip() for s in stray] == ['"']  # what the parser does (else this test tests nothing)
    assert numbers == {0: 0, stray[0].start: 0, stray[0].end: 1}


def test_parse_reads_no_break_spaces_as_spaces(nlp):
    """Text that bypasses the loader (a benchmark's raw text, gold offsets and all) is parsed with its no-break
    spaces as spaces, at the same offsets; the source keeps its characters."""
    import pandas as pd

    from analysis.nlp import parse

    text = "Republican presidential nominee\xa0Donald Trump spoke."
    piece = next(parse(pd.DataFrame({"article_id": ["a"], "text": [text]}), nlp))
    assert piece.doc.text == text.replace("\xa0", " ") and piece.source == text
    assert not any(t.is_space for t in piece.doc)


def test_parse_reads_apostrophes_inside_words_as_straight(nlp):
    """"Trump’s" was the noun "trump", "n’t" a noun and "’m" had no lemma "be": the parser reads apostrophes inside
    words as straight ones, at the same offsets; the source keeps its characters, and a closing single quote
    after a word ("the ‘idea’ of") stays."""
    import pandas as pd

    from analysis.nlp import parse

    text = "Trump’s plan doesn’t work, I’m told; the ‘idea’ of it."
    piece = next(parse(pd.DataFrame({"article_id": ["a"], "text": [text]}), nlp))
    assert piece.source == text and len(piece.doc.text) == len(text)
    assert piece.doc.text == "Trump's plan doesn't work, I'm told; the ‘idea’ of it."
    lemmas = {t.text: t.lemma_ for t in piece.doc}
    assert lemmas["n't"] == "not" and lemmas["'m"] == "be"



def test_hard_wrapped_prose_runs_on_for_the_parser(nlp):
    """A wire breaks its lines anywhere: "is by no means\\nwrong" hung "means" on "wrong" (Reuters-21578, Nakasone
    against his own plan). Its line breaks inside paragraphs are spaces to the parser, at the same length; an
    indented line keeps its break, and text whose lines end sentences (or are fewer than its blank lines) stays."""
    from analysis.nlp import parser_text, unwrapped

    wire = "SAYS PLAN RIGHT\n\nOur plan to reform the tax system is by no means\nwrong, he told\nParliament.\n    In an" \
           " interview he\nsaid more."
    out = unwrapped(wire)
    assert len(out) == len(wire) and "means wrong" in out and "told Parliament" in out and "\n    In an" in out
    assert "\n\n" in out and parser_text(wire)[len("SAYS PLAN RIGHT"):] == out[len("SAYS PLAN RIGHT"):]  # (truecased)
    lines = "Headline\nFirst sentence ends.\nSecond one too.\nAnd a third.\n\nMore."
    assert unwrapped(lines) == lines
    doc = nlp(parser_text(wire))
    means = next(t for t in doc if t.text == "means")
    assert means.head.text == "by" or means.dep_ == "pobj", [(t.text, t.dep_, t.head.text) for t in doc]
