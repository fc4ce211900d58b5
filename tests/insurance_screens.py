"""The insurance screens as a user drives them, shared by tests/test_insurance_ui.py (the payer played by the
gateway's login) and tests/test_insurance_end_to_end.py (the real gateway and the mock payer)."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from hospital_desktop.billing import insurance
from hospital_desktop.billing.views.claims_tab import ClaimsWorkspace

WAIT = 20000


def open_claim(qtbot, window, claim: int) -> ClaimsWorkspace:  # noqa: ANN001
    assert window.select_workspace("claims")
    claims = window.workspaces["claims"].widget
    assert isinstance(claims, ClaimsWorkspace)
    claims.refresh()
    qtbot.waitUntil(lambda: claims.select_claim(claim), timeout=WAIT)
    return claims


def wait_claim(qtbot, claims: ClaimsWorkspace, condition) -> None:  # noqa: ANN001
    def ready() -> bool:
        c = claims.selected()
        return c is not None and condition(c)
    qtbot.waitUntil(ready, timeout=WAIT)


def send_confirmed(qtbot, claims: ClaimsWorkspace) -> list[insurance.ClaimWarning]:  # noqa: ANN001
    """Press Send; when warnings come, answer 'Send anyway'. Returns the warnings shown."""
    shown: list = []
    claims.warnings_shown.connect(shown.append)
    with qtbot.waitSignal(claims.submitted, timeout=WAIT):
        claims.send_button.click()
        qtbot.waitUntil(lambda: bool(shown) or claims.confirm_box is None and claims.message.text().startswith("Claim"),
                        timeout=WAIT)
        if claims.confirm_box is not None:
            claims.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    return shown[0] if shown else []
