"""knowledge/text/langs.py: a long paste is cleaned from its start, as it would be whole."""

from __future__ import annotations

import random

from knowledge.text.langs import MAX_QUESTION_CHARS, _normalise, clean


def test_a_long_paste_cleans_as_it_would_whole():
    rng = random.Random(3)
    texts = [
        "".join(rng.choice("ab 汉字\t\n\x00é́ﬁ①　") for _ in range(rng.randint(1500, 5000)))
        for _ in range(300)
    ]
    texts.append(" " * 3000 + "what does a media buyer do")  # the question after a blank page
    for text in texts:
        assert clean(text) == _normalise(text)[:MAX_QUESTION_CHARS]
