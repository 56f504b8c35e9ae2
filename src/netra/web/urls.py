"""URL map of the workspace and the public portal."""

from django.contrib import admin
from django.urls import include, path

from netra.web import views

urlpatterns = [
    path("", views.home, name="home"),
    path("", views.home, name="public_home"),
    path("healthz", views.healthz, name="healthz"),
    path("akun/", include("netra.accounts.urls")),
    path("asn/", include("netra.roster.urls")),
    path("temuan/", include("netra.monitoring.urls")),
    path("kasus/", include("netra.cases.urls")),
    path("dasbor/", include("netra.dashboard.urls")),
    path("ekspor/", include("netra.exports.urls")),
    path("api/v1/", include("netra.monitoring.api_urls")),
    path("api/v1/", include("netra.guidance.api_urls")),
    path("lapor/", include("netra.portal.urls")),
    path("", include("netra.guidance.urls")),
    path("admin/", admin.site.urls),
]

handler403 = "netra.web.views.forbidden"
handler404 = "netra.web.views.not_found"
handler500 = "netra.web.views.server_error"
