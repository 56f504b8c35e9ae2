"""Settings for the test suite: test mode and a throwaway NETRA_HOME, then the real settings."""

import os
import tempfile

os.environ.setdefault("NETRA_TESTING", "True")
os.environ.setdefault("NETRA_HOME", tempfile.mkdtemp(prefix="netra-test-"))

from netra.web.settings import *  # noqa: F403

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher"
]  # speed only; never in production
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
