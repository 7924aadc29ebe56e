"""Make generated text look typed on a phone: emoji, chat spelling, small typos.

Everything here is driven by the numpy Generator passed in, so it stays deterministic.
"""
from __future__ import annotations

import numpy as np

# chat spellings that real Dutch posts use (the sentiment lexicon knows them too)
CHAT = {
    "niet": "nie", "echt": "egt", "gewoon": "gwn", "even": "ff", "trouwens": "btw",
    "helemaal": "helemaal", "natuurlijk": "natuurlijk", "jullie": "jullie", "wat": "wat",
    "ook": "ook", "dat": "da", "weet": "weet", "bedankt": "bedankt", "precies": "precies",
    "inderdaad": "idd", "vanavond": "vanavond", "alvast": "alvast", "heel": "heel",
    "helaas": "helaas", "nog": "nog", "misschien": "mss", "iets": "iets",
}
CHAT = {k: v for k, v in CHAT.items() if k != v}


def _typo_in_word(word: str, rng: np.random.Generator) -> str:
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    if len(letters) < 4:
        return word
    i = letters[int(rng.integers(1, len(letters) - 1))]
    kind = int(rng.integers(0, 3))
    if kind == 0 and i + 1 < len(word) and word[i + 1].isalpha():   # swap two letters
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:                                                   # drop a letter
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]                            # double a letter


def roughen(text: str, rng: np.random.Generator, p_chat=0.25, p_typo=0.2, p_lower=0.3,
            protect=()) -> str:
    """Apply chat spelling, at most one typo, and sometimes drop the capital or final dot."""
    words = text.split(" ")
    if rng.random() < p_chat:
        words = [CHAT.get(w, w) if rng.random() < 0.7 else w for w in words]
    if rng.random() < p_typo:
        candidates = [j for j, w in enumerate(words)
                      if len(w) >= 5 and w.isalpha() and w.lower() not in protect]
        if candidates:
            j = candidates[int(rng.integers(len(candidates)))]
            words[j] = _typo_in_word(words[j], rng)
    out = " ".join(words)
    if rng.random() < p_lower and out[:1].isupper() and not out.startswith(("Trapkracht", "Snelwiel", "Velox")):
        out = out[0].lower() + out[1:]
    if rng.random() < 0.3 and out.endswith("."):
        out = out[:-1]
    return out


def sprinkle(rng: np.random.Generator, bank: list[str], k_max: int = 3, p: float = 0.6) -> str:
    """0..k_max emoji from a bank (sometimes repeated, as people do)."""
    if rng.random() >= p:
        return ""
    k = int(rng.integers(1, k_max + 1))
    chosen = [bank[int(i)] for i in rng.integers(0, len(bank), size=k)]
    if rng.random() < 0.2:
        chosen = chosen[:1] * int(rng.integers(2, 4))
    return "".join(chosen)
