from django.urls import path

from netra.dashboard import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
]
