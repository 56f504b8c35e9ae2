"""POST /asn/<pk>/akun/: tie a social account to a person, once, with who and how; audited."""

from __future__ import annotations

from django.urls import reverse

from netra.audit.models import AuditEntry
from netra.roster.models import Asn, SocialAccount
from tests.cases.conftest import messages_of

INSTAGRAM = {
    "platform": "instagram",
    "handle": "@Sri.Wahyuni.Guru",
    "url": "https://www.instagram.com/sri.wahyuni.guru/",
    "link_method": "diverifikasi",
}


def url(asn: Asn) -> str:
    return reverse("account_add", args=[asn.pk])


def test_anonymous_redirected_to_login(client, world) -> None:
    response = client.post(url(world.guru), INSTAGRAM)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert world.guru.accounts.count() == 1


def test_get_not_allowed(client, world) -> None:
    client.force_login(world.monitor)
    assert client.get(url(world.guru)).status_code == 405


def test_outsider_monitor_gets_404(client, world) -> None:
    client.force_login(world.other_monitor)
    assert client.post(url(world.guru), INSTAGRAM).status_code == 404
    assert world.guru.accounts.count() == 1


def test_viewer_gets_403(client, world) -> None:
    client.force_login(world.viewer)
    assert client.post(url(world.guru), INSTAGRAM).status_code == 403
    assert world.guru.accounts.count() == 1


def test_monitor_links_an_account(client, world) -> None:
    client.force_login(world.monitor)
    response = client.post(url(world.guru), INSTAGRAM)
    assert response.status_code == 302
    assert response["Location"] == reverse("asn_detail", args=[world.guru.pk])
    account = SocialAccount.objects.get(platform="instagram", asn=world.guru)
    assert account.handle == "sri.wahyuni.guru"  # without @, lower case
    assert account.link_method == "diverifikasi" and account.linked_by == world.monitor
    assert account.url == INSTAGRAM["url"]
    assert messages_of(response) == ["Akun instagram:@sri.wahyuni.guru dikaitkan ke Sri Wahyuni."]
    entry = AuditEntry.objects.get(action="account.link")
    assert (entry.actor, entry.object_id) == (world.monitor.username, str(account.pk))
    assert entry.detail == {"asn": "198503122010012003", "method": "diverifikasi"}


def test_handle_tied_to_someone_else_is_refused(client, world) -> None:
    client.force_login(world.satgas)
    response = client.post(
        url(world.guru), {**INSTAGRAM, "handle": "@Dewi_Lestari", "link_method": "dugaan"}
    )
    assert response.status_code == 302
    assert messages_of(response) == ["Akun @dewi_lestari sudah terkait ke Dewi Lestari."]
    assert SocialAccount.objects.get(platform="instagram", handle="dewi_lestari").asn == (
        world.perawat
    )
    assert not AuditEntry.objects.filter(action="account.link").exists()


def test_same_handle_on_another_platform_is_fine(client, world) -> None:
    client.force_login(world.satgas)
    client.post(url(world.guru), {**INSTAGRAM, "platform": "tiktok", "handle": "dewi_lestari"})
    assert SocialAccount.objects.get(platform="tiktok").asn == world.guru


def test_handle_already_tied_to_the_same_person_is_refused_too(client, world) -> None:
    client.force_login(world.monitor)
    response = client.post(
        url(world.guru), {**INSTAGRAM, "platform": "facebook", "handle": "sri.wahyuni85"}
    )
    assert messages_of(response) == ["Akun @sri.wahyuni85 sudah terkait ke Sri Wahyuni."]
    assert world.guru.accounts.count() == 1


def test_empty_handle_refused_in_indonesian(client, world) -> None:
    client.force_login(world.monitor)
    response = client.post(url(world.guru), {**INSTAGRAM, "handle": "@"})
    assert messages_of(response) == ["Nama akun wajib diisi."]
    assert world.guru.accounts.count() == 1


def test_unknown_platform_refused_in_indonesian(client, world) -> None:
    client.force_login(world.monitor)
    response = client.post(url(world.guru), {**INSTAGRAM, "platform": "friendster"})
    [message] = messages_of(response)
    assert "Masukkan pilihan yang valid" in message
    assert world.guru.accounts.count() == 1


def test_monitor_does_not_learn_who_outside_their_opd_owns_a_handle(client, world) -> None:
    """The refusal must not name a person the monitor may not see (Dewi works at Dinkes)."""
    client.force_login(world.monitor)
    response = client.post(url(world.guru), {**INSTAGRAM, "handle": "dewi_lestari"})
    [message] = messages_of(response)
    assert "sudah terkait" in message
    assert "Dewi Lestari" not in message
