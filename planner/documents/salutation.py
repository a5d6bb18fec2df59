"""How a letter greets a person: 'Уважаемый Игорь Юрьевич!', 'Құрметті Игорь Юрьевич!', 'Dear Igor
Babushkin,'.

Russian and Kazakh address a person by the given name and patronymic when both are known: the patronymic is
the word ending like one (-вич, -вна, -ична, -ұлы, -қызы…), the given name the word before it, in either
order of the full name ('Бабушкин Игорь Юрьевич' or 'Игорь Юрьевич Бабушкин'). The patronymic also tells
the gender Russian needs ('Уважаемый' / 'Уважаемая'); without one the full name is used, and Russian then
greets without guessing the gender. English greets by the name as printed (its translation, 'Igor
Babushkin').
"""

from __future__ import annotations

import re

from planner.documents.catalogue import label

_MALE = ("вич", "ич", "ұлы", "улы", "оглы", "оғлы", "uly", "ovich", "evich")
_FEMALE = ("вна", "чна", "қызы", "кызы", "кизи", "qyzy", "ovna", "evna")


def _plain(full_name: str) -> str:
    """The name without a namesake's distinction in brackets ('Иванов Иван (Министр)')."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", full_name).strip()


def _gender(word: str) -> str | None:
    lower = word.casefold()
    if lower.endswith(_FEMALE):
        return "f"
    if lower.endswith(_MALE):
        return "m"
    return None


def name_and_patronymic(full_name: str) -> tuple[str, str] | None:
    """The given name and patronymic with the patronymic's gender ('m' or 'f'), or None when the name
    has no patronymic. A namesake's distinction in brackets is left out."""
    words = _plain(full_name).split()
    if len(words) < 2:
        return None
    for n in (2, 1):  # surname first, or surname last
        if n < len(words) and (gender := _gender(words[n])) is not None and _gender(words[n - 1]) is None:
            return f"{words[n - 1]} {words[n]}", gender
    return None


def salutation(full_name: str, lang: str) -> str:
    """The greeting of a letter to ``full_name`` (in ``lang``, the name as that language prints it)."""
    if lang != "en" and (found := name_and_patronymic(full_name)) is not None:
        name, gender = found
        return label(f"mail_dear_{gender}", lang, name=name)
    return label("mail_dear", lang, name=_plain(full_name) or full_name.strip())
