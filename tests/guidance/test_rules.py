"""/aturan/: every violation, rule, example, sanction, deadline and channel comes from the data files,
and every example is judged by the real classifier exactly as the page files it."""

from __future__ import annotations

import pytest

from netra.cases.models import SanctionKind
from netra.cases.workflow import State, Workflow, workflow
from netra.classify import Classifier
from netra.classify.knowledge import VIOLATION_CODES, load_knowledge
from netra.classify.profile import load_profile
from netra.guidance.content import (
    ZONES,
    Example,
    load_examples,
    load_guide,
    rule_note,
    sanction_kinds,
    short_kind,
)
from tests.conftest import SIDOMULYO
from tests.guidance.pages import assert_strict_csp, text_of

URL = "/aturan/"
KNOWLEDGE = load_knowledge()
EXAMPLES = load_examples()


def _all_examples() -> list[tuple[str, str, Example]]:
    """(zone, violation code or "", example) for every example in examples.yaml."""
    out = [(zone, "", e) for zone in ZONES for e in EXAMPLES.zones[zone].examples]
    out += [("forbidden", code, e) for code, items in EXAMPLES.violations.items() for e in items]
    return out


@pytest.fixture
def page(client, db) -> str:
    response = client.get(URL)
    assert response.status_code == 200
    assert_strict_csp(response)
    return text_of(response)


# --- the page and the classifier never disagree --------------------------------------------


def test_examples_are_written_for_the_profile_the_tests_use() -> None:
    assert load_profile(SIDOMULYO).name == EXAMPLES.profile


def test_every_violation_code_has_examples() -> None:
    missing = [code for code in VIOLATION_CODES if not EXAMPLES.violations.get(code)]
    assert missing == []
    assert EXAMPLES.zones["allowed"].examples and EXAMPLES.zones["grey"].examples


def test_every_grey_and_neutral_rule_has_an_example() -> None:
    named = {e.rule for zone in ("allowed", "grey") for e in EXAMPLES.zones[zone].examples}
    # The word model's reasons depend on its trained weights; the page explains them instead.
    wanted = {
        rid
        for rid, r in KNOWLEDGE.rules.rules.items()
        if r.zone in ("allowed", "grey") and r.code != "predicted"
    }
    assert wanted - named == set()


def test_the_word_model_section_lists_its_reasons(page: str) -> None:
    assert "Pelengkap aturan: model kata" in page
    for rule_id in ("ML-01", "ML-02", "ML-03", "ML-04"):
        assert f"{rule_id} {KNOWLEDGE.rules.rules[rule_id].note}" in page


@pytest.mark.parametrize(
    ("zone", "code", "example"),
    _all_examples(),
    ids=lambda v: v.text or v.target_text if isinstance(v, Example) else v,
)
def test_classifier_agrees_with_the_page(
    sidomulyo: Classifier, zone: str, code: str, example: Example
) -> None:
    verdict = sidomulyo.classify(example.record())
    assert verdict.verdict == zone, [r.to_dict() for r in verdict.reasons]
    if code:
        assert set(verdict.violations) == {code, *example.also}
    else:
        assert verdict.violations == ()
    if example.rule:
        assert example.rule in {r.rule for r in verdict.reasons}


# --- everything is rendered ------------------------------------------------------------------


def test_every_violation_renders_with_its_rules_and_remedy(page: str) -> None:
    for code, v in KNOWLEDGE.rules.violations.items():
        for text in (v.title, v.description, v.remedy, v.basis):
            assert text in page, (code, text)


@pytest.mark.parametrize("zone", ZONES)
def test_every_rule_id_and_note_of_each_zone_renders(page: str, zone: str) -> None:
    rules = {rid: r for rid, r in KNOWLEDGE.rules.rules.items() if r.zone == zone}
    assert rules
    for rule_id, rule in rules.items():
        assert f"{rule_id} {rule_note(rule_id, rule.note)}" in page
        assert "{target}" not in page


