"""The pinyin table stored in the knowledge database (so answering never loads pypinyin)."""

from __future__ import annotations

import unicodedata


def pinyin_table() -> dict[str, str]:
    """Every character's toneless common reading, from pypinyin's character table.

    Used when the knowledge database is built; the program then reads the table from the
    database, so answering never loads pypinyin (which costs ~50 MB).
    """
    from pypinyin.pinyin_dict import pinyin_dict

    table = {}
    for code, readings in pinyin_dict.items():
        first = readings.split(",")[0]
        table[chr(code)] = "".join(c for c in unicodedata.normalize("NFKD", first) if c.isascii())
    return table
