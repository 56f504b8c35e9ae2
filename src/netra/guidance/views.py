"""Public pages: the self-check of a draft (/cek/) and the rules in plain words (/aturan/)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe
from django_ratelimit.core import is_ratelimited

from netra.elections.services import active_classifier
from netra.guidance.content import rules_page
from netra.guidance.forms import SelfCheckForm
from netra.guidance.selfcheck import explain, max_chars, record, thousands
from netra.web.views import rate_limited

PAGE = "guidance/selfcheck.html"
PARTIAL = "guidance/_selfcheck_result.html"


def selfcheck_rate() -> str:
    return getattr(settings, "NETRA_SELFCHECK_RATE", "30/m")


@never_cache  # the answer repeats the draft: no browser or proxy may keep it
@require_http_methods(["GET", "POST"])
def selfcheck(request: HttpRequest) -> HttpResponse:
    """'Cek dulu sebelum posting'. The draft is classified in memory and never stored or logged.

    htmx posts get only the result block; a browser without JavaScript gets the whole page.
    """
    partial = request.headers.get("HX-Request") == "true"
    classifier = active_classifier()
    context = {
        "no_election": classifier is None,
        "max_chars": thousands(max_chars()),
    }
    if request.method != "POST":
        return render(request, PAGE, {**context, "form": SelfCheckForm()})

    if is_ratelimited(
        request,
        group="guidance-selfcheck",
        key="ip",
        rate=selfcheck_rate(),
        method="POST",
        increment=True,
    ):
        if partial:
            return render(request, PARTIAL, {**context, "limited": True}, status=429)
        return rate_limited(request)

    form = SelfCheckForm(request.POST)
    status = 200
    result = None
    if classifier is None:
        status = 503
    elif not form.is_valid():
        status = 400
    else:
        data = form.cleaned_data
        caption = data.get("caption", "")
        verdict = classifier.classify(
            record(data["action"], data["text"], data["target_text"], caption)
        )
        result = explain(verdict, data["text"], data["target_text"], classifier, caption)
    context.update(form=form, result=result)
    return render(request, PARTIAL if partial else PAGE, context, status=status)


@require_safe
def rules(request: HttpRequest) -> HttpResponse:
    """'Aturan netralitas': allowed, grey and forbidden with examples, sanctions, deadlines and
    where to report, all from the same data the classifier and the case workflow read."""
    return render(request, "guidance/rules.html", rules_page())
