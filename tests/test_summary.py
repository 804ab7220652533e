"""The report's first page: the corpus in one paragraph and the headline findings, escaped, with evidence."""
import pandas as pd

from analysis.extract import Extracted
from analysis.report import summary


def tiny_run(source="<b>Wire</b>", text="The minister said the plan would fail, officials said."):
    arts = pd.DataFrame({"article_id": ["a1", "a2"], "title": ["<script>x</script>", "Two"],
                         "date": ["2024-03-01", None], "source": [source, None], "text": [text, "Die Regierung hat "
                                                                                                "gesagt, dass es nicht geht."]})
    actors = pd.DataFrame({"actor_id": ["P", "Q"], "actor_name": ["Pat <i>", "Quinn"], "n_mentions": [3, 2]})
    mentions = pd.DataFrame({"article_id": ["a1"] * 5})
    statements = pd.DataFrame({"statement_id": ["s1", "s2"], "speaker_actor_id": ["P", "P"],
                               "speaker_name": ["Pat <i>", "Pat <i>"]})
    stance = pd.DataFrame({"article_id": ["a1", "a1"], "statement_id": ["s1", "s2"], "speaker_actor_id": ["P", "P"],
                           "speaker_name": ["Pat <i>", "Pat <i>"], "target_actor_id": ["Q", "Q"],
                           "target_name": ["Quinn", "Quinn"], "polarity": [-1, -1], "score": [-0.9, -0.4],
                           "evidence": ["Pat <img src=x onerror=alert(1)> attacked Quinn.", "Pat doubted Quinn."]})
    manifest = {"load": {"skipped": 1}}
    return Extracted(manifest, None, articles=arts, actors=actors, mentions=mentions, statements=statements,
                     stance=stance)


def test_corpus_paragraph_counts_and_escapes():
    p = summary.corpus_paragraph(tiny_run(), "corpus/news.jsonl")
    body = p._repr_html_()
    assert "<b>2 articles</b>" in body and "<code>news.jsonl</code>" in body
    assert "&lt;b&gt;Wire&lt;/b&gt; (1)" in body and "<b>Wire" not in body
    assert "01 March 2024 to 01 March 2024 (1 of 2 dated)" in body
    assert "1 read as English, 1 look like another language" in body  # the German text
    assert "1 input record skipped" in body and "2 statements, which give 2 stances" in body


def test_findings_name_the_clearest_conflict_with_escaped_evidence():
    body = summary.findings(tiny_run())._repr_html_()
    assert "Most mentioned:</b> Pat &lt;i&gt; (3), Quinn (2)" in body
    assert "Pat &lt;i&gt; against Quinn (2 statements)" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body and "<img" not in body  # the strongest evidence, escaped
    assert "&lt;script&gt;x&lt;/script&gt;" in body and "<script>" not in body  # the title too
    assert "Clearest support" not in body  # no support in this run: no empty heading


def test_findings_of_an_empty_run():
    ex = tiny_run()
    empty = Extracted({}, None, articles=ex.articles, actors=ex.actors.iloc[0:0], mentions=ex.mentions.iloc[0:0],
                      statements=ex.statements.iloc[0:0], stance=ex.stance.iloc[0:0])
    assert "no findings" in summary.findings(empty).text
