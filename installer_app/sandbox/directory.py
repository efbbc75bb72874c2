"""Users, applications, companies and sites: who may sign in and what each partner may see.

A bp_admin sees its own partner company and the end-customer companies whose ``bpId`` is that
company, with their sites; anything else exists for it only as a 403 (another partner's) or a
404 (nothing at all). [I] A reference to another partner's object *inside a body* (``siteId``
of a new system, ``companyId`` of a new site) is a 403 whether or not the object exists, as
docs/rainbow-api.md states for systems.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from installer_app.sandbox.api_errors import bad_request, forbidden, not_found
from installer_app.sandbox.seed import SandboxSeed, SeedApplication, SeedUser
from installer_app.sandbox.system_record import iso_timestamp
from installer_app.sandbox.system_rules import ALLOWED_COUNTRIES


@dataclass
class CompanyRecord:
    """A company as ``GET /companies`` returns it."""

    id: str
    name: str
    country: str
    bp_id: str | None
    is_bp: bool
    creation_date: float
    status: str = "active"

    def to_json(self, fmt: str = "small") -> dict[str, object]:
        """The contract's company object; ``medium``/``full`` add the creation date and BP flag."""
        data: dict[str, object] = {
            "id": self.id,
            "name": self.name,
            "bpId": self.bp_id,
            "country": self.country,
            "status": self.status,
        }
        if fmt != "small":
            data["creationDate"] = iso_timestamp(self.creation_date)
            data["isBP"] = self.is_bp
        return data


@dataclass
class SiteRecord:
    """A site of a company."""

    id: str
    name: str
    company_id: str
    creation_date: float
    status: str = "active"

    def to_json(self) -> dict[str, object]:
        """The contract's site object."""
        return {"id": self.id, "name": self.name, "status": self.status,
                "companyId": self.company_id}  # fmt: skip


class Directory:
    """Holds users, applications, companies and sites, and answers scoping questions."""

    def __init__(self, seed: SandboxSeed, created: float, new_id: Callable[[], str]) -> None:
        self._new_id = new_id
        self.users: dict[str, SeedUser] = {u.login_email.casefold(): u for u in seed.users}
        self.applications: dict[str, SeedApplication] = {a.id: a for a in seed.applications}
        self.companies: dict[str, CompanyRecord] = {
            c.id: CompanyRecord(c.id, c.name, c.country, c.bp_id, c.is_bp, created)
            for c in seed.all_companies()
        }
        self.sites: dict[str, SiteRecord] = {
            s.id: SiteRecord(s.id, s.name, s.company_id, created) for s in seed.all_sites()
        }

    def authenticate(self, login: str, password: str) -> SeedUser | None:
        """The user with this login and password, or ``None``."""
        user = self.users.get(login.casefold())
        if user is None or not hmac.compare_digest(user.password.encode(), password.encode()):
            return None
        return user

    def customers(self, bp_id: str) -> list[CompanyRecord]:
        """End-customer companies of partner ``bp_id``."""
        return [c for c in self.companies.values() if c.bp_id == bp_id]

    def company(self, bp_id: str, company_id: str) -> CompanyRecord:
        """A company the partner may read: itself or one of its customers.

        Raises:
            RainbowApiError: 404 when unknown, 403 when another partner's.
        """
        company = self.companies.get(company_id)
        if company is None:
            raise not_found(f"Company {company_id} not found")
        if bp_id not in (company.id, company.bp_id):
            raise forbidden(f"Company {company_id} is not a customer of your business partner")
        return company

    def site(self, bp_id: str, site_id: str) -> SiteRecord:
        """A site of one of the partner's customers.

        Raises:
            RainbowApiError: 404 when unknown, 403 when another partner's.
        """
        site = self.sites.get(site_id)
        if site is None:
            raise not_found(f"Site {site_id} not found")
        if self.companies[site.company_id].bp_id != bp_id:
            raise forbidden(f"Site {site_id} belongs to a company of another business partner")
        return site

    def site_in_body(self, bp_id: str, site_id: str) -> SiteRecord:
        """A site named in a request body: unknown or foreign are both 403."""
        site = self.sites.get(site_id)
        if site is None or self.companies[site.company_id].bp_id != bp_id:
            raise forbidden(f"siteId {site_id} is not a site of one of your customers")
        return site

    def sites_of(self, bp_id: str, company_id: str | None) -> list[SiteRecord]:
        """Sites of one customer (checked), or of all the partner's customers."""
        if company_id is not None:
            self.customer(bp_id, company_id)
            return [s for s in self.sites.values() if s.company_id == company_id]
        mine = {c.id for c in self.customers(bp_id)}
        return [s for s in self.sites.values() if s.company_id in mine]

    def customer(self, bp_id: str, company_id: str) -> CompanyRecord:
        """An end customer of the partner (not the partner itself)."""
        company = self.company(bp_id, company_id)
        if company.bp_id != bp_id:
            raise forbidden(f"Company {company_id} is not a customer of your business partner")
        return company

    def create_site(self, bp_id: str, body: Mapping[str, object], now: float) -> SiteRecord:
        """``POST /sites``: a new active site of one of the partner's customers.

        Raises:
            RainbowApiError: 400 for a missing name or companyId, 403 for another
                partner's (or an unknown) company.
        """
        name, company_id = body.get("name"), body.get("companyId")
        if not isinstance(name, str) or not name.strip():
            raise bad_request("name", "name is required")
        if not isinstance(company_id, str) or not company_id:
            raise bad_request("companyId", "companyId is required")
        status = body.get("status", "active")
        if status not in ("active", "alerting", "hold", "terminated"):
            raise bad_request("status", "status must be active, alerting, hold or terminated")
        company = self.companies.get(company_id)
        if company is None or company.bp_id != bp_id:
            raise forbidden(f"companyId {company_id} is not one of your customers")
        site = SiteRecord(self._new_id(), name, company_id, now, str(status))
        self.sites[site.id] = site
        return site

    def add_company(self, name: str, country: str, bp_id: str, now: float) -> CompanyRecord:
        """A new end customer of ``bp_id`` (for tests and demos; not exposed over HTTP)."""
        if country not in ALLOWED_COUNTRIES:
            raise ValueError(f"country must be an allowed alpha-3 code, got {country!r}")
        company = CompanyRecord(self._new_id(), name, country, bp_id, False, now)
        self.companies[company.id] = company
        return company
