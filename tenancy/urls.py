from django.urls import path

from tenancy import views

app_name = "tenancy"

urlpatterns = [
    path("accounts/invitations/<str:token>/", views.invitation_accept, name="invitation"),
]
