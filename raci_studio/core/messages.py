"""The words of every finding, in one catalogue: message id -> English template.

A rule never writes its sentence itself: it names a message id and passes the values the
sentence needs (``finding("missing-accountable", …, activity="Train model")`` in
:mod:`raci_studio.core.findings`). Keeping the words here lets the window show them in the
reader's language (``packaging/i18n.py`` copies :data:`MESSAGES` into the translation
catalogue, context ``Findings``, the message id as disambiguation) while the CLI, the reports
and ``check --json`` keep the English rendered by :func:`render`.

Message ids
    A finding's public ``code`` (stable: users' ignore lists and ``check --json`` name it) is
    the message id up to its first dot. A code whose sentence has several shapes gives each
    shape its own id (``metric-breached.lower``, ``metric-breached.higher``), so that a
    translator sees whole sentences, never pieces to glue.

Templates
    Placeholders are ``str.format`` names (``{activity}``), so a translation may move them;
    values are inserted as they are, braces and all. A format spec may follow the name:
    ``{share:.0%}`` for a share, ``{count:w}`` for a :class:`Count` written in English words
    ("two"; a translation writes ``{count}`` for digits). Names of things are quoted with
    straight quotes, as the CLI has always printed them.

Adding a rule's words
    Add its template here, under its module's heading, and build the finding with
    :func:`raci_studio.core.findings.finding`; the tests check that every template is used
    with exactly its placeholders.
"""

from __future__ import annotations

import datetime as dt
from string import Formatter
from typing import Final

#: A value a message may carry: hashable, so that findings stay hashable.
MessageValue = str | int | float | dt.date

_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

_MERGE_CONFLICT_ADVICE = (
    "; open the project in RACI Studio and pick ours, theirs or the base value in the "
    "Conflicts panel."
)
_OVERLOAD_ADVICE = (
    "one owner for so much becomes a bottleneck: share ownership with the roles doing the work."
)
_BREACHED = '"{metric}" is {value} on {date}, worse than its threshold of {threshold} '
_DRIFTING = '"{metric}" is drifting: the average of its last {window} measurements has been '
_DRIFT_END = " the threshold of {threshold} since {since} (by up to {amount})."
_UNKNOWN_METRIC = ' is bound to a metric that does not exist ("{metric}"); bind it to an '
_MANDATORY_END = " is not met yet; the template requires it before the project goes on."

