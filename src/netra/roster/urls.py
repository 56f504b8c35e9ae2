from django.urls import path

from netra.roster import views

urlpatterns = [
    path("", views.asn_list, name="asn_list"),
    path("<int:pk>/", views.asn_detail, name="asn_detail"),
    path("<int:pk>/akun/", views.account_add, name="account_add"),
]
