"""Two small bases the lower layers share, so that each is written once.

- :class:`ExplainedError`: an error that says what went wrong (``message``) and what to do
  next (``hint``); the Rainbow client's, the PBX drivers' and the use cases' errors derive
  from it.
- :class:`AsyncClosing`: a client used in ``async with``, closed by its ``aclose()`` on the way
  out (the Rainbow client, the sandbox PBX driver).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from types import TracebackType
from typing import Self


class ExplainedError(Exception):
    """An error with a sentence for the technician and what to do next.

    Attributes:
        message: what went wrong, naming the field concerned when there is one.
        hint: what to do next (may be empty).
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class AsyncClosing(ABC):
    """``async with`` yields the object itself and awaits :meth:`aclose` on the way out."""

    @abstractmethod
    async def aclose(self) -> None:
        """Release what the object holds."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
