"""The diagram's words for core's gate kinds and states, translated.

Core keeps its English labels (``core.lifecycle``) for the command line and the reports; the
diagram shows these, which read the same in English (a test keeps the two in step). Each
table is built when called, so that it speaks the language installed then.
"""

from __future__ import annotations

from raci_studio.core.metrics import GateState
from raci_studio.core.model import GateKind
from raci_studio.ui.i18n import translate


def gate_kind_words() -> dict[str, str]:
    """Return the name of each kind of gate."""
    return {
        GateKind.GO_NO_GO: translate("Diagram", "Go / no-go"),
        GateKind.ETHICAL_REVIEW: translate("Diagram", "Ethical review"),
        GateKind.COST_BENEFIT: translate("Diagram", "Cost-benefit"),
        GateKind.LAUNCH_READINESS: translate("Diagram", "Launch readiness"),
        GateKind.OTHER: translate("Diagram", "Review"),
    }


def gate_state_words() -> dict[str, str]:
    """Return where a gate stands, as the diagram writes it under the gate."""
    return {
        GateState.PASS: translate("Diagram", "passed"),
        GateState.FAIL: translate("Diagram", "failed"),
        GateState.NOT_YET: translate("Diagram", "not yet decided"),
    }
