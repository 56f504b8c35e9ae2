"""POST /temuan/tindakan/: dismiss, remind (pembinaan) or open / add to a case, in batches."""

from __future__ import annotations

from netra.cases.models import Case
from netra.monitoring.models import Finding
from tests.factories import forbidden_finding

URL = "/temuan/tindakan/"


def test_get_not_allowed_and_anonymous_redirected(client, world) -> None:
    client.force_login(world.satgas)
    assert client.get(URL).status_code == 405
    client.logout()
    assert client.post(URL, {}).status_code == 302


def test_viewer_cannot_act(client, world) -> None:
    finding = forbidden_finding(world)
    client.force_login(world.viewer)
    assert (
        client.post(URL, {"ids": [finding.pk], "action": "dismiss", "note": "x"}).status_code == 403
    )
    assert Finding.objects.get(pk=finding.pk).status == "baru"


def test_dismiss_needs_a_reason(client, world) -> None:
    finding = forbidden_finding(world)
    client.force_login(world.monitor)
    response = client.post(URL, {"ids": [finding.pk], "action": "dismiss", "note": ""}, follow=True)
    assert "wajib" in response.content.decode()
    assert Finding.objects.get(pk=finding.pk).status == "baru"
    client.post(URL, {"ids": [finding.pk], "action": "dismiss", "note": "Akun bukan milik ASN ini"})
    finding.refresh_from_db()
    assert finding.status == "diabaikan" and finding.handled_by == world.monitor


def test_remind_closes_a_batch(client, world) -> None:
    findings = [forbidden_finding(world, n=n) for n in range(3)]
    client.force_login(world.satgas)
    client.post(
        URL,
        {
            "ids": [f.pk for f in findings],
            "action": "remind",
            "note": "Ditegur lisan oleh kepala sekolah, 4 Nov",
        },
    )
    assert set(Finding.objects.values_list("status", flat=True)) == {"pembinaan"}


def test_open_case_from_findings_of_one_asn(client, world) -> None:
    findings = [forbidden_finding(world, n=n) for n in range(2)]
    client.force_login(world.monitor)
    response = client.post(
        URL, {"ids": [f.pk for f in findings], "action": "case_new", "note": "dua unggahan"}
    )
    case = Case.objects.get()
    assert response["Location"] == f"/kasus/{case.pk}/"
    assert case.asn == world.guru and case.opd == world.sd and case.state == "baru"
    assert set(case.findings.values_list("status", flat=True)) == {"kasus"}


def test_two_people_cannot_share_a_case(client, world) -> None:
    a, b = forbidden_finding(world), forbidden_finding(world, asn=world.perawat)
    client.force_login(world.satgas)
    response = client.post(URL, {"ids": [a.pk, b.pk], "action": "case_new"}, follow=True)
    assert "satu ASN" in response.content.decode() and not Case.objects.exists()


def test_add_to_existing_case_by_number(client, world) -> None:
    first, second = forbidden_finding(world, n=1), forbidden_finding(world, n=2)
    client.force_login(world.monitor)
    client.post(URL, {"ids": [first.pk], "action": "case_new"})
    case = Case.objects.get()
    client.post(URL, {"ids": [second.pk], "action": "case_add", "case_number": case.number})
    assert case.findings.count() == 2


def test_outsider_cannot_touch_findings_of_another_opd(client, world) -> None:
    finding = forbidden_finding(world)
    client.force_login(world.other_monitor)
    response = client.post(
        URL, {"ids": [finding.pk], "action": "dismiss", "note": "bukan urusan"}, follow=True
    )
    assert "di luar OPD" in response.content.decode()
    assert Finding.objects.get(pk=finding.pk).status == "baru"


def test_already_handled_finding_is_refused(client, world) -> None:
    finding = forbidden_finding(world)
    client.force_login(world.satgas)
    client.post(URL, {"ids": [finding.pk], "action": "dismiss", "note": "salah akun"})
    response = client.post(URL, {"ids": [finding.pk], "action": "remind", "note": "x"}, follow=True)
    assert "sudah ditangani" in response.content.decode()


def test_open_redirect_is_not_possible(client, world) -> None:
    finding = forbidden_finding(world)
    client.force_login(world.satgas)
    response = client.post(
        URL,
        {"ids": [finding.pk], "action": "dismiss", "note": "x", "next": "https://jahat.example/"},
    )
    assert response["Location"] == "/temuan/"
