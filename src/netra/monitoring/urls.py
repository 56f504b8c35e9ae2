from django.urls import path

from netra.monitoring import views

urlpatterns = [
    path("", views.triage, name="triage"),
    path("<int:pk>/", views.finding_detail, name="finding_detail"),
    path("tindakan/", views.triage_batch, name="triage_batch"),
    path("lapangan/", views.field_observation, name="field_observation"),
]
