"""Demo data the Rainbow emulator starts with.

:meth:`SandboxSeed.default` is the sandbox every trainee, demo and test sees: a business
partner "Sandbox Partner" whose bp_admin signs in as ``bp.admin@sandbox.example`` /
``Sandbox-2026!``, seven customer companies across France, Germany, Spain, Italy, Portugal, the
United Kingdom and Belgium (one without a site, one with two), one already activated PBX, and a
second partner with its own customer, site and PBX ``ALE99-9999.9999.99`` so that refusals
across partners (403) can be shown. Ids are fixed 24-hex strings shaped like Rainbow's, so
documentation and screenshots stay valid from run to run.

These credentials are public demo values, valid only against the emulator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

#: Countries cycled through by the generated "Customer NNNN" companies.
_EXTRA_COUNTRIES: Final = ("FRA", "DEU", "ESP", "ITA", "PRT", "GBR", "BEL")

SEED_CREATION_DATE: Final = "2025-09-01T08:00:00.000Z"


def fixed_id(kind: int, number: int) -> str:
    """A stable Rainbow-like 24-hex id: a fixed time prefix, a kind and a number."""
    return f"65f1c0de{kind:04x}{number:012x}"


_COMPANY, _SITE, _SYSTEM, _USER, _APP = 1, 2, 3, 4, 5


@dataclass(frozen=True)
class SeedUser:
    """A person who can sign in. ``company_id`` is a partner company for a bp_admin."""

    id: str
    login_email: str
    password: str = field(repr=False)
    company_id: str
    first_name: str
    last_name: str
    roles: tuple[str, ...] = ("user", "admin", "bp_admin")
    #: The SDK documents adminType as organization_admin, company_admin or site_admin; a
    #: business partner is told by ``roles``. [I] A bp_admin administers its own company.
    admin_type: str | None = "company_admin"


@dataclass(frozen=True)
class SeedApplication:
    """A Rainbow application (appId/appSecret) accepted in ``x-rainbow-app-auth``."""

    id: str
    name: str
    secret: str = field(repr=False)


@dataclass(frozen=True)
class SeedCompany:
    """A company: a business partner (``is_bp``) or an end customer of ``bp_id``."""

    id: str
    name: str
    country: str
    bp_id: str | None = None
    is_bp: bool = False


@dataclass(frozen=True)
class SeedSite:
    """A site of a company; systems hang off sites."""

    id: str
    name: str
    company_id: str


@dataclass(frozen=True)
class SeedSystem:
    """A PBX already declared when the emulator starts."""

    id: str
    name: str
    pbx_id: str
    site_id: str
    bp_id: str
    country: str
    activation_code: str
    status: str = "activated"
    type: str = "oxo"
    national_prefix: str = "0"
    international_prefix: str = "00"


@dataclass(frozen=True)
class SandboxSeed:
    """Everything the emulator starts with.

    Attributes:
        users: who may sign in; the first is the sandbox bp_admin.
        applications: accepted application credentials; the first is the sandbox app.
        companies: partners and customers, in a stable order.
        sites: sites of those companies.
        systems: PBXs declared beforehand.
        extra_companies: how many generated customers "Customer 0001"... to add to the
            first partner, each with one site, to make paging visible.
        jid_domain: domain of the generated PBX agent JIDs.
    """

    users: tuple[SeedUser, ...]
    applications: tuple[SeedApplication, ...]
    companies: tuple[SeedCompany, ...]
    sites: tuple[SeedSite, ...]
    systems: tuple[SeedSystem, ...] = ()
    extra_companies: int = 0
    jid_domain: str = "openrainbow.sandbox.example"
    demo_company: str = fixed_id(_COMPANY, 0x11)

    @classmethod
    def default(cls, *, extra_companies: int = 0) -> SandboxSeed:
        """The standard sandbox; ``extra_companies`` adds generated customers for paging."""
        if extra_companies < 0:
            raise ValueError("extra_companies must be zero or more")
        partner, other = fixed_id(_COMPANY, 0x01), fixed_id(_COMPANY, 0x02)
        password = "Sandbox-2026!"
        users = (
            SeedUser(fixed_id(_USER, 1), "bp.admin@sandbox.example", password, partner,
                     "Camille", "Durand"),
            SeedUser(fixed_id(_USER, 2), "bp.admin@harbourline.example", password, other,
                     "Oliver", "Bennett"),
            SeedUser(fixed_id(_USER, 3), "technician@sandbox.example", password, partner,
                     "Lucas", "Bernard", roles=("user",), admin_type=None),
        )  # fmt: skip
        app = SeedApplication(
            fixed_id(_APP, 1),
            "Installer Sandbox",
            "3b7e9f0c1d2a4b5c6d7e8f9012a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5",
        )
        c = fixed_id
        companies = (
            SeedCompany(partner, "Sandbox Partner", "FRA", is_bp=True),
            SeedCompany(other, "Harbourline Communications Ltd", "GBR", is_bp=True),
            SeedCompany(c(_COMPANY, 0x11), "Boulangerie Martin SARL", "FRA", partner),
            SeedCompany(c(_COMPANY, 0x12), "Müller Logistik GmbH", "DEU", partner),
            SeedCompany(c(_COMPANY, 0x13), "Hotel Costa Brava S.L.", "ESP", partner),
            SeedCompany(c(_COMPANY, 0x14), "Studio Legale Rossi & Associati", "ITA", partner),
            SeedCompany(c(_COMPANY, 0x15), "Farmácia Oliveira, Lda.", "PRT", partner),
            SeedCompany(c(_COMPANY, 0x16), "Thornbury Veterinary Practice Ltd", "GBR", partner),
            SeedCompany(c(_COMPANY, 0x17), "Brasserie Van den Broeck BV", "BEL", partner),
            SeedCompany(c(_COMPANY, 0x21), "Atelier Lemaire SAS", "FRA", other),
        )
        sites = (
            SeedSite(c(_SITE, 0x11), "Lyon - Atelier Croix-Rousse", c(_COMPANY, 0x11)),
            SeedSite(c(_SITE, 0x12), "Hamburg Hafen", c(_COMPANY, 0x12)),
            SeedSite(c(_SITE, 0x13), "Bremen Lager", c(_COMPANY, 0x12)),
            SeedSite(c(_SITE, 0x14), "Lloret de Mar", c(_COMPANY, 0x13)),
            SeedSite(c(_SITE, 0x15), "Milano Centro", c(_COMPANY, 0x14)),
            SeedSite(c(_SITE, 0x16), "Thornbury Surgery", c(_COMPANY, 0x16)),
            SeedSite(c(_SITE, 0x17), "Gent Korenmarkt", c(_COMPANY, 0x17)),
            SeedSite(c(_SITE, 0x21), "Lille - Siège", c(_COMPANY, 0x21)),
        )
        systems = (
            SeedSystem(c(_SYSTEM, 1), "Rossi Milano OXO", "ALE10-2210.4471.05",
                       c(_SITE, 0x15), partner, "ITA", "ALE10-2210.4471.05",
                       national_prefix=""),
            SeedSystem(c(_SYSTEM, 2), "Lemaire Lille OXO", "ALE99-9999.9999.99",
                       c(_SITE, 0x21), other, "FRA", "ALE99-9999.9999.99"),
        )  # fmt: skip
        return cls(users, (app,), companies, sites, systems, extra_companies=extra_companies)

    @property
    def bp_admin(self) -> SeedUser:
        """The sandbox business-partner admin (first user)."""
        return self.users[0]

    @property
    def application(self) -> SeedApplication:
        """The sandbox application (first application)."""
        return self.applications[0]

    @property
    def partner_id(self) -> str:
        """Company id of the sandbox business partner."""
        return self.bp_admin.company_id

    @property
    def demo_company_id(self) -> str:
        """The customer the walkthrough uses: one site, no PBX yet."""
        return self.demo_company

    def all_companies(self) -> tuple[SeedCompany, ...]:
        """Companies including the generated "Customer NNNN" ones."""
        generated = tuple(
            SeedCompany(
                fixed_id(_COMPANY, 0x1000 + n),
                f"Customer {n:04d}",
                _EXTRA_COUNTRIES[(n - 1) % len(_EXTRA_COUNTRIES)],
                self.partner_id,
            )
            for n in range(1, self.extra_companies + 1)
        )
        return self.companies + generated

    def all_sites(self) -> tuple[SeedSite, ...]:
        """Sites including one per generated customer."""
        generated = tuple(
            SeedSite(fixed_id(_SITE, 0x1000 + n), f"Customer {n:04d} - Main site",
                     fixed_id(_COMPANY, 0x1000 + n))
            for n in range(1, self.extra_companies + 1)
        )  # fmt: skip
        return self.sites + generated
