"""The translation files: current, complete, consistent with the code; every visible text marked.

The extraction ``make translations`` runs is repeated here into a temporary copy of the committed
``.ts`` files: a source string without a translation, or a translation whose source string is
gone, fails with the list of entries concerned. The code is scanned too: a user-visible string
literal that is not marked for translation fails, and so does a marked string ``lupdate`` cannot
see under the context the program looks it up in.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
UI = ROOT / "installer_app" / "ui"
HINT = "run `make translations`, then translate the new entries (see translations/README.md)"


def _load_update() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _load_update()
LANGUAGES: tuple[str, ...] = update.LANGUAGES


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # the translation's type attribute: "", "unfinished", "obsolete", "vanished"...


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    translation.text or "",
                    translation.get("type", ""),
                )
            )
    return messages


def _listing(messages: list[Message], limit: int = 25) -> str:
    lines = [f"  [{m.kind or 'empty'}] {m.context}: {m.source[:90]!r}" for m in messages[:limit]]
    if len(messages) > limit:
        lines.append(f"  ... and {len(messages) - limit} more")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Message]]:
    """Each language's ``.ts`` as ``make translations`` would leave it now (obsolete kept)."""
    folder = tmp_path_factory.mktemp("ts")
    copies = []
    for language in LANGUAGES:
        copy = update.ts_path(language, folder)
        shutil.copyfile(update.ts_path(language), copy)
        copies.append(copy)
    update.lupdate(update.source_files(), copies, drop_obsolete=False)
    return {language: read_ts(update.ts_path(language, folder)) for language in LANGUAGES}


def test_country_markers_are_generated_from_the_domain_table() -> None:
    assert update.COUNTRY_MARKERS.read_text(encoding="utf-8") == update.country_markers_text(), (
        f"translations/sources/country_names.py is stale: {HINT}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_file_is_current_and_complete(
    language: str, refreshed: dict[str, list[Message]]
) -> None:
    committed = read_ts(update.ts_path(language))
    problems = [m for m in refreshed[language] if m.kind or not m.translation.strip()]
    assert not problems, f"installer_app_{language}.ts is not complete: {HINT}\n" + _listing(
        problems
    )
    now = {(m.context, m.source) for m in refreshed[language]}
    assert {(m.context, m.source) for m in committed} == now


