"""Second step of sign-in: a user with a confirmed TOTP device must enter a code first.

Install after `django_otp.middleware.OTPMiddleware`. Until the code is entered, every page except
the code page itself, sign-in, sign-out, static files, the health check and the bearer-token API
redirects to the code page (htmx requests are told to go there with HX-Redirect).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from netra.accounts.otp import needs_otp

OPEN_URL_NAMES = frozenset({"otp_verify", "login", "logout", "healthz"})
OPEN_PREFIXES = ("/api/",)


class OtpRequiredMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable, view_args: Any, view_kwargs: Any
    ) -> HttpResponse | None:
        if self._is_open(request) or not needs_otp(request):
            return None
        otp_url = reverse("otp_verify")
        if request.method == "GET":
            otp_url = f"{otp_url}?{urlencode({'next': request.get_full_path()})}"
        if request.headers.get("HX-Request"):
            response = HttpResponse(status=204)
            response["HX-Redirect"] = otp_url
            return response
        return HttpResponseRedirect(otp_url)

    @staticmethod
    def _is_open(request: HttpRequest) -> bool:
        match = request.resolver_match
        if match is not None and match.url_name in OPEN_URL_NAMES and not match.namespace:
            return True
        static = "/" + settings.STATIC_URL.lstrip("/")
        return request.path_info.startswith((*OPEN_PREFIXES, static))