#: Every finding's English template, by message id (code, or ``code.shape``).
MESSAGES: Final[dict[str, str]] = {
    # -- rules/conflicts.py ------------------------------------------------------------------
    "merge-conflict.edited": "Merge conflict at {place}: both sides changed it differently"
    + _MERGE_CONFLICT_ADVICE,
    "merge-conflict.deleted": "Merge conflict at {place}: one side deleted it while the other "
    "changed or used it" + _MERGE_CONFLICT_ADVICE,
    "merge-conflict.added": "Merge conflict at {place}: both sides added it with different "
    "content" + _MERGE_CONFLICT_ADVICE,
    # -- rules/raci.py -----------------------------------------------------------------------
    "missing-accountable": '"{activity}" has no Accountable role; there must be exactly one.',
    "multiple-accountable": '"{activity}" has {count:w} Accountable roles ({roles}); there '
    "must be exactly one.",
    "missing-responsible": '"{activity}" has no Responsible role; at least one role must do '
    "the work.",
    "too-many-consulted": '"{activity}" consults {count:w} roles ({roles}); too many cooks: '
    "keep Consulted to the few whose input changes the outcome (at most {limit}) and Inform "
    "the rest.",
    "unknown-phase": '"{activity}" belongs to a phase that does not exist ("{phase}"); move it '
    "to one of the project's phases.",
    "letter-not-in-scheme": '"{activity}": {role} holds {letters}, which is not a {scheme} '
    "letter (use {allowed}).",
    "letter-not-in-scheme.many": '"{activity}": {role} holds {letters}, which are not '
    "{scheme} letters (use {allowed}).",
    "unknown-role": '"{activity}" gives letters to a role that does not exist ("{role}"); add '
    "the role or clear the cell.",
    "idle-role": '"{role}" holds no letter on any activity; give it work or remove it.',
    "accountable-overload": '"{role}" is Accountable for {count} of {total} activities '
    "({share:.0%}); " + _OVERLOAD_ADVICE,
    "empty-phase": 'Phase "{phase}" has no activities; add the work it holds or remove it.',
    # -- rules/metrics.py --------------------------------------------------------------------
    "kpi-without-proxy": 'Business KPI "{metric}" has no model metric linked to it; link the '
    "model metric that stands in for it, so model progress can be read as business progress.",
    "metric-without-target": '"{metric}" has no target; set one so everyone knows what '
    "success looks like.",
    "accuracy-only": "Every metric measures model quality or a business result ({metrics}); "
    "nothing tracks latency, cost or fairness. Tracking accuracy alone is a classic mistake: "
    "add an operational metric (latency, cost) and a responsible-AI metric (fairness).",
    "metric-breached.lower": _BREACHED + "(lower is better).",
    "metric-breached.higher": _BREACHED + "(higher is better).",
    "metric-drift.above": _DRIFTING + "above" + _DRIFT_END,
    "metric-drift.below": _DRIFTING + "below" + _DRIFT_END,
    "criterion-unknown-metric": 'Gate "{gate}": criterion "{criterion}"'
    + _UNKNOWN_METRIC
    + "existing metric or remove the binding.",
    "gate-failing": 'Gate "{gate}" fails: {failing}.',
    # -- rules/scoping.py --------------------------------------------------------------------
    "scoping-missing-problem-statement": "Scoping: problem statement missing ({missing}); "
    "describe the problem in business terms, for whom and why now.",
    "scoping-missing-business-objective": "Scoping: business objective missing ({missing}); "
    "say what the business gains, in numbers, and by when.",
    "scoping-missing-success-metrics": "Scoping: business kpi and model metric missing "
    "({missing}); add the business KPI that says the project worked and link the model metric "
    "that stands in for it.",
    "scoping-missing-data-and-risks": "Scoping: data requirements and risks missing "
    "({missing}); list the data sets the model needs and what could go wrong.",
    "scoping-missing-assumptions-and-constraints": "Scoping: assumptions and constraints "
    "missing ({missing}); write down what the plan takes for granted and its limits.",
    "scoping-missing-team": "Scoping: team raci missing ({missing}); give every activity of "
    "the RACI grid one Accountable and at least one Responsible role.",
    "scoping-missing-go-no-go": "Scoping: go/no-go criteria missing ({missing}); write the "
    "criteria that decide whether model development goes ahead.",
    "scoping-missing-decision-log": "Scoping: decision log missing ({missing}); record the "
    "decisions taken so far, with who took them and why.",
    "scoping-missing-model-card": "Scoping: model card missing ({missing}); describe the "
    "model, its intended use and its limits.",
    "scoping-criterion-unknown-metric": 'Go/no-go criterion "{criterion}"'
    + _UNKNOWN_METRIC
    + "existing metric or make it a manual check.",
    "scoping-go-no-go-failing": "The MRD's go/no-go criteria fail: {failing}.",
    "mandatory-criterion-open.mrd": 'Mandatory criterion "{criterion}" of the MRD' + _MANDATORY_END,
    "mandatory-criterion-open.gate": 'Mandatory criterion "{criterion}" of gate "{gate}"'
    + _MANDATORY_END,
    # -- rules/evidence.py -------------------------------------------------------------------
    "data-changed-since-card": "Training data changed since the model card was written: data "
    'set "{dataset}" ({path}) has new content since {changed}, the card is of {card_date}; '
    "check that the card still describes the data the model is trained on.",
    "data-changed": 'Data set "{dataset}" ({path}) has new content since {changed}.',
}


class Count(int):
    """A whole number a template may write in English words with ``{count:w}``."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        if spec == "w":
            return count_words(self)
        return int.__format__(self, spec)


class MessageError(ValueError):
    """A rule asked for a message the catalogue lacks, or passed other values than it needs."""


def count_words(n: int) -> str:
    """Return ``n`` in words up to ten ("two"), in digits above."""
    return _NUMBERS[n] if 0 <= n < len(_NUMBERS) else str(int(n))


def placeholders(template: str) -> frozenset[str]:
    """Return the names a template's placeholders use (``{count:w}`` gives ``count``)."""
    return frozenset(
        name.partition(".")[0].partition("[")[0]
        for _text, name, _spec, _conversion in Formatter().parse(template)
        if name is not None
    )


#: The placeholder names of each template, worked out once.
PLACEHOLDERS: Final[dict[str, frozenset[str]]] = {
    key: placeholders(template) for key, template in MESSAGES.items()
}


def code_of(message_id: str) -> str:
    """Return the finding code of a message id: ``metric-drift.above`` -> ``metric-drift``."""
    return message_id.partition(".")[0]


def render(message_id: str, args: dict[str, MessageValue]) -> str:
    """Return the English sentence of ``message_id`` with ``args`` in its placeholders.

    Raises
    ------
    MessageError
        When the catalogue has no such id, or ``args`` are not exactly its placeholders.
    """
    try:
        wanted = PLACEHOLDERS[message_id]
    except KeyError:
        raise MessageError(f"no message '{message_id}' in core/messages.py") from None
    if args.keys() != wanted:
        raise MessageError(f"message '{message_id}' takes {sorted(wanted)}, not {sorted(args)}")
    return MESSAGES[message_id].format_map(args)