def test_every_shipped_catalogue_has_every_message_finished() -> None:
    """The committed catalogues as shipped: none lacks a message another one has, and none has
    an unfinished, obsolete or empty translation (the refreshed check above needs lupdate)."""
    committed = {language: read_ts(update.ts_path(language)) for language in LANGUAGES}
    everywhere = set().union(*({(m.context, m.source) for m in ms} for ms in committed.values()))
    for language, messages in committed.items():
        missing = everywhere - {(m.context, m.source) for m in messages}
        assert not missing, f"installer_app_{language}.ts lacks: {sorted(missing)[:10]}"
        unfinished = [m for m in messages if m.kind or not m.translation.strip()]
        assert not unfinished, f"installer_app_{language}.ts: {HINT}\n" + _listing(unfinished)


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_file_matches_its_source(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    update.lrelease(update.ts_path(language), compiled)
    assert update.qm_path(language).read_bytes() == compiled.read_bytes(), (
        f"installer_app_{language}.qm is older than its .ts: {HINT}"
    )


_PLACEHOLDER = re.compile(r"%\d")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    wrong = []
    for m in read_ts(update.ts_path(language)):
        if m.kind:  # unfinished or obsolete: the completeness test reports them
            continue
        if sorted(_PLACEHOLDER.findall(m.source)) != sorted(_PLACEHOLDER.findall(m.translation)):
            wrong.append(f"placeholders differ: {m.context}: {m.translation!r}")
        if _accelerators(m.source) != _accelerators(m.translation):
            wrong.append(f"accelerator count differs: {m.context}: {m.translation!r}")
    assert not wrong, "\n".join(wrong)


#: The contexts whose accelerators share one window: a page and the widgets on it, with the
#: wizard's own buttons that page shows (the start page has no Back; the summary page's Next
#: is its own "Declare on Rainbow"; the last page has Finish instead of Next).
WINDOWS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "StartPage": (("StartPage", "DraftKeeper"), ("&Next >",)),
    "PbxModePage": (("PbxModePage",), ("< &Back", "&Next >")),
    "SignInPage": (("SignInPage", "RainbowAccountForm"), ("< &Back", "&Next >")),
    "CompanyPage": (("CompanyPage", "CompanyResults", "SiteChooser"), ("< &Back", "&Next >")),
    "PbxPage": (("PbxPage",), ("< &Back", "&Next >")),
    "CredentialsPage": (("CredentialsPage",), ("< &Back", "&Next >")),
    "DialingPage": (("DialingPage",), ("< &Back", "&Next >")),
    "NumberingPage": (("NumberingPage", "RuleTester", "RulesTable"), ("< &Back", "&Next >")),
    "SummaryPage": (("SummaryPage",), ("< &Back",)),
    "DeclarationPage": (("DeclarationPage",), ("< &Back", "&Next >")),
    "PbxConfigPage": (("PbxConfigPage",), ("< &Back", "&Next >")),
    "DashboardPage": (("DashboardPage", "ReportAction"), ("< &Back", "&Finish")),
}


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _qt_wizard_button(language: str, text: str) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from installer_app.ui.i18n import QT_CATALOGUES

    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    names = QT_CATALOGUES.get(language, (f"qtbase_{language}",))
    assert any(translator.load(name, folder) for name in names)
    return translator.translate("QWizard", text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_accelerators_are_unique_on_each_page(language: str) -> None:
    by_context: dict[str, list[str]] = defaultdict(list)
    more: list[str] = []
    for m in read_ts(update.ts_path(language)):
        if (m.context, m.source) == ("InstallerWizard", "&More…"):
            more.append(m.translation)
        elif _mnemonic(m.translation):
            by_context[m.context].append(m.translation)
    clashes = []
    for page, (contexts, buttons) in WINDOWS.items():
        texts = more + [_qt_wizard_button(language, b) for b in buttons]
        texts += [t for c in contexts for t in by_context[c]]
        letters: dict[str, set[str]] = defaultdict(set)
        for text in texts:
            letters[_mnemonic(text) or ""].add(text)
        clashes += [f"{page}: {sorted(same)}" for same in letters.values() if len(same) > 1]
    assert not clashes, "Alt letters used twice on one page:\n" + "\n".join(clashes)


# -- the code ---------------------------------------------------------------------------------

#: Methods and constructors whose string arguments the technician sees (or hears: accessible
#: names are read aloud).
_VISIBLE_METHODS = frozenset(
    {
        "setText",
        "setTitle",
        "setSubTitle",
        "setToolTip",
        "setPlaceholderText",
        "setWindowTitle",
        "setAccessibleName",
        "setAccessibleDescription",
        "setStatusTip",
        "setWhatsThis",
        "addItem",
        "addItems",
        "addAction",
        "setButtonText",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setTabText",
        "addTab",
        "setItemText",
        "insertItem",
        "setPlainText",
        "setHtml",
        "add_tool_action",
        "show_error",
        "show_warning",
        "show_info",
        "addRow",
    }
)
_VISIBLE_CLASSES = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QToolButton",
        "QCommandLinkButton",
        "QListWidgetItem",
        "QTableWidgetItem",
        "QStandardItem",
        "QMenu",
        "InlineMessage",
        "BusyIndicator",
        "CopyField",
    }
)
#: Dialog helpers whose captions, labels and file filters are shown.
_DIALOG_CLASSES = frozenset({"QMessageBox", "QInputDialog", "QFileDialog"})
#: Literals that are not words in any language.
ALLOWED = frozenset({"https://", "admin@partner.example"})
_TAG = re.compile(r"<[^>]*>")


def _literals(node: ast.AST) -> Iterator[tuple[int, str]]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.lineno, node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        yield node.lineno, str(text)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _literals(element)
    elif isinstance(node, ast.BinOp):
        yield from _literals(node.left)
        yield from _literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)


def _is_words(text: str) -> bool:
    return text not in ALLOWED and re.search(r"[^\W\d_]{2,}", _TAG.sub("", text)) is not None


