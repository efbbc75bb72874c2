"""The handover report of an installation: what was set up, how it behaves, and when it came up.

The report is plain data built from an installation plan (no Qt): the PDF writer in
``ui/support/report_pdf.py`` and ``installer-app report --json`` both render
:class:`HandoverReport`.

Every numbering rule comes with a worked example: a number the rule matches, generated from its
pattern (:func:`example_number`), run through :func:`~installer_app.domain.numbering.simulate`
with the plan's rules and dialing, so the example shows what the PBX really receives (including
when an earlier rule catches the number first).

The activation code is masked unless ``reveal_code`` is asked for. In stock mode the equipment id
*is* the activation code (both are the joined fleet and installation references), so a stock
PBX's report discloses it through the equipment id whatever the flag says.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass
from datetime import UTC, datetime
from typing import Any

from installer_app.domain import dialing
from installer_app.domain.numbering import NumberingRule, apply_rule, simulate
from installer_app.domain.pbx_side import SECRET_MASK, PbxConnection, parse_connection
from installer_app.domain.plan import DeliveryMode, Dialing, InstallationPlan
from installer_app.domain.portal import PortalStep, portal_steps

#: Digits drawn, in turn, for a character class (``[0-9]{1,5}`` gives "2301").
_CLASS_DIGITS = "2301456789"
#: Digits appended to a pattern that is not anchored at its end (``^0800`` gives "0800123456").
_PADDING = "123456789012345"
#: Length of an example national number; international ones get their prefix on top.
NATIONAL_LENGTH = 10
#: How many times a quantifier repeats its atom, within its bounds (``{1,5}`` → 4).
_PREFERRED_REPEAT = 4
_DIALABLE = "0123456789*#+"
#: The longest example written, and the most characters drawn while writing it: an example is a
#: phone number, and a pattern that asks for more (which validation refuses) gets none.
_MAX_EXAMPLE_LENGTH = 64
_MAX_WORK = 10_000


class _Unsupported(Exception):
    """The pattern uses syntax the example writer does not handle (lookarounds, \\b, ...)."""


class _ExampleWriter:
    """Writes one string a regular expression matches, for the common shapes of numbering rules.

    Handles anchors, literals, escaped literals, ``.``, ``\\d``, character classes (also negated),
    groups (capturing, ``(?:``, named), alternation (first branch) and quantifiers; anything else
    raises :class:`_Unsupported`.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.position = 0
        self.drawn = 0
        self.work = 0
        self.anchored_end = False

    def write(self) -> str:
        produce = self._alternation()
        if self.position != len(self.pattern):
            raise _Unsupported(self.pattern)
        written = produce()
        if len(written) > _MAX_EXAMPLE_LENGTH:
            raise _Unsupported(self.pattern)
        return written

    def _peek(self) -> str:
        return self.pattern[self.position] if self.position < len(self.pattern) else ""

    def _take(self) -> str:
        char = self._peek()
        if not char:
            raise _Unsupported(self.pattern)
        self.position += 1
        return char

    def _alternation(self) -> Callable[[], str]:
        branches = [self._sequence()]
        while self._peek() == "|":
            self.position += 1
            branches.append(self._sequence())
        return branches[0]

    def _sequence(self) -> Callable[[], str]:
        items: list[Callable[[], str]] = []
        while self._peek() not in ("", "|", ")"):
            items.append(self._quantified(self._atom()))
        return lambda: "".join(item() for item in items)

    def _quantified(self, atom: Callable[[], str]) -> Callable[[], str]:
        char = self._peek()
        if char in ("?", "*", "+"):
            self.position += 1
            low, high = {"?": (0, 1), "*": (0, None), "+": (1, None)}[char]
        elif char == "{":
            match = re.compile(r"\{(\d*)(,?)(\d*)\}").match(self.pattern, self.position)
            if match is None or not (match.group(1) or match.group(3)):
                raise _Unsupported(self.pattern)
            self.position = match.end()
            low = int(match.group(1) or 0)
            high = int(match.group(3)) if match.group(3) else (None if match.group(2) else low)
        else:
            return atom
        if self._peek() in ("?", "+"):  # lazy or possessive: the same strings match
            self.position += 1
        count = max(low, 1) if high is None else min(max(low, _PREFERRED_REPEAT), high)
        if count > _MAX_EXAMPLE_LENGTH:
            raise _Unsupported(self.pattern)
        return lambda: "".join(self._spend(atom) for _ in range(count))

    def _spend(self, atom: Callable[[], str]) -> str:
        """One repetition of ``atom``, within the writer's budget of work and length."""
        self.work += 1
        piece = atom()
        if self.work > _MAX_WORK or len(piece) > _MAX_EXAMPLE_LENGTH:
            raise _Unsupported(self.pattern)
        return piece

    def _draw(self, allowed: str) -> Callable[[], str]:
        if not allowed:
            raise _Unsupported(self.pattern)

        def produce() -> str:
            start = self.drawn
            self.drawn += 1
            for offset in range(len(_CLASS_DIGITS)):
                digit = _CLASS_DIGITS[(start + offset) % len(_CLASS_DIGITS)]
                if digit in allowed:
                    return digit
            return allowed[0]

        return produce

    def _atom(self) -> Callable[[], str]:
        char = self._take()
        if char == "^":
            return lambda: ""
        if char == "$":
            self.anchored_end = True
            return lambda: ""
        if char == ".":
            return self._draw("0123456789")
        if char == "\\":
            escaped = self._take()
            if escaped == "d":
                return self._draw("0123456789")
            if escaped.isalnum():
                raise _Unsupported(self.pattern)
            return lambda: escaped
        if char == "[":
            return self._draw(self._class())
        if char == "(":
            if self._peek() == "?":
                header = re.compile(r"\?(?::|P<\w+>)").match(self.pattern, self.position)
                if header is None:
                    raise _Unsupported(self.pattern)
                self.position = header.end()
            inner = self._alternation()
            if self._take() != ")":
                raise _Unsupported(self.pattern)
            return inner
        if char in ")|*+?{":
            raise _Unsupported(self.pattern)
        return lambda: char

    def _class(self) -> str:
        negated = self._peek() == "^"
        if negated:
            self.position += 1
        members: set[str] = set()
        first = True
        while True:
            char = self._take()
            if char == "]" and not first:
                break
            first = False
            if char == "\\":
                escaped = self._take()
                members.update("0123456789" if escaped == "d" else escaped)
                continue
            if self._peek() == "-" and self.pattern[self.position + 1 : self.position + 2] not in (
                "]",
                "",
            ):
                self.position += 1
                end = self._take()
                members.update(chr(c) for c in range(ord(char), ord(end) + 1))
                continue
            members.add(char)
        pool = [c for c in _DIALABLE if (c not in members) is negated]
        return "".join(pool)


def example_number(pattern: str, *, international_prefix: str = "00") -> str | None:
    """A number ``pattern`` matches, shaped like a phone number; None when none can be written.

    ``^0800`` gives "0800123456", ``^([0-9]{1,5})$`` gives "2301", ``(^3699$)`` gives "3699".
    A pattern not anchored at its end is padded to a national number's length (longer after
    "+" or the international prefix).
    """
    writer = _ExampleWriter(pattern)
    try:
        core = writer.write()
    except (_Unsupported, IndexError, ValueError, RecursionError):
        return None
    candidates = [core]
    if not writer.anchored_end:
        length = NATIONAL_LENGTH
        if core.startswith("+"):
            length += 2
        elif international_prefix and core.startswith(international_prefix):
            length += len(international_prefix) + 1
        if len(core) < length:
            candidates.insert(0, core + _PADDING[: length - len(core)])
    probe = NumberingRule(pattern, "x")
    return next((c for c in candidates if c and apply_rule(probe, c) is not None), None)


@dataclass(frozen=True)
class RuleExample:
    """One numbering rule and what happens to an example number it matches.

    ``example`` is None when no number could be written for the pattern (the other example
    fields are then empty). ``applied_rule`` counts from 1 and may name an earlier rule that
    catches the example first; ``sent_to_pbx`` is None when the call is blocked.
    """

    position: int
    pattern: str
    replacement: str
    description: str
    example: str | None
    sent_to_pbx: str | None
    blocked: bool
    applied_rule: int | None
    explanation: str


@dataclass(frozen=True)
class TimelineEntry:
    """A status change: when, on which side ("Rainbow" or "PBX"), and the status shown."""

    at: datetime
    side: str
    status: str


def rule_examples(plan: InstallationPlan) -> tuple[RuleExample, ...]:
    """Every rule of ``plan`` with its worked example, using the plan's dialing settings."""
    rules = plan.domain_rules()
    d = plan.dialing
    examples: list[RuleExample] = []
    for position, rule in enumerate(rules, start=1):
        number = example_number(rule.regexp_match, international_prefix=d.international_prefix)
        base = (position, rule.regexp_match, rule.regexp_replace, rule.description)
        if number is None:
            examples.append(RuleExample(*base, None, None, False, None, "No example."))
            continue
        result = simulate(
            number,
            rules,
            national_prefix=d.national_prefix,
            international_prefix=d.international_prefix,
            outbound_prefix=d.outbound_prefix,
            use_outbound_prefix=d.use_outbound_prefix,
        )
        applied = None if result.matched_index is None else result.matched_index + 1
        examples.append(
            RuleExample(
                *base, number, result.sent_to_pbx, result.blocked, applied, result.explanation
            )
        )
    return tuple(examples)


def pbx_status_label(raw: str | None) -> str | None:
    """A recorded PBX status as the report shows it: "connected" → "Connected" (OMC's word);
    a state OMC is not known to show is marked as this program's reading
    (:data:`~installer_app.domain.pbx_side.OMC_WORDS`)."""
    if raw is None:
        return None
    parsed = parse_connection(raw)
    return raw if parsed is PbxConnection.UNKNOWN and raw.casefold() != "unknown" else parsed.shown


@dataclass(frozen=True)
class HandoverReport:
    """Everything the handover report shows, ready to render.

    ``activation_code`` is what the report prints: `SECRET_MASK` unless ``code_revealed``, None
    when no code is known yet (BTCO before declaration). ``pbx_status`` is OMC's word for it, or
    this program's reading marked as such. ``webrtc_gateway`` is the technician's choice (no
    API field activates the gateway); ``portal_steps`` are what is left to do in the Rainbow
    admin portal (the gateway, the installation number, a new BTCO code).
    """

    generated_at: datetime
    technician: str
    company_name: str
    company_id: str
    site_id: str | None
    server_name: str
    pbx_model: str
    mode: str
    rainbow_server: str
    webrtc_gateway: bool
    equipment_id: str | None
    activation_code: str | None
    code_revealed: bool
    dialing: Dialing
    country_name: str
    rules: tuple[RuleExample, ...]
    system_id: str | None
    declared_at: datetime | None
    pbx_configured: bool
    verified: bool
    rainbow_status: str | None
    pbx_status: str | None
    timeline: tuple[TimelineEntry, ...]
    portal_steps: tuple[PortalStep, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The report as JSON-ready data (``installer-app report --json``)."""
        data = {f.name: _jsonable(getattr(self, f.name)) for f in fields(self)}
        data["dialing"] = self.dialing.model_dump(mode="json")
        data["portal_steps"] = [step.render() for step in self.portal_steps]
        return data


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_jsonable(item) for item in value]
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in fields(value)}
    return value


def build_report(
    plan: InstallationPlan,
    *,
    technician: str = "",
    reveal_code: bool = False,
    now: datetime | None = None,
) -> HandoverReport:
    """The handover report of ``plan``; the activation code is masked unless ``reveal_code``."""
    code = plan.activation_code
    progress = plan.progress
    timeline = tuple(
        TimelineEntry(
            event.at,
            "Rainbow" if event.side == "rainbow" else "PBX",
            event.status if event.side == "rainbow" else pbx_status_label(event.status) or "",
        )
        for event in sorted(progress.timeline, key=lambda e: e.at)
    )
    return HandoverReport(
        generated_at=now or datetime.now(UTC),
        technician=technician.strip(),
        company_name=plan.company.name,
        company_id=plan.company.id,
        site_id=plan.site_id,
        server_name=plan.server_name,
        pbx_model=plan.pbx_model.label,
        mode=plan.mode.label,
        rainbow_server=plan.rainbow_server,
        webrtc_gateway=plan.webrtc_gateway.enabled,
        equipment_id=plan.equipment_id,
        activation_code=None if not code else (code if reveal_code else SECRET_MASK),
        code_revealed=bool(code) and reveal_code,
        dialing=plan.dialing,
        country_name=dialing.country_name(plan.dialing.country),
        rules=rule_examples(plan),
        system_id=progress.system_id,
        declared_at=progress.declared_at,
        pbx_configured=progress.pbx_configured,
        verified=progress.verified,
        rainbow_status=progress.rainbow_status,
        pbx_status=pbx_status_label(progress.pbx_status),
        timeline=timeline,
        portal_steps=portal_steps(
            company=plan.company.name or plan.company.id,
            server=plan.server_name,
            webrtc_gateway=plan.webrtc_gateway.enabled,
            installation_number=plan.dialing.installation_number,
            declared=progress.system_id is not None,
            stock=plan.mode is DeliveryMode.STOCK,
        ),
    )
