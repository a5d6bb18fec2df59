"""A visit whose arrival and departure are set in its details and planned, with no arrival or departure
item, as a new officer builds one: what the stay tests print. (Holds no tests itself.)"""

from __future__ import annotations

from typing import Any

AIRPORT = {
    "ru": "Международный аэропорт Атырау",
    "kk": "Атырау халықаралық әуежайы",
    "en": "Atyrau International Airport",
}
STATION = {
    "ru": "Железнодорожный вокзал Атырау",
    "kk": "Атырау темір жол вокзалы",
    "en": "Atyrau railway station",
}
CHARTER = {
    "ru": "Чартерный рейс Астрахань – Атырау",
    "kk": "Астрахан – Атырау чартерлік рейсі",
    "en": "Charter flight Astrakhan – Atyrau",
}
MUSEUM = {"ru": "Музей «Ата & Ана»", "kk": "«Ата & Ана» мұражайы", "en": "“Ata & Ana” museum"}
# the latecomer: a Kazakh name, with quotes and an ampersand in the English one
LATE = {"ru": "Әлібек Ғалымжанұлы", "kk": "Әлібек Ғалымжанұлы", "en": 'Alibek "Ali" Galymzhanuly & Co'}


def _names(texts: dict[str, str]) -> tuple[str, dict[str, str]]:
    return texts["ru"], {"kk": texts["kk"], "en": texts["en"]}


def stay_visit() -> dict[str, Any]:
    """Two days, 15–16 September 2026 in Atyrau: the delegation lands at 10:40 and flies out at 17:30
    (the visit's own arrival and departure, at the airport), one guest comes by train at 19:10 on the
    first day; the programme has talks and a museum, and no arrival or departure item."""
    airport, airport_i18n = _names(AIRPORT)
    station, station_i18n = _names(STATION)
    museum, museum_i18n = _names(MUSEUM)
    charter, charter_i18n = _names(CHARTER)
    late, late_i18n = _names(LATE)
    people = [
        ("P1", "guest", "Бабушкин Игорь", {"kk": "Бабушкин Игорь", "en": "Igor Babushkin"}, 1),
        ("P2", "guest", "Петров Пётр", {"kk": "Петров Пётр", "en": "Pyotr Petrov"}, 2),
        ("P3", "guest", late, late_i18n, 3),
        ("P4", "host", "Шапкенов Серік", {"kk": "Шапкенов Серік", "en": "Serik Shapkenov"}, 1),
    ]
    return {
        "format": "delegation-planner/visit",
        "format_version": 1,
        "delegation": {
            "name": "Делегация Астраханской области",
            "name_i18n": {"kk": "Астрахан облысының делегациясы", "en": "Astrakhan Region delegation"},
            "home_timezone": "Europe/Astrakhan",
        },
        "visit": {
            "title": "Визит в Атыраускую область",
            "title_i18n": {"kk": "Атырау облысына сапар", "en": "Visit to Atyrau Region"},
            "host_region": "Атырауская область",
            "host_region_i18n": {"kk": "Атырау облысы", "en": "Atyrau Region"},
            "host_organisation": "Акимат Атырауской области",
            "host_organisation_i18n": {"kk": "Атырау облысының әкімдігі", "en": "Akimat of Atyrau Region"},
            "host_timezone": "Asia/Atyrau",
            "start_date": "2026-09-15",
            "end_date": "2026-09-16",
            "arrival_mode": charter,
            "arrival_mode_i18n": charter_i18n,
            "day_start": "08:00",
            "day_end": "20:00",
        },
        "sites": [
            {
                "key": "AIR",
                "name": airport,
                "name_i18n": airport_i18n,
                "category": "transport",
                "address": "г. Атырау, проспект Азаттык, 1",
                "address_i18n": {"kk": "Атырау қ., Азаттық даңғылы, 1", "en": "1 Azattyk Avenue, Atyrau"},
            },
            {
                "key": "RAIL",
                "name": station,
                "name_i18n": station_i18n,
                "category": "transport",
                "address": "г. Атырау, улица Вокзальная, 2",
                "address_i18n": {"kk": "Атырау қ., Вокзал көшесі, 2", "en": "2 Vokzalnaya Street, Atyrau"},
            },
            {
                "key": "MUS",
                "name": museum,
                "name_i18n": museum_i18n,
                "category": "culture",
                "address": "г. Атырау, улица Абая, 5",
                "address_i18n": {"kk": "Атырау қ., Абай көшесі, 5", "en": "5 Abai Street, Atyrau"},
            },
        ],
        "participants": [
            {
                "key": key,
                "side": side,
                "full_name": name,
                "name_i18n": name_i18n,
                "title": "Министр" if side == "guest" else "Аким",
                "title_i18n": {"kk": "Министр" if side == "guest" else "Әкім", "en": "Minister"},
                "protocol_rank": rank,
                **({"arrival_mode": "train", "arrival_number": "№ 317"} if key == "P3" else {}),
            }
            for key, side, name, name_i18n, rank in people
        ],
        "groups": [],
        "itinerary": [
            {
                "key": "I1",
                "kind": "meeting",
                "title": "Переговоры",
                "title_i18n": {"kk": "Келіссөздер", "en": "Talks"},
                "starts_at": "2026-09-15T12:00:00+05:00",
                "ends_at": "2026-09-15T13:00:00+05:00",
                "site": "MUS",
                "groups": [],
                "attendees": [],
            },
            {
                "key": "I2",
                "kind": "site_visit",
                "title": "Посещение музея",
                "title_i18n": {"kk": "Мұражайға бару", "en": "Museum visit"},
                "starts_at": "2026-09-16T10:00:00+05:00",
                "ends_at": "2026-09-16T11:30:00+05:00",
                "site": "MUS",
                "groups": [],
                "attendees": [],
            },
        ],
        "planning": {
            "stays": [
                {
                    "for": "visit",
                    "arrival": {"at": "2026-09-15T10:40:00+05:00", "site": "AIR"},
                    "departure": {"at": "2026-09-16T17:30:00+05:00", "site": "AIR"},
                },
                {"for": "P3", "arrival": {"at": "2026-09-15T19:10:00+05:00", "site": "RAIL"}},
            ]
        },
    }
