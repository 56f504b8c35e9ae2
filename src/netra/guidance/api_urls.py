from django.urls import path

from netra.guidance import api

urlpatterns: list = [
    path("check", api.check, name="api_check"),
]
