from django.urls import path

from netra.portal import views

urlpatterns = [
    path("", views.report_new, name="report_new"),
    path("tanda-terima/", views.report_receipt, name="report_receipt"),
    path("status/", views.report_status, name="report_status"),
    path("status/tambah/", views.report_followup_view, name="report_followup"),
    # The Satgas's actions on a report (signed in; shown on the finding and case pages).
    path("kelola/<int:pk>/kontak/", views.report_contact_view, name="report_contact"),
    path("kelola/<int:pk>/pesan/", views.report_message, name="report_message"),
    path("kelola/<int:pk>/cocokkan/", views.report_match, name="report_match"),
]
