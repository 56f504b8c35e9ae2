"""Users in the Django admin: role and OPD, and the monitor-needs-an-OPD rule as a form error."""

from __future__ import annotations

import pytest
from django.urls import reverse

from netra.accounts.forms import MONITOR_NEEDS_OPD, AdminUserChangeForm
from netra.accounts.models import Role, User
from tests.accounts.conftest import login

ADD_URL = reverse("admin:accounts_user_add")
LIST_URL = reverse("admin:accounts_user_changelist")


@pytest.fixture
def admin_client(client, world):
    login(client, world.admin.username)
    return client


def new_user(**extra) -> dict:
    return {
        "username": "pemantau_baru",
        "usable_password": "true",
        "password1": "kata-sandi-baru-yang-panjang",
        "password2": "kata-sandi-baru-yang-panjang",
        "first_name": "Pemantau",
        "last_name": "Baru",
        "email": "",
        **extra,
    }


def test_changelist_shows_role_and_opd(admin_client, world):
    response = admin_client.get(LIST_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pemantau OPD" in html
    assert "Dinas Pendidikan" in html
    assert "Dinas Kesehatan" in html


def test_changelist_filters_by_role(admin_client, world):
    response = admin_client.get(LIST_URL, {"role__exact": Role.OPD_MONITOR})
    usernames = {u.username for u in response.context["cl"].result_list}
    assert usernames == {world.monitor.username, world.other_monitor.username}


def test_add_monitor_without_opd_is_refused_clearly(admin_client, world):
    response = admin_client.post(ADD_URL, new_user(role=Role.OPD_MONITOR, opd=""))
    assert response.status_code == 200
    assert MONITOR_NEEDS_OPD in response.content.decode()
    assert response.context["adminform"].form.errors["opd"] == [MONITOR_NEEDS_OPD]
    assert not User.objects.filter(username="pemantau_baru").exists()


def test_add_monitor_with_opd(admin_client, world):
    response = admin_client.post(ADD_URL, new_user(role=Role.OPD_MONITOR, opd=world.sd.pk))
    assert response.status_code == 302
    user = User.objects.get(username="pemantau_baru")
    assert user.role == Role.OPD_MONITOR
    assert user.opd == world.sd
    assert user.check_password("kata-sandi-baru-yang-panjang")


def test_add_user_refuses_a_weak_password(admin_client, world):
    data = new_user(role=Role.VIEWER, password1="pendek", password2="pendek")
    response = admin_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "Kata sandi terlalu pendek" in response.content.decode()


def _change_data(user: User, **changes) -> dict:
    form = AdminUserChangeForm(instance=user)
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if name == "password":
            continue
        if name in ("groups", "user_permissions"):
            value = [obj.pk for obj in value] if value else []
        elif hasattr(value, "pk"):
            value = value.pk
        data[name] = "" if value is None else value
    data.update(changes)
    return data


def test_change_form_keeps_a_monitor_attached_to_an_opd(world):
    form = AdminUserChangeForm(_change_data(world.monitor, opd=""), instance=world.monitor)
    assert not form.is_valid()
    assert form.errors["opd"] == [MONITOR_NEEDS_OPD]
    assert "__all__" not in form.errors  # one clear message, not a second constraint error


def test_change_role_away_from_monitor_may_drop_the_opd(world):
    data = _change_data(world.monitor, role=Role.VIEWER, opd="")
    form = AdminUserChangeForm(data, instance=world.monitor)
    assert form.is_valid(), form.errors
    form.save()
    world.monitor.refresh_from_db()
    assert world.monitor.opd is None


def test_change_view_shows_the_error(admin_client, world):
    url = reverse("admin:accounts_user_change", args=[world.monitor.pk])
    data = _change_data(world.monitor, opd="")
    for key in ("last_login", "date_joined"):
        value = data.pop(key, None)
        if value:
            data[f"{key}_0"], data[f"{key}_1"] = (
                value.strftime("%d-%m-%Y"),
                value.strftime("%H:%M:%S"),
            )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert MONITOR_NEEDS_OPD in response.content.decode()
    world.monitor.refresh_from_db()
    assert world.monitor.opd == world.pendidikan


def test_non_admin_cannot_open_user_admin(client, world):
    login(client, world.satgas.username)
    response = client.get(LIST_URL)
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]
