"""Words that judge an actor: the appraisal lexicon the stance rules read beside VADER's (``roles``, ``judgments``)."""
from __future__ import annotations

# words that judge an actor's conduct, character, competence or proposals (appraisal theory's "judgment"), as
# opposed to words that rate how things stand ("growth", "strong", "unemployment", "great race", "special"): only
# these, said of the target, let the sentence's tone stand for the speaker's side toward an actor (issue 27; on
# 25 BBC rows whose side came from the tone alone, 4 were right)
JUDGMENT_AGAINST = frozenset({
    "wrong", "inappropriate", "unacceptable", "irresponsible", "reckless", "dishonest", "corrupt", "incompetent",
    "disgraceful", "shameful", "shameless", "outrageous", "appalling", "scandalous", "ridiculous", "absurd",
    "nonsense", "misleading", "hypocritical", "hypocrisy", "arrogant", "arrogance", "foolish", "stupid", "naive",
    "illegal", "unlawful", "unfair", "biased", "corruption", "racist", "sexist", "bigoted", "liar", "liars", "lying", "thug",
    "thugs", "cowardly", "coward", "cynical", "cynicism", "deceitful", "deceive", "betray", "betrayal", "mislead",
    "mismanage", "mismanaged", "mismanagement", "abuse", "exploit", "bully", "bullying", "blunder", "blunders",
    "failure", "failures", "fail", "failed", "failing", "disastrous", "shambles", "feeble", "pathetic", "dangerous",
    "extremist", "aggressive", "aggression", "provocative", "provocation", "hostile", "undermine", "undermining",
    "destructive", "flawed", "misguided", "mistake", "mistaken", "mistakes", "blame", "blamed", "guilty", "scandal",
    "sleaze", "smear", "deceptive", "complacent", "complacency", "arbitrary", "unjust", "unjustified", "deplorable",
    "despicable", "disgrace", "insult", "insulting", "offensive", "outrage", "irrational", "unreasonable",
    "unhelpful", "unconstitutional", "undemocratic", "authoritarian", "brutal", "brutality", "cruel", "ruthless",
    "greedy", "greed", "selfish", "lazy", "inept", "clueless", "divisive", "squabbling", "squabble", "infighting",
    "pretending", "pretend", "posturing", "gimmick", "stunt",
    "violation", "violations", "violate", "violates", "violated", "violating", "breach", "breaches", "flout",
    "flouting", "defy", "defying", "defiance", "reneged",
    # political pejoratives VADER does not rate ("he led a grubby government", "a pathological liar")
    "grubby", "sleazy", "shabby", "crooked", "shambolic", "spineless", "gutless", "squalid", "demagogue",
    "demagoguery", "bigot", "bigots", "hypocrite", "hypocrites", "disingenuous", "duplicitous", "untrustworthy",
    "unfit", "unqualified", "thuggish", "unaccountable", "sham", "scaremongering", "fearmongering", "draconian",
    "ineptitude", "incompetence", "dishonesty", "deceit", "pathological", "complicit", "negligent", "negligence",
    "culpable",
    # what a speaker calls a person ("called Trump a “blowhard”", "a psychopath", "unhinged", "third-rate")
    "blowhard", "psychopath", "sociopath", "narcissist", "narcissistic", "unhinged", "petulant", "third-rate",
    "clown", "buffoon", "charlatan", "crook", "fraudster", "scoundrel", "huckster", "phony", "phoney",
    "stooge", "lapdog", "embarrassment",
})
JUDGMENT_FOR = frozenset({  # not "responsible": "not criminally responsible" defends
    "correct", "sensible", "reasonable", "honest", "decent", "courageous", "brave", "bravery",
    "wise", "wisdom", "competent", "talented", "talent", "brilliant", "admirable", "hero", "heroes", "heroic",
    "legend", "genius", "integrity", "principled", "trustworthy", "credible", "credibility", "dedicated",
    "dedication", "visionary", "achievement", "achievements", "deserve", "deserved", "deserves", "deserving",
    "admire", "admired", "respected", "trust", "trusted", "praise", "praised", "applaud", "proud", "thank",
    "grateful", "congratulate", "congratulations", "statesmanlike", "inspiring", "inspirational",
    "tireless", "selfless", "dignified", "gracious", "pragmatic", "prudent", "exemplary", "commendable", "honourable",
    "honorable", "diligent", "steadfast", "resolute", "phenomenal", "decisive",
})
JUDGMENT = JUDGMENT_AGAINST | JUDGMENT_FOR
