"""Everyday words that are also names of ours, meant otherwise: "the best brand of running
shoes" is a shoe brand, not the brand department; "brand ambassador", "品牌大使" are names of
something else that begin with one of ours. A thing named after "of" is ours when a word
that defines an entry names it (the linker's `vocab`); a word after a name is ours when our
texts use it anywhere (`used`), the wider set, since only a word we never use makes the two
one name of something else."""

from __future__ import annotations

import re

from ...text.langs import has_cjk
from ...text.stopwords import EN_STOP, ZH_STOP_BY_LENGTH
from ...text.tokens import search_tokens
from ..linker import Linker, Mention
from .words import QUALITIES_ZH

_OF_A_THING = re.compile(r" of (?:an? |the |my |our )?((?:[a-z]{3,} ){0,2}[a-z]{3,})\b")
# (and the words that go between a subject and its verb: "媒介老被放一起说", "公关又要…")
_NOT_A_NAME_CHAR = frozenset(
    "是的了吗呢吧啊呀嘛在有也都就还很太更最高低多少好坏难易快慢累忙老被又才只把给让算属归"
)
# Two characters that say how a thing is, glued to a name: "公关比品牌辛苦吗" weighs the brand
# department; 品牌辛苦 is no name of something else (nor 有前, of 有前途).
_SAYS_HOW = frozenset(QUALITIES_ZH) | {"有前"}
_ZH_STOP_START = re.compile("|".join(re.escape(w) for w in ZH_STOP_BY_LENGTH))


class Everyday:
    """Reads a name in its context against the words the knowledge base uses."""

    def __init__(self, linker: Linker):
        self.linker = linker

    def names_a_product(self, q: str, m: Mention) -> bool:
        """ "the best brand of running shoes": an everyday word of ours said of a thing we never
        speak of is that thing's brand (or campaign), not our job."""
        said = q[m.start : m.end]
        vocab = self.linker.vocab
        if m.via != "alias":
            return False
        if said.isalpha() and said.isascii() and " " not in said:
            thing = _OF_A_THING.match(q, m.end)
            head = thing.group(1).split()[-1] if thing else ""  # "running shoes": shoes
            return bool(head) and head not in EN_STOP and not set(search_tokens(head)) & vocab
        return False

    def begins_another_name(self, folded: str, m: Mention, text: str = "") -> bool:
        """Whether a name is followed at once by a word our articles never use, which makes
        the two one name of something else ("brand ambassador", "品牌大使"); not across a
        comma the matching form dropped ("brand and pr, interviewing for both")."""
        if m.via != "alias":
            return False
        after = folded[m.end : m.end + 24]
        vocab = self.linker.used
        said = folded[m.start : m.end]
        if " " not in said and (word := re.match(r" ([a-z][a-z\-]{2,})(?![a-z\-])", after)):
            w = word.group(1)
            if text and not re.search(
                rf"{re.escape(said)}\s+{re.escape(w)}(?![a-z])", text.lower()
            ):
                return False
            return w not in EN_STOP and not set(search_tokens(w)) & vocab
        pair = re.match(r"[\u4e00-\u9fff]{2}", after)
        if pair and len(said) == 2 and has_cjk(said):
            return (
                pair.group() not in vocab
                and not _ZH_STOP_START.match(pair.group())
                and pair.group()[0] not in "和跟与同及或比还对定"  # 定: Cantonese "or"
                and not set(pair.group()) & _NOT_A_NAME_CHAR  # "比推广高啊": 高 says how
                and pair.group() not in _SAYS_HOW
                and pair.group()[0] != pair.group()[1]  # "媒介傻傻分不清": a doubled word
            )
        return False
