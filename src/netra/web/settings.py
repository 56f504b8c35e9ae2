"""Settings for the netra workspace and portal: one file, configured by environment variables.

NETRA_HOME holds the SQLite database, evidence files and exports (default ./var). DATABASE_URL
switches to PostgreSQL. NETRA_DEBUG=True is for development only; without it a secret key must be
given in NETRA_SECRET_KEY (or a file NETRA_HOME/secret.key, created by `netra migrate`).
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from netra.web.env import env_bool, env_int, env_list

BASE_DIR = Path(__file__).resolve().parent.parent
NETRA_HOME = Path(os.environ.get("NETRA_HOME", "var")).resolve()
EVIDENCE_ROOT = NETRA_HOME / "evidence"
EXPORT_ROOT = NETRA_HOME / "exports"

DEBUG = env_bool("NETRA_DEBUG", False)
NETRA_TESTING = env_bool("NETRA_TESTING", False)


def _secret_key() -> str:
    key = os.environ.get("NETRA_SECRET_KEY")
    if key:
        return key
    key_file = NETRA_HOME / "secret.key"
    if key_file.exists():
        return key_file.read_text().strip()
    if DEBUG or env_bool("NETRA_TESTING", False):
        return "development-only-not-secret"
    raise ImproperlyConfigured(
        "NETRA_SECRET_KEY belum diisi. Jalankan `netra migrate` (membuat var/secret.key) "
        "atau isi variabel lingkungan NETRA_SECRET_KEY."
    )


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("NETRA_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("NETRA_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "netra.accounts",
    "netra.audit",
    "netra.roster",
    "netra.elections",
    "netra.monitoring",
    "netra.cases",
    "netra.dashboard",
    "netra.exports",
    "netra.portal",
    "netra.guidance",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "netra.accounts.middleware.OtpRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "netra.web.urls"
WSGI_APPLICATION = "netra.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "web" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "netra.accounts.context.role",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{NETRA_HOME / 'netra.sqlite3'}",
        conn_max_age=env_int("NETRA_DB_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    NETRA_HOME.mkdir(parents=True, exist_ok=True)
    # WAL and a busy timeout let the server and a batch job share the file without "locked" errors.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Lockout: five failures lock the username from that address for 30 minutes.
AXES_FAILURE_LIMIT = env_int("NETRA_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 0.5
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
OTP_TOTP_ISSUER = "netra"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 8 * 3600
SESSION_COOKIE_SECURE = env_bool("NETRA_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Strict CSP: no inline script or style anywhere; htmx and the charts are static files.
from django.utils.csp import CSP  # noqa: E402

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}

LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia")]
TIME_ZONE = os.environ.get("NETRA_TIME_ZONE", "Asia/Jakarta")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = NETRA_HOME / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
STATICFILES_DIRS = [BASE_DIR / "web" / "static"]
WHITENOISE_USE_FINDERS = True

# Uploads: evidence files up to 20 MB each; larger bodies are refused before they reach a view.
NETRA_EVIDENCE_MAX_BYTES = env_int("NETRA_EVIDENCE_MAX_MB", 20) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 25 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
NETRA_API_MAX_RECORDS = env_int("NETRA_API_MAX_RECORDS", 5000)

# Public reports (/lapor/): limits shown on the form, and per-address rates (django-ratelimit):
# SUBMIT counts stored reports, ATTEMPT every POST of the form, LOOKUP every code tried.
NETRA_PORTAL_MAX_FILES = env_int("NETRA_PORTAL_MAX_FILES", 5)
NETRA_PORTAL_MAX_FILE_MB = env_int("NETRA_PORTAL_MAX_FILE_MB", 10)
NETRA_PORTAL_MAX_TOTAL_MB = env_int("NETRA_PORTAL_MAX_TOTAL_MB", 30)
NETRA_PORTAL_MAX_IMAGE_PIXELS = env_int("NETRA_PORTAL_MAX_IMAGE_PIXELS", 60_000_000)
NETRA_PORTAL_SUBMIT_RATE = os.environ.get("NETRA_PORTAL_SUBMIT_RATE", "5/h")
NETRA_PORTAL_ATTEMPT_RATE = os.environ.get("NETRA_PORTAL_ATTEMPT_RATE", "30/h")
NETRA_PORTAL_LOOKUP_RATE = os.environ.get("NETRA_PORTAL_LOOKUP_RATE", "10/m")
NETRA_PORTAL_FOLLOWUP_RATE = os.environ.get("NETRA_PORTAL_FOLLOWUP_RATE", "10/h")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

if (
    not DEBUG
    and SECRET_KEY == "development-only-not-secret"
    and not env_bool("NETRA_TESTING", False)
):
    raise ImproperlyConfigured("Kunci rahasia pengembangan tidak boleh dipakai di produksi.")

# A database cache, shared by every server process, so rate limits hold across workers.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "netra_cache",
    }
}
# Rate limits key on the client address; behind a reverse proxy name the header it sets
# (for example HTTP_X_REAL_IP), or every visitor counts as the proxy.
if os.environ.get("NETRA_CLIENT_IP_HEADER"):
    RATELIMIT_IP_META_KEY = os.environ["NETRA_CLIENT_IP_HEADER"]
