# CareerBot: a first image. The bot long-polls Telegram; set TELEGRAM_BOT_TOKEN at run time:
#   docker build -t careerbot . && docker run -e TELEGRAM_BOT_TOKEN=... -v careerbot:/data careerbot
FROM python:3.11-slim

WORKDIR /app
COPY pyproject.toml README.md ./
COPY knowledge ./knowledge
COPY bot ./bot
RUN pip install --no-cache-dir . \
    && useradd --create-home careerbot \
    && mkdir /data && chown careerbot /data

USER careerbot
# knowledge.db is rebuilt here from the packaged YAML when missing; state.db must persist.
ENV CAREERBOT_DATA_DIR=/data
VOLUME /data
CMD ["careerbot"]
