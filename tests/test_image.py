"""The Docker image's build steps, carried out without Docker (no Docker engine runs on our
machines or in CI).

The test reads the Dockerfile and does what each instruction says in a scratch directory that
stands for the image's filesystem: /app, /opt, /data and /tmp inside commands and settings point
into it. FROM, ARG, ENV, WORKDIR and COPY are followed; every RUN is run as written (less Docker's
--mount options), but for two that would change this machine rather than an image: installing uv
(the venv's own uv of the same version is used; checked) and creating the `careerbot` user (the
unprivileged uid 65534 stands for it, and owns /data). Installs are offline, from uv's cache,
which `make install` fills: a fresh venv from the lock in seconds, no network.

Then the image's program is started the way the image starts it (ENTRYPOINT, the final ENV, as
the unprivileged user, code and knowledge base owned by someone else): no token exits 2 with
one line; with the fake Bot API it answers, HEALTHCHECK's command passes, SIGTERM stops it
cleanly, and nothing but user state was written, all of it in /data.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shlex
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import TOKEN

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"
UV = Path(sys.executable).parent / "uv"
NOBODY = 65534
IS_ROOT = os.geteuid() == 0
# Absolute paths of the image that live in the scratch directory.
_IMAGE_PATH = re.compile(r"(?<![\w.$/-])/(?:app|opt|data|tmp)(?=[/\s:\"']|$)")


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, rest) for each instruction, continuation lines joined, comments dropped."""
    found, pending = [], ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        word, _, rest = (pending + line).partition(" ")
        found.append((word.upper(), rest.strip()))
        pending = ""
    return found


@dataclass
class Image:
    """What the Dockerfile made: the scratch root and the final stage's settings."""

    root: Path
    env: dict[str, str] = field(default_factory=dict)
    user: str = "root"
    froms: list[str] = field(default_factory=list)
    volumes: list[str] = field(default_factory=list)
    healthcheck: list[str] = field(default_factory=list)
    entrypoint: list[str] = field(default_factory=list)
    unprivileged: bool = False  # whether the program is run as another (unprivileged) user
    steps: list[str] = field(default_factory=list)  # what was done, in order, for assertions

    def path(self, image_path: str) -> Path:
        return self.root / image_path.lstrip("/")

    def map(self, text: str) -> str:
        return _IMAGE_PATH.sub(lambda m: str(self.root) + m.group(0), text)


def _expand(value: str, env: dict[str, str]) -> str:
    return re.sub(
        r"\$\{(\w+)\}|\$(\w+)", lambda m: env.get(m.group(1) or m.group(2), ""), value
    )


def _uv_version() -> str:
    out = subprocess.run([str(UV), "--version"], capture_output=True, text=True, check=True)
    return out.stdout.split()[1]


def build(root: Path, tools: Path, python: Path) -> Image:
    """Carry out the Dockerfile in `root` (see the module docstring), with `python` standing for
    the base image's interpreter (first on PATH, as /usr/local/bin/python is there)."""
    image = Image(root)
    args: dict[str, str] = {}
    base_path = f"{tools}:{python.parent}:/usr/local/bin:/usr/bin:/bin"
    env: dict[str, str] = {}
    workdir = "/"
    for word, rest in instructions(DOCKERFILE.read_text()):
        if word == "ARG":
            key, _, value = rest.partition("=")
            args[key] = value
        elif word == "FROM":
            image.froms.append(_expand(rest.split()[0], args))
            env, workdir, image.user = {"PATH": base_path}, "/", "root"
        elif word == "ENV":
            for pair in shlex.split(rest):
                key, _, value = pair.partition("=")
                env[key] = image.map(_expand(value, env))
        elif word == "WORKDIR":
            workdir = rest
            image.path(workdir).mkdir(parents=True, exist_ok=True)
        elif word == "COPY":
            _copy(image, rest, workdir)
        elif word == "RUN":
            _run(image, re.sub(r"--mount=\S+\s*", "", rest), env, workdir)
        elif word == "USER":
            image.user = rest
        elif word == "VOLUME":
            image.volumes.append(rest)
        elif word == "HEALTHCHECK":
            image.healthcheck = json.loads(rest.split(" CMD ", 1)[1])
        elif word == "ENTRYPOINT":
            image.entrypoint = json.loads(rest)
        image.steps.append(f"{word} {rest}")
    image.env = env
    return image


