from django.urls import path

from netra.guidance import views

urlpatterns: list = [
    path("cek/", views.selfcheck, name="selfcheck"),
    path("aturan/", views.rules, name="rules"),
]
