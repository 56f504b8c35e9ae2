"""Template helpers shared by the workspace: evidence highlighting and code labels."""

from __future__ import annotations

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from netra.classify.knowledge import load_knowledge

register = template.Library()


@register.filter
def highlight(text: str, spec: tuple[list[dict], str]) -> SafeString:
    """`text` escaped, with the classifier's evidence spans for one field wrapped in <mark>."""
    reasons, field = spec
    spans: list[list[int]] = []
    for start, end in sorted(
        (r["start"], r["end"]) for r in reasons if r.get("field") == field and r["end"] > r["start"]
    ):
        if spans and start <= spans[-1][1]:  # overlapping evidence becomes one mark
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    out, pos = [], 0
    for start, end in spans:
        out.append(escape(text[pos:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        pos = end
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))


@register.filter
def with_field(reasons: list[dict], field: str) -> tuple[list[dict], str]:
    return reasons, field


@register.filter
def code_label(code: str) -> str:
    """Indonesian title of a violation code."""
    return violation_titles().get(code, code)


def violation_titles() -> dict[str, str]:
    knowledge = load_knowledge()
    return {code: v.title for code, v in knowledge.rules.violations.items()}
