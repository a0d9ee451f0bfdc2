"""File ▸ Open Portfolio…: a folder of project files audited side by side.

The audit (one row per project, what separates success from failure, people's load across
projects as a heat map) is shown as a page in a window, and can be saved as a workbook, a web
page or Markdown. Files that cannot be read are listed, not fatal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from raci_studio.core.audit import PortfolioAudit, audit_portfolio
from raci_studio.ui.busy import busy
from raci_studio.ui.i18n import translate

#: The formats an audit is saved in, by the file name pattern each filter ends with.
SUFFIXES = {"(*.xlsx)": ".xlsx", "(*.html)": ".html", "(*.md)": ".md"}


def save_filters() -> str:
    """Return the Save dialog's file types, in the user's language."""
    return ";;".join(
        (
            translate("PortfolioDialog", "Excel workbook (*.xlsx)"),
            translate("PortfolioDialog", "Web page (*.html)"),
            translate("PortfolioDialog", "Markdown (*.md)"),
        )
    )


class PortfolioDialog(QDialog):
    """Show a portfolio audit, with a button to save it."""

    def __init__(
        self,
        audit: PortfolioAudit,
        folder: Path,
        problems: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from raci_studio.io.reports.audit.html import audit_html

        self.audit = audit
        self.folder = folder
        self.setWindowTitle(
            translate("PortfolioDialog", "Portfolio Audit — {folder}").format(
                folder=folder.name or folder
            )
        )
        layout = QVBoxLayout(self)
        self.page = QTextBrowser(self)
        self.page.setAccessibleName(translate("PortfolioDialog", "Portfolio audit"))
        # The text browser draws no CSS borders: ask for them as table attributes.
        page = audit_html(audit).replace(
            "<table", '<table border="1" cellspacing="0" cellpadding="4"'
        )
        self.page.setHtml(page)
        layout.addWidget(self.page, 1)
        if problems:
            count = len(problems)
            left_out = QLabel(
                translate("PortfolioDialog", "%n file(s) left out: {files}", None, count).format(
                    files="; ".join(p.splitlines()[0] for p in problems)
                ),
                self,
            )
            left_out.setWordWrap(True)
            left_out.setStyleSheet("color: #A04000;")
            layout.addWidget(left_out)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(translate("PortfolioDialog", "&Save Audit…"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_dialog)
        buttons.rejected.connect(self.reject)
        # Enter closes, as in any page to read; saving is a choice of its own
        self.save_button.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout.addWidget(buttons)
        self.page.setTabChangesFocus(True)
        self.page.setFocus()  # arrow keys and Page Down scroll the audit at once
        self.resize(1100, 720)

    def save_dialog(self) -> None:
        """Ask where to save the audit, then write it in the chosen format."""
        path, chosen = QFileDialog.getSaveFileName(
            self,
            translate("PortfolioDialog", "Save Audit"),
            str(self.folder / "portfolio-audit.xlsx"),
            save_filters(),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".html", ".md"):
            suffix = next((s for end, s in SUFFIXES.items() if chosen.endswith(end)), ".xlsx")
            target = target.with_suffix(suffix)
        self.save(target)

    def save(self, target: Path) -> bool:
        """Write the audit to ``target``; say so when it cannot be written."""
        from raci_studio.cli.audit import write_audit

        try:
            with busy():
                write_audit(self.audit, target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                translate("PortfolioDialog", "Save Audit"),
                translate("PortfolioDialog", "{file} cannot be written: {error}").format(
                    file=target, error=exc
                ),
            )
            return False
        return True


def open_portfolio(window: QWidget, folder: Path | None = None) -> PortfolioDialog | None:
    """Ask for a folder of project files, audit them and show the audit."""
    from raci_studio.io.project.portfolio import load_portfolio

    if folder is None:
        chosen = QFileDialog.getExistingDirectory(
            window, translate("PortfolioDialog", "Open Portfolio"), str(Path.home())
        )
        if not chosen:
            return None
        folder = Path(chosen)
    with busy():
        portfolio = load_portfolio([folder])
        audit = audit_portfolio(portfolio.projects) if portfolio.projects else None
    if audit is None:
        text = translate("PortfolioDialog", "No project file could be read in {folder}.").format(
            folder=folder
        )
        if portfolio.problems:
            text += "\n\n" + "\n".join(portfolio.problems[:5])
        QMessageBox.information(window, translate("PortfolioDialog", "Open Portfolio"), text)
        return None
    dialog = PortfolioDialog(audit, folder, portfolio.problems, window)
    dialog.show()
    return dialog
