"""Which site of the customer company a PBX goes on (Rainbow attaches every PBX to a site).

One rule for both fronts: a site the plan names is used as it is; a company with one site uses
it; several sites are a question for the user (a wrong site is worse than a question); no site is
created only when the user agreed and named it.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Protocol

from installer_app.domain.plan import InstallationPlan
from installer_app.rainbow import NotFoundError, Site
from installer_app.services.failures import FailureKind, Field, UseCaseError


class SiteCount(StrEnum):
    """How many sites the company has, as far as choosing one goes."""

    NONE = "none"
    ONE = "one"
    SEVERAL = "several"


def count_sites(sites: Sequence[Site]) -> SiteCount:
    """NONE, ONE or SEVERAL: whether the site is created, taken, or asked for."""
    if not sites:
        return SiteCount.NONE
    return SiteCount.ONE if len(sites) == 1 else SiteCount.SEVERAL


class SiteChoiceNeeded(UseCaseError):
    """The company has several sites and the plan names none; ``sites`` lists them."""

    kind = FailureKind.INVALID_INPUT
    field = Field.SITE

    def __init__(self, sites: Sequence[Site]) -> None:
        names = ", ".join(f"{site.name} ({site.id})" for site in sites)
        super().__init__(
            f"The customer company has {len(sites)} sites: {names}.",
            "Choose the site the PBX belongs to (--site-id on the command line).",
        )
        self.sites = list(sites)


class NoSiteError(UseCaseError):
    """The company has no site yet; a site is created only when the user agrees."""

    kind = FailureKind.INVALID_INPUT
    field = Field.SITE

    def __init__(self) -> None:
        super().__init__(
            "The customer company has no site on Rainbow, and a PBX must belong to a site.",
            "Agree to create one (--create-site on the command line), or create it in the "
            "Rainbow admin portal (Customer companies > the company).",
        )


class UnknownCompanyError(UseCaseError):
    """Rainbow does not know the plan's customer company (a wrong id, or a deleted company)."""

    kind = FailureKind.INVALID_INPUT
    field = Field.COMPANY

    def __init__(self, company_id: str) -> None:
        super().__init__(
            f"Rainbow does not know the customer company {company_id}.",
            "Check the company's Rainbow id (company.id in the installation file): it must be "
            "one of your customer companies, and it may have been deleted in the Rainbow admin "
            "portal.",
        )
        self.company_id = company_id


class SiteClient(Protocol):
    """The Rainbow calls choosing a site needs."""

    async def list_sites(self, company_id: str) -> list[Site]: ...

    async def create_site(self, company_id: str, name: str) -> Site: ...


async def resolve_site(
    client: SiteClient, plan: InstallationPlan, *, create_site_name: str | None = None
) -> str:
    """The site the PBX goes on: the plan's, the company's only one, or a new one if allowed.

    Raises:
        SiteChoiceNeeded: several sites and none chosen.
        NoSiteError: no site and ``create_site_name`` not given.
        UnknownCompanyError: Rainbow answers 404 for the company's sites.
    """
    if plan.site_id:
        return plan.site_id
    try:
        sites = await client.list_sites(plan.company.id)
    except NotFoundError as error:  # the sites of a company that does not exist
        raise UnknownCompanyError(plan.company.id) from error
    count = count_sites(sites)
    if count is SiteCount.ONE:
        return sites[0].id
    if count is SiteCount.SEVERAL:
        raise SiteChoiceNeeded(sites)
    if not create_site_name:
        raise NoSiteError()
    return (await client.create_site(plan.company.id, create_site_name)).id
