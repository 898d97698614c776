"""Noise for rendered requests: keyboard typos, speech-recognition errors and spoken disfluency.

A request arrives as segments `(text, is_value)`; noise only touches the literal segments, so an
argument value the answer copies is never corrupted (the grounding rule in docs/data-format.md).
"""

import random

Segments = list[tuple[str, bool]]

# Neighbouring keys on a QWERTY keyboard, for substitution typos.
_KEYS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS: dict[str, str] = {}
for _r, _row in enumerate(_KEYS):
    for _i, _c in enumerate(_row):
        _near = _row[max(0, _i - 1) : _i] + _row[_i + 1 : _i + 2]
        for _other in (_r - 1, _r + 1):
            if 0 <= _other < len(_KEYS):
                _near += _KEYS[_other][max(0, _i - 1) : _i + 1]
        _NEIGHBOURS[_c] = _near

# Words a speech recogniser tends to mishear (never number words, which would change meaning).
_MISHEARD: dict[str, tuple[str, ...]] = {
    "to": ("too",),
    "there": ("their", "they're"),
    "their": ("there",),
    "right": ("write",),
    "weather": ("whether",),
    "message": ("massage",),
    "text": ("texts", "tex"),
    "lights": ("likes", "lice"),
    "light": ("like",),
    "alarm": ("a lawn", "alarms"),
    "timer": ("time her", "timers"),
    "play": ("pay", "plate"),
    "call": ("cole", "called"),
    "set": ("said", "sit"),
    "turn": ("tern",),
    "off": ("of",),
    "on": ("in",),
    "for": ("fore",),
    "remind": ("remained",),
    "email": ("e-mail", "emil"),
    "send": ("sand", "sent"),
    "my": ("mine",),
    "the": ("a", "da"),
    "a": ("uh", "the"),
    "please": ("pleas",),
    "music": ("muse egg",),
    "next": ("necks",),
    "order": ("odor",),
}

_FILLERS = ("uh", "um", "uhh", "like", "you know", "er", "hmm", "so", "I mean", "okay so")


def _typo_word(rng: random.Random, word: str) -> str:
    i = rng.randrange(len(word) - 1)
    op = rng.randrange(4)
    if op == 0:  # swap two neighbouring letters
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == 1:  # drop a letter
        return word[:i] + word[i + 1 :]
    if op == 2:  # double a letter
        return word[: i + 1] + word[i] + word[i + 1 :]
    near = _NEIGHBOURS.get(word[i].lower())
    return word[:i] + rng.choice(near) + word[i + 1 :] if near else word


def typos(rng: random.Random, segments: Segments, rate: float = 0.12) -> Segments:
    """Misspell about `rate` of the literal words (at least one when there is any to misspell)."""
    out: Segments = []
    for text, is_value in segments:
        if is_value:
            out.append((text, is_value))
            continue
        words = text.split(" ")
        for j, word in enumerate(words):
            if len(word) >= 3 and word.isalpha() and rng.random() < rate:
                words[j] = _typo_word(rng, word)
        out.append((" ".join(words), False))
    return out


def misheard(rng: random.Random, segments: Segments, rate: float = 0.3) -> Segments:
    """Transcribe like a speech recogniser: lowercase, no punctuation, some misheard words."""
    out: Segments = []
    for text, is_value in segments:
        if is_value:
            out.append((text, is_value))
            continue
        words = text.lower().replace(",", "").replace("?", "").replace("!", "").split(" ")
        for j, word in enumerate(words):
            options = _MISHEARD.get(word)
            if options and rng.random() < rate:
                words[j] = rng.choice(options)
        out.append((" ".join(words).rstrip("."), False))
    return out


def disfluent(rng: random.Random, segments: Segments, fillers: int = 2) -> Segments:
    """Add spoken fillers at spaces of the literal segments, and sometimes a restart."""
    out = list(segments)
    literal = [k for k, (text, is_value) in enumerate(out) if not is_value and " " in text]
    for _ in range(fillers if literal else 0):
        k = rng.choice(literal)
        text = out[k][0]
        spaces = [i for i, c in enumerate(text) if c == " "]
        i = rng.choice(spaces)
        out[k] = (f"{text[:i]} {rng.choice(_FILLERS)},{text[i:]}", False)
    first = out[0][0] if out and not out[0][1] else ""
    if first[:1].isalpha() and rng.random() < 0.5:  # restart: "set a, set a timer"
        words = first.split(" ")
        n = rng.randint(1, min(3, len(words)))
        out[0] = (" ".join(words[:n]).rstrip(",") + ", " + first, False)
    return out
