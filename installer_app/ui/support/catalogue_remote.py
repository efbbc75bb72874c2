"""What the Rainbow client and the PBX drivers say when something fails, for the catalogue.

Part of the ``Domain`` catalogue that :mod:`~installer_app.ui.support.domain_text` reads: the
messages and hints of ``rainbow/`` (network failures, Rainbow's refusals, unreadable answers),
the diagnostics' network check (``services/network_check.py``) and ``pbx/`` (the sandbox PBX's
and the OMC checklist's refusals), whole in :data:`EXACT`, with values (host names, ports, HTTP
statuses, Rainbow's own words) as ``%1``, ``%2`` in :data:`TEMPLATES`. The field names a
refusal puts into a template are listed with their article ("the site", "the PBX name"), so
that each language declines them once.
"""

from __future__ import annotations

from typing import Final

from installer_app.domain.translation_marks import QT_TRANSLATE_NOOP

EXACT: Final[frozenset[str]] = frozenset(
    {
        # rainbow.error_codes: the meanings of Rainbow's answers
        QT_TRANSLATE_NOOP("Domain", "The Rainbow session has expired."),
        QT_TRANSLATE_NOOP("Domain", "Sign in to Rainbow again and repeat the step."),
        QT_TRANSLATE_NOOP("Domain", "The Rainbow session is no longer valid."),
        QT_TRANSLATE_NOOP("Domain", "Sign in to Rainbow again."),
        QT_TRANSLATE_NOOP("Domain", "Rainbow refused the login or password."),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Check the login (the e-mail address of the Rainbow admin account) and the password; "
            "they are those of the Rainbow admin portal.",
        ),
        QT_TRANSLATE_NOOP("Domain", "Rainbow refused the application id or application secret."),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Check both values in the sign-in settings (developers.openrainbow.com > My "
            "applications), or leave both empty if you do not use a Rainbow application.",
        ),
        QT_TRANSLATE_NOOP("Domain", "This company is not one of your customers on Rainbow."),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Sign in with the business-partner admin account that manages this customer company.",
        ),
        QT_TRANSLATE_NOOP("Domain", "This equipment id is already declared on Rainbow."),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Check the equipment id (fleet and installation references); if this PBX was "
            "declared before, reuse that declaration instead of creating another one.",
        ),
        QT_TRANSLATE_NOOP("Domain", "Rainbow is receiving too many requests from this account."),
        QT_TRANSLATE_NOOP("Domain", "Wait a minute, then repeat the step."),
        QT_TRANSLATE_NOOP("Domain", "Rainbow refused a value of the request."),
        QT_TRANSLATE_NOOP("Domain", "Correct it and try again."),
        QT_TRANSLATE_NOOP("Domain", "Correct it and retry."),
        QT_TRANSLATE_NOOP("Domain", "Rainbow refused the sign-in."),
        QT_TRANSLATE_NOOP("Domain", "Check the login and password, then sign in again."),
        QT_TRANSLATE_NOOP("Domain", "Your Rainbow account may not do this."),
        QT_TRANSLATE_NOOP("Domain", "Rainbow does not know this object."),
        QT_TRANSLATE_NOOP(
            "Domain",
            "It may have been deleted in the Rainbow admin portal (Customer companies, or "
            "Communication > Comm. Servers): refresh the list.",
        ),
        QT_TRANSLATE_NOOP("Domain", "Rainbow did not receive the request in time."),
        QT_TRANSLATE_NOOP("Domain", "Check the network and try again."),
        QT_TRANSLATE_NOOP("Domain", "This already exists on Rainbow."),
        QT_TRANSLATE_NOOP("Domain", "Refresh the list and reuse the existing entry."),
        QT_TRANSLATE_NOOP("Domain", "The request is too large for Rainbow."),
        QT_TRANSLATE_NOOP("Domain", "Reduce the number of rules."),
        QT_TRANSLATE_NOOP(
            "Domain", "Rainbow had an internal problem and did not complete the request."
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Wait a few minutes and try again; check status.openrainbow.com if it persists.",
        ),
        QT_TRANSLATE_NOOP("Domain", "Rainbow answered with an unexpected error."),
        QT_TRANSLATE_NOOP("Domain", "Try again; if it persists, save the log."),
        # rainbow.error_codes.FIELD_LABELS and what an answer is about, with their article
        QT_TRANSLATE_NOOP("Domain", "PBX name"),
        QT_TRANSLATE_NOOP("Domain", "site"),
        QT_TRANSLATE_NOOP("Domain", "company"),
        QT_TRANSLATE_NOOP("Domain", "PBX type"),
        QT_TRANSLATE_NOOP("Domain", "country"),
        QT_TRANSLATE_NOOP("Domain", "equipment id"),
        QT_TRANSLATE_NOOP("Domain", "activation code"),
        QT_TRANSLATE_NOOP("Domain", "national prefix"),
        QT_TRANSLATE_NOOP("Domain", "international prefix"),
        QT_TRANSLATE_NOOP("Domain", "outbound prefix"),
        QT_TRANSLATE_NOOP("Domain", "use of the outbound prefix"),
        QT_TRANSLATE_NOOP("Domain", "numbering rules"),
        QT_TRANSLATE_NOOP("Domain", "numbering rule pattern"),
        QT_TRANSLATE_NOOP("Domain", "numbering rule replacement"),
        QT_TRANSLATE_NOOP("Domain", "numbering rule description"),
        QT_TRANSLATE_NOOP("Domain", "system"),
        QT_TRANSLATE_NOOP("Domain", "system state"),
        QT_TRANSLATE_NOOP("Domain", "signed-in user"),
        QT_TRANSLATE_NOOP("Domain", "sign-in"),
        QT_TRANSLATE_NOOP("Domain", "token renewal"),
        # rainbow.errors, rainbow._network_errors, rainbow._client, rainbow._tls
        QT_TRANSLATE_NOOP("Domain", "Not signed in to Rainbow."),
        QT_TRANSLATE_NOOP(
            "Domain",
            "A proxy or a guest Wi-Fi login page may be answering instead of Rainbow: open a "
            "web browser to check, and check the server address.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "A proxy or antivirus that inspects TLS may be replacing Rainbow's certificate: add "
            "its CA certificate in Settings (custom CA bundle), or ask the network administrator.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Check the server address and that this computer is connected to the internet.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "The network or Rainbow is slow: try again. A change may still have been applied; "
            "the installer checks before repeating it.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Use an address beginning with https://, e.g. https://openrainbow.com.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Check the network and try again; the installer checks whether a change was "
            "applied before repeating it.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "a firewall must allow outgoing TCP 443 to openrainbow.com and *.openrainbow.com",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Use an https:// address, e.g. https://openrainbow.com or "
            "https://sandbox.openrainbow.com.",
        ),
        QT_TRANSLATE_NOOP("Domain", "Rainbow's list of countries is not a list."),
        QT_TRANSLATE_NOOP("Domain", "Rainbow's sign-in answer has no token."),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Choose a PEM file holding the CA certificate of your proxy or antivirus "
            "(text beginning with -----BEGIN CERTIFICATE-----).",
        ),
        # services.network_check (the diagnostics' network check)
        QT_TRANSLATE_NOOP("Domain", "TLS handshake"),
        QT_TRANSLATE_NOOP("Domain", "Proxy in use"),
        QT_TRANSLATE_NOOP("Domain", "no answer in time"),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Check the network connection and the DNS server of this computer (or the guest "
            "Wi-Fi's login page).",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "A proxy or antivirus that inspects TLS may be replacing Rainbow's certificate: add "
            "its CA certificate in Settings (custom CA bundle).",
        ),
        QT_TRANSLATE_NOOP("Domain", "Not tried: the name did not resolve."),
        QT_TRANSLATE_NOOP("Domain", "Not used: plain HTTP (the sandbox on this computer)."),
        QT_TRANSLATE_NOOP("Domain", "Not tried: no TCP connection."),
        QT_TRANSLATE_NOOP("Domain", "No proxy configured: the program connects directly."),
        QT_TRANSLATE_NOOP("Domain", "environment"),
        QT_TRANSLATE_NOOP("Domain", "environment or system settings"),
        QT_TRANSLATE_NOOP("Domain", "not used for this computer's own addresses (the sandbox)"),
        QT_TRANSLATE_NOOP("Domain", "not used for this server (exempted)"),
        QT_TRANSLATE_NOOP("Domain", "used for this server"),
        # pbx.sandbox_driver, pbx.sandbox_fleet
        QT_TRANSLATE_NOOP(
            "Domain",
            '"Activation code" is read-only on this PBX after a successful activation: it is '
            "already connected with its code.",
        ),
        QT_TRANSLATE_NOOP("Domain", "To use another code, reset the connection on Rainbow first."),
        QT_TRANSLATE_NOOP("Domain", "The sandbox has no PBX with this CPU serial number."),
        QT_TRANSLATE_NOOP("Domain", "Pick one of the PBXs the sandbox lists."),
        QT_TRANSLATE_NOOP(
            "Domain", "Check that the sandbox is running and that its PBX address is right."
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "The settings may or may not have been applied: read them again before applying.",
        ),
        QT_TRANSLATE_NOOP("Domain", "Check that the address is the sandbox's PBX endpoint."),
        QT_TRANSLATE_NOOP("Domain", "The sandbox PBX did not answer in time."),
        QT_TRANSLATE_NOOP("Domain", "The sandbox PBX could not be reached."),
        QT_TRANSLATE_NOOP("Domain", "Try again; if it persists, restart the sandbox."),
        QT_TRANSLATE_NOOP("Domain", "The sandbox PBX's status lacks a readable connection."),
        QT_TRANSLATE_NOOP("Domain", "The sandbox's PBX list holds an unreadable entry."),
        QT_TRANSLATE_NOOP("Domain", "The sandbox's PBX list holds an unknown model or mode."),
        QT_TRANSLATE_NOOP("Domain", "The sandbox's PBX list is not readable."),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Use an https:// address, or the sandbox's pbx_url (http://127.0.0.1:PORT).",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "No sandbox PBX matches this plan (stock: its references; BTCO: a free PBX).",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Check the plan's fleet and installation references against the sandbox's PBXs.",
        ),
        QT_TRANSLATE_NOOP("Domain", "CPU serial number"),
        QT_TRANSLATE_NOOP("Domain", "settings"),
        QT_TRANSLATE_NOOP("Domain", "its settings"),
        QT_TRANSLATE_NOOP("Domain", "its PBXs"),
        QT_TRANSLATE_NOOP("Domain", "its status"),
        # pbx.omc_checklist
        QT_TRANSLATE_NOOP(
            "Domain",
            "Equipment id: in BTCO mode Rainbow generates it when the PBX is declared; declare "
            "the PBX first, or enter the equipment id Rainbow showed.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Activation code: in BTCO mode Rainbow generates it when the PBX is declared; "
            "declare the PBX first, or enter the activation code Rainbow showed.",
        ),
        # pbx.guided (also under OmcChecklist, where the checklist shows them)
        QT_TRANSLATE_NOOP(
            "Domain",
            '"Rainbow enabled": the OMC checklist only enables Rainbow; to disable it, untick '
            "the box in OMC yourself.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            '"Rainbow PABX-ID": the value to apply is not the equipment id the OMC checklist '
            "shows; rebuild the checklist from the installation.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            '"Activation code": the value to apply is not the code the OMC checklist shows; '
            "rebuild the checklist from the installation.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            '"Domain name": the value to apply is not the domain the OMC checklist shows; '
            "another domain has to be entered in OMC by hand.",
        ),
    }
)

