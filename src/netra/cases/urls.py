from django.urls import path

from netra.cases import views

urlpatterns = [
    path("", views.case_list, name="case_list"),
    path("<int:pk>/", views.case_detail, name="case_detail"),
    path("<int:pk>/status/", views.case_move, name="case_move"),
    path("<int:pk>/catatan/", views.case_add_note, name="case_note"),
    path("<int:pk>/sanksi/", views.case_sanction, name="case_sanction"),
    path("<int:pk>/bukti/", views.case_evidence, name="case_evidence"),
    path("bukti/<int:pk>/", views.evidence_download, name="evidence_download"),
]