def _copy(image: Image, rest: str, workdir: str) -> None:
    parts = rest.split()
    if parts[0].startswith("--from="):
        # One scratch filesystem holds every stage: the files are already where they go.
        *sources, dest = parts[1:]
        for source in sources:
            assert image.path(source).exists() and source == dest, rest
        return
    *sources, dest = parts
    target = image.path(os.path.join(workdir, dest))
    for source in sources:
        src = ROOT / source
        if src.is_dir():
            shutil.copytree(
                src, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target / src.name)


def _run(image: Image, command: str, env: dict[str, str], workdir: str) -> None:
    pinned_uv = re.fullmatch(r"pip install (?:--no-cache-dir )?uv==(\S+)", command)
    if pinned_uv:
        assert pinned_uv.group(1) == _uv_version(), "Dockerfile's uv is not the venv's"
        return
    if "useradd" in command:
        for directory in re.findall(r"install -d (?:-[og] \S+ )*(/\S+)", command):
            made = image.path(directory)
            made.mkdir(parents=True, exist_ok=True)
            if IS_ROOT:
                os.chown(made, NOBODY, NOBODY)
        return
    # Offline from uv's cache: the test never reaches the network.
    run_env = {**env, "UV_OFFLINE": "1", "HOME": os.environ.get("HOME", "/root")}
    out = subprocess.run(
        image.map(command),
        shell=True,
        cwd=image.path(workdir),
        env=run_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    hint = ""
    if "uv sync" in command and "offline" in out.stderr.lower():
        hint = "uv's cache lacks a locked package: `make clean install` fills it\n"
    assert out.returncode == 0, f"RUN {command}\n{hint}{out.stdout}\n{out.stderr}"


def _tree(directory: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(directory)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(directory.rglob("*"))
        if not p.is_symlink()
    }


def _interpreter() -> tuple[Path, bool]:
    """A Python 3.11+ for the image's venv, and whether the unprivileged user can run it.

    Ours may live where that user cannot go (e.g. under /root with pyenv); the system's may do.
    """
    candidates = [Path(sys._base_executable), Path("/usr/local/bin/python3"), Path("/usr/bin/python3")]
    check = "import sys, sqlite3; sys.exit(sys.version_info < (3, 11))"
    if IS_ROOT:
        for python in candidates:
            try:
                ran = subprocess.run([str(python), "-c", check], capture_output=True, **as_image_user())
            except OSError:  # missing, or out of the unprivileged user's reach
                continue
            if ran.returncode == 0:
                return python, True
    return Path(sys._base_executable), False


@pytest.fixture(scope="module")
def image():
    if not UV.exists():
        pytest.skip("uv is installed by `make install`; this venv was made otherwise")
    # Under /tmp with mode 755, not pytest's tmp_path (700): the unprivileged user must reach it.
    scratch = Path(tempfile.mkdtemp(prefix="careerbot-image-"))
    scratch.chmod(0o755)
    tools = scratch / "tools"
    tools.mkdir()
    (tools / "uv").symlink_to(UV)
    root = scratch / "root"
    (root / "tmp").mkdir(parents=True)
    (root / "tmp").chmod(0o1777)
    python, unprivileged = _interpreter()
    try:
        start = time.monotonic()
        built = build(root, tools, python)
        built.steps.append(f"# built in {time.monotonic() - start:.1f}s")
        built.unprivileged = unprivileged
        if not unprivileged:  # cannot hand the code to another owner: make it read-only instead
            for path in [built.path("/opt"), *built.path("/opt").rglob("*")]:
                if not path.is_symlink():
                    path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        yield built
    finally:
        for path in scratch.rglob("*"):
            if not path.is_symlink():
                path.chmod(path.stat().st_mode | stat.S_IWUSR)
        shutil.rmtree(scratch, ignore_errors=True)


def as_image_user(image: Image | None = None) -> dict:
    """subprocess arguments to run as the unprivileged user, when we can switch to it."""
    wanted = IS_ROOT if image is None else image.unprivileged
    return {"user": NOBODY, "group": NOBODY, "extra_groups": []} if wanted else {}


def image_env(image: Image, **extra: str) -> dict[str, str]:
    """The final stage's environment, as `docker run -e ...` would give it."""
    return {**image.env, "HOME": str(image.path("/tmp")), **extra}


def test_dockerfile_is_pinned_cached_and_unprivileged():
    steps = instructions(DOCKERFILE.read_text())
    words = [f"{w} {r}" for w, r in steps]
    args = dict(r.partition("=")[::2] for w, r in steps if w == "ARG")
    assert re.fullmatch(r"python:\d+\.\d+\.\d+-slim(-\w+)?", args["PYTHON_IMAGE"])
    makefile_uv = re.search(r"^UV_VERSION := (\S+)", (ROOT / "Makefile").read_text(), re.M)
    assert f"uv=={makefile_uv.group(1)}" in DOCKERFILE.read_text()

    def first(prefix: str) -> int:
        return next(i for i, step in enumerate(words) if step.startswith(prefix))

    lock = first("COPY pyproject.toml uv.lock")
    deps = first("RUN --mount=type=cache,target=/root/.cache/uv uv sync --locked --no-dev --no-install-project")
    code = first("COPY bot")
    assert lock < deps < code < first("RUN /opt/venv/bin/careerbot kb build")
    user = [r for w, r in steps if w == "USER"]
    assert user and user[-1] not in ("root", "0")


def test_image_builds_offline_from_the_lock(image):
    assert image.froms == [image.froms[0]] * 2
    assert (image.path("/opt/venv/bin/careerbot")).exists()
    assert (image.path("/opt/kb/knowledge.db")).exists()
    assert not (image.path("/data/knowledge.db")).exists()
    assert image.volumes == ["/data"] and image.user == "careerbot"
    assert image.entrypoint == ["careerbot"]
    assert image.healthcheck == ["careerbot", "health"]
    # what is installed is what the lock says, and nothing for tests
    listed = subprocess.run(
        [
            str(image.path("/opt/venv/bin/python")),
            "-c",
            "import json, importlib.metadata as m;"
            "print(json.dumps({d.metadata['Name']: d.version for d in m.distributions()}))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    installed = {_norm(n): v for n, v in json.loads(listed.stdout).items()}
    # A universal lock may hold two versions of a package, one per Python range (numpy and
    # contourpy, for matplotlib): the installed one must be one of them.
    locked: dict[str, set[str]] = {}
    for p in tomllib.loads((ROOT / "uv.lock").read_text())["package"]:
        locked.setdefault(_norm(p["name"]), set()).add(p["version"])
    assert {n: v for n, v in installed.items() if v not in locked.get(n, set())} == {}
    assert "python-telegram-bot" in installed and "careerbot" in installed
    assert not {"pytest", "ruff", "hypothesis"} & set(installed)


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_image_without_a_token_exits_with_one_line(image):
    out = subprocess.run(
        image.entrypoint,
        env=image_env(image),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        cwd="/",
        **as_image_user(image),
    )
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "TELEGRAM_BOT_TOKEN" in out.stderr


async def test_image_runs_the_bot_read_only_and_keeps_state_in_data(image, fake):
    code_before = _tree(image.path("/opt"))
    env = image_env(image, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url)
    proc = subprocess.Popen(
        image.entrypoint,
        env=env,
        cwd="/",
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **as_image_user(image),
    )
    try:
        await fake.wait_for_calls("getUpdates", timeout=60)
        mark = fake.mark()
        fake.push_message(5001, "what does a media buyer do")
        calls = await fake.wait_for_calls("sendMessage", chat_id=5001, after=mark, timeout=20)
        assert "Media buyer" in calls[-1].params["text"]
        health = await asyncio.to_thread(
            subprocess.run,
            image.healthcheck,
            env=env,
            cwd="/",
            capture_output=True,
            text=True,
            timeout=30,
            **as_image_user(image),
        )
        assert health.returncode == 0, health.stderr
        proc.send_signal(signal.SIGTERM)
        await asyncio.to_thread(proc.wait, 30)
    finally:
        if proc.poll() is None:
            proc.kill()
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err.decode()
    assert _tree(image.path("/opt")) == code_before, "the code or knowledge base was written to"
    data = sorted(p.name for p in image.path("/data").iterdir())
    assert data and all(name.startswith("state.db") for name in data), data
