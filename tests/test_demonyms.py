"""Demonyms count as their state ("Russian", "North Koreans" → Russia, North Korea); UK nations and large
companies are registry actors (issues 28, 31)."""
import json

from analysis.extract import ExtractParams, run_extract
from analysis.registry import load_registry


def test_demonyms_fold_into_their_state(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    texts = ["Russian troops crossed the border on Monday, and the Ukrainian army said it would respond.",
             "North Koreans watched the parade. Microsoft and Toyota said sales rose in Wales and Scotland."]
    for i, t in enumerate(texts):
        (src / f"a{i}.json").write_text(json.dumps({"title": f"T{i}", "text": t}))
    ex = run_extract([str(src)], tmp_path / "out", ExtractParams(n_process=1), progress=False, cache_dir=False)
    m = ex.mentions.set_index("text")
    assert m.loc["Russian", "actor_id"] == "RUS" and m.loc["Russian", "resolution"] == "demonym"
    assert m.loc["Ukrainian", "actor_id"] == "UKR" and m.loc["North Koreans", "actor_id"] == "PRK"
    assert m.loc["Wales", "actor_id"] == "GBR-wales" and m.loc["Wales", "country"] == "GBR"
    assert m.loc["Microsoft", "actor_type"] == "organization" and m.loc["Microsoft", "country"] == "USA"
    assert "group:russian" not in set(ex.actors.actor_id)


def test_a_user_registry_declares_demonyms(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("actors:\n  - {id: XAT, name: Atlantis, type: state, country: XAT, aliases: [Atlantis],"
                    " demonyms: [Atlantean, Atlanteans]}\n", encoding="utf-8")
    reg = load_registry(str(path))
    assert reg.demonym("Atlanteans").id == "XAT" and reg.demonym("Russian").id == "RUS"
    assert reg.lookup("Atlantean") is None  # a demonym is not a name of the state


def test_particle_names_stay_whole(tmp_path):
    """'Ursula von der Leyen': the recognizer stops at the particle and tags "Leyen" a place; the name is one
    person, the registry's, spelt with its lower-case particles (issues 27, 29)."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("EU condemns Belarus\n\nBRUSSELS, March 3, 2025 — European Commission President "
                               "Ursula von der Leyen on Monday condemned Belarus for its role in the war.\n")
    ex = run_extract([str(src)], tmp_path / "out", ExtractParams(n_process=1), progress=False, cache_dir=False)
    people = ex.mentions[ex.mentions.label == "PERSON"]
    assert list(people.text) == ["Ursula von der Leyen"] and "Leyen" not in set(ex.mentions.text)
    said = ex.stance[ex.stance.target_actor_id == "BLR"]
    assert "Ursula von der Leyen" in set(said.speaker_name) and (said.polarity == -1).all()
