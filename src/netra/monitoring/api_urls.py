from django.urls import path

from netra.monitoring import api

urlpatterns = [
    path("activities", api.activities, name="api_activities"),
]
