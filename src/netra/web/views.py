"""Site-wide views: the landing redirect, the health check and friendly error pages."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET


def home(request: HttpRequest) -> HttpResponse:
    """The public landing page for visitors; the user's start page for the Satgas."""
    if not request.user.is_authenticated:
        return render(request, "public_home.html")
    if request.user.can_triage:
        return redirect("triage")
    return redirect("dashboard")


@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness plus a database round trip, for load balancers and uptime checks."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        return JsonResponse({"status": "galat", "database": False}, status=503)
    return JsonResponse({"status": "ok", "database": True})


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/403.html", status=403)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "errors/500.html", status=500)


def rate_limited(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """The Indonesian answer when a per-address rate limit trips."""
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"error": "Terlalu banyak permintaan; coba lagi sebentar lagi."}, status=429
        )
    return render(request, "errors/429.html", status=429)