def _ui_files() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def _call_name(call: ast.Call) -> tuple[str | None, str | None]:
    """(name called, name of the object it is called on)."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id, None
    if isinstance(func, ast.Attribute):
        owner = func.value
        owner_name = owner.id if isinstance(owner, ast.Name) else None
        if isinstance(owner, ast.Attribute):
            owner_name = owner.attr
        return func.attr, owner_name
    return None, None


def test_visible_strings_in_the_interface_are_marked_for_translation() -> None:
    unmarked = []
    for path in _ui_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name, owner = _call_name(node)
            visible = (
                name in _VISIBLE_METHODS
                or name in _VISIBLE_CLASSES
                or (owner in _DIALOG_CLASSES and name is not None and name[:1].islower())
            )
            if not visible or owner in {"logger", "logging", "log"}:
                continue
            for argument in [*node.args, *(k.value for k in node.keywords)]:
                for line, text in _literals(argument):
                    if _is_words(text):
                        where = path.relative_to(ROOT)
                        unmarked.append(f"{where}:{line}: {name}({text!r})")
    assert not unmarked, (
        "Wrap these in self.tr() or QCoreApplication.translate(context, ...):\n"
        + "\n".join(unmarked)
    )


def _subclassed_in_ui() -> set[str]:
    bases = set()
    for path in _ui_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases |= {b.id for b in node.bases if isinstance(b, ast.Name)}
    return bases


class _MarkedStrings(ast.NodeVisitor):
    """Every (context, text) the code looks up, as the program will at run time."""

    def __init__(self, path: Path, subclassed: set[str]) -> None:
        self.path = path
        self.subclassed = subclassed
        self.classes: list[str] = []
        self.found: list[tuple[str, str, int]] = []
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _text(self, node: ast.AST | None) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        return None

    def visit_Call(self, node: ast.Call) -> None:
        name, owner = _call_name(node)
        where = f"{self.path.relative_to(ROOT)}:{node.lineno}"
        first = node.args[0] if node.args else None
        if name == "tr" and first is not None:
            text = self._text(first)
            if isinstance(first, ast.JoinedStr):
                self.problems.append(f"{where}: tr() of an f-string is never translated")
            elif text is not None:
                context = self.classes[-1] if self.classes else "?"
                if owner != "self":
                    self.problems.append(
                        f"{where}: {owner}.tr(): lupdate files it under {owner!r}; use "
                        "QCoreApplication.translate(context, ...)"
                    )
                elif context in self.subclassed:
                    self.problems.append(
                        f"{where}: self.tr() in {context}, which is subclassed: PySide looks "
                        "it up under the subclass; use QCoreApplication.translate"
                    )
                else:
                    self.found.append((context, text, node.lineno))
        elif name in {"translate", "QT_TRANSLATE_NOOP"} and len(node.args) >= 2:
            context, text = self._text(node.args[0]), self._text(node.args[1])
            if context is not None and text is not None:
                self.found.append((context, text, node.lineno))
        self.generic_visit(node)


def test_every_marked_string_reaches_the_catalogue_under_its_runtime_context() -> None:
    catalogue = {(m.context, m.source) for m in read_ts(update.ts_path(LANGUAGES[0]))}
    subclassed = _subclassed_in_ui()
    problems: list[str] = []
    for path in sorted((ROOT / "installer_app").rglob("*.py")):
        visitor = _MarkedStrings(path, subclassed)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        problems += visitor.problems
        problems += [
            f"{path.relative_to(ROOT)}:{line}: {context}: {text[:60]!r} is not in the catalogue"
            for context, text, line in visitor.found
            if (context, text) not in catalogue
        ]
    assert not problems, "\n".join(problems)


def test_portal_steps_are_extracted_exactly_as_the_program_shows_them() -> None:
    from installer_app.domain import portal

    catalogue = {(m.context, m.source) for m in read_ts(update.ts_path("fr"))}
    texts = [v for k, v in vars(portal).items() if k.isupper() and isinstance(v, str) and "%" in v]
    texts += [portal.WEBRTC_NOTE, portal.INSTALLATION_NUMBER_NOTE]
    for text in texts:
        assert (portal.TRANSLATION_CONTEXT, text) in catalogue


# -- the domain's messages ----------------------------------------------------------------------


def _keyring_messages() -> set[str]:
    """What the credential store says when the keyring is missing, locked or refuses to store:
    the sign-in page shows the message and hint apart, or joined after a sign-in."""
    import keyring.errors
    from keyring.backend import KeyringBackend
    from keyring.backends import fail

    from installer_app.storage.credentials import CredentialStore, CredentialStoreError

    class Refusing(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        error: type[Exception] = keyring.errors.KeyringLocked

        def get_password(self, service: str, username: str) -> str | None:
            raise self.error("no")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise self.error("no")

        def delete_password(self, service: str, username: str) -> None:
            raise self.error("no")

    class RefusingToStore(Refusing):
        error = keyring.errors.PasswordSetError

    messages: set[str] = set()
    for backend in (fail.Keyring(), Refusing(), RefusingToStore()):
        store = CredentialStore(backend, environ={})
        for saving in (False, True):
            try:
                if saving:
                    store.save("https://openrainbow.com", "a@b.example", password="x")
                else:
                    store.load("https://openrainbow.com", "a@b.example")
            except CredentialStoreError as error:
                messages.update((error.message, error.hint, f"{error.message} {error.hint}"))
    assert len(messages) >= 6
    return messages


def _domain_messages() -> set[str]:
    """Every message the domain writes for the GUI, produced by exercising it with bad input."""
    from dataclasses import replace

    from installer_app.domain import dialing, flow, numbering, references
    from installer_app.domain.plan import DeliveryMode, PbxModel

    messages: set[str] = set()
    base = flow.WizardState()
    rule = numbering.NumberingRule
    states = [
        base,
        replace(base, mode=DeliveryMode.BTCO, pbx_model=PbxModel.OXO_CONNECT_EVOLUTION),
        replace(base, offline=True),
        replace(base, webrtc_enabled=True),
        replace(base, fleet_ref="ALE", installation_ref="1234"),
        replace(base, fleet_ref="ALE12", installation_ref="1234.5678.90"),
        replace(base, country="FR", national_prefix="0a", international_prefix="x"),
        replace(base, country="FR", outbound_prefix="9x", installation_number="12ab"),
        replace(base, country="FR", use_outbound_prefix=True),
        replace(base, rules=[rule("", ""), rule("(", "$2"), rule("0" * 70, "")]),
        replace(base, rules=[rule(r"^\d\d", r"\1"), rule(r"^\d\d", "$&x"), rule("^(1)", "$3")]),
        replace(base, rules=[rule("^(1)(2)", "$3", "a\nb"), rule("[[a]", "1"), rule("^0", "")]),
        replace(base, rules=[rule("^0", "$1"), rule("^0", "a$'"), rule(r"^\d", "1")]),
        replace(base, rules=[rule(r"^\d{2}" + r"\d" * 20, "1"), rule("^9", "")] * 60),
    ]
    for state in states:
        for step in flow.Step:
            messages.update(flow.blockers(step, state))
        messages.update(p.message for p in numbering.validate_rules(state.rules))  # and warnings
    for value in ("", "A", "ALE12", "12", "1234 5678 9", "1234.5678.90", "AL-E"):
        messages.update(m for m in (references.check_fleet(value),) if m)
        messages.update(m for m in (references.check_installation(value),) if m)
        for reference in (value, f"{value}-1234.5678.90", f"ALE12-{value}", f"{value}-"):
            for override in (False, True):
                try:
                    references.parse_reference(reference, override=override)
                except references.ReferenceError as error:
                    messages.add(error.message)
    for rules in (state.rules for state in states):
        for dialled in ("", "+33123", "0123", "00331", "2301", "9", "12345678"):
            for outbound in ("", "0"):
                messages.add(
                    numbering.simulate(
                        dialled, rules[:3], outbound_prefix=outbound, use_outbound_prefix=True
                    ).explanation
                )
    messages.update(_keyring_messages())
    messages.add(numbering.simulate("0", [rule("^0", "")] * 101).explanation)
    messages.add(numbering.simulate("01", [rule("^0", "", "d")]).explanation)
    for label in ("National prefix", "International prefix", "Outbound prefix"):
        messages.update(m for m in (dialing.check_prefix(label, "1a"),) if m)
    numbers = ("", "+", "+x", "+999", "+33", "+331", "0", "00", "0123", "01 23 45 67 89", "12")
    numbers += ("123456", "+3312345678901234567", "0033123456789", "0612345678901", "987654321")
    for number in numbers:
        for country in ("FR", "IT", "US", "ZZ"):
            for national, international in (("0", "00"), ("", "00"), ("0a", "00")):
                preview = dialing.preview(
                    number,
                    country=country,
                    national_prefix=national,
                    international_prefix=international,
                    outbound_prefix="0",
                    use_outbound_prefix=True,
                )
                messages.add(preview.message)
    return messages


def test_every_domain_message_shown_in_the_interface_is_in_the_catalogue() -> None:
    from installer_app.ui.support.domain_text import is_known, match_template

    messages = _domain_messages()
    assert len(messages) > 40  # the sweep really produced messages
    unknown = sorted(m for m in messages if not is_known(m))
    # "Rule 2, pattern: <problem>": the problem must be known too.
    for message in messages:
        found = match_template(message)
        inner = found[1].get("2", "") if found and found[0].startswith("Rule %1, ") else ""
        if inner and not is_known(inner):
            unknown.append(message)
    assert not unknown, (
        "Add these to installer_app/ui/support/domain_text.py (whole, or as a template):\n"
        + "\n".join(unknown)
    )


# -- the failures the wizard shows --------------------------------------------------------------

#: Templates whose first value is a term the catalogue translates too (a field, what a finding
#: is about); OMC's own labels ("Activation code", in straight quotes) stay as OMC shows them.
_TERM_TEMPLATES = frozenset(
    {
        "Rainbow refused the %1.",
        "Rainbow refused the %1: %2.",
        "Correct the %1.",
        "The PBX refused the %1.",
        "The PBX refused the %1: %2",
        "Correct the %1 and apply again.",
        "This PBX is already declared on Rainbow %1.",
        "Check that this computer is connected to the internet; %1.",
        "Check the server address and port; %1.",
        "The network is slow or a firewall drops the traffic; %1. Try again.",
    }
)


def test_every_failure_message_shown_in_the_interface_is_in_the_catalogue() -> None:
    """Each message and hint of an error below the GUI (Rainbow, the PBX, the use cases, the
    files) is known to the catalogue, and so is each term put into one."""
    from installer_app.ui.support.domain_text import ALL_EXACT, is_known, match_template
    from tests.unit.failure_messages import constructed_messages, produced_messages

    constructed, produced = constructed_messages(), produced_messages()
    assert len(constructed) > 100 and len(produced) > 60  # the sweep really found them
    unknown = sorted(m for m in constructed | produced if not is_known(m))
    for message in sorted(produced):
        found = None if message in ALL_EXACT else match_template(message)
        if found and found[0] in _TERM_TEMPLATES:
            term = found[1]["1"]
            if not term.startswith('"') and not is_known(term):
                unknown.append(f"{term!r} (in {message!r})")
    assert not unknown, (
        "Add these to installer_app/ui/support/catalogue_remote.py or catalogue_local.py "
        "(whole, or as a template):\n" + "\n".join(unknown)
    )


# -- the batch dialog's problems ----------------------------------------------------------------

#: Templates whose last value is itself a message (a rule's problem) or Python's JSON reader's.
_INNER_TEMPLATES = {"In %1: %2": "2", "%1 is not valid JSON: %2 at line %3, column %4.": "2"}


def test_every_batch_problem_the_dialog_lists_is_in_the_catalogue(tmp_path: Path) -> None:
    """Bad CSV and rules files of every kind: each problem and warning the batch use case gives
    (and the message inside one that holds another) is known to the catalogue."""
    from installer_app.ui.support.domain_text import is_known, match_template
    from tests.unit.batch_messages import batch_messages

    messages = batch_messages(tmp_path)
    assert len(messages) > 40  # the bad files really produced problems
    unknown = sorted(m for m in messages if not is_known(m))
    for message in sorted(messages):
        found = match_template(message)
        inner = (
            found[1][_INNER_TEMPLATES[found[0]]] if found and found[0] in _INNER_TEMPLATES else ""
        )
        if inner and not is_known(inner):
            unknown.append(f"{inner!r} (in {message!r})")
    assert not unknown, (
        "Add these to installer_app/ui/support/catalogue_batch.py (whole, or as a template):\n"
        + "\n".join(unknown)
    )