TEMPLATES: Final[tuple[str, ...]] = (
    # rainbow.errors (Rainbow's refusal of a value; %2 is Rainbow's own explanation)
    QT_TRANSLATE_NOOP("Domain", "Rainbow refused a value of the request: %1."),
    QT_TRANSLATE_NOOP("Domain", "Rainbow refused the %1: %2."),
    QT_TRANSLATE_NOOP("Domain", "Rainbow refused the %1."),
    QT_TRANSLATE_NOOP("Domain", "Correct the %1."),
    # rainbow._network_errors (%1: the host in use; the firewall advice names it and its port)
    QT_TRANSLATE_NOOP("Domain", "a firewall must allow outgoing TCP %1 to %2"),
    QT_TRANSLATE_NOOP(
        "Domain", "The secure connection to %1 failed: its certificate is not trusted."
    ),
    QT_TRANSLATE_NOOP("Domain", "The server name %1 could not be found (DNS)."),
    QT_TRANSLATE_NOOP("Domain", "The connection to %1 was refused."),
    QT_TRANSLATE_NOOP("Domain", "Check the server address and port; %1."),
    QT_TRANSLATE_NOOP("Domain", "Could not connect to %1."),
    QT_TRANSLATE_NOOP("Domain", "Check that this computer is connected to the internet; %1."),
    QT_TRANSLATE_NOOP("Domain", "%1 did not answer the connection in time."),
    QT_TRANSLATE_NOOP(
        "Domain", "The network is slow or a firewall drops the traffic; %1. Try again."
    ),
    QT_TRANSLATE_NOOP("Domain", "%1 did not answer in time."),
    QT_TRANSLATE_NOOP("Domain", "The proxy refused or failed the connection to %1."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Check the proxy settings of this computer (or HTTPS_PROXY), and that the proxy allows %1.",
    ),
    QT_TRANSLATE_NOOP("Domain", "The server address for %1 is not usable."),
    QT_TRANSLATE_NOOP("Domain", "The connection to %1 broke before the answer arrived."),
    QT_TRANSLATE_NOOP("Domain", "The exchange with %1 failed (%2)."),
    # rainbow._client, rainbow._models, rainbow._http, rainbow._tls
    QT_TRANSLATE_NOOP("Domain", "The Rainbow server address '%1' is not usable."),
    QT_TRANSLATE_NOOP("Domain", "Rainbow's answer about a %1 has no 'data'."),
    QT_TRANSLATE_NOOP("Domain", "Rainbow's answer about a %1 has no readable '%2'."),
    QT_TRANSLATE_NOOP("Domain", "Rainbow's answer about a %1 is not JSON."),
    QT_TRANSLATE_NOOP("Domain", "Rainbow's answer about a %1 is not an object."),
    QT_TRANSLATE_NOOP("Domain", "Rainbow's list of %1 entries is not a list."),
    QT_TRANSLATE_NOOP("Domain", "The CA certificate file %1 could not be loaded."),
    # services.network_check (%1 of the failures: the system's own reason, as it gives it)
    QT_TRANSLATE_NOOP("Domain", "DNS of %1"),
    QT_TRANSLATE_NOOP("Domain", "TCP port %1"),
    QT_TRANSLATE_NOOP("Domain", "The name could not be resolved (%1)."),
    QT_TRANSLATE_NOOP("Domain", "Resolves to %1."),
    QT_TRANSLATE_NOOP("Domain", "No connection to port %1 (%2)."),
    QT_TRANSLATE_NOOP("Domain", "Connected to %1 port %2."),
    QT_TRANSLATE_NOOP("Domain", "Check the network; %1."),
    QT_TRANSLATE_NOOP("Domain", "The server's certificate is not trusted (%1)."),
    QT_TRANSLATE_NOOP("Domain", "The handshake failed (%1)."),
    QT_TRANSLATE_NOOP("Domain", "%1, %2; trusted."),
    QT_TRANSLATE_NOOP("Domain", "certificate for %1, issued by %2"),
    QT_TRANSLATE_NOOP("Domain", "%1 proxy %2 (%3), %4."),
    # pbx.sandbox_driver (%1: a settings field as OMC labels it; %2: the PBX's own words)
    QT_TRANSLATE_NOOP("Domain", "The PBX refused the %1: %2"),
    QT_TRANSLATE_NOOP("Domain", "The PBX refused the %1."),
    QT_TRANSLATE_NOOP("Domain", "Correct the %1 and apply again."),
    QT_TRANSLATE_NOOP("Domain", "The sandbox PBX refused the request (HTTP %1)."),
    QT_TRANSLATE_NOOP("Domain", "The sandbox PBX's answer about %1 is not JSON."),
    QT_TRANSLATE_NOOP("Domain", "The sandbox PBX's answer about %1 is not a JSON object."),
    QT_TRANSLATE_NOOP("Domain", "The sandbox PBX's settings lack a readable %1."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "The PBX address '%1' is not usable: the PBX settings hold the activation code, and "
        "plain http is allowed only to this computer (the sandbox).",
    ),
)
