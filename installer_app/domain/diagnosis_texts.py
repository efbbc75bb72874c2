"""The words of every diagnosis: a cause and a next action per diagnosis code.

Every text is an English source string, whole and without placeholders, marked with
`QT_TRANSLATE_NOOP` under `TRANSLATION_CONTEXT` (a literal in each call: lupdate reads only
literals), so that ``pyside6-lupdate`` collects them and a renderer translates them with
``QCoreApplication.translate("Diagnosis", text)``.
"""

from __future__ import annotations

from typing import Final

from installer_app.domain.translation_marks import QT_TRANSLATE_NOOP

TRANSLATION_CONTEXT: Final = "Diagnosis"


# Each entry is a whole (cause, next action) pair, so that a translation never has to be glued.
TEXTS: Final[dict[str, tuple[str, str]]] = {
    "done": (
        QT_TRANSLATE_NOOP(
            "Diagnosis", "The PBX is connected to Rainbow and Rainbow shows Running."
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            'Nothing left to do: hand over the installation report. In OMC the "Activation '
            'code" field is now greyed out: the PBX has connected and received its login '
            "password, as expected.",
        ),
    ),
    "not_declared": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The PBX is not declared on Rainbow, or its status on Rainbow cannot be read.",
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Declare the PBX on Rainbow; if it is declared, check the connection to Rainbow "
            "and sign in again.",
        ),
    ),
    "unknown_value": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Rainbow sent a status or a value this version of the program does not know, so "
            "the PBX's state cannot be told for sure; it is shown as Rainbow sent it.",
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Check the PBX's status in the Rainbow admin portal, and send the diagnostics file "
            "to support so that the next version knows this value.",
        ),
    ),
    "id_stock_rainbow": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The equipment id on Rainbow is not the joined fleet and installation references "
            "of this PBX.",
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Fix Rainbow: its equipment id must be the fleet reference, a dash, and the "
            "installation reference that identify this PBX in your fleet list. In the Rainbow "
            "admin portal: Customer companies > the company > Communication > Comm. Servers, "
            'the server in the equipment list, Connection tab, "Specify equipment ID and '
            'activation code".',
        ),
    ),
    "id_stock_pbx": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            'The PBX\'s "Rainbow PABX-ID" is not the joined fleet and installation references.',
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Check that the references are those that identify this PBX in your fleet list. If "
            "they are, fix the PBX: "
            'in OMC > Cloud > Rainbow correct "Rainbow PABX-ID", Apply and confirm Yes.',
        ),
    ),
    "id_stock_both": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Neither Rainbow's equipment id nor the PBX's \"Rainbow PABX-ID\" is the joined "
            "fleet and installation references.",
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Check the references against your fleet list, then fix both sides: the equipment "
            'id on Rainbow, and "Rainbow PABX-ID" in OMC > Cloud > Rainbow (Apply, confirm Yes).',
        ),
    ),
    "id_btco_pbx": (
        QT_TRANSLATE_NOOP(
            "Diagnosis", 'The PBX\'s "Rainbow PABX-ID" is not the equipment id declared on Rainbow.'
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            'Fix the PBX: in OMC, Expert View > Cloud > Rainbow, enter "Rainbow PABX-ID" '
            "exactly as Rainbow shows it, Apply and confirm Yes.",
        ),
    ),
    "id_btco_file": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The equipment id recorded in the installation is not the one declared on Rainbow.",
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Rainbow's equipment id is the reference: fetch the credentials from Rainbow again "
            "and use that one.",
        ),
    ),
    "id_btco_both": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            'Neither the installation nor the PBX\'s "Rainbow PABX-ID" holds the equipment id '
            "declared on Rainbow.",
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Fetch the credentials from Rainbow again, then in OMC, Expert View > Cloud > "
            'Rainbow, enter "Rainbow PABX-ID" exactly as Rainbow shows it, Apply and confirm '
            "Yes.",
        ),
    ),
    "refused": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Rainbow refused the PBX's connection: the activation code on the PBX does not match.",
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Re-enter the activation code in OMC (Expert View > Cloud > Rainbow, Apply, confirm "
            'Yes). If it cannot be read back from Rainbow any more, use "Reset connection" in the '
            "Rainbow admin portal (Customer companies > the company > Communication > Comm. "
            "Servers > the server) and enter the new code: the PBX stays disconnected until then.",
        ),
    ),
    "refused_stock": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Rainbow refused the PBX's connection: in stock mode the activation code is the "
            "joined fleet and installation references, and the PBX's do not match Rainbow's.",
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Check the references in your fleet list against Rainbow's equipment id; then "
            "re-enter the activation code in OMC, or reset the connection on Rainbow and use "
            "the new code.",
        ),
    ),
    "disabled": (
        QT_TRANSLATE_NOOP("Diagnosis", "Rainbow is not enabled on the PBX."),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            'In OMC, Expert View > Cloud > Rainbow: tick "Rainbow enabled", enter "Rainbow '
            'PABX-ID" and "Activation code", Apply and confirm Yes.',
        ),
    ),
    "disabled_stock": (
        QT_TRANSLATE_NOOP("Diagnosis", "Rainbow is not enabled on the PBX."),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "In stock mode Rainbow is enabled by default: in OMC, Expert View > Cloud > "
            'Rainbow, tick "Rainbow enabled" again, Apply and confirm Yes.',
        ),
    ),
    "code_missing": (
        QT_TRANSLATE_NOOP("Diagnosis", "No activation code is entered on the PBX."),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            'In OMC, Expert View > Cloud > Rainbow, enter "Activation code" exactly as Rainbow '
            "gave it, Apply and confirm Yes.",
        ),
    ),
    "not_configured": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Rainbow is waiting for the PBX's first connection; the PBX side is not done yet.",
        ),
        QT_TRANSLATE_NOOP("Diagnosis", "Follow the OMC checklist and confirm each step."),
    ),
    "not_configured_stock": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Rainbow is waiting for the PBX's first connection; the PBX side is not done yet.",
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Nothing is configured on a stock PBX: make sure it is powered, cabled and allowed "
            "out on TCP 443, then confirm the checklist.",
        ),
    ),
    "not_connected": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Rainbow is not enabled on the PBX, or it cannot get out on TCP 443 (firewall or web "
            "proxy).",
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            'Check in OMC > Cloud > Rainbow that "Rainbow enabled" is ticked with the right '
            '"Rainbow PABX-ID" and "Activation code"; check that the firewall lets the PBX out '
            "on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io, and the web "
            "proxy in OMC (Hardware and Limits > LAN/IP Configuration > Web proxy).",
        ),
    ),
    "cannot_get_out": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Rainbow is enabled on the PBX but it cannot get out on TCP 443 (firewall or web "
            "proxy).",
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Check that the firewall lets the PBX out on TCP 443 to openrainbow.com, "
            "*.openrainbow.com and openrainbow.io; if the site uses a web proxy, set it in OMC "
            "(Hardware and Limits > LAN/IP Configuration > Web proxy) and make sure it lets "
            "WSS through.",
        ),
    ),
    "connecting": (
        QT_TRANSLATE_NOOP("Diagnosis", "The PBX is connecting to Rainbow."),
        QT_TRANSLATE_NOOP(
            "Diagnosis", "Wait: Rainbow shows Running once it accepts the connection."
        ),
    ),
    "rainbow_behind": (
        QT_TRANSLATE_NOOP(
            "Diagnosis", "The PBX reports Connected but Rainbow does not show it yet."
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            'Wait for Rainbow\'s next status reading. A greyed-out "Activation code" in OMC is '
            "expected: the PBX has connected and received its login password.",
        ),
    ),
    "link_lost": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The link between the PBX and Rainbow was lost; the PBX reconnects by itself.",
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Wait a few minutes. If it does not come back, check the site's internet access and "
            "that the firewall and web proxy still let the PBX out on TCP 443 to "
            "openrainbow.com, *.openrainbow.com and openrainbow.io.",
        ),
    ),
    "activated_alone": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Rainbow shows the PBX activated but not connected now: its link was lost, or it "
            "is being restored.",
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Wait a few minutes. If it does not come back, check the site's internet access and "
            "that the firewall and web proxy still let the PBX out on TCP 443 to "
            "openrainbow.com, *.openrainbow.com and openrainbow.io.",
        ),
    ),
    "reconnecting": (
        QT_TRANSLATE_NOOP("Diagnosis", "The PBX is reconnecting to Rainbow after losing its link."),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Wait; if it is not back within a few minutes, check the network (TCP 443, web proxy).",
        ),
    ),
    "degraded": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The PBX is connected to Rainbow but one of its channels is down (Rainbow shows "
            "Degraded).",
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "This is often short-lived: wait a few minutes. If it lasts, check the network "
            "between the PBX and Rainbow (TCP 443, web proxy).",
        ),
    ),
    "disagree": (
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Rainbow shows the PBX connected but the PBX reports another state: the two "
            "readings were not taken at the same moment.",
        ),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Wait for the next readings; if they keep disagreeing, look at the PBX's Cloud > "
            "Rainbow page in OMC.",
        ),
    ),
}
