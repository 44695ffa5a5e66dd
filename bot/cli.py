"""`careerbot`: the bot, the terminal chat, one-off answers and knowledge-base maintenance.

Telegram is imported only by the commands that need it, so `careerbot ask` starts fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from bot.settings import Settings, SettingsError
from bot.store.db import StoreUnavailable
from knowledge.compiler.fresh import KnowledgeError
from knowledge.open import open_engine


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="careerbot", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--webhook-url",
        metavar="URL",
        help="run in webhook mode at this public URL (or set CAREERBOT_WEBHOOK_URL)",
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="run the bot (Telegram when TELEGRAM_BOT_TOKEN is set, else chat)")
    chat = sub.add_parser("chat", help="terminal chat with every feature")
    chat.add_argument("--jsonl", action="store_true",
                      help="one message a line on stdin, the reply's views as JSON a line")
    ask = sub.add_parser("ask", help="answer one question, or --jsonl questions from stdin")
    ask.add_argument("question", nargs="*", help="the question")
    ask.add_argument(
        "--jsonl",
        action="store_true",
        help='questions on stdin, one a line (plain, or {"q": ..., "session": ..., "lang": ...}); '
        "one JSON answer a line",
    )
    ask.add_argument("--lang", choices=("en", "zh-Hans", "zh-Hant"), help="answer in this language")
    kb = sub.add_parser(
        "kb",
        help="validate or compile the knowledge base; learn the question kinds from tests/eval",
    )
    kb.add_argument("action", choices=("check", "build", "learn"))
    tips = sub.add_parser("tips", help="daily tips")
    tips.add_argument("action", choices=("send",))
    tips.add_argument("--all", action="store_true", help="ignore the time of day")
    sub.add_parser("health", help="exit 0 if the running bot works (for HEALTHCHECK), else 1")
    sub.add_parser("stats", help="the figures of /stats")
    unanswered = sub.add_parser("unanswered", help="the latest unanswered questions")
    unanswered.add_argument("--csv", action="store_true", help="as CSV, with a header line")
    sub.add_parser("export", help="the whole user state as JSON lines on stdout")
    imp = sub.add_parser("import", help="user state from `careerbot export` on stdin")
    imp.add_argument("--replace", "--force", action="store_true",
                     help="delete the state there is and import (else a non-empty store refuses)")
    sub.add_parser("prune", help="delete logged questions older than CAREERBOT_LOG_DAYS days")
    args = parser.parse_args(argv)

    try:
        settings = Settings.from_env()
        if args.webhook_url:
            settings = settings.with_webhook(args.webhook_url)
        if args.command == "health":
            from bot.health import check as check_health

            healthy, why = check_health(settings)
            print(f"careerbot health: {why}", file=sys.stdout if healthy else sys.stderr)
            return 0 if healthy else 1
        if args.command in OPERATOR_COMMANDS:
            return _operator(args, settings)
        if args.command == "kb":
            return _kb(args.action, settings)
        if args.command == "ask":
            return _ask(args, settings)
        if args.command == "chat":
            return _chat(settings, announce=False, jsonl=args.jsonl)
        if args.command == "tips":
            from bot.features.tips.cli import send_due

            return send_due(settings, everyone=args.all)
        if settings.token and settings.webhook_url:
            from bot.webhook import run_webhook

            return run_webhook(settings)
        if settings.token:
            from bot.app import run

            return run(settings)
        if settings.require_token or settings.webhook_url:
            # A container (CAREERBOT_REQUIRE_TOKEN=1 in the image) has nobody at a terminal: a
            # chat there would exit 0 at once and a restart policy would loop on it.
            print(
                "careerbot: TELEGRAM_BOT_TOKEN is not set; get one from @BotFather "
                "(the terminal chat is `careerbot chat`)",
                file=sys.stderr,
            )
            return 2
        return _chat(settings, announce=True)
    except SettingsError as exc:
        print(f"careerbot: {exc}", file=sys.stderr)
        return 2
    except StoreUnavailable as exc:  # PostgreSQL unreachable or refusing us: one line
        print(f"careerbot: {exc}", file=sys.stderr)
        return 4
    except KnowledgeError as exc:
        print(
            f"careerbot: the knowledge base has problems; run `careerbot kb check`.\n{exc}",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `careerbot ask ... | head`: the reader left; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


OPERATOR_COMMANDS = ("stats", "unanswered", "export", "import", "prune")


def _operator(args, settings: Settings) -> int:
    """The operators' commands (bot/features/admin/cli.py): figures and the user state."""
    from bot.features.admin import cli as admin

    if args.command == "stats":
        return admin.stats(settings)
    if args.command == "unanswered":
        return admin.unanswered(settings, as_csv=args.csv)
    if args.command == "export":
        return admin.export(settings)
    if args.command == "import":
        return admin.import_(settings, replace=args.replace)
    return admin.prune(settings)


