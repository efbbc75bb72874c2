"""Paging, sorting and name search for the emulator's list calls.

Rainbow lists take ``limit`` (default 100, at most 1000), ``offset``, ``sortField`` and
``sortOrder`` (1 ascending, -1 descending) and answer ``{"data", "limit", "offset", "total"}``;
``name`` filters are case-insensitive partial matches. [I] Names sort case-insensitively.

[I] An unparsable ``sortOrder`` (the Node SDK's ``getAllSites`` sends ``sortOrder=undefined``
by default) is ignored, as a real API most likely does; ``strict=True`` refuses it with a 400
instead, for the program's own tests, which must never send one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, TypeVar

from installer_app.sandbox.api_errors import bad_request

DEFAULT_LIMIT: Final = 100
MAX_LIMIT: Final = 1000

T = TypeVar("T")


@dataclass(frozen=True)
class PageQuery:
    """The paging part of a list query, checked."""

    limit: int = DEFAULT_LIMIT
    offset: int = 0
    sort_field: str = "name"
    descending: bool = False


def parse_page_query(
    query: Mapping[str, str],
    *,
    sort_fields: Collection[str],
    default_sort: str = "name",
    strict: bool = False,
) -> PageQuery:
    """Read ``limit``, ``offset``, ``sortField`` and ``sortOrder`` from a query string.

    Args:
        strict: refuse an unparsable ``sortOrder`` (400) instead of ignoring it.

    Raises:
        RainbowApiError: 400 naming the parameter that is not acceptable.
    """
    limit = _integer(query, "limit", DEFAULT_LIMIT, minimum=1, maximum=MAX_LIMIT)
    offset = _integer(query, "offset", 0, minimum=0, maximum=None)
    sort_field = query.get("sortField", default_sort)
    if sort_field not in sort_fields:
        raise bad_request("sortField", f"sortField must be one of {', '.join(sorted(sort_fields))}")
    order = query.get("sortOrder", "1")
    if order not in ("1", "-1") and not strict:
        order = "1"
    if order not in ("1", "-1"):
        raise bad_request("sortOrder", "sortOrder must be 1 (ascending) or -1 (descending)")
    return PageQuery(limit, offset, sort_field, order == "-1")


def _integer(
    query: Mapping[str, str], name: str, default: int, *, minimum: int, maximum: int | None
) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_request(name, f"{name} must be a whole number") from None
    if value < minimum or (maximum is not None and value > maximum):
        upper = f" and at most {maximum}" if maximum is not None else ""
        raise bad_request(name, f"{name} must be at least {minimum}{upper}")
    return value


def name_matches(name: str, wanted: str | None) -> bool:
    """Rainbow's name filter: case-insensitive, anywhere in the name."""
    return wanted is None or wanted.casefold() in name.casefold()


def page(
    items: Sequence[T], query: PageQuery, sort_key: Callable[[T, str], str]
) -> tuple[list[T], int]:
    """Sort ``items`` by the query's field, then cut the requested page; also the total."""
    ordered = sorted(
        items, key=lambda item: sort_key(item, query.sort_field).casefold(),
        reverse=query.descending,
    )  # fmt: skip
    return ordered[query.offset : query.offset + query.limit], len(ordered)


def envelope(data: list[dict[str, object]], query: PageQuery, total: int) -> dict[str, object]:
    """Rainbow's list envelope."""
    return {"data": data, "limit": query.limit, "offset": query.offset, "total": total}
