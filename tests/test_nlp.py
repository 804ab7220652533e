from analysis.nlp import chunks, paragraph_starts, para_index


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