def _kb(action: str, settings: Settings) -> int:
    from knowledge.compiler.build import build
    from knowledge.compiler.check import check, load_all

    if action == "learn":
        from knowledge.compiler import kinds
        from knowledge.text.grams import shape_features

        for what, questions, path, features in (
            ("kinds", kinds.labelled_questions(), kinds.WEIGHTS, shape_features),
            ("jobs", kinds.labelled_jobs(), kinds.JOB_WEIGHTS, kinds.JOB_FEATURES),
            ("aspects", kinds.labelled_aspects(), kinds.ASPECT_WEIGHTS, shape_features),
            ("topics", kinds.labelled_topics(), kinds.TOPIC_WEIGHTS, shape_features),
        ):
            start = time.perf_counter()
            model = kinds.learn(questions, features=features)
            kinds.write(model, path)
            took = time.perf_counter() - start
            print(
                f"kb learn: {len(model['weights'])} features, {len(model['kinds'])} {what} "
                f"in {took:.1f}s -> {path}"
            )
        return 0
    if action == "check":
        problems = check(settings.kb_source)
        for problem in problems:
            print(problem)
        entries, _ = load_all(settings.kb_source)
        if problems:
            print(
                f"kb check: {len(problems)} problem(s) in {len(entries)} entries", file=sys.stderr
            )
            return 1
        print(f"kb check: {len(entries)} entries, no problems")
        return 0
    start = time.perf_counter()
    target = _knowledge_dir(settings) / "knowledge.db"
    counts = build(target, settings.kb_source)
    took = time.perf_counter() - start
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
    print(f"kb build: {sum(counts.values())} entries ({summary}) in {took:.2f}s -> {target}")
    return 0


def _knowledge_dir(settings: Settings) -> Path:
    """The directory of knowledge.db, created; the data directory when no other is set."""
    if settings.kb_cache_dir is None:
        return settings.ensure_data_dir()
    try:
        settings.kb_cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SettingsError(
            f"CAREERBOT_KB_CACHE_DIR={str(settings.kb_cache_dir)!r} cannot be made ({exc.strerror})"
        ) from exc
    return settings.kb_cache_dir


def _ask(args, settings: Settings) -> int:
    engine = open_engine(_knowledge_dir(settings), settings.kb_source)
    if args.jsonl:
        from bot.requests import Sessions, parse_line

        sessions = Sessions(engine)
        for line in sys.stdin:
            answer = sessions.answer(parse_line(line), lang=args.lang)
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        return 0
    question = " ".join(args.question)
    print(engine.answer(question, lang=args.lang).text)
    return 0


def _chat(settings: Settings, announce: bool, jsonl: bool = False) -> int:
    from bot.context import Services
    from bot.frontends import terminal
    from bot.storage import open_store

    settings.ensure_data_dir()
    engine = open_engine(_knowledge_dir(settings), settings.kb_source)
    store = open_store(settings.state_location)
    try:
        services = Services(settings, engine, store)
        return terminal.run_jsonl(services) if jsonl else terminal.run(services, announce)
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
