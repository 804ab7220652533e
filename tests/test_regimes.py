"""Issue 27: what a speaker says came of someone's rule is a side on them ("higher taxes under Labour")."""
from tests.test_statements import run


def test_what_came_of_a_rule_is_a_side_on_the_ruler(nlp):
    """"more waste and higher taxes under Tony Blair and Gordon Brown" opposes both, "tax will go up under Labour"
    and "voters faced higher taxes under Labour" oppose Labour, "much better off under Labour" and "unemployment had
    fallen under Tony Blair" support; a treaty or a date one acts under is no ruler ("under the United Nations
    Convention", "founded under Tony Blair in 1998" says nothing good or bad)."""
    _, stance = run(nlp, "Taxes\n\nGeorge Osborne said: \"There will be a simple choice at the election - value for "
                         "money and lower taxes with the Conservatives, or more waste and higher taxes under Tony "
                         "Blair and Gordon Brown.\"\n\nMichael Howard said: \"Everyone knows tax will go up under "
                         "Labour.\" Charles Kennedy insisted that voters faced higher taxes and means-testing under "
                         "Labour.\n\nJohn Prescott said the typical family has been much better off under Labour. "
                         "Alan Milburn said unemployment had fallen under Tony Blair.\n\nRobert Kilroy-Silk argued "
                         "Britain should take its fair share of asylum seekers under the United Nations Convention "
                         "on Human Rights. Jane Smith said the company was founded under Tony Blair in 1998.\n\nPeter Hain said "
                         "income tax will not go up under Labour.")
    got = {(s, t): p for s, t, p in zip(stance.speaker_name, stance.target_name, stance.polarity)
           if isinstance(t, str)}
    want = {("Osborne", "Blair"): -1, ("Osborne", "Brown"): -1, ("Howard", "Labour"): -1, ("Kennedy", "Labour"): -1,
            ("Prescott", "Labour"): 1, ("Milburn", "Blair"): 1}
    for (who, whom), side in want.items():
        assert [p for (s, t), p in got.items() if who in str(s) and whom in t] == [side], (who, whom, got)
    assert -1 not in [p for (s, t), p in got.items() if "Hain" in str(s)], got  # a rise denied is no charge
    for who in ("Kilroy-Silk", "Smith"):
        assert not [p for (s, _), p in got.items() if who in str(s) and p], (who, got)
