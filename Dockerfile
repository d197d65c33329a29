# One image for the web server, the workers and beat (see docker-compose.yml).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 VAR_DIR=/var/lib/lsp-portal
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 \
       libharfbuzz-subset0 fontconfig \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.lock .
RUN pip install --no-cache-dir --requirement requirements.lock
COPY . .
# Collected with the production (manifest) storage: the same settings the image runs with.
RUN scripts/production.sh collectstatic \
    && useradd --system --home /app portal && mkdir -p "$VAR_DIR/media" && chown -R portal "$VAR_DIR"
USER portal
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
    CMD ["python", "scripts/healthcheck.py"]
# The commands of every process are in scripts/production.sh (see docker-compose.yml).
CMD ["scripts/production.sh", "web"]
