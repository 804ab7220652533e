"""The actor registry: format checks with file and line, user files extending the default, roll-ups, stubs."""
import pytest

from analysis.actors import registry_stub, rollup, unresolved_table
from analysis.registry import (
    NameIndex,
    RegistryError,
    load_registry,
    name_key,
    parse_registry,
    pattern_words,
    surface_variants,
)
from analysis.report import views


def test_malformed_registry_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - id: X1\n    name: Ok\n    type: person\n  - id: X2\n    name: Bad\n    type: robot\n")
    with pytest.raises(RegistryError, match=r"bad\.yaml, line 5: .*type 'robot'"):
        parse_registry(bad)
    broken = tmp_path / "broken.yaml"
    broken.write_text("actors:\n  - id: [unclosed\n")
    with pytest.raises(RegistryError, match=r"broken\.yaml, line \d+: invalid YAML"):
        parse_registry(broken)
    wrong_country = tmp_path / "c.yaml"
    wrong_country.write_text("actors:\n  - {id: A, name: A, type: state, country: Russia}\n")
    with pytest.raises(RegistryError, match="ISO 3166 alpha-3"):
        parse_registry(wrong_country)


def test_user_registry_extends_and_overrides(tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text("actors:\n"
                    "  - {id: ZZ-acme, name: Acme Robotics, type: organization, country: USA, role: BUS,"
                    " aliases: [Acme Robotics, Acme]}\n"
                    "  - {id: RUS, name: Russian Federation, type: state, country: RUS, aliases: [Russia]}\n")
    reg = load_registry(str(mine))
    assert reg.lookup("ACME ROBOTICS").id == "ZZ-acme"
    assert reg.actors["RUS"].name == "Russian Federation"  # same id: the user's entry wins
    assert reg.lookup("North Korea").id == "PRK"  # the default is still there


def test_ignore_list_drops_names_that_are_no_actors(tmp_path, nlp):
    """A registry's ``ignore`` names never become actors (in the user's file, on top of the default)."""
    import pandas as pd

    from analysis.actors import doc_mentions, resolve
    from analysis.corpus import make_article
    from analysis.nlp import Parsed, paragraph_starts

    mine = tmp_path / "mine.yaml"
    mine.write_text("actors: []\nignore: [Oscar, Oscars]\n")
    reg = load_registry(str(mine))
    assert {"oscar", "oscars"} <= reg.ignored and reg.lookup("North Korea").id == "PRK"
    text = "Awards\n\nThe film won an Oscar on Sunday, Steven Spielberg said. Oscar Arias said so too."
    art = pd.DataFrame([make_article("t", None, text)])
    rows, _ = doc_mentions(Parsed("t", 0, nlp(text)), 0, paragraph_starts(text))
    plain = resolve(pd.DataFrame(rows), art, load_registry())
    kept = resolve(pd.DataFrame(rows), art, reg)
    assert "Oscar" in set(plain.text) and "Oscar" not in set(kept.text)
    assert "Oscar Arias" in set(kept.text) and len(kept) == len(plain) - 1  # only the bare name goes
    for bad, msg in (("actors: []\nignored: [X]\n", "unknown top-level key.*ignored"),
                     ("actors: []\nignore: Oscar\n", "'ignore' must be a list")):
        (tmp_path / "bad.yaml").write_text(bad)
        with pytest.raises(RegistryError, match=msg):
            parse_registry(tmp_path / "bad.yaml")


def test_default_registry_content():
    reg = load_registry()
    assert reg.lookup("DPRK").id == reg.lookup("North Korea").id == "PRK"
    assert reg.capital("Pyongyang").id == "PRK" and reg.capital("Moscow").id == "RUS"
    assert reg.lookup("U.S.").id == "USA" and reg.lookup("NATO").id == "IGO-NATO"
    assert reg.descriptor("the Russian president", "2023-09-13").name == "Vladimir Putin"
    assert reg.descriptor("the US president", "2022-06-01").name == "Joe Biden"
    assert reg.descriptor("the US president", "2018-06-01").name == "Donald Trump"
    # an undated text: the holder the article names, else nobody when several held the office
    assert reg.descriptor("the British prime minister", None) is None
    assert reg.descriptor("the British prime minister", None, {"GBR-david-cameron"}).name == "David Cameron"
    assert reg.lookup("Saudi") is None  # adjectives/demonyms are not the state
    assert len([a for a in reg.actors.values() if a.type == "state"]) >= 193
    assert name_key("the U.S.'s") == "us" and "KIM JONG-UN" in surface_variants("Kim Jong-un")
    # the short names news use, where ISO's differ; no state is displayed by an index entry with a comma
    for name, cc in (("Turkey", "TUR"), ("Palestine", "PSE"), ("Ivory Coast", "CIV"), ("Burma", "MMR"),
                     ("Swaziland", "SWZ"), ("DR Congo", "COD")):
        assert reg.lookup(name).id == cc, name
    assert reg.actors["PSE"].name == "Palestine"
    assert not [a.name for a in reg.actors.values() if a.type == "state" and "," in a.name and a.aliases]
    # parties and armed groups: the short forms news use are one actor each; acronyms that are mostly something
    # else ("ETA", "M23", "CSU") are not aliases
    for names, aid in ((["Labour", "Labour Party", "New Labour"], "GBR-PTY-LABOUR"),
                       (["Tories", "Tory", "Conservatives", "Conservative Party"], "GBR-PTY-CONSERVATIVE"),
                       (["Lib Dems", "Lib Dem", "Liberal Democrats"], "GBR-PTY-LIBDEM"),
                       (["Republicans", "GOP"], "USA-PTY-REPUBLICAN"), (["Hezbollah", "Hizbollah"], "LBN-HEZBOLLAH"),
                       (["ISIS", "ISIL", "Daesh", "Islamic State"], "IMG-ISLAMIC-STATE"),
                       (["al-Qaeda", "Al Qaeda"], "IMG-AL-QAEDA")):
        assert {reg.lookup(n).id for n in names} == {aid}, names
    assert (reg.actors["PSE-HAMAS"].country, reg.actors["PSE-HAMAS"].role) == ("PSE", "REB")
    assert reg.actors["GBR-PTY-LABOUR"].affiliation is None  # a party is not its state
    assert reg.lookup("ETA") is None and reg.lookup("M23") is None and reg.lookup("CSU") is None
    # older corpora: the EU's earlier names, and GATT
    assert {reg.lookup(n).id for n in ("European Community", "EEC", "Common Market")} == {"IGO-EU"}
    assert reg.lookup("GATT").id == "IGO-GATT" and reg.lookup("EC") is None  # "EC" is as often the Commission
    # Reuters-21578 cells: "an EC Commission spokesman said" is the Commission, of the EU (no side on its own EU);
    # "West German officials said" is Germany, not a group "West German" (a speaker against Germany)
    assert reg.lookup("EC Commission").id == "IGO-EU-COM" and reg.actors["IGO-EU-COM"].affiliation == "IGO-EU"
    assert "West German" in reg.actors["DEU"].demonyms


def test_a_dated_role_holds_only_in_its_periods():
    """Donald Trump was no government official in PolNeAR's 2016 news (GOV from 2017-01-20): with the registry's
    latest role on every date he had been "the" US government of its articles, and Obama's press secretary his
    spokesman. Undated text takes the latest role, and so does a date before the lists' periods begin (2000); a
    role given with no period holds on every date."""
    from analysis.registry.model import Actor, Period

    trump = load_registry().actors["USA-donald-trump"]
    assert trump.role_on("2016-07-18") is None
    assert trump.role_on("2018-06-01") == trump.role_on(None) == "GOV"
    assert Actor("x", "X", "person", role="ELI", roles=[Period("GOV", "2001-01-01", "2004-12-31")]).role_on(
        "2010-01-01") == "ELI"
    wilson = load_registry().actors["CAN-michael-wilson"]  # GOV 2006-2009 in the lists; finance minister in 1987
    assert wilson.role_on("1987-03-02") == "GOV" and wilson.role_on("2012-01-01") is None


def test_rollup_and_unresolved_stub(seed_run, tmp_path):
    ex, _ = seed_run
    by_org = rollup(ex.mentions, "organization")
    assert "USA-adrienne-watson" not in set(by_org.actor_id) and "USA-NSC" in set(by_org.actor_id)
    by_country = rollup(ex.mentions, "country")
    assert "USA-WH" not in set(by_country.actor_id)
    r = views.rolled_up(ex, "country")
    assert ("PRK", "RUS") in set(zip(r.edges.actor_a, r.edges.actor_b))
    u = unresolved_table(ex.mentions, ex.articles, ex.sentences)
    assert "Vladivostok" in set(u.text) and u.example.notna().all()
    stub = tmp_path / "stub.yaml"
    stub.write_text(registry_stub(u))
    assert {"Vladivostok"} <= {a.name for a in parse_registry(stub).values()}
    with pytest.raises(ValueError):
        rollup(ex.mentions, "continent")


def test_pattern_words_equal_the_tokenizer_on_every_registry_name(nlp):
    """The registry matcher's direct pattern build gives the tokenizer's tokens for every shipped name (and
    falls back to it for the rest), so no registered name stops matching."""
    names = sorted({v for a in load_registry().actors.values() for alias in [a.name, *a.aliases]
                    for v in surface_variants(alias) if v.strip()})
    assert len(names) > 40_000
    for n in names + ["cannot", "Dont Stop", "O'Neill", "Kim Jong-un", "G7"]:
        assert pattern_words(nlp, n) == [t.text for t in nlp.make_doc(n)], n


def test_name_index_finds_what_the_phrase_matcher_finds(nlp):
    """NameIndex replaces spaCy's PhraseMatcher (ORTH) for registered names: the same (id, start, end) matches,
    nested and overlapping ones and one name shared by two ids included."""
    from spacy.matcher import PhraseMatcher

    names = {("Kim", "Jong", "Un"): ["PRK-kim"], ("Kim",): ["X-kim", "Y-kim"], ("Jong", "Un"): ["Z"],
             ("North", "Korea"): ["PRK"], ("Korea",): ["KOR"], ("U.S.",): ["USA"], ("KIM", "JONG", "UN"): ["PRK-kim"]}
    pm = PhraseMatcher(nlp.vocab, attr="ORTH")
    for words, ids in names.items():
        for aid in ids:
            pm.add(aid, [nlp.make_doc(" ".join(words))])
    doc = nlp.make_doc("Kim Jong Un met U.S. envoys in North Korea. KIM JONG UN and Kim, Korea, kim jong un.")
    want = sorted((nlp.vocab.strings[m], s, e) for m, s, e in pm(doc))
    got = NameIndex(names)(doc)
    assert sorted(got) == want and len(got) == len(want) == 11


def test_the_shipped_registry_reads_as_json_and_yaml_alike(tmp_path):
    """The default registry is JSON under comment lines (read by json.loads, no YAML parsing); a registry written
    so holds the same actors whether JSON or YAML reads it, control characters and quotes included."""
    import yaml

    from analysis.registry import dump_json_registry, json_document, read_registry
    from analysis.registry.model import DEFAULT_REGISTRY

    assert json_document(DEFAULT_REGISTRY.read_text(encoding="utf-8"))["actors"]
    actors = [{"id": "X-a", "name": "A\x85b \"quoted\" Ünïcode", "type": "person", "aliases": ["A'b", "#x"],
               "roles": [{"role": "GOV", "from": "2001-01-01", "to": None}]}]
    text = dump_json_registry("# a comment\n# another\n", actors)
    assert json_document(text) == yaml.safe_load(text) == {"actors": actors}
    p = tmp_path / "r.yaml"
    p.write_text(text, encoding="utf-8")
    assert read_registry(p)[0]["X-a"].name == actors[0]["name"]
    assert json_document("actors: []") is None and json_document("# c\n{broken") is None


def test_an_edited_registry_takes_effect_on_the_next_run(tmp_path):
    """A user edits their registry and runs again (same process, same output folder): the tables follow the
    edit, not the memoized registry or the tables of the last run."""
    from analysis.extract import ExtractParams, run_extract

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Talks\n\nJane Quix met Vladimir Putin in Moscow, officials said.",
                                           encoding="utf-8")
    reg = tmp_path / "reg.yaml"
    reg.write_text("actors:\n  - id: XX-quix\n    name: Jane Quix\n    type: person\n    country: FRA\n", "utf-8")
    p = ExtractParams(registry=str(reg), n_process=1)
    a = run_extract([str(tmp_path / "in")], tmp_path / "out", p, progress=False, cache_dir=tmp_path / "cache")
    assert set(a.mentions[a.mentions.actor_id == "XX-quix"].country) == {"FRA"}
    reg.write_text("actors:\n  - id: XX-quix\n    name: Jane Quix\n    type: person\n    country: DEU\n"
                   "    aliases: [Jane Quix, Quix]\n  - id: XX-moscow-talks\n    name: Moscow talks\n"
                   "    type: organization\n    aliases: [Vladimir Putin Fan Club]\n", "utf-8")
    b = run_extract([str(tmp_path / "in")], tmp_path / "out", p, progress=False, cache_dir=tmp_path / "cache",
                    reuse=True)
    assert set(b.mentions[b.mentions.actor_id == "XX-quix"].country) == {"DEU"}
