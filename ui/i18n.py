"""Interface translation: one shared context, so every phrase is translated once.

``tr("...")`` translates now; ``N_("...")`` only marks a phrase for extraction (translated where shown).
The Russian and Kazakh texts live in resources/translations/delegation_planner_{ru,kk}.ts, compiled to .qm.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner.domain.kinds import Language
from planner.domain.quotes import marks, quote

CONTEXT = "DelegationPlanner"
TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
# English first: the phrases are written in it, so it needs no translation file
INTERFACE_LANGUAGES: tuple[Language, ...] = (Language.EN, Language.RU, Language.KK)


def tr(text: str, *args: object) -> str:
    """The phrase in the interface language; ``%1``, ``%2``... are replaced by ``args``. A name the
    phrase quotes («%1») that carries the language's quotation marks itself has them made the inner
    ones (««Қазақстан» ауылы» would double them: «„Қазақстан“ ауылы», see ``planner.domain.quotes``)."""
    result = QCoreApplication.translate(CONTEXT, text)
    opening, closing = marks(_language)[:2]
    for n, value in enumerate(args, start=1):
        between = f"{opening}%{n}{closing}"
        if isinstance(value, str) and between in result:
            result = result.replace(between, quote(value, _language))
        result = result.replace(f"%{n}", str(value))
    return result


def quoted(name: str) -> str:
    """``name`` in the quotation marks of the interface language: “name” in English, «name» in Russian
    and Kazakh, as the engine's sentences quote (a phrase with a name inside writes the marks itself);
    the name's own marks nested inside („“ in Russian and Kazakh, ‘’ in English)."""
    return tr("“%1”", name)


def step_name(text: str) -> str:
    """An undo step's text inside a sentence ('Применено: …', 'Отменить: …'): in Russian and Kazakh its
    first letter made small when it only starts the sentence («Задержка на 20 мин» → «задержка на 20
    мин»); a word in capitals ('VIP'), a quotation mark or a number is left as it is. English keeps the
    capital of its menus ('Undo Move “Talks”')."""
    if _language == Language.EN:
        return text
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def N_(text: str) -> str:
    """Mark a phrase for translation without translating it yet."""
    return text


_installed: list[QTranslator] = []
_language: str = Language.EN


def current_language() -> str:
    """The interface language installed last: ``en``, ``ru`` or ``kk`` (``en`` until one is)."""
    return _language


def install_language(language: str) -> bool:
    """Load the interface language (``en`` needs no file); returns False if its file is missing."""
    global _language
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language = Language.EN
    if language == Language.EN:
        return True
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"delegation_planner_{language}.qm")):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    _language = language
    # Qt's own texts (OK, Cancel, the colour and file dialogs) come with Qt
    qt_texts = QTranslator(app)
    if qt_texts.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_texts)
        _installed.append(qt_texts)
    return True


def system_language() -> str:
    """``ru`` or ``kk`` when the system speaks Russian or Kazakh, else ``en``."""
    name = QLocale.system().name()
    for code in (Language.RU, Language.KK):
        if name == code or name.startswith(f"{code}_"):
            return code.value
    return Language.EN.value


def plural(phrase: str, n: int, *args: object) -> str:
    """The form of a translated ``phrase`` for the number ``n``, with ``%1`` replaced by it and ``%2``,
    ``%3``... by ``args``.

    The forms are separated by "|": English one|other, Russian one|few|many (1 пункт, 2 пункта,
    5 пунктов), Kazakh one form (a noun after a number stays singular: 5 тармақ)."""
    forms = phrase.split("|")
    language = current_language()
    if language == "ru":
        tens, units = n % 100, n % 10
        index = 0 if units == 1 and tens != 11 else 1 if 2 <= units <= 4 and not 12 <= tens <= 14 else 2
    elif language == "kk":
        index = 0
    else:
        index = 0 if n == 1 else 1
    text = forms[min(index, len(forms) - 1)].replace("%1", str(n))
    for number, value in enumerate(args, start=2):
        text = text.replace(f"%{number}", str(value))
    return text