def test_rule_notes_read_well_without_a_candidate() -> None:
    assert rule_note("OS-01", "Menyatakan dukungan kepada {target}.") == (
        "Menyatakan dukungan kepada calon atau partai."
    )
    notes = KNOWLEDGE.rules.rules
    assert rule_note("PM-01", notes["PM-01"].note).endswith("di partai politik.")
    assert rule_note("KS-01", notes["KS-01"].note).endswith("untuk calon perseorangan.")


def test_note_wording_overrides_name_real_rules() -> None:
    assert set(load_guide().targets.rules) <= set(KNOWLEDGE.rules.rules)


def test_zone_headlines_and_summaries_render(page: str) -> None:
    for zone in ZONES:
        assert EXAMPLES.zones[zone].headline in page
        assert EXAMPLES.zones[zone].summary in page
    assert EXAMPLES.setting in page
    assert KNOWLEDGE.rules.ruleset in page


def test_every_example_renders(page: str) -> None:
    for _zone, _code, example in _all_examples():
        for text in (example.text, example.target_text, *(m.caption for m in example.media)):
            if text:
                assert text in page
        assert example.action_label in page


def test_sanctions_per_violation(client, db) -> None:
    response = client.get(URL)
    page = text_of(response)
    guide = load_guide()
    severities = {v.severity for v in KNOWLEDGE.rules.violations.values()}
    severities |= {
        v.severity_before_candidates
        for v in KNOWLEDGE.rules.violations.values()
        if v.severity_before_candidates
    }
    for severity in severities:
        level = guide.sanctions.levels[severity]  # every level the rules use is described
        assert sanction_kinds(level.kinds), severity
        assert level.label in page
    for _value, label in SanctionKind.choices:  # every sanction type the case model knows
        assert label in page
    # The table row of each violation lists the sanction types of its level.
    body = response.content.decode()
    for code, v in KNOWLEDGE.rules.violations.items():
        row = body.split(f'<a href="#{code}">', 1)[1].split("</tr>", 1)[0]
        for kind in sanction_kinds(guide.sanctions.levels[v.severity].kinds):
            assert short_kind(kind) in row, (code, kind)
    for kind in sanction_kinds(guide.sanctions.moral.kinds):
        assert short_kind(kind) in page.split(guide.sanctions.moral_note, 1)[1]
    assert "bila dilakukan sebelum penetapan pasangan calon" in page
    assert "Pemberhentian tidak dengan hormat (keanggotaan partai)" in page


def test_deadlines_come_from_the_workflow(page: str) -> None:
    flow = workflow()
    shown = [s for s in flow.states.values() if not s.final]
    assert shown
    for state in shown:
        days = f"{state.days} hari kerja" if state.working_days else f"{state.days} hari"
        assert f"{state.label} {days} {state.hint}" in page
    for state in flow.states.values():
        if state.final:
            assert state.label in page
    for line in load_guide().deadlines.outside:
        assert line in page


def test_deadlines_follow_a_changed_workflow(client, db, monkeypatch) -> None:
    custom = Workflow(
        states={
            "baru": State("baru", "Telaah awal", False, 4, True, "Periksa kelengkapan laporan"),
            "selesai": State("selesai", "Selesai", True, None, False, ""),
        },
        transitions=(),
    )
    monkeypatch.setattr("netra.cases.workflow.workflow", lambda: custom)
    page = text_of(client.get(URL))
    assert "Telaah awal 4 hari kerja Periksa kelengkapan laporan" in page
    assert "Klarifikasi 7 hari" not in page


def test_where_to_report(client, db) -> None:
    response = client.get(URL)
    page = text_of(response)
    for channel in load_guide().channels:
        assert channel.name in page and channel.text in page
    body = response.content.decode()
    assert 'href="/lapor/"' in body
    for url in ("https://www.bawaslu.go.id", "https://www.bkn.go.id", "https://www.lapor.go.id"):
        assert f'href="{url}"' in body
    assert "Bawaslu" in page and "SBT" in page and "LAPOR! (SP4N)" in page


def test_page_needs_no_active_election_and_no_login(client, db) -> None:
    from netra.elections.models import Election

    assert not Election.objects.filter(active=True).exists()
    response = client.get(URL)
    assert response.status_code == 200
    assert client.post(URL).status_code == 405
