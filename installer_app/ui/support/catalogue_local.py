"""What the use cases and this computer's files say when something fails, for the catalogue.

Part of the ``Domain`` catalogue that :mod:`~installer_app.ui.support.domain_text` reads: the
messages and hints of ``services/`` (declaration, sites, preflight findings, locks),
``storage/`` (the installation file, its protection, the locks) and the installation file's
validation (``domain/plan.py``, ``domain/plan_problems.py``), whole in :data:`EXACT`, with
values (names, ids, paths, the system's own reasons) as ``%1``, ``%2`` in :data:`TEMPLATES`.
"""

from __future__ import annotations

from typing import Final

from installer_app.domain.translation_marks import QT_TRANSLATE_NOOP

EXACT: Final[frozenset[str]] = frozenset(
    {
        # services.declaration
        QT_TRANSLATE_NOOP(
            "Domain",
            "If it is this PBX's declaration, take it over ('declare --adopt' on the command "
            "line, 'Take over…' in the wizard); otherwise delete it in the Rainbow admin portal "
            "(Customer companies > the company > Communication > Comm. Servers) before "
            "declaring again, or choose another server name.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "The declaration was sent, but whether Rainbow recorded it is unknown: Rainbow "
            "could not be reached to check.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "When the network is back, run the declaration again: it looks for an existing "
            "declaration first and never creates a second one.",
        ),
        QT_TRANSLATE_NOOP("Domain", "Rainbow refuses this PBX to your account."),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Check the equipment id (the fleet and installation references that identify this "
            "PBX in your fleet list). If it is right, either another business partner has "
            "declared this PBX (ask them, or ALE support, to release it), or the company is not "
            "one of your customers on Rainbow (sign in with the business-partner admin account "
            "that manages it).",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "This equipment id is already declared on Rainbow, where your account cannot see it.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Check the equipment id (the fleet and installation references that identify this "
            "PBX in your fleet list). If it is right, it was declared by another business "
            "partner (or by an account with other rights): ask them, or ALE support, to "
            "release it.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain", "This PBX is already declared on Rainbow for another customer company."
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Check the equipment id (the fleet and installation references that identify this "
            "PBX in your fleet list). If it is right, this PBX was declared for another "
            "company: check the chosen company, or delete the old declaration in the Rainbow "
            "admin portal (Customer companies > that company > Communication > Comm. Servers) "
            "first.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain", "Several PBXs with this name are already declared on this site."
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Delete the extra ones in the Rainbow admin portal (Customer companies > the "
            "company > Communication > Comm. Servers), or choose another name.",
        ),
        # services.sites, services.sign_in, services.pbx_config
        QT_TRANSLATE_NOOP(
            "Domain", "Choose the site the PBX belongs to (--site-id on the command line)."
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "The customer company has no site on Rainbow, and a PBX must belong to a site.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Agree to create one (--create-site on the command line), or create it in the "
            "Rainbow admin portal (Customer companies > the company).",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Check the company's Rainbow id (company.id in the installation file): it must be "
            "one of your customer companies, and it may have been deleted in the Rainbow admin "
            "portal.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain", "The equipment id is not known yet: declare the PBX on Rainbow first."
        ),
        QT_TRANSLATE_NOOP(
            "Domain", "The activation code is not known yet: declare the PBX on Rainbow first."
        ),
        # services.pbx_locks, services.plan_declaration, services.plan_files_service
        QT_TRANSLATE_NOOP(
            "Domain",
            "Let it end (or close the program running it), then run the declaration again: it "
            "finds what the other one declared.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Copy the equipment id and activation code shown now (enter them in OMC > Cloud > "
            "Rainbow). Then make the file writable (free some space, or copy it to a folder you "
            "may write to) and declare it again: the declaration is found and recorded.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Nothing was declared. Make the file writable (free some space, or copy it to a "
            "folder you may write to), then declare it again.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Free some space or choose a folder you may write to, then run again: what was done "
            "on Rainbow is found again and reused.",
        ),
        # services.preflight (findings; fragments put into "already declared on Rainbow %1")
        QT_TRANSLATE_NOOP(
            "Domain",
            "Check the equipment id and the company; reuse or delete the existing declaration "
            "in the Rainbow admin portal first.",
        ),
        QT_TRANSLATE_NOOP("Domain", "The account signed in is not a business-partner admin."),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Check the company chosen in the installation, or sign in with the account of the "
            "business partner that manages it.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain", "Choose one of the company's sites (--site-id on the command line)."
        ),
        QT_TRANSLATE_NOOP("Domain", "Checked once the site is known."),
        QT_TRANSLATE_NOOP("Domain", "The site is new: no system of this name can exist on it."),
        QT_TRANSLATE_NOOP("Domain", "The equipment id is free: a new system would be declared."),
        QT_TRANSLATE_NOOP(
            "Domain", "No system of this name on the site: a new one would be declared."
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Check the country of the installation; Rainbow lists the countries it accepts "
            "(GET /systems/countries).",
        ),
        QT_TRANSLATE_NOOP("Domain", "by another business partner"),
        QT_TRANSLATE_NOOP("Domain", "for another customer company"),
        QT_TRANSLATE_NOOP("Domain", "several times on this site"),
        # domain.plan, domain.plan_problems (an installation file that does not validate)
        QT_TRANSLATE_NOOP("Domain", "An installation file must contain a JSON object."),
        QT_TRANSLATE_NOOP(
            "Domain",
            "schema_version is missing: this is not an installation file, or it was damaged.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Delivery mode: BTCO is not available for OXO Connect Evolution; use stock mode for "
            "this PBX.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain", "Rainbow server must be a web address such as https://openrainbow.com."
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "Outbound prefix: 'Use the outbound prefix' is ticked but no prefix is given.",
        ),
        QT_TRANSLATE_NOOP(
            "Domain",
            "WebRTC gateway: confirm the choice (licence_accepted) before enabling it; the "
            "licence itself is accepted in the Rainbow admin portal.",
        ),
        QT_TRANSLATE_NOOP("Domain", "PBX model"),
        QT_TRANSLATE_NOOP("Domain", "Delivery mode"),
        QT_TRANSLATE_NOOP("Domain", "Rainbow server"),
        QT_TRANSLATE_NOOP("Domain", "Customer company"),
        QT_TRANSLATE_NOOP("Domain", "Company id"),
        QT_TRANSLATE_NOOP("Domain", "Company name"),
        QT_TRANSLATE_NOOP("Domain", "Site"),
        QT_TRANSLATE_NOOP("Domain", "Server name"),
        QT_TRANSLATE_NOOP("Domain", "WebRTC gateway"),
        QT_TRANSLATE_NOOP("Domain", "Equipment id"),
        QT_TRANSLATE_NOOP("Domain", "Activation code"),
        QT_TRANSLATE_NOOP("Domain", "Country"),
        QT_TRANSLATE_NOOP("Domain", "Installation number"),
        QT_TRANSLATE_NOOP("Domain", "Numbering rules"),
        QT_TRANSLATE_NOOP("Domain", "Use the outbound prefix"),
        QT_TRANSLATE_NOOP("Domain", "Reference override"),
        # services.diagnostics
        QT_TRANSLATE_NOOP("Domain", "Choose another folder (e.g. the Desktop or Documents)."),
        # services.fleet (the fleet view's status and note columns)
        QT_TRANSLATE_NOOP("Domain", "Not declared"),
        QT_TRANSLATE_NOOP(
            "Domain", "Protected by a passphrase: open it in the wizard to see its credentials."
        ),
        QT_TRANSLATE_NOOP("Domain", "The file cannot be read."),
        # storage.protection
        QT_TRANSLATE_NOOP(
            "Domain",
            "The passphrase holds bytes that are not text in UTF-8 (as set in the environment "
            "or typed on a terminal with another encoding); set it again in plain text.",
        ),
        QT_TRANSLATE_NOOP("Domain", "The passphrase is empty: give one to protect the file."),
        QT_TRANSLATE_NOOP(
            "Domain",
            "The passphrase is wrong, or the protected part does not belong to this file (it "
            "was copied from another file, or the PBX model, mode, company, server name or "
            "Rainbow server was edited outside the program). Nothing was changed.",
        ),
    }
)

TEMPLATES: Final[tuple[str, ...]] = (
    # services.declaration, services.sites
    QT_TRANSLATE_NOOP(
        "Domain", "This PBX is already declared on Rainbow for this company as '%1'."
    ),
    QT_TRANSLATE_NOOP("Domain", "The customer company has %1 sites: %2."),
    QT_TRANSLATE_NOOP("Domain", "Rainbow does not know the customer company %1."),
    # services.pbx_locks (%1: why the lock was not had), services.plan_declaration
    QT_TRANSLATE_NOOP(
        "Domain",
        "Another declaration of this PBX is running on this computer and did not end in time. %1",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Nothing was declared. Free some space, or set %1 to a folder you may write to, then "
        "run again.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "The PBX is declared on Rainbow (system %1), but the installation file cannot be "
        "written: %2",
    ),
    # services.preflight
    QT_TRANSLATE_NOOP("Domain", "This PBX is already declared on Rainbow %1."),
    QT_TRANSLATE_NOOP("Domain", "for this company as '%1'"),
    QT_TRANSLATE_NOOP("Domain", "Signed in as %1, a business-partner admin."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "The customer company %1 is not one of this business partner's customers on Rainbow.",
    ),
    QT_TRANSLATE_NOOP("Domain", "%1, a customer of this business partner."),
    QT_TRANSLATE_NOOP("Domain", "The site %1 of the installation is not a site of this company."),
    QT_TRANSLATE_NOOP("Domain", "%1 (the company's only site)."),
    QT_TRANSLATE_NOOP("Domain", "None yet: the site '%1' would be created."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Already declared for this company as '%1': declaring would reuse it and send nothing.",
    ),
    QT_TRANSLATE_NOOP("Domain", "Rainbow accepts the country %1 for a PBX."),
    QT_TRANSLATE_NOOP("Domain", "Rainbow does not accept the country %1 for a PBX."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "%1 numbering rule(s), within Rainbow's limits (at most %2 rules, patterns of at most "
        "%3 characters).",
    ),
    # storage.plan_files (%1: the file; %2: the system's own reason, as it gives it)
    QT_TRANSLATE_NOOP(
        "Domain",
        "%1 is larger than %2: it is not an installation file (they are a few kilobytes); "
        "check the file name.",
    ),
    QT_TRANSLATE_NOOP("Domain", "The file %1 does not exist."),
    QT_TRANSLATE_NOOP("Domain", "%1 is a folder, not an installation file."),
    QT_TRANSLATE_NOOP("Domain", "The file %1 cannot be read: permission denied."),
    QT_TRANSLATE_NOOP("Domain", "The file %1 cannot be read: %2."),
    QT_TRANSLATE_NOOP("Domain", "The file %1 cannot be written: %2."),
    QT_TRANSLATE_NOOP(
        "Domain", "%1 is not a text file in UTF-8: is it really an installation file?"
    ),
    QT_TRANSLATE_NOOP("Domain", "%1 is not valid JSON: %2 at line %3, column %4."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "%1 nests its values too deeply to be an installation file; check the file name, or "
        "restore the file from a copy.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "%1 holds a number of thousands of digits; an installation file has no such number: "
        "check the file name, or restore the file from a copy.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "%1 is protected by a passphrase: its equipment id and activation code (and stock "
        "references) open only with it.",
    ),
    # storage.protection (%1 of "damaged": what is wrong, in the file's own field names)
    QT_TRANSLATE_NOOP(
        "Domain",
        "The passphrase must have at least %1 characters; a few words are easier to remember "
        "and harder to guess.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "The protected part of the file is damaged (%1); use an intact copy of the file.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "%1 is written in clear text in a protected file; remove the value (it is kept "
        "protected) or unprotect the file first.",
    ),
    # domain.plan_problems (%1: a field's name in words, or its path in the file)
    QT_TRANSLATE_NOOP("Domain", "%1 is required but missing."),
    QT_TRANSLATE_NOOP("Domain", "%1 is not a field of an installation file; remove it."),
    QT_TRANSLATE_NOOP("Domain", "%1 has the value %2; expected one of: %3."),
    QT_TRANSLATE_NOOP("Domain", "%1 must be text, in double quotes."),
    QT_TRANSLATE_NOOP(
        "Domain", "Country is required: use a two-letter ISO code such as FR, DE or GB."
    ),
    QT_TRANSLATE_NOOP("Domain", "%1 must not be empty."),
    QT_TRANSLATE_NOOP("Domain", "%1 must be true or false, without quotes."),
    QT_TRANSLATE_NOOP("Domain", "%1 must be a whole number."),
    QT_TRANSLATE_NOOP("Domain", "%1 must be a number."),
    QT_TRANSLATE_NOOP("Domain", "%1 must be a JSON object, in braces { }."),
    QT_TRANSLATE_NOOP("Domain", "%1 must be a JSON list, in brackets [ ]."),
    QT_TRANSLATE_NOOP("Domain", "%1 must be a date and time such as 2026-01-31T09:30:00Z."),
    QT_TRANSLATE_NOOP("Domain", "%1 must be valid JSON."),
    QT_TRANSLATE_NOOP("Domain", "%1 is longer than %2 characters; shorten it."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "%1 has a value of the wrong kind; compare it with a file the program wrote, or enter it "
        "again in the wizard.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain", "%1 must contain digits only (0-9); remove spaces and other characters."
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "%1 contains the control character(s) %2 (escape sequences, line breaks and the like), "
        "which a name or a description never needs; retype it.",
    ),
    QT_TRANSLATE_NOOP("Domain", "Numbering rule %1, %2"),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Country: '%1' is not a country code the phone-number data knows; use a two-letter ISO "
        "code such as FR, DE or GB.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "schema_version %1 is not supported by this version of the program (it reads version "
        "%2); update the program.",
    ),
    # services.diagnostics, ui.support.report_pdf (the command line writes them too)
    QT_TRANSLATE_NOOP("Domain", "The diagnostics file %1 cannot be written: %2."),
    QT_TRANSLATE_NOOP("Domain", "The report %1 cannot be written: %2."),
    QT_TRANSLATE_NOOP("Domain", "The report %1 could not be written: the PDF is empty."),
    # storage.locks
    QT_TRANSLATE_NOOP("Domain", "Another program on this computer held the lock %1 for %2 s."),
    QT_TRANSLATE_NOOP("Domain", "The lock folder %1 cannot be created: %2."),
    QT_TRANSLATE_NOOP("Domain", "The lock file %1 cannot be used: %2."),
)
