"""How the GUI names the PBX's link to Rainbow: OMC's own word, or this program's reading."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from installer_app.domain.pbx_side import PbxConnection


def connection_text(connection: PbxConnection) -> str:
    """A PBX link state as the GUI shows it: OMC's own word ("Connected"), or this program's
    reading marked as such (:data:`~installer_app.domain.pbx_side.OMC_WORDS`)."""
    if connection.omc_word or connection is PbxConnection.UNKNOWN:
        return connection.label
    #: %1 is a PBX link state this program reads, e.g. "Connecting"; OMC does not show it.
    marked = QCoreApplication.translate("PbxWords", "%1 (this program's reading)")
    return marked.replace("%1", connection.label)
