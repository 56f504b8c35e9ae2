"""WSGI entry point used by `netra serve` (gunicorn)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netra.web.settings")
application = get_wsgi_application()
