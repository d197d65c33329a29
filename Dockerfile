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
RUN DEBUG=1 python manage.py collectstatic --noinput \
    && useradd --system --home /app portal && mkdir -p "$VAR_DIR/media" && chown -R portal "$VAR_DIR"
USER portal
EXPOSE 8000
CMD ["gunicorn", "lsp_portal.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3"]
