# syntax=docker/dockerfile:1
# CareerBot. Build and run (README, "Deploy"):
#   docker build -t careerbot .
#   docker run -d --restart unless-stopped -e TELEGRAM_BOT_TOKEN=... -v careerbot-data:/data careerbot
# tests/test_image.py runs these steps without Docker (as it says there), so keep to what it
# understands: one instruction a line, absolute paths under /app, /opt, /data and /tmp.

# Pinned to a full version: a rebuild next month gets the same Python. Raise it on purpose.
ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
# uv installs exactly uv.lock; the same version as the Makefile's UV_VERSION.
RUN pip install --no-cache-dir uv==0.13.9
ENV UV_PROJECT_ENVIRONMENT=/opt/venv UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never
WORKDIR /app
# The dependencies first, from the lock alone: this layer is rebuilt only when they change.
COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,target=/root/.cache/uv uv sync --locked --no-dev --no-install-project
# Then the code, installed into the same venv (not editable: /app is not in the final image).
COPY README.md ./
COPY knowledge ./knowledge
COPY bot ./bot
RUN --mount=type=cache,target=/root/.cache/uv uv sync --locked --no-dev --no-editable
# The knowledge base is checked and compiled here, outside the user-state volume.
ENV CAREERBOT_KB_CACHE_DIR=/opt/kb
RUN /opt/venv/bin/careerbot kb check
RUN /opt/venv/bin/careerbot kb build

FROM ${PYTHON_IMAGE}
# Owned by root, so the bot's user can read the code and the knowledge base but not change them.
COPY --from=build /opt/venv /opt/venv
COPY --from=build /opt/kb /opt/kb
RUN useradd --system --uid 10001 --user-group --no-create-home careerbot && install -d -o careerbot -g careerbot /data
# /data: user state only (state.db). The heartbeat is per container, so not on a shared volume.
# No token in a container is an error (one line, exit 2), not the terminal chat.
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 CAREERBOT_DATA_DIR=/data CAREERBOT_KB_CACHE_DIR=/opt/kb CAREERBOT_HEARTBEAT_FILE=/tmp/careerbot.heartbeat CAREERBOT_REQUIRE_TOKEN=1
USER careerbot
VOLUME /data
# Webhook mode only (CAREERBOT_WEBHOOK_URL, PORT): updates and /healthz.
EXPOSE 8080
# Polling: a heartbeat younger than 90 s; webhook: /healthz answers 200 (bot/health.py).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["careerbot", "health"]
# `docker run IMAGE` runs the bot; `docker run IMAGE tips send`, `... -it IMAGE chat` the others.
ENTRYPOINT ["careerbot"]
