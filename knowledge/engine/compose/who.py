"""Who does a task: the owners of the task phrases or terms the question names."""

from __future__ import annotations

import re

from ...text.langs import Lang, fold
from ..answer import Answer
from ..linker import Mention
from ..phrases import say
from .base import Base, inline, join, space, task_text


class WhoComposer(Base):
    def who(
        self, question, lang: Lang, mentions: list[Mention], asked_what: bool = False
    ) -> Answer | None:
        """`asked_what`: the question asked what a task is ("what is a press conference"),
        which the articles do not explain on its own: said first, then whose work it is."""
        kb = self.kb
        owners: list[str] = []
        about: list[str] = []
        tasks = [m for m in mentions if m.via == "task"]

        # The surest mention first: a term named exactly ("slogan") beats a half-matched task;
        # then the task phrases; a job's name last ("who swaps resources with other brands" is
        # not brand).
        # (a job whose work is named in more places is the likelier owner: "联系记者、准备新闻
        # 通稿" twice PR's, beside one launch event of marketing planning's)
        spans: dict[str, set[tuple[int, int]]] = {}
        for m in tasks:
            spans.setdefault(m.entry_id, set()).add((m.start, m.end))

        def rank(m: Mention) -> tuple[int, int, float]:
            entry = kb.entries[m.entry_id]
            if entry.kind == "term" and entry.handled_by and m.score >= 0.9:
                return 0, 0, -m.score
            if m.via == "task":
                return 1, -len(spans[m.entry_id]), -m.score
            return 2, 0, -m.score

        for m in sorted(mentions, key=rank):
            entry = kb.entries[m.entry_id]
            if m.via == "task" or entry.is_job:
                owners.append(m.entry_id)
            elif entry.kind == "term" and entry.handled_by:
                owners += list(entry.handled_by)
                about.append(m.entry_id)
        owners = list(dict.fromkeys(owners))
        about = list(dict.fromkeys(about))  # ("post-mortem (复盘)": one word, named twice)
        if not owners:
            return None
        main = owners[0]
        best_task = max(tasks, key=lambda m: m.score).text if tasks else ""
        task = task_text(best_task, lang) or (
            kb.name(about[0], lang) if about else kb.name(main, lang)
        )
        others = owners[1:3]
        lead = (
            say(
                "who_lead_many",
                lang,
                owner=inline(kb.name(main, lang)),
                others=join([inline(kb.name(o, lang)) for o in others], lang),
            )
            if others
            else say("who_lead_one", lang, owner=inline(kb.name(main, lang)))
        )
        team = self._team_of(main) if _TEAM_ASKED.search(fold(question[:200])) else None
        # Found by its words, not by a task named: the job's own name is no task to title with.
        found_by_words = not best_task and not about
        title = say("who_title_this", lang) if found_by_words else say("who_title", lang, task=task)
        if asked_what and tasks and not about:
            lead = say("who_asked_what", lang, task=task, owner=kb.name(main, lang))
            title = task[:1].upper() + task[1:]
        elif team:
            # "公司的微博账号是哪个部门在管": the department asked for, and its role that does it
            lead = say(
                "who_lead_team",
                lang,
                team=inline(kb.name(team, lang)),
                owner=inline(kb.name(main, lang)),
            )
            owners = [team, *owners]
        lead = f"{lead}{space(lang)}{kb.text(main, 'summary', lang)}"
        bullets = kb.items(main, "details", lang)[:2]
        bullets += self.measured(main, lang)
        ans = self.base(
            question,
            lang,
            "who",
            main,
            title,
            lead,
            bullets,
            [main, *about],
        )
        ans.topics = owners[:3] + about
        ans.followups = [self.topic_link(o, lang) for o in owners[:3]] + [
            self.into_link(main, lang)
        ]
        return ans

    def _team_of(self, role: str) -> str | None:
        """The department a role works in: the one related both ways, or of those the one whose
        name it shares (新媒体运营: 新媒体部, not 运营部)."""
        entries = self.kb.entries
        if entries[role].kind != "role":
            return None
        teams = [
            d
            for d in entries[role].related
            if d in entries and entries[d].kind == "department" and role in entries[d].related
        ]
        own = entries[role].name.get("zh")[:2]
        named = [d for d in teams if own and entries[d].name.get("zh")[:2] == own]
        return (named or (teams if len(teams) == 1 else [None]))[0]


# The question asks which department or team, not which job.
_TEAM_ASKED = re.compile(
    r"(哪个|哪一个|什么|啥|哪|边个|哪些)(部门|团队|组|team|部(?!分))"
    r"|\b(which|what) (team|department|dept|division)s?\b"
)
