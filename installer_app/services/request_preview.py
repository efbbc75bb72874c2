"""The exact requests a declaration would send, shown before anything is sent.

``declare --dry-run``, ``preflight`` and the Summary's "Show the request" print the method, the
path and the JSON body, secrets masked. The body comes from the very functions the real call
uses (:func:`~installer_app.services.plan_declaration.system_request` then
``SystemRequest.to_body()``, and ``rainbow.site_body`` for a new site), so what is shown is what
would be sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from installer_app.domain.plan import InstallationPlan
from installer_app.rainbow import site_body
from installer_app.rainbow.exchange_log import mask_body, masked_json
from installer_app.services.plan_declaration import system_request

#: Stands for a site id not known yet: the one of the site to be created, or to be chosen.
NEW_SITE_ID = "<id of the new site>"
SITE_TO_CHOOSE = "<id of the site chosen at declaration>"


@dataclass(frozen=True)
class PlannedRequest:
    """One request as it would be sent: ``body`` already masked."""

    method: str
    path: str
    body: Any

    def text(self) -> str:
        """``METHOD path`` and the body as indented JSON."""
        return f"{self.method} {self.path}\n{masked_json(self.body)}"

    def to_json(self) -> dict[str, Any]:
        """For ``--json`` output."""
        return {"method": self.method, "path": self.path, "body": self.body}


def _admin_path(route: str) -> str:
    from installer_app.rainbow import ADMIN_PATH  # noqa: PLC0415 (loads httpx)

    return ADMIN_PATH + route


def declaration_requests(
    plan: InstallationPlan, site_id: str | None, *, create_site_name: str | None = None
) -> list[PlannedRequest]:
    """The requests declaring ``plan`` sends: a new site's first when ``site_id`` is None and
    ``create_site_name`` given, then the system's."""
    planned: list[PlannedRequest] = []
    if site_id is None and create_site_name:
        body = site_body(plan.company.id, create_site_name)
        planned.append(PlannedRequest("POST", _admin_path("/sites"), mask_body(body)))
        site_id = NEW_SITE_ID
    system = system_request(plan, site_id or SITE_TO_CHOOSE).to_body()
    planned.append(PlannedRequest("POST", _admin_path("/systems"), mask_body(system)))
    return planned
