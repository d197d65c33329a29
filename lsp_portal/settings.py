"""Settings for LSP Portal, read from the environment.

Every setting a deployment changes comes from an environment variable (see README,
"Settings"). Without any, the portal runs on a laptop: SQLite and a filesystem Celery
queue under ./var, e-mail printed to the console.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. With DEBUG off (production) the portal refuses to start "
            "without one: set SECRET_KEY to a long random string, or set DEBUG=1 on a laptop."
        )
    SECRET_KEY = "django-insecure-laptop-only-key-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "guardian",
    "simple_history",
    "crispy_forms",
    "crispy_forms_gds",
    "accounts",
    "tenancy",
    "documents",
    "partnerships",
    "strategies",
    "laa",
    "scrutiny",
    # The top floor: what composes the apps (home page, navigation, demo data).
    "portal",
]

MIDDLEWARE = [
    # /healthz, first: it answers the machine's own checks over HTTP, by any host name.
    "lsp_portal.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Serves the collected static files (GOV.UK Frontend) in production, compressed.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks, so it sees the outcome of authentication.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lsp_portal.urls"
WSGI_APPLICATION = "lsp_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.portal",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------
# Connections persist between requests: opening one per request costs more than a
# whole simple page. Health checks drop a connection the server has closed.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    # A file, not memory, so that a Celery worker process sees the same test database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}
    DATABASES["default"]["OPTIONS"] = {"timeout": 20}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- People and sign-in -----------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's model backend, with the signed-in person read through the cache.
    "accounts.backends.UserBackend",
    # Sessions begun before UserBackend name this one; kept so that they stay signed in.
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:sign-in"
LOGIN_REDIRECT_URL = "partnerships:your-partnerships"
LOGOUT_REDIRECT_URL = "accounts:sign-in"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24
INVITATION_VALID_DAYS = int(os.environ.get("INVITATION_VALID_DAYS", "14"))

# Failed sign-ins are throttled per account and address (django-axes).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Django's sign-in form posts the email as "username"; count "Priya@" and "priya@" as one.
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "accounts.throttling.username_of"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("AXES_PROXY_COUNT", "0")) or None

# django-guardian: object grants only; anonymous users never hold any.
ANONYMOUS_USER_NAME = None
GUARDIAN_MONKEY_PATCH_USER = False

# --- Internationalisation ---------------------------------------------------
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
# Links typed without a scheme are https:// (the Django 6 default, chosen now).
FORMS_URLFIELD_ASSUME_HTTPS = True

# --- Static files and uploads -----------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
if not os.environ.get("STATIC_ROOT"):
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise expects it to exist
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "lsp_portal.storage.StaticFilesStorage"
    },
}
# Uploads and generated documents are served only through views that check permission.
MEDIA_URL = "/media-not-served/"

CRISPY_ALLOWED_TEMPLATE_PACKS = ["gds"]
CRISPY_TEMPLATE_PACK = "gds"
CRISPY_GDS_FRONTEND_VERSION = "5.8.0"

# --- E-mail -----------------------------------------------------------------
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if not os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "LSP Portal <no-reply@lsp-portal.localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Links in e-mails sent by scheduled tasks, which have no request to take an address from.
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "http://127.0.0.1:8000")

# --- Celery -----------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
CELERY_QUEUE_DIR = VAR_DIR / "celery-queue"
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS = {}
else:
    # A real broker on a laptop with nothing installed: messages are files in var/.
    CELERY_BROKER_URL = "filesystem://"
    for folder in (CELERY_QUEUE_DIR, VAR_DIR / "celery-processed", VAR_DIR / "celery-control"):
        folder.mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_QUEUE_DIR),
        "data_folder_out": str(CELERY_QUEUE_DIR),
        "processed_folder": str(VAR_DIR / "celery-processed"),
        "store_processed": False,
        # Otherwise kombu writes its exchange files to ./control in the checkout.
        "control_folder": str(VAR_DIR / "celery-control"),
    }
# Results live in our own tables (Document.status); Celery keeps none.
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_BACKEND = None
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# A task is acknowledged only when it has finished, and handed back to the queue if
# the worker running it dies, so a killed worker loses no job.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = "celery"
CELERY_TASK_ROUTES = {"documents.tasks.render_document": {"queue": "pdf"}}
CELERY_WORKER_MAX_MEMORY_PER_CHILD = int(os.environ.get("CELERY_MAX_MEMORY_KB", "400000"))

# PDF rendering (documents.renderer). The child process that renders one document is
# limited in memory and CPU so a pathological document fails its own job only.
PDF_RENDER_MEMORY_MB = int(os.environ.get("PDF_RENDER_MEMORY_MB", "1536"))
PDF_RENDER_CPU_SECONDS = int(os.environ.get("PDF_RENDER_CPU_SECONDS", "120"))
PDF_RENDER_WALL_SECONDS = int(os.environ.get("PDF_RENDER_WALL_SECONDS", "180"))
PDF_MAX_ATTEMPTS = 3
# A render claims its document for this long; past it the reconciler re-queues it.
PDF_LEASE_SECONDS = int(os.environ.get("PDF_LEASE_SECONDS", str(PDF_RENDER_WALL_SECONDS + 60)))
# A document queued for longer than this without a worker picking it up is re-sent.
PDF_STALE_QUEUED_SECONDS = int(os.environ.get("PDF_STALE_QUEUED_SECONDS", "300"))
PDF_RECONCILE_EVERY_SECONDS = int(os.environ.get("PDF_RECONCILE_EVERY_SECONDS", "60"))
# Renders work in folders here; the reconciler removes those a killed worker left.
PDF_WORK_DIR = os.environ.get("PDF_WORK_DIR", str(VAR_DIR / "pdf-work"))

# Figure imports (laa.services.figure_import_run) are leased the same way (lsp_portal.jobs).
# Each thousand rows checked renews the lease, so it need only outlast reading the file
# and saving the figures, not the whole check.
IMPORT_MAX_ATTEMPTS = 3
IMPORT_LEASE_SECONDS = int(os.environ.get("IMPORT_LEASE_SECONDS", "120"))
IMPORT_STALE_QUEUED_SECONDS = int(os.environ.get("IMPORT_STALE_QUEUED_SECONDS", "120"))
IMPORT_RECONCILE_EVERY_SECONDS = int(os.environ.get("IMPORT_RECONCILE_EVERY_SECONDS", "60"))

# Redis hands an unacknowledged message back after the visibility timeout. It must be
# longer than the longest render, or a slow job would run twice at once; the
# reconciler, not this timeout, is what brings back the job of a killed worker.
CELERY_BROKER_TRANSPORT_OPTIONS.setdefault(
    "visibility_timeout", int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "3600"))
)
CELERY_BEAT_SCHEDULE = {
    "reconcile-documents": {
        "task": "documents.tasks.reconcile_documents",
        "schedule": PDF_RECONCILE_EVERY_SECONDS,
    },
    "reconcile-figure-imports": {
        "task": "laa.tasks.reconcile_figure_imports",
        "schedule": IMPORT_RECONCILE_EVERY_SECONDS,
    },
    "board-pack-notices": {
        "task": "partnerships.tasks.send_pack_notices",
        "schedule": 60,  # a due notice goes within a minute; each is sent once
    },
    "strategy-reminders": {
        "task": "strategies.tasks.send_strategy_reminders",
        "schedule": 6 * 60 * 60,  # four times a day; each reminder is still sent once
    },
}
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")

# --- Cache and sessions -----------------------------------------------------
# With Redis, the cache is Redis: every web process and worker sees one cache, so a
# role ended in one process is refused by all of them on the next request. It shares
# Celery's Redis database under its own key prefix (the portal never flushes the
# database). Without Redis (a laptop), a per-process memory cache, and nothing about
# sessions or access is kept in it: one process could not tell the others.
CACHE_URL = os.environ.get("CACHE_URL", REDIS_URL)
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "lsp_portal.redis_cache.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "lsp-portal"),
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
    # Sessions are read from the cache and written through to the database: durable,
    # so flushing or restarting Redis signs nobody out (with the "cache" engine it
    # would), and a sign-out deletes both copies.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# How long a person's roles and an LSP's row are kept between requests (flushed on every
# write; tenancy.caches). 0 reads them from the database on every request.
TENANCY_CACHE_SECONDS = int(os.environ.get("TENANCY_CACHE_SECONDS", "300" if CACHE_URL else "0"))
if TENANCY_CACHE_SECONDS and not CACHE_URL:
    raise ImproperlyConfigured(
        "TENANCY_CACHE_SECONDS needs a shared cache (CACHE_URL or REDIS_URL): a memory cache "
        "per process would keep a role after another process ended it."
    )

# --- Security (production) --------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
