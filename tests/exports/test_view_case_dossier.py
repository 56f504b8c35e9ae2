from __future__ import annotations

import io

import docx
import pytest
from django.urls import reverse

from netra.audit.models import AuditEntry
from tests.exports.conftest import RECOMMENDATION
from tests.exports.test_dossier import docx_text


def url(case, fmt="pdf") -> str:
    return reverse("case_dossier", args=[case.pk, fmt])


def test_url_name():
    assert reverse("case_dossier", args=[3, "pdf"]) == "/ekspor/kasus/3/berkas.pdf"
    assert reverse("case_dossier", args=[3, "docx"]) == "/ekspor/kasus/3/berkas.docx"


def test_satgas_gets_the_pdf_and_it_is_audited(client, world, case_full):
    client.force_login(world.satgas)
    response = client.get(url(case_full))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "no-store"
    assert f'filename="berkas-{case_full.number}.pdf"' in response["Content-Disposition"]
    assert response.content.startswith(b"%PDF")
    entry = AuditEntry.objects.get(action="case.dossier")
    assert (entry.actor, entry.object_id) == ("satgas", str(case_full.pk))
    assert entry.detail["format"] == "pdf"


def test_docx_holds_nip_hash_timeline_and_links(client, world, case_full, file_evidence):
    client.force_login(world.satgas)
    response = client.get(url(case_full, "docx"))
    assert response.status_code == 200
    text = docx_text(response.content)
    assert world.guru.nip in text
    assert file_evidence.sha256 in text
    assert "Status: Klarifikasi → Verifikasi" in text
    assert RECOMMENDATION in text
    document = docx.Document(io.BytesIO(response.content))
    targets = {r.target_ref for r in document.part.rels.values() if r.is_external}
    assert f"http://testserver/kasus/bukti/{file_evidence.pk}/" in targets


def test_monitor_of_the_case_opd_may_download(client, world, case_full):
    client.force_login(world.monitor)  # Dinas Pendidikan; the case is at the SD below it
    assert client.get(url(case_full, "docx")).status_code == 200


def test_outsider_monitor_gets_404(client, world, case_full):
    client.force_login(world.other_monitor)
    assert client.get(url(case_full)).status_code == 404
    assert not AuditEntry.objects.filter(action="case.dossier").exists()


def test_viewer_gets_403(client, world, case_full):
    client.force_login(world.viewer)
    assert client.get(url(case_full)).status_code == 403
    assert client.get(url(case_full, "docx")).status_code == 403


@pytest.mark.parametrize(
    "path", ["/ekspor/kasus/{pk}/berkas.odt", "/ekspor/kasus/999999/berkas.pdf"]
)
def test_unknown_format_or_case_is_404(client, world, case_full, path):
    client.force_login(world.satgas)
    assert client.get(path.format(pk=case_full.pk)).status_code == 404


def test_sign_in_required(client, world, case_full):
    response = client.get(url(case_full))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]
