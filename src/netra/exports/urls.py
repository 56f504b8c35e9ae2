from django.urls import path

from netra.exports import views

urlpatterns = [
    path("", views.export_start, name="export_start"),
    path("<int:pk>/", views.export_job, name="export_job"),
    path("<int:pk>/unduh/", views.export_download, name="export_download"),
    path("kasus/<int:pk>/berkas.<str:fmt>", views.case_dossier, name="case_dossier"),
]
