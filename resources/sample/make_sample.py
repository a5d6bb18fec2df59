"""Generate the sample visit file ``astrakhan-atyrau-2023.json``.

The sample follows the press report of the two-day visit of the Astrakhan region delegation (Russia),
headed by governor Igor Babushkin, to Atyrau region (Kazakhstan) on 11–12 May 2023, which ended with the
signing of a plan of cooperation events for 2023–2026. Sites, people below the two heads, contacts,
vehicles, outcomes and commitments are invented; phone numbers and e-mail addresses are fictional.

The itinerary is built programmatically: fixed (pinned) appointments are placed at set times and each
group's site visits are filled in between them in a fixed geographic order, from the sites' usual visit
lengths, the driving time between sites and the sites' opening hours. The script then re-checks the
result independently (no person in two places, enough driving time, sites open, days within bounds,
a lunch break every day, seats in vehicles) and validates the file against the JSON Schema before
writing it.

Run from the repository root: ``uv run python resources/sample/make_sample.py``
"""

from __future__ import annotations

import itertools
import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import jsonschema

HERE = Path(__file__).resolve().parent
PROJECT_ROOT = HERE.parent.parent
SCHEMA_PATH = PROJECT_ROOT / "planner" / "interchange" / "visit.schema.json"
OUTPUT_PATH = HERE / "astrakhan-atyrau-2023.json"

# Asia/Atyrau is UTC+5 all year round (no daylight saving time).
HOST_TZ = timezone(timedelta(hours=5))
DAY1 = date(2023, 5, 11)  # Thursday
DAY2 = date(2023, 5, 12)  # Friday
DAY_START = time(8, 30)
DAY_END = time(19, 30)
DINNER_DAY_END = time(22, 30)
TRAVEL_SPEED_KMH = 40
ROAD_FACTOR = 1.3
EARTH_RADIUS_KM = 6371.0
GRID_MIN = 5  # every item starts and ends on a five-minute mark
SLACK_MIN = 2  # minutes added to the driving time for boarding, before rounding up to the grid

Json = dict[str, Any]
Text = tuple[str, str, str]  # (ru, kk, en)


def i18n(kk: str, en: str) -> dict[str, str]:
    """Translations of a Russian main text."""
    return {"kk": kk, "en": en}


# --------------------------------------------------------------------------------------------------------
# Sites
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Site:
    """A place of the sample; ``visit`` is the title of a visit to it (None: not a place to visit)."""

    key: str
    name: Text
    category: str
    address: str
    lat: float
    lon: float
    hours: str
    duration: int
    contact: str
    email: str
    visit: Text | None = None
    priority: int = 0  # 0: a required visit; 1-3: optional, 1 = most wanted
    notes: str = ""


SITES: list[Site] = [
    Site(
        "S01",
        (
            "Въездная стела «Атырау» на трассе Атырау – Астрахань",
            "Атырау – Астрахан тас жолындағы «Атырау» кіреберіс стеласы",
            "Atyrau entrance stele on the Atyrau–Astrakhan highway",
        ),
        "landmark",
        "г. Атырау, трасса Атырау – Астрахань, 12-й км",
        47.141526,
        51.842173,
        "24/7",
        20,
        "Жаксыбеков Нурлан Маратович",
        "stela@example.kz",
        notes="Место встречи и проводов мотоколонны; площадка для 10 автомобилей и 20 мотоциклов.",
    ),
    Site(
        "S02",
        ("Акимат Атырауской области", "Атырау облысының әкімдігі", "Akimat of Atyrau Region"),
        "government",
        "г. Атырау, ул. Айтеке би, 77",
        47.106842,
        51.916437,
        "Mo-Fr 09:00-18:30; Sa 10:00-14:00; Su off",
        60,
        "Құрманғалиева Әсел Бауыржанқызы",
        "protocol@example.kz",
        notes="Переговоры — малый зал заседаний (3-й этаж); подписание — большой зал (2-й этаж).",
    ),
    Site(
        "S03",
        ("Гостиница «Атырау Гранд Ривер»", "«Атырау Гранд Ривер» қонақүйі", "Atyrau Grand River Hotel"),
        "hospitality",
        "г. Атырау, ул. Сатпаева, 15Б",
        47.112318,
        51.925764,
        "24/7",
        60,
        "Ким Виктория Олеговна",
        "reservations@example.kz",
        notes="Размещение делегации; банкетный зал «Жайык» на 120 мест.",
    ),
    Site(
        "S04",
        ("Ресторан «Шанырак»", "«Шаңырақ» мейрамханасы", "Shanyrak Restaurant"),
        "hospitality",
        "г. Атырау, ул. Махамбета, 118",
        47.109573,
        51.921128,
        "Mo-Su 11:00-23:00",
        60,
        "Тулегенов Бекзат Аскарович",
        "shanyrak@example.kz",
    ),
    Site(
        "S05",
        ("Ресторан «Арман»", "«Арман» мейрамханасы", "Arman Restaurant"),
        "hospitality",
        "г. Атырау, пр. Сатпаева, 42",
        47.104231,
        51.927614,
        "Mo-Su 11:00-23:00",
        60,
        "Оразова Меруерт Талгатовна",
        "arman@example.kz",
    ),
    Site(
        "S06",
        ("Атырауский нефтеперерабатывающий завод", "Атырау мұнай өңдеу зауыты", "Atyrau Oil Refinery"),
        "industry",
        "г. Атырау, ул. Зейнолла Кабдолова, 1",
        47.080417,
        51.979862,
        "Mo-Fr 08:00-17:00",
        60,
        "Ермеков Талгат Серикович",
        "refinery@example.kz",
        visit=(
            "Посещение Атырауского нефтеперерабатывающего завода",
            "Атырау мұнай өңдеу зауытына бару",
            "Visit to the Atyrau Oil Refinery",
        ),
        notes="Спецодежда и каски выдаются на КПП; фото- и видеосъемка только по согласованию.",
    ),
    Site(
        "S07",
        (
            "Полимерный завод ТОО «Каспий Полимер» (Карабатан)",
            "«Каспий Полимер» ЖШС полимер зауыты (Қарабатан)",
            "Kaspiy Polymer LLP polymer plant (Karabatan)",
        ),
        "industry",
        "Атырауская обл., Махамбетский р-н, промзона Карабатан, уч. 3",
        47.226153,
        52.038471,
        "Mo-Fr 08:00-17:00",
        60,
        "Сагинтаев Руслан Кайратович",
        "polymer@example.kz",
        visit=(
            "Посещение полимерного завода ТОО «Каспий Полимер»",
            "«Каспий Полимер» ЖШС полимер зауытына бару",
            "Visit to the Kaspiy Polymer plant",
        ),
        priority=1,
    ),
    Site(
        "S08",
        ("Атырауский речной порт", "Атырау өзен порты", "Atyrau River Port"),
        "transport",
        "г. Атырау, ул. Речная, 2",
        47.083562,
        51.897214,
        "Mo-Fr 08:00-18:00; Sa 09:00-13:00; Su off",
        40,
        "Нуржанов Азамат Ерланович",
        "port@example.kz",
        visit=(
            "Посещение Атырауского речного порта",
            "Атырау өзен портына бару",
            "Visit to the Atyrau River Port",
        ),
    ),
    Site(
        "S09",
        ("Судостроительный завод «Жайык Кеме»", "«Жайық Кеме» кеме жасау зауыты", "Zhaiyk Keme Shipyard"),
        "industry",
        "г. Атырау, ул. Судоремонтная, 5",
        47.076128,
        51.903547,
        "Mo-Fr 08:00-17:00",
        45,
        "Кравченко Сергей Петрович",
        "shipyard@example.kz",
        visit=(
            "Посещение судостроительного завода «Жайык Кеме»",
            "«Жайық Кеме» кеме жасау зауытына бару",
            "Visit to the Zhaiyk Keme shipyard",
        ),
    ),
    Site(
        "S10",
        (
            "Рыбоперерабатывающий комбинат «Атырау Балык»",
            "«Атырау Балық» балық өңдеу комбинаты",
            "Atyrau Balyk fish processing plant",
        ),
        "industry",
        "г. Атырау, ул. Рыбозаводская, 14",
        47.068493,
        51.887126,
        "Mo-Fr 08:00-12:00,13:00-17:00; Sa 08:00-12:00; Su off",
        40,
        "Исмаилова Гаухар Жумабаевна",
        "fish@example.kz",
        visit=(
            "Посещение рыбоперерабатывающего комбината «Атырау Балык»",
            "«Атырау Балық» балық өңдеу комбинатына бару",
            "Visit to the Atyrau Balyk fish processing plant",
        ),
    ),
    Site(
        "S11",
        ("Индустриальная зона г. Атырау", "Атырау қаласының индустриялық аймағы", "Atyrau Industrial Zone"),
        "industry",
        "г. Атырау, Северная промзона, ул. Индустриальная, 1",
        47.135217,
        51.965384,
        "Mo-Fr 09:00-18:00",
        30,
        "Бисенгалиев Ерболат Нурланович",
        "izone@example.kz",
        visit=(
            "Знакомство с индустриальной зоной г. Атырау",
            "Атырау қаласының индустриялық аймағымен танысу",
            "Tour of the Atyrau Industrial Zone",
        ),
        priority=1,
    ),
    Site(
        "S12",
        (
            "Завод металлоконструкций ТОО «КаспийМеталл»",
            "«КаспийМеталл» ЖШС металл конструкциялары зауыты",
            "KaspiyMetall LLP steel structures plant",
        ),
        "industry",
        "г. Атырау, Северная промзона, ул. Индустриальная, 17",
        47.138546,
        51.972513,
        "Mo-Fr 08:00-12:00,13:00-17:00",
        40,
        "Прохоров Андрей Игоревич",
        "metall@example.kz",
        visit=(
            "Посещение завода металлоконструкций ТОО «КаспийМеталл»",
            "«КаспийМеталл» металл конструкциялары зауытына бару",
            "Visit to the KaspiyMetall steel structures plant",
        ),
    ),
    Site(
        "S13",
        (
            "Швейная фабрика «Жайык Текстиль»",
            "«Жайық Текстиль» тігін фабрикасы",
            "Zhaiyk Textile garment factory",
        ),
        "industry",
        "г. Атырау, ул. Кулманова, 151",
        47.121034,
        51.952487,
        "Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-14:00; Su off",
        30,
        "Утешева Сауле Болатовна",
        "textile@example.kz",
        visit=(
            "Посещение швейной фабрики «Жайык Текстиль»",
            "«Жайық Текстиль» тігін фабрикасына бару",
            "Visit to the Zhaiyk Textile garment factory",
        ),
        priority=2,
    ),
    Site(
        "S14",
        (
            "Бизнес-инкубатор «Атырау Бизнес Хаб»",
            "«Атырау Бизнес Хаб» бизнес-инкубаторы",
            "Atyrau Business Hub business incubator",
        ),
        "trade",
        "г. Атырау, пр. Студенческий, 52",
        47.116528,
        51.930573,
        "Mo-Fr 09:00-19:00; Sa 10:00-14:00; Su off",
        30,
        "Мусина Дана Ерлановна",
        "hub@example.kz",
        visit=(
            "Посещение бизнес-инкубатора «Атырау Бизнес Хаб»",
            "«Атырау Бизнес Хаб» бизнес-инкубаторына бару",
            "Visit to the Atyrau Business Hub incubator",
        ),
        priority=2,
    ),
    Site(
        "S15",
        (
            "Палата предпринимателей Атырауской области",
            "Атырау облысының кәсіпкерлер палатасы",
            "Chamber of Entrepreneurs of Atyrau Region",
        ),
        "trade",
        "г. Атырау, ул. Сатпаева, 3",
        47.111046,
        51.910538,
        "Mo-Fr 09:00-13:00,14:00-18:00; Sa,Su off",
        45,
        "Бисенов Нурбол Кайратович",
        "chamber@example.kz",
        notes="Конференц-зал на 60 мест, синхронный перевод.",
    ),
    Site(
        "S16",
        (
            "Атырауский университет имени Х. Досмухамедова",
            "Х. Досмұхамедов атындағы Атырау университеті",
            "Kh. Dosmukhamedov Atyrau University",
        ),
        "education",
        "г. Атырау, пр. Студенческий, 1",
        47.117532,
        51.935516,
        "Mo-Fr 08:30-18:00; Sa 09:00-13:00; Su off",
        45,
        "Исмагулов Кайрат Ержанович",
        "rector@example.kz",
        notes="Встреча — зал Ученого совета (главный корпус, 2-й этаж).",
    ),
    Site(
        "S17",
        (
            "Атырауский университет нефти и газа имени С. Утебаева",
            "С. Өтебаев атындағы Атырау мұнай және газ университеті",
            "S. Utebayev Atyrau University of Oil and Gas",
        ),
        "education",
        "г. Атырау, пр. Азаттык, 1",
        47.101547,
        51.940538,
        "Mo-Fr 08:30-18:00; Sa 09:00-13:00; Su off",
        40,
        "Тасмағанбетова Әлия Қайратқызы",
        "aoggu@example.kz",
        visit=(
            "Посещение Атырауского университета нефти и газа",
            "Атырау мұнай және газ университетіне бару",
            "Visit to the Atyrau University of Oil and Gas",
        ),
        priority=1,
    ),
    Site(
        "S18",
        (
            "Атырауский высший медицинский колледж",
            "Атырау жоғары медициналық колледжі",
            "Atyrau Higher Medical College",
        ),
        "education",
        "г. Атырау, ул. Абая, 9",
        47.113529,
        51.898542,
        "Mo-Fr 08:30-17:30; Sa 09:00-13:00; Su off",
        30,
        "Жумабаева Ляззат Амангельдиевна",
        "medcollege@example.kz",
        visit=(
            "Посещение Атырауского высшего медицинского колледжа",
            "Атырау жоғары медициналық колледжіне бару",
            "Visit to the Atyrau Higher Medical College",
        ),
        priority=2,
    ),
    Site(
        "S19",
        (
            "Назарбаев Интеллектуальная школа химико-биологического направления г. Атырау",
            "Атырау қаласындағы химия-биология бағытындағы Назарбаев Зияткерлік мектебі",
            "Nazarbayev Intellectual School of Chemistry and Biology, Atyrau",
        ),
        "education",
        "г. Атырау, мкр. Нурсая, ул. Елорда, 6",
        47.127043,
        51.940016,
        "Mo-Fr 08:00-18:00; Sa 09:00-14:00; Su off",
        40,
        "Ахметова Жанна Сериковна",
        "nis@example.kz",
        visit=(
            "Посещение Назарбаев Интеллектуальной школы",
            "Назарбаев Зияткерлік мектебіне бару",
            "Visit to the Nazarbayev Intellectual School",
        ),
    ),
    Site(
        "S20",
        ("Школа-гимназия № 17", "№ 17 мектеп-гимназия", "School-Gymnasium No. 17"),
        "education",
        "г. Атырау, ул. Баймуханова, 40",
        47.104517,
        51.905526,
        "Mo-Sa 08:00-18:00; Su off",
        30,
        "Калиева Роза Утегеновна",
        "school17@example.kz",
        visit=(
            "Посещение школы-гимназии № 17",
            "№ 17 мектеп-гимназияға бару",
            "Visit to School-Gymnasium No. 17",
        ),
        priority=3,
    ),
    Site(
        "S21",
        (
            "Общеобразовательная школа № 30 (мкр. Нурсая)",
            "№ 30 жалпы білім беретін мектеп (Нұрсая шағын ауданы)",
            "Secondary School No. 30 (Nursaya district)",
        ),
        "education",
        "г. Атырау, мкр. Нурсая, ул. Нурсая, 21",
        47.128536,
        51.948542,
        "Mo-Sa 08:00-18:00; Su off",
        30,
        "Сапаров Бакытжан Муратович",
        "school30@example.kz",
        visit=(
            "Посещение новой школы № 30 в микрорайоне Нурсая",
            "Нұрсая шағын ауданындағы жаңа № 30 мектепке бару",
            "Visit to the new School No. 30 in Nursaya",
        ),
        priority=2,
    ),
    Site(
        "S22",
        (
            "Атырауский политехнический колледж",
            "Атырау политехникалық колледжі",
            "Atyrau Polytechnic College",
        ),
        "education",
        "г. Атырау, ул. Тайманова, 64",
        47.098513,
        51.927546,
        "Mo-Fr 08:30-17:30",
        30,
        "Давлетов Нурлан Серикбаевич",
        "polytech@example.kz",
        visit=(
            "Посещение Атырауского политехнического колледжа (мастерские WorldSkills)",
            "Атырау политехникалық колледжіне бару (WorldSkills шеберханалары)",
            "Visit to the Atyrau Polytechnic College (WorldSkills workshops)",
        ),
        priority=2,
    ),
    Site(
        "S23",
        ("Атырауский колледж нефти и газа", "Атырау мұнай және газ колледжі", "Atyrau Oil and Gas College"),
        "education",
        "г. Атырау, ул. Габдуллина, 19",
        47.123047,
        51.912035,
        "Mo-Fr 08:30-13:00,14:00-17:30",
        30,
        "Избасаров Мейрам Тлеккабылович",
        "oilcollege@example.kz",
        visit=(
            "Посещение Атырауского колледжа нефти и газа",
            "Атырау мұнай және газ колледжіне бару",
            "Visit to the Atyrau Oil and Gas College",
        ),
        priority=3,
    ),
    Site(
        "S24",
        (
            "Атырауский аграрно-технический колледж",
            "Атырау аграрлық-техникалық колледжі",
            "Atyrau Agrarian and Technical College",
        ),
        "education",
        "г. Атырау, ул. Говорова, 28",
        47.090526,
        51.872514,
        "Mo-Fr 09:00-17:00",
        30,
        "Бекешев Алмас Жолдасович",
        "agrocollege@example.kz",
        visit=(
            "Посещение Атырауского аграрно-технического колледжа",
            "Атырау аграрлық-техникалық колледжіне бару",
            "Visit to the Atyrau Agrarian and Technical College",
        ),
        priority=3,
    ),
    Site(
        "S25",
        (
            "Атырауская областная многопрофильная больница",
            "Атырау облыстық көпсалалы ауруханасы",
            "Atyrau Regional Multidisciplinary Hospital",
        ),
        "health",
        "г. Атырау, ул. Владимирская, 2",
        47.119043,
        51.901526,
        "Mo-Fr 08:00-18:00; Sa 09:00-14:00",
        40,
        "Абдрахманов Самат Жанатович",
        "hospital@example.kz",
        visit=(
            "Посещение областной многопрофильной больницы",
            "Облыстық көпсалалы ауруханаға бару",
            "Visit to the Regional Multidisciplinary Hospital",
        ),
        notes="Осмотр нового корпуса хирургии; бахилы и халаты на входе.",
    ),
    Site(
        "S26",
        ("Областная детская больница", "Облыстық балалар ауруханасы", "Regional Children's Hospital"),
        "health",
        "г. Атырау, ул. Бергалиева, 36",
        47.108037,
        51.944513,
        "Mo-Fr 08:00-17:00",
        30,
        "Сарсенова Айжан Кайратовна",
        "childhospital@example.kz",
        visit=(
            "Посещение областной детской больницы",
            "Облыстық балалар ауруханасына бару",
            "Visit to the Regional Children's Hospital",
        ),
    ),
    Site(
        "S27",
        ("Областной перинатальный центр", "Облыстық перинаталдық орталық", "Regional Perinatal Centre"),
        "health",
        "г. Атырау, ул. Смагулова, 55",
        47.124526,
        51.925043,
        "Mo-Fr 08:00-17:00",
        30,
        "Нургалиева Сания Тимуровна",
        "perinatal@example.kz",
        visit=(
            "Посещение областного перинатального центра",
            "Облыстық перинаталдық орталыққа бару",
            "Visit to the Regional Perinatal Centre",
        ),
        priority=3,
    ),
    Site(
        "S28",
        ("Областной кардиологический центр", "Облыстық кардиологиялық орталық", "Regional Cardiology Centre"),
        "health",
        "г. Атырау, ул. Гумарова, 8",
        47.097042,
        51.915037,
        "Mo-Fr 08:00-17:00",
        30,
        "Бекмуханов Ерлан Досымович",
        "cardio@example.kz",
        visit=(
            "Посещение областного кардиологического центра",
            "Облыстық кардиологиялық орталыққа бару",
            "Visit to the Regional Cardiology Centre",
        ),
        priority=2,
    ),
    Site(
        "S29",
        (
            "Атырауский областной казахский драматический театр имени Махамбета",
            "Махамбет атындағы Атырау облыстық қазақ драма театры",
            "Makhambet Atyrau Regional Kazakh Drama Theatre",
        ),
        "culture",
        "г. Атырау, ул. Айтеке би, 52",
        47.110526,
        51.918043,
        "Tu-Su 10:00-21:00",
        30,
        "Кужахметов Арман Нурланович",
        "theatre@example.kz",
        visit=(
            "Посещение драматического театра имени Махамбета",
            "Махамбет атындағы драма театрына бару",
            "Visit to the Makhambet Drama Theatre",
        ),
    ),
    Site(
        "S30",
        (
            "Атырауский областной историко-краеведческий музей",
            "Атырау облыстық тарихи-өлкетану музейі",
            "Atyrau Regional Museum of History and Local Lore",
        ),
        "culture",
        "г. Атырау, ул. Исатая, 15",
        47.107534,
        51.913527,
        "Tu-Su 10:00-18:00",
        40,
        "Утемисова Гульмира Кенесовна",
        "museum@example.kz",
        visit=(
            "Посещение областного историко-краеведческого музея",
            "Облыстық тарихи-өлкетану музейіне бару",
            "Visit to the Regional Museum of History and Local Lore",
        ),
    ),
    Site(
        "S31",
        (
            "Атырауский областной музей изобразительного искусства",
            "Атырау облыстық бейнелеу өнері музейі",
            "Atyrau Regional Museum of Fine Arts",
        ),
        "culture",
        "г. Атырау, ул. Исатая, 3",
        47.105046,
        51.911028,
        "Tu-Su 10:00-18:00",
        30,
        "Шамгонова Айнур Батырхановна",
        "artmuseum@example.kz",
        visit=(
            "Посещение музея изобразительного искусства",
            "Бейнелеу өнері музейіне бару",
            "Visit to the Museum of Fine Arts",
        ),
        priority=2,
    ),
    Site(
        "S32",
        (
            "Областной центр народного творчества",
            "Облыстық халық шығармашылығы орталығы",
            "Regional Centre of Folk Art",
        ),
        "culture",
        "г. Атырау, ул. Махамбета, 105",
        47.114037,
        51.915536,
        "Mo-Sa 09:00-19:00; Su off",
        30,
        "Доскалиев Мурат Есенович",
        "folkart@example.kz",
        visit=(
            "Посещение областного центра народного творчества",
            "Облыстық халық шығармашылығы орталығына бару",
            "Visit to the Regional Centre of Folk Art",
        ),
        priority=2,
    ),
    Site(
        "S33",
        ("Атырауская областная филармония", "Атырау облыстық филармониясы", "Atyrau Regional Philharmonic"),
        "culture",
        "г. Атырау, ул. Пушкина, 27",
        47.112543,
        51.907047,
        "Tu-Su 10:00-19:00",
        30,
        "Есмуханова Ботагоз Айдаровна",
        "philharmonic@example.kz",
        visit=(
            "Посещение областной филармонии, встреча с творческими коллективами",
            "Облыстық филармонияға бару, шығармашылық ұжымдармен кездесу",
            "Visit to the Regional Philharmonic, meeting the ensembles",
        ),
        priority=1,
    ),
    Site(
        "S34",
        (
            "Атырауская областная научная библиотека",
            "Атырау облыстық ғылыми кітапханасы",
            "Atyrau Regional Library",
        ),
        "culture",
        "г. Атырау, ул. Махамбета, 130",
        47.115531,
        51.921542,
        "Mo-Fr 09:00-19:00; Sa 10:00-17:00; Su off",
        25,
        "Жолдасова Индира Маратовна",
        "library@example.kz",
        visit=(
            "Посещение областной научной библиотеки (выставка «Атырау – Астрахань: страницы дружбы»)",
            "Облыстық ғылыми кітапханаға бару («Атырау – Астрахан: достық беттері» көрмесі)",
            "Visit to the Regional Library (exhibition “Atyrau – Astrakhan: Pages of Friendship”)",
        ),
        priority=3,
    ),
    Site(
        "S35",
        (
            "Дом дружбы Ассамблеи народа Казахстана",
            "Қазақстан халқы Ассамблеясының Достық үйі",
            "House of Friendship of the Assembly of People of Kazakhstan",
        ),
        "culture",
        "г. Атырау, ул. Абулхаир хана, 21",
        47.103524,
        51.921037,
        "Mo-Fr 09:00-13:00,14:00-18:00",
        30,
        "Федорова Наталья Викторовна",
        "friendship@example.kz",
        visit=(
            "Встреча с этнокультурными объединениями в Доме дружбы",
            "Достық үйінде этномәдени бірлестіктермен кездесу",
            "Meeting ethnocultural associations at the House of Friendship",
        ),
        priority=1,
    ),
    Site(
        "S36",
        ("Мечеть «Имангали»", "«Иманғали» мешіті", "Imangali Mosque"),
        "religion",
        "г. Атырау, ул. Сатпаева, 20",
        47.112043,
        51.931027,
        "Mo-Th,Sa,Su 05:00-22:00; Fr 05:00-12:30,14:30-22:00",
        20,
        "Кадырбаев Ерасыл Муханбетович",
        "mosque@example.kz",
        visit=("Посещение мечети «Имангали»", "«Иманғали» мешітіне бару", "Visit to the Imangali Mosque"),
        priority=2,
        notes="В пятницу с 12:30 до 14:30 — пятничная молитва, посещения не планируются. Женщинам — платок.",
    ),
    Site(
        "S37",
        (
            "Кафедральный собор Успения Пресвятой Богородицы",
            "Қасиетті Успен кафедралдық соборы",
            "Cathedral of the Dormition of the Mother of God",
        ),
        "religion",
        "г. Атырау, ул. Кулманова, 2",
        47.101036,
        51.895524,
        "Mo-Su 07:00-19:00",
        20,
        "протоиерей Владимир Сергеев",
        "cathedral@example.kz",
        visit=("Посещение кафедрального собора", "Кафедралдық соборға бару", "Visit to the Cathedral"),
        priority=2,
    ),
    Site(
        "S38",
        ("Набережная реки Жайык", "Жайық өзенінің жағалауы", "Zhaiyk River Embankment"),
        "landmark",
        "г. Атырау, набережная реки Жайык (правый берег)",
        47.109035,
        51.919526,
        "24/7",
        20,
        "Ахмедиев Тимур Русланович",
        "embankment@example.kz",
        visit=(
            "Прогулка по набережной реки Жайык",
            "Жайық өзенінің жағалауымен серуендеу",
            "Walk along the Zhaiyk River embankment",
        ),
        priority=2,
    ),
    Site(
        "S39",
        (
            "Пешеходный мост «Европа – Азия»",
            "«Еуропа – Азия» жаяу жүргіншілер көпірі",
            "Europe–Asia Pedestrian Bridge",
        ),
        "landmark",
        "г. Атырау, пешеходный мост через р. Жайык",
        47.113047,
        51.917531,
        "24/7",
        20,
        "Ахмедиев Тимур Русланович",
        "embankment@example.kz",
        visit=(
            "Переход по мосту «Европа – Азия» через Жайык",
            "Жайық арқылы өтетін «Еуропа – Азия» көпірімен жүріп өту",
            "Walk across the Europe–Asia bridge over the Zhaiyk",
        ),
    ),
    Site(
        "S40",
        ("Монумент «Исатай и Махамбет»", "«Исатай – Махамбет» монументі", "Isatay and Makhambet Monument"),
        "landmark",
        "г. Атырау, площадь Исатая и Махамбета",
        47.108532,
        51.912027,
        "24/7",
        20,
        "Ахмедиев Тимур Русланович",
        "embankment@example.kz",
        visit=(
            "Возложение цветов к монументу «Исатай и Махамбет»",
            "«Исатай – Махамбет» монументіне гүл шоқтарын қою",
            "Laying flowers at the Isatay and Makhambet Monument",
        ),
    ),
    Site(
        "S41",
        ("Парк Победы", "Жеңіс саябағы", "Victory Park"),
        "landmark",
        "г. Атырау, ул. Владимирская, 50",
        47.119536,
        51.908043,
        "24/7",
        20,
        "Ахмедиев Тимур Русланович",
        "embankment@example.kz",
        visit=(
            "Возложение цветов к Вечному огню в Парке Победы",
            "Жеңіс саябағындағы Мәңгілік алауға гүл шоқтарын қою",
            "Laying flowers at the Eternal Flame in Victory Park",
        ),
    ),
    Site(
        "S42",
        ("Центральный рынок г. Атырау", "Атырау қаласының орталық базары", "Atyrau Central Market"),
        "trade",
        "г. Атырау, ул. Баймуханова, 2",
        47.102537,
        51.902526,
        "Tu-Su 08:00-18:00",
        30,
        "Сулейменов Асхат Бауржанович",
        "market@example.kz",
        visit=("Посещение центрального рынка", "Орталық базарға бару", "Visit to the Central Market"),
        priority=3,
        notes="Понедельник — санитарный день.",
    ),
    Site(
        "S43",
        (
            "Оптово-распределительный центр «Жайык Агро»",
            "«Жайық Агро» көтерме-тарату орталығы",
            "Zhaiyk Agro wholesale distribution centre",
        ),
        "trade",
        "г. Атырау, мкр. Балыкшы, ул. Курмангазы, 3",
        47.142036,
        51.935043,
        "Mo-Sa 07:00-19:00",
        30,
        "Тажибаев Нурсултан Кайратович",
        "agrohub@example.kz",
        visit=(
            "Посещение оптово-распределительного центра «Жайык Агро»",
            "«Жайық Агро» көтерме-тарату орталығына бару",
            "Visit to the Zhaiyk Agro wholesale distribution centre",
        ),
    ),
    Site(
        "S44",
        ("Рынок «Береке»", "«Береке» базары", "Bereke Market"),
        "trade",
        "г. Атырау, пр. Азаттык, 118",
        47.128047,
        51.960032,
        "Mo-Su 08:00-20:00",
        25,
        "Ибрагимова Зарина Асхатовна",
        "bereke@example.kz",
        visit=("Посещение рынка «Береке»", "«Береке» базарына бару", "Visit to the Bereke Market"),
        priority=3,
    ),
    Site(
        "S45",
        (
            "Областной дворец спорта «Жастар»",
            "«Жастар» облыстық спорт сарайы",
            "Zhastar Regional Sports Palace",
        ),
        "sport",
        "г. Атырау, ул. Смагулова, 70",
        47.121526,
        51.944037,
        "Mo-Su 08:00-21:00",
        25,
        "Кенжебаев Ильяс Сагынбекович",
        "sport@example.kz",
        visit=(
            "Посещение дворца спорта «Жастар»",
            "«Жастар» спорт сарайына бару",
            "Visit to the Zhastar Sports Palace",
        ),
        priority=3,
    ),
    Site(
        "S46",
        ("Ледовый дворец «Атырау Арена»", "«Атырау Арена» мұз сарайы", "Atyrau Arena ice palace"),
        "sport",
        "г. Атырау, пр. Студенческий, 212",
        47.131537,
        51.930524,
        "Mo-Su 09:00-22:00",
        25,
        "Орлов Дмитрий Васильевич",
        "arena@example.kz",
        visit=(
            "Посещение ледового дворца «Атырау Арена»",
            "«Атырау Арена» мұз сарайына бару",
            "Visit to the Atyrau Arena ice palace",
        ),
        priority=3,
    ),
    Site(
        "S47",
        ("Стадион «Мунайшы»", "«Мұнайшы» стадионы", "Munaishy Stadium"),
        "sport",
        "г. Атырау, ул. Сатпаева, 48",
        47.106043,
        51.928517,
        "Mo-Su 08:00-20:00",
        20,
        "Кенжебаев Ильяс Сагынбекович",
        "sport@example.kz",
        visit=("Осмотр стадиона «Мунайшы»", "«Мұнайшы» стадионын аралау", "Tour of the Munaishy Stadium"),
        priority=3,
    ),
    Site(
        "S48",
        (
            "Тепличный комплекс ТОО «Жайык Жасыл»",
            "«Жайық Жасыл» ЖШС жылыжай кешені",
            "Zhaiyk Zhasyl LLP greenhouse complex",
        ),
        "agriculture",
        "Атырауская обл., Махамбетский р-н, с. Береке, ул. Тепличная, 1",
        47.215036,
        51.812047,
        "Mo-Fr 08:00-18:00; Sa 08:00-13:00; Su off",
        45,
        "Каиргалиев Болат Жумабекович",
        "greenhouse@example.kz",
        visit=(
            "Посещение тепличного комплекса «Жайык Жасыл»",
            "«Жайық Жасыл» жылыжай кешеніне бару",
            "Visit to the Zhaiyk Zhasyl greenhouse complex",
        ),
    ),
    Site(
        "S49",
        (
            "Крестьянское хозяйство «Алтын Бакша» (бахчевые культуры)",
            "«Алтын Бақша» шаруа қожалығы (бақша дақылдары)",
            "Altyn Baksha farm (melons and vegetables)",
        ),
        "agriculture",
        "Атырауская обл., Махамбетский р-н, с. Алмалы, хозяйство «Алтын Бакша»",
        47.300527,
        51.790036,
        "Mo-Sa 07:00-19:00",
        40,
        "Досанов Мирас Ерланович",
        "baksha@example.kz",
        visit=(
            "Посещение крестьянского хозяйства «Алтын Бакша»",
            "«Алтын Бақша» шаруа қожалығына бару",
            "Visit to the Altyn Baksha farm",
        ),
        priority=3,
    ),
    Site(
        "S50",
        (
            "Молочно-товарная ферма ТОО «Атырау Сут»",
            "«Атырау Сүт» ЖШС сүт-тауар фермасы",
            "Atyrau Sut LLP dairy farm",
        ),
        "agriculture",
        "Атырауская обл., Исатайский р-н, с. Жанаталап, ферма № 1",
        47.020536,
        51.760047,
        "Mo-Su 07:00-19:00",
        40,
        "Габдуллин Кайрат Нурланович",
        "dairy@example.kz",
        visit=(
            "Посещение молочно-товарной фермы «Атырау Сут»",
            "«Атырау Сүт» сүт-тауар фермасына бару",
            "Visit to the Atyrau Sut dairy farm",
        ),
        priority=3,
    ),
    Site(
        "S51",
        ("Птицефабрика ТОО «Атырау Кус»", "«Атырау Құс» ЖШС құс фабрикасы", "Atyrau Kus LLP poultry farm"),
        "agriculture",
        "Атырауская обл., пос. Дамба, ул. Птицефабричная, 1",
        47.045027,
        51.800536,
        "Mo-Fr 08:00-17:00",
        35,
        "Мурзагалиева Акмарал Сериковна",
        "poultry@example.kz",
        visit=(
            "Посещение птицефабрики «Атырау Кус»",
            "«Атырау Құс» құс фабрикасына бару",
            "Visit to the Atyrau Kus poultry farm",
        ),
        priority=1,
    ),
    Site(
        "S52",
        ("Верблюдоводческая ферма «Шубат»", "«Шұбат» түйе фермасы", "Shubat camel farm"),
        "agriculture",
        "Атырауская обл., Макатский р-н, зимовка Карабау",
        46.985043,
        52.080527,
        "Mo-Su 08:00-18:00",
        40,
        "Кусаинов Жандос Амангельдиевич",
        "shubat@example.kz",
        visit=(
            "Посещение верблюдоводческой фермы «Шубат»",
            "«Шұбат» түйе фермасына бару",
            "Visit to the Shubat camel farm",
        ),
        priority=3,
    ),
    Site(
        "S53",
        ("Международный аэропорт Атырау", "Атырау халықаралық әуежайы", "Atyrau International Airport"),
        "transport",
        "г. Атырау, пр. Абулхаир хана, 2, аэропорт",
        47.121937,
        51.821436,
        "24/7",
        40,
        "Ержанов Самат Болатович",
        "airport@example.kz",
        visit=(
            "Посещение международного аэропорта Атырау (обсуждение возобновления рейсов в Астрахань)",
            "Атырау халықаралық әуежайына бару (Астраханға рейстерді қайта бастауды талқылау)",
            "Visit to Atyrau International Airport (resuming flights to Astrakhan)",
        ),
    ),
    Site(
        "S54",
        (
            "Азгирский сельский округ (Курмангазинский район)",
            "Азғыр ауылдық округі (Құрманғазы ауданы)",
            "Azgir rural district (Kurmangazy District)",
        ),
        "government",
        "Атырауская обл., Курмангазинский р-н, с. Азгир, ул. Орталык, 1",
        47.861537,
        47.928046,
        "Mo-Fr 09:00-18:00",
        60,
        "Нуртазин Бекжан Кайратович",
        "azgir@example.kz",
        notes="Около 300 км от Атырау по дороге: в программу визита не включен; "
        "вопросы инфраструктуры округа обсуждаются на переговорах.",
    ),
]
SITE_BY_KEY: dict[str, Site] = {site.key: site for site in SITES}


def site_phone(site: Site) -> str:
    """A clearly fictional Atyrau landline number (Kazakh numbers never start with 0 after the code)."""
    number = int(site.key[1:])
    return f"+7 7122 0{number % 10}-{(number * 37) % 90 + 10:02d}-{(number * 53) % 90 + 10:02d}"


# --------------------------------------------------------------------------------------------------------
# Participants and groups
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """A participant; ``name``/``title`` are (ru, kk, en)."""

    key: str
    side: str
    name: Text
    title: Text
    organisation: str
    role: str
    rank: int
    languages: tuple[str, ...]
    email: str
    phone: str
    dietary: str = ""
    access: str = ""
    notes: str = ""


ASTRAKHAN_GOV = "Правительство Астраханской области"
ATYRAU_AKIMAT = "Акимат Атырауской области"

PEOPLE: list[Person] = [
    # ---- guests: the Astrakhan region delegation --------------------------------------------------------
    Person(
        "P01",
        "guest",
        ("Бабушкин Игорь Юрьевич", "Бабушкин Игорь Юрьевич", "Igor Babushkin"),
        ("Губернатор Астраханской области", "Астрахан облысының губернаторы", "Governor of Astrakhan Region"),
        ASTRAKHAN_GOV,
        "head",
        1,
        ("ru",),
        "governor.office@example.ru",
        "+7 8512 00-00-01",
        notes="Глава делегации; прибывает во главе мотоколонны мотопробега «Каспий – море дружбы».",
    ),
    Person(
        "P02",
        "guest",
        ("Морозов Андрей Викторович", "Морозов Андрей Викторович", "Andrey Morozov"),
        (
            "Заместитель Губернатора Астраханской области",
            "Астрахан облысы губернаторының орынбасары",
            "Deputy Governor of Astrakhan Region",
        ),
        ASTRAKHAN_GOV,
        "official",
        2,
        ("ru", "en"),
        "a.morozov@example.ru",
        "+7 8512 00-00-02",
    ),
    Person(
        "P03",
        "guest",
        ("Ковалёва Ирина Сергеевна", "Ковалёва Ирина Сергеевна", "Irina Kovalyova"),
        (
            "Заместитель Председателя Правительства Астраханской области по экономическому развитию",
            "Астрахан облысы Үкіметі Төрағасының экономикалық даму жөніндегі орынбасары",
            "Deputy Chair of the Government of Astrakhan Region for Economic Development",
        ),
        ASTRAKHAN_GOV,
        "official",
        3,
        ("ru", "en"),
        "i.kovalyova@example.ru",
        "+7 8512 00-00-03",
    ),
    Person(
        "P04",
        "guest",
        ("Кузнецов Павел Игоревич", "Кузнецов Павел Игоревич", "Pavel Kuznetsov"),
        (
            "Руководитель администрации Губернатора Астраханской области",
            "Астрахан облысы Губернаторы әкімшілігінің басшысы",
            "Head of the Administration of the Governor of Astrakhan Region",
        ),
        "Администрация Губернатора Астраханской области",
        "official",
        4,
        ("ru",),
        "p.kuznetsov@example.ru",
        "+7 8512 00-00-04",
    ),
    Person(
        "P05",
        "guest",
        ("Рахимов Тимур Ринатович", "Рахимов Тимур Ринатұлы", "Timur Rakhimov"),
        (
            "Министр сельского хозяйства и рыбной промышленности Астраханской области",
            "Астрахан облысының ауыл шаруашылығы және балық өнеркәсібі министрі",
            "Minister of Agriculture and Fisheries of Astrakhan Region",
        ),
        "Министерство сельского хозяйства и рыбной промышленности Астраханской области",
        "official",
        5,
        ("ru", "kk"),
        "t.rakhimov@example.ru",
        "+7 8512 00-00-05",
        dietary="халяль",
    ),
    Person(
        "P06",
        "guest",
        ("Лапин Дмитрий Олегович", "Лапин Дмитрий Олегович", "Dmitry Lapin"),
        (
            "Министр промышленности, торговли и энергетики Астраханской области",
            "Астрахан облысының өнеркәсіп, сауда және энергетика министрі",
            "Minister of Industry, Trade and Energy of Astrakhan Region",
        ),
        "Министерство промышленности, торговли и энергетики Астраханской области",
        "official",
        6,
        ("ru",),
        "d.lapin@example.ru",
        "+7 8512 00-00-06",
    ),
    Person(
        "P07",
        "guest",
        ("Сафронова Елена Николаевна", "Сафронова Елена Николаевна", "Elena Safronova"),
        (
            "Министр образования и науки Астраханской области",
            "Астрахан облысының білім және ғылым министрі",
            "Minister of Education and Science of Astrakhan Region",
        ),
        "Министерство образования и науки Астраханской области",
        "official",
        7,
        ("ru", "en"),
        "e.safronova@example.ru",
        "+7 8512 00-00-07",
    ),
    Person(
        "P08",
        "guest",
        ("Гусейнов Руслан Маратович", "Гусейнов Руслан Маратович", "Ruslan Guseynov"),
        (
            "Министр здравоохранения Астраханской области",
            "Астрахан облысының денсаулық сақтау министрі",
            "Minister of Health of Astrakhan Region",
        ),
        "Министерство здравоохранения Астраханской области",
        "official",
        8,
        ("ru",),
        "r.guseynov@example.ru",
        "+7 8512 00-00-08",
        dietary="халяль",
    ),
    Person(
        "P09",
        "guest",
        ("Шахова Ольга Павловна", "Шахова Ольга Павловна", "Olga Shakhova"),
        (
            "Министр культуры и туризма Астраханской области",
            "Астрахан облысының мәдениет және туризм министрі",
            "Minister of Culture and Tourism of Astrakhan Region",
        ),
        "Министерство культуры и туризма Астраханской области",
        "official",
        9,
        ("ru", "en"),
        "o.shakhova@example.ru",
        "+7 8512 00-00-09",
        dietary="вегетарианское меню",
    ),
    Person(
        "P10",
        "guest",
        ("Никитин Валерий Анатольевич", "Никитин Валерий Анатольевич", "Valery Nikitin"),
        (
            "Президент Торгово-промышленной палаты Астраханской области",
            "Астрахан облысы Сауда-өнеркәсіп палатасының президенті",
            "President of the Chamber of Commerce and Industry of Astrakhan Region",
        ),
        "Союз «Торгово-промышленная палата Астраханской области»",
        "business",
        10,
        ("ru", "en"),
        "v.nikitin@example.ru",
        "+7 8512 00-00-10",
        notes="Руководитель деловой делегации.",
    ),
    Person(
        "P11",
        "guest",
        ("Садыков Ринат Ильдарович", "Садықов Ринат Ілдарұлы", "Rinat Sadykov"),
        ("Генеральный директор", "Бас директор", "Chief Executive Officer"),
        "ООО «Каспийская рыбная компания»",
        "business",
        11,
        ("ru",),
        "r.sadykov@example.ru",
        "+7 8512 00-00-11",
        notes="Поставки рыбы и рыбной продукции.",
    ),
    Person(
        "P12",
        "guest",
        ("Ермаков Николай Петрович", "Ермаков Николай Петрович", "Nikolay Yermakov"),
        ("Директор", "Директор", "Director"),
        "ООО «Волжский картофель»",
        "business",
        12,
        ("ru",),
        "n.yermakov@example.ru",
        "+7 8512 00-00-12",
        notes="Картофель и овощи.",
    ),
    Person(
        "P13",
        "guest",
        ("Утепова Гульнара Калиевна", "Өтепова Гүлнара Қалиқызы", "Gulnara Utepova"),
        ("Генеральный директор", "Бас директор", "Chief Executive Officer"),
        "ООО «Бахча-Агро»",
        "business",
        13,
        ("ru", "kk"),
        "g.utepova@example.ru",
        "+7 8512 00-00-13",
        notes="Арбузы и бахчевые культуры.",
    ),
    Person(
        "P14",
        "guest",
        ("Фомин Артём Валерьевич", "Фомин Артём Валерьевич", "Artyom Fomin"),
        ("Генеральный директор", "Бас директор", "Chief Executive Officer"),
        "АО «Волга-Композит»",
        "business",
        14,
        ("ru", "en"),
        "a.fomin@example.ru",
        "+7 8512 00-00-14",
        notes="Композитные материалы и сорбенты.",
    ),
    Person(
        "P15",
        "guest",
        ("Шевченко Максим Юрьевич", "Шевченко Максим Юрьевич", "Maksim Shevchenko"),
        ("Директор", "Директор", "Director"),
        "ООО «Астраханские полимерные технологии»",
        "business",
        15,
        ("ru",),
        "m.shevchenko@example.ru",
        "+7 8512 00-00-15",
        dietary="без глютена",
        notes="Гранулированные полимеры, пластмассы, пищевая пленка.",
    ),
    Person(
        "P16",
        "guest",
        ("Беляев Игорь Станиславович", "Беляев Игорь Станиславович", "Igor Belyaev"),
        ("Генеральный директор", "Бас директор", "Chief Executive Officer"),
        "ООО «Каспийская судоверфь»",
        "business",
        16,
        ("ru", "en"),
        "i.belyaev@example.ru",
        "+7 8512 00-00-16",
        notes="Судостроение и судоремонт.",
    ),
    Person(
        "P17",
        "guest",
        ("Мамедова Севиль Рафиковна", "Мамедова Севиль Рафиқызы", "Sevil Mamedova"),
        ("Директор", "Директор", "Director"),
        "ООО «Спецодежда-Юг»",
        "business",
        17,
        ("ru",),
        "s.mamedova@example.ru",
        "+7 8512 00-00-17",
        notes="Спецодежда и резиновая обувь.",
    ),
    Person(
        "P18",
        "guest",
        ("Тарасов Алексей Николаевич", "Тарасов Алексей Николаевич", "Aleksey Tarasov"),
        ("Генеральный директор", "Бас директор", "Chief Executive Officer"),
        "ООО «Вагонкомплект-Астрахань»",
        "business",
        18,
        ("ru",),
        "a.tarasov@example.ru",
        "+7 8512 00-00-18",
        access="Ходит с тростью: по возможности без длинных лестниц, место у двери в автобусе.",
        notes="Комплектующие для железнодорожных вагонов.",
    ),
    Person(
        "P19",
        "guest",
        ("Белова Анна Дмитриевна", "Белова Анна Дмитриевна", "Anna Belova"),
        (
            "Пресс-секретарь Губернатора Астраханской области",
            "Астрахан облысы губернаторының баспасөз хатшысы",
            "Press Secretary to the Governor of Astrakhan Region",
        ),
        "Администрация Губернатора Астраханской области",
        "press",
        19,
        ("ru", "en"),
        "a.belova@example.ru",
        "+7 8512 00-00-19",
    ),
    Person(
        "P20",
        "guest",
        ("Гришин Денис Андреевич", "Гришин Денис Андреевич", "Denis Grishin"),
        ("Корреспондент", "Тілші", "Correspondent"),
        "Информационное агентство «Каспий-Информ»",
        "press",
        20,
        ("ru",),
        "d.grishin@example.ru",
        "+7 8512 00-00-20",
    ),
    Person(
        "P21",
        "guest",
        ("Зайцев Олег Викторович", "Зайцев Олег Викторович", "Oleg Zaytsev"),
        (
            "Начальник службы безопасности Губернатора Астраханской области",
            "Астрахан облысы губернаторының қауіпсіздік қызметінің бастығы",
            "Head of Security of the Governor of Astrakhan Region",
        ),
        "Администрация Губернатора Астраханской области",
        "security",
        21,
        ("ru",),
        "o.zaytsev@example.ru",
        "+7 8512 00-00-21",
    ),
    Person(
        "P22",
        "guest",
        ("Джумалиева Алия Серикбаевна", "Жұмалиева Әлия Серікбайқызы", "Aliya Dzhumaliyeva"),
        (
            "Переводчик (казахский и английский языки)",
            "Аудармашы (қазақ және ағылшын тілдері)",
            "Interpreter",
        ),
        "Администрация Губернатора Астраханской области",
        "interpreter",
        22,
        ("ru", "kk", "en"),
        "a.dzhumaliyeva@example.ru",
        "+7 8512 00-00-22",
    ),
    # ---- hosts: Atyrau region ---------------------------------------------------------------------------
    Person(
        "P23",
        "host",
        ("Шапкенов Серик Жумангалиевич", "Шәпкенов Серік Жұмағалиұлы", "Serik Shapkenov"),
        ("Аким Атырауской области", "Атырау облысының әкімі", "Akim (Governor) of Atyrau Region"),
        ATYRAU_AKIMAT,
        "head",
        1,
        ("kk", "ru"),
        "akim.office@example.kz",
        "+7 7122 00-00-01",
        notes="Принимающая сторона.",
    ),
    Person(
        "P24",
        "host",
        ("Имашев Даулет Серикович", "Имашев Дәулет Серікұлы", "Daulet Imashev"),
        (
            "Первый заместитель акима Атырауской области",
            "Атырау облысы әкімінің бірінші орынбасары",
            "First Deputy Akim of Atyrau Region",
        ),
        ATYRAU_AKIMAT,
        "official",
        2,
        ("kk", "ru", "en"),
        "d.imashev@example.kz",
        "+7 7122 00-00-02",
    ),
    Person(
        "P25",
        "host",
        ("Жұмағалиев Асқар Маратұлы", "Жұмағалиев Асқар Маратұлы", "Askar Zhumagaliyev"),
        (
            "Заместитель акима Атырауской области",
            "Атырау облысы әкімінің орынбасары",
            "Deputy Akim of Atyrau Region",
        ),
        ATYRAU_AKIMAT,
        "official",
        3,
        ("kk", "ru"),
        "a.zhumagaliyev@example.kz",
        "+7 7122 00-00-03",
    ),
    Person(
        "P26",
        "host",
        ("Утегенова Айгуль Нурлановна", "Өтегенова Айгүл Нұрланқызы", "Aigul Utegenova"),
        (
            "Руководитель управления сельского хозяйства Атырауской области",
            "Атырау облысының ауыл шаруашылығы басқармасының басшысы",
            "Head of the Agriculture Department of Atyrau Region",
        ),
        "Управление сельского хозяйства Атырауской области",
        "official",
        4,
        ("kk", "ru"),
        "a.utegenova@example.kz",
        "+7 7122 00-00-04",
    ),
    Person(
        "P27",
        "host",
        ("Сатыбалдиев Ерлан Болатович", "Сатыбалдиев Ерлан Болатұлы", "Yerlan Satybaldiyev"),
        (
            "Руководитель управления предпринимательства и индустриально-инновационного развития "
            "Атырауской области",
            "Атырау облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасының басшысы",
            "Head of the Entrepreneurship and Industrial Innovation Department of Atyrau Region",
        ),
        "Управление предпринимательства и индустриально-инновационного развития Атырауской области",
        "official",
        5,
        ("kk", "ru", "en"),
        "e.satybaldiyev@example.kz",
        "+7 7122 00-00-05",
        notes="Сопровождает деловую делегацию.",
    ),
    Person(
        "P28",
        "host",
        ("Кенжегалиев Бауыржан Асылбекович", "Кенжеғалиев Бауыржан Асылбекұлы", "Bauyrzhan Kenzhegaliyev"),
        (
            "Руководитель управления образования Атырауской области",
            "Атырау облысының білім басқармасының басшысы",
            "Head of the Education Department of Atyrau Region",
        ),
        "Управление образования Атырауской области",
        "official",
        6,
        ("kk", "ru"),
        "b.kenzhegaliyev@example.kz",
        "+7 7122 00-00-06",
    ),
    Person(
        "P29",
        "host",
        ("Мұхтарова Гүлнар Қуанышқызы", "Мұхтарова Гүлнар Қуанышқызы", "Gulnar Mukhtarova"),
        (
            "Руководитель управления здравоохранения Атырауской области",
            "Атырау облысының денсаулық сақтау басқармасының басшысы",
            "Head of the Health Department of Atyrau Region",
        ),
        "Управление здравоохранения Атырауской области",
        "official",
        7,
        ("kk", "ru"),
        "g.mukhtarova@example.kz",
        "+7 7122 00-00-07",
    ),
    Person(
        "P30",
        "host",
        ("Тлеуова Жанар Ерболовна", "Тілеуова Жанар Ерболқызы", "Zhanar Tleuova"),
        (
            "Руководитель управления культуры, развития языков и архивного дела Атырауской области",
            "Атырау облысының мәдениет, тілдерді дамыту және архив ісі басқармасының басшысы",
            "Head of the Culture, Languages and Archives Department of Atyrau Region",
        ),
        "Управление культуры, развития языков и архивного дела Атырауской области",
        "official",
        8,
        ("kk", "ru"),
        "z.tleuova@example.kz",
        "+7 7122 00-00-08",
    ),
    Person(
        "P31",
        "host",
        ("Досмағамбетов Ержан Талғатұлы", "Досмағамбетов Ержан Талғатұлы", "Yerzhan Dosmagambetov"),
        (
            "Руководитель управления пассажирского транспорта и автомобильных дорог Атырауской области",
            "Атырау облысының жолаушылар көлігі және автомобиль жолдары басқармасының басшысы",
            "Head of the Passenger Transport and Roads Department of Atyrau Region",
        ),
        "Управление пассажирского транспорта и автомобильных дорог Атырауской области",
        "official",
        9,
        ("kk", "ru"),
        "e.dosmagambetov@example.kz",
        "+7 7122 00-00-09",
    ),
    Person(
        "P32",
        "host",
        ("Исмагулов Кайрат Ержанович", "Ысмағұлов Қайрат Ержанұлы", "Kairat Ismagulov"),
        (
            "Ректор Атырауского университета имени Х. Досмухамедова",
            "Х. Досмұхамедов атындағы Атырау университетінің ректоры",
            "Rector of Kh. Dosmukhamedov Atyrau University",
        ),
        "Атырауский университет имени Х. Досмухамедова",
        "official",
        10,
        ("kk", "ru", "en"),
        "k.ismagulov@example.kz",
        "+7 7122 00-00-10",
    ),
    Person(
        "P33",
        "host",
        ("Тасмағанбетова Әлия Қайратқызы", "Тасмағанбетова Әлия Қайратқызы", "Aliya Tasmaganbetova"),
        (
            "Проректор по академической работе Атырауского университета нефти и газа имени С. Утебаева",
            "С. Өтебаев атындағы Атырау мұнай және газ университетінің академиялық жұмыс жөніндегі "
            "проректоры",
            "Vice-Rector for Academic Affairs, S. Utebayev Atyrau University of Oil and Gas",
        ),
        "Атырауский университет нефти и газа имени С. Утебаева",
        "official",
        11,
        ("kk", "ru", "en"),
        "a.tasmaganbetova@example.kz",
        "+7 7122 00-00-11",
    ),
    Person(
        "P34",
        "host",
        ("Абдрахманов Самат Жанатович", "Абдрахманов Самат Жанатұлы", "Samat Abdrakhmanov"),
        (
            "Главный врач Атырауской областной многопрофильной больницы",
            "Атырау облыстық көпсалалы ауруханасының бас дәрігері",
            "Chief Physician of Atyrau Regional Multidisciplinary Hospital",
        ),
        "Атырауская областная многопрофильная больница",
        "official",
        12,
        ("kk", "ru"),
        "s.abdrakhmanov@example.kz",
        "+7 7122 00-00-12",
    ),
    Person(
        "P35",
        "host",
        ("Құрманғалиева Әсел Бауыржанқызы", "Құрманғалиева Әсел Бауыржанқызы", "Assel Kurmangaliyeva"),
        (
            "Руководитель отдела протокола аппарата акима Атырауской области",
            "Атырау облысы әкімі аппаратының хаттама бөлімінің басшысы",
            "Head of Protocol, Office of the Akim of Atyrau Region",
        ),
        "Аппарат акима Атырауской области",
        "protocol",
        13,
        ("kk", "ru", "en"),
        "protocol@example.kz",
        "+7 7122 00-00-13",
        notes="Отвечает за программу визита в целом и за совместные мероприятия.",
    ),
    Person(
        "P36",
        "host",
        ("Сейткалиева Мадина Алибековна", "Сейітқалиева Мадина Әлібекқызы", "Madina Seitkaliyeva"),
        (
            "Пресс-секретарь акима Атырауской области",
            "Атырау облысы әкімінің баспасөз хатшысы",
            "Press Secretary to the Akim of Atyrau Region",
        ),
        "Аппарат акима Атырауской области",
        "press",
        14,
        ("kk", "ru"),
        "press@example.kz",
        "+7 7122 00-00-14",
    ),
    Person(
        "P37",
        "host",
        ("Есенгалиев Данияр Муратович", "Есенғалиев Данияр Мұратұлы", "Daniyar Yesengaliyev"),
        (
            "Главный специалист отдела протокола аппарата акима Атырауской области",
            "Атырау облысы әкімі аппаратының хаттама бөлімінің бас маманы",
            "Chief Specialist, Protocol Division, Office of the Akim of Atyrau Region",
        ),
        "Аппарат акима Атырауской области",
        "protocol",
        15,
        ("kk", "ru"),
        "d.yesengaliyev@example.kz",
        "+7 7122 00-00-15",
        notes="Протокол деловой делегации.",
    ),
    Person(
        "P38",
        "host",
        ("Нургалиева Динара Ахметовна", "Нұрғалиева Динара Ахметқызы", "Dinara Nurgaliyeva"),
        ("Гид-переводчик", "Гид-аудармашы", "Guide and interpreter"),
        "Атырауский областной туристский информационный центр",
        "guide",
        16,
        ("kk", "ru", "en"),
        "guide1@example.kz",
        "+7 7122 00-00-16",
    ),
    Person(
        "P39",
        "host",
        ("Қабдолов Арман Серікұлы", "Қабдолов Арман Серікұлы", "Arman Kabdolov"),
        ("Гид", "Гид", "Guide"),
        "Атырауский областной туристский информационный центр",
        "guide",
        17,
        ("kk", "ru"),
        "guide2@example.kz",
        "+7 7122 00-00-17",
    ),
]
PERSON_BY_KEY: dict[str, Person] = {person.key: person for person in PEOPLE}


@dataclass(frozen=True)
class Group:
    """A part of the delegation with its own programme."""

    key: str
    name: Text
    members: tuple[str, ...]


def keys(first: int, last: int) -> tuple[str, ...]:
    """Participant keys P<first>..P<last>."""
    return tuple(f"P{number:02d}" for number in range(first, last + 1))


GROUPS: list[Group] = [
    Group(
        "G01",
        ("Официальная делегация", "Ресми делегация", "Official delegation"),
        (*keys(1, 9), *keys(19, 25), *keys(28, 31), "P35", "P36", "P38"),
    ),
    Group(
        "G02",
        ("Деловая делегация", "Іскерлік делегация", "Business delegation"),
        (*keys(10, 18), "P26", "P27", "P37", "P39"),
    ),
]
GROUP_BY_KEY: dict[str, Group] = {group.key: group for group in GROUPS}
BOTH_GROUPS = ("G01", "G02")
# Invited only to the meeting on education and health and to the signing ceremony.
INVITED_EXPERTS = ("P32", "P33", "P34")

# Host responsible for a group's visit to a site, by site category.
RESPONSIBLE: dict[str, dict[str, str]] = {
    "G01": {
        "culture": "P30",
        "health": "P29",
        "education": "P28",
        "landmark": "P35",
        "religion": "P25",
        "sport": "P25",
        "industry": "P24",
        "trade": "P24",
        "agriculture": "P24",
        "transport": "P31",
    },
    "G02": {
        "culture": "P39",
        "health": "P39",
        "education": "P37",
        "landmark": "P39",
        "religion": "P39",
        "sport": "P39",
        "industry": "P27",
        "trade": "P27",
        "agriculture": "P26",
        "transport": "P37",
    },
}


# --------------------------------------------------------------------------------------------------------
# Geometry, travel time and opening hours
# --------------------------------------------------------------------------------------------------------


def haversine_km(first: Site, second: Site) -> float:
    """Great-circle distance between two sites."""
    lat1, lon1, lat2, lon2 = map(math.radians, (first.lat, first.lon, second.lat, second.lon))
    half = (
        math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(half))


def travel_minutes(origin: str, destination: str) -> int:
    """Driving time in whole minutes, rounded up: distance x road factor / average speed."""
    if origin == destination:
        return 0
    km = haversine_km(SITE_BY_KEY[origin], SITE_BY_KEY[destination])
    return math.ceil(km * ROAD_FACTOR / TRAVEL_SPEED_KMH * 60)


def gap_minutes(origin: str | None, destination: str) -> int:
    """Time the builder leaves between two items: driving time plus slack, rounded up to the grid."""
    if origin is None or origin == destination:
        return 0
    return -(-(travel_minutes(origin, destination) + SLACK_MIN) // GRID_MIN) * GRID_MIN


WEEKDAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
Spans = list[tuple[int, int]]


def _parse_days(text: str) -> list[int]:
    days: list[int] = []
    for part in text.split(","):
        if "-" in part:
            first, last = (WEEKDAYS.index(name) for name in part.split("-"))
            span = (last - first) % 7
            days.extend((first + offset) % 7 for offset in range(span + 1))
        else:
            days.append(WEEKDAYS.index(part))
    return days


def _parse_clock(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def parse_opening_hours(text: str) -> dict[int, Spans]:
    """Weekday -> open spans in minutes, for the OSM subset used here.

    Supported: ``24/7``; rules ``<days> <HH:MM-HH:MM[,HH:MM-HH:MM...]>`` or ``<days> off`` separated by
    ``;``, where ``<days>`` is a comma list of ``Mo``..``Su`` or ranges like ``Mo-Fr``. A later rule
    replaces an earlier one for the days it names; days no rule names are closed.
    """
    if text.strip() == "24/7":
        return {day: [(0, 24 * 60)] for day in range(7)}
    table: dict[int, Spans] = {day: [] for day in range(7)}
    for rule in text.split(";"):
        rule = rule.strip()
        if not rule:
            continue
        day_text, _, time_text = rule.partition(" ")
        spans: Spans = []
        if time_text.strip() != "off":
            for span in time_text.split(","):
                opens, closes = span.strip().split("-")
                spans.append((_parse_clock(opens), _parse_clock(closes)))
        for day in _parse_days(day_text):
            table[day] = spans
    return table


def is_open(hours: str, start: datetime, end: datetime) -> bool:
    """True if the site is open for the whole of [start, end] (same local day)."""
    if start.date() != end.date():
        return False
    spans = parse_opening_hours(hours)[start.weekday()]
    begin = start.hour * 60 + start.minute
    finish = end.hour * 60 + end.minute
    return any(opens <= begin and finish <= closes for opens, closes in spans)


# --------------------------------------------------------------------------------------------------------
# The itinerary
# --------------------------------------------------------------------------------------------------------


@dataclass
class Item:
    """One itinerary item before it gets its public key."""

    ident: str
    kind: str
    title: Text
    start: datetime
    end: datetime
    site: str
    groups: tuple[str, ...]
    attendees: tuple[str, ...]
    responsible: str
    pinned: bool = False
    required: bool | None = None
    priority: int | None = None
    location: str = ""
    notes: str = ""
    key: str = ""


def at(day: date, clock: str) -> datetime:
    """The local instant of ``clock`` (HH:MM) on ``day`` in Atyrau."""
    hours, minutes = clock.split(":")
    return datetime.combine(day, time(int(hours), int(minutes)), tzinfo=HOST_TZ)


def members(*group_keys: str) -> tuple[str, ...]:
    """Members of the groups, in key order, without repeats."""
    found = {key for group in group_keys for key in GROUP_BY_KEY[group].members}
    return tuple(sorted(found))


def fixed_items() -> dict[str, Item]:
    """The appointments placed at set times; the site visits are fitted around them."""
    everyone = members(*BOTH_GROUPS)
    official = members("G01")
    business = members("G02")
    items = [
        Item(
            "arrival",
            "arrival",
            (
                "Встреча мотоколонны мотопробега «Каспий – море дружбы» во главе с Губернатором "
                "Астраханской области И. Ю. Бабушкиным",
                "Астрахан облысының губернаторы И. Ю. Бабушкин бастаған «Каспий – достық теңізі» "
                "мотошеруі колоннасын қарсы алу",
                "Welcome of the “Caspian – Sea of Friendship” motor rally motorcade headed by Governor "
                "I. Babushkin",
            ),
            at(DAY1, "08:30"),
            at(DAY1, "09:00"),
            "S01",
            BOTH_GROUPS,
            everyone,
            "P35",
            pinned=True,
            notes="Встречают аким области, заместители акима, руководители управлений. "
            "Хлеб-соль, национальный оркестр, почетный эскорт дорожной полиции до центра города.",
        ),
        Item(
            "talks_narrow",
            "meeting",
            (
                "Встреча акима Атырауской области С. Ж. Шапкенова и Губернатора Астраханской области "
                "И. Ю. Бабушкина в узком формате",
                "Атырау облысының әкімі С. Ж. Шапкенов пен Астрахан облысының губернаторы "
                "И. Ю. Бабушкиннің шағын құрамдағы кездесуі",
                "Meeting of Akim S. Shapkenov and Governor I. Babushkin in a narrow format",
            ),
            at(DAY1, "10:15"),
            at(DAY1, "10:45"),
            "S02",
            ("G01",),
            ("P01", "P22", "P23", "P35"),
            "P35",
            pinned=True,
            location="Кабинет акима области, 3-й этаж",
        ),
        Item(
            "talks_extended",
            "meeting",
            (
                "Переговоры в расширенном составе с участием делегаций",
                "Делегациялар қатысуымен кеңейтілген құрамдағы келіссөздер",
                "Extended talks with both delegations",
            ),
            at(DAY1, "10:45"),
            at(DAY1, "12:15"),
            "S02",
            ("G01",),
            tuple(key for key in official if key != "P20"),
            "P35",
            pinned=True,
            location="Малый зал заседаний, 3-й этаж",
            notes="Рассадка по протоколу; синхронный перевод на казахский язык.",
        ),
        Item(
            "press_day1",
            "press",
            (
                "Подход к прессе акима и Губернатора по итогам переговоров",
                "Әкім мен губернатордың келіссөздер қорытындысы бойынша баспасөз өкілдеріне брифингі",
                "Press statements by the Akim and the Governor after the talks",
            ),
            at(DAY1, "12:15"),
            at(DAY1, "12:30"),
            "S02",
            ("G01",),
            official,
            "P36",
            pinned=True,
            location="Фойе 2-го этажа",
        ),
        Item(
            "lunch_day1",
            "meal",
            (
                "Официальный обед от имени акима Атырауской области",
                "Атырау облысы әкімінің атынан ресми түскі ас",
                "Official lunch hosted by the Akim of Atyrau Region",
            ),
            at(DAY1, "13:15"),
            at(DAY1, "14:15"),
            "S04",
            BOTH_GROUPS,
            everyone,
            "P35",
            pinned=True,
            location="VIP-зал",
        ),
        Item(
            "round_table",
            "meeting",
            (
                "Круглый стол деловых кругов Астраханской и Атырауской областей",
                "Астрахан және Атырау облыстары іскер топтарының дөңгелек үстелі",
                "Round table of the business communities of Astrakhan and Atyrau regions",
            ),
            at(DAY1, "14:30"),
            at(DAY1, "16:00"),
            "S15",
            ("G02",),
            business,
            "P27",
            required=True,
            location="Конференц-зал",
        ),
        Item(
            "dinner",
            "meal",
            (
                "Официальный ужин с культурной программой",
                "Мәдени бағдарламасы бар ресми кешкі ас",
                "Official dinner with a cultural programme",
            ),
            at(DAY1, "19:30"),
            at(DAY1, "22:00"),
            "S03",
            BOTH_GROUPS,
            everyone,
            "P35",
            pinned=True,
            location="Банкетный зал «Жайык»",
            notes="Выступают артисты областной филармонии и театра имени Махамбета, "
            "ансамбль казахских народных инструментов «Сазген».",
        ),
        Item(
            "meeting_education",
            "meeting",
            (
                "Встреча по вопросам образования, здравоохранения и подготовки кадров",
                "Білім беру, денсаулық сақтау және кадр даярлау мәселелері бойынша кездесу",
                "Meeting on education, health care and staff training",
            ),
            at(DAY2, "11:30"),
            at(DAY2, "12:30"),
            "S16",
            ("G01",),
            (*official, *INVITED_EXPERTS),
            "P28",
            required=True,
            location="Зал Ученого совета",
        ),
        Item(
            "lunch_day2",
            "meal",
            ("Рабочий обед", "Жұмыс түскі асы", "Working lunch"),
            at(DAY2, "13:15"),
            at(DAY2, "14:15"),
            "S05",
            BOTH_GROUPS,
            everyone,
            "P35",
            pinned=True,
        ),
        Item(
            "signing",
            "ceremony",
            (
                "Церемония подписания Плана мероприятий по развитию сотрудничества на 2023–2026 годы",
                "2023–2026 жылдарға арналған ынтымақтастықты дамыту жөніндегі іс-шаралар жоспарына "
                "қол қою рәсімі",
                "Signing of the Plan of cooperation events for 2023–2026",
            ),
            at(DAY2, "16:45"),
            at(DAY2, "17:30"),
            "S02",
            BOTH_GROUPS,
            (*everyone, *INVITED_EXPERTS),
            "P35",
            pinned=True,
            location="Большой зал, 2-й этаж",
            notes="Два экземпляра на казахском и русском языках; папки и ручки готовит отдел протокола.",
        ),
        Item(
            "press_day2",
            "press",
            (
                "Совместный подход к прессе по итогам визита",
                "Сапар қорытындысы бойынша бірлескен брифинг",
                "Joint press statement on the results of the visit",
            ),
            at(DAY2, "17:30"),
            at(DAY2, "17:50"),
            "S02",
            BOTH_GROUPS,
            everyone,
            "P36",
            pinned=True,
            location="Большой зал, 2-й этаж",
        ),
        Item(
            "departure",
            "departure",
            (
                "Проводы делегации Астраханской области",
                "Астрахан облысының делегациясын шығарып салу",
                "Farewell to the Astrakhan region delegation",
            ),
            at(DAY2, "19:00"),
            at(DAY2, "19:30"),
            "S01",
            BOTH_GROUPS,
            everyone,
            "P35",
            pinned=True,
            notes="Мотоколонна следует по трассе Атырау – Астрахань в сопровождении дорожной полиции "
            "до границы области.",
        ),
    ]
    return {item.ident: item for item in items}


@dataclass(frozen=True)
class GroupDay:
    """A group's day: ``steps`` are site keys to visit in order, or ``@ident`` of a fixed item."""

    group: str
    day: date
    start_site: str | None
    steps: tuple[str, ...]


PLANS: list[GroupDay] = [
    GroupDay(
        "G01",
        DAY1,
        None,
        (
            "@arrival",
            "S40",
            "S39",
            "@talks_extended",
            "@press_day1",
            "S38",
            "@lunch_day1",
            "S29",
            "S32",
            "S25",
            "S18",
            "S41",
            "S30",
            "S33",
            "S34",
            "@dinner",
        ),
    ),
    GroupDay(
        "G02",
        DAY1,
        None,
        (
            "@arrival",
            "S53",
            "S24",
            "S10",
            "S09",
            "S08",
            "@lunch_day1",
            "@round_table",
            "S42",
            "S22",
            "S13",
            "S14",
            "S44",
            "@dinner",
        ),
    ),
    GroupDay(
        "G01",
        DAY2,
        "S03",
        (
            "S17",
            "S26",
            "S19",
            "S21",
            "@meeting_education",
            "S31",
            "@lunch_day2",
            "S47",
            "S35",
            "S28",
            "S20",
            "@signing",
            "@press_day2",
            "S36",
            "S37",
            "@departure",
        ),
    ),
    GroupDay(
        "G02",
        DAY2,
        "S03",
        (
            "S07",
            "S11",
            "S12",
            "S06",
            "@lunch_day2",
            "S51",
            "S50",
            "@signing",
            "@press_day2",
            "S43",
            "@departure",
        ),
    ),
]


def build_itinerary() -> list[Item]:
    """Place the fixed items, fill each group's site visits in and give every item its key."""
    fixed = fixed_items()
    items: list[Item] = list(fixed.values())
    for plan in PLANS:
        group = GROUP_BY_KEY[plan.group]
        cursor = at(plan.day, DAY_START.strftime("%H:%M"))
        where = plan.start_site
        for step in plan.steps:
            if step.startswith("@"):
                anchor = fixed[step[1:]]
                earliest = cursor + timedelta(minutes=gap_minutes(where, anchor.site))
                if earliest > anchor.start:
                    raise AssertionError(
                        f"{plan.group} {plan.day}: cannot reach {anchor.ident} at {anchor.start:%H:%M} "
                        f"(earliest {earliest:%H:%M})"
                    )
                cursor, where = anchor.end, anchor.site
                continue
            site = SITE_BY_KEY[step]
            if site.visit is None:
                raise AssertionError(f"{site.key} is not a site to visit")
            start = cursor + timedelta(minutes=gap_minutes(where, site.key))
            for _ in range(48):
                if is_open(site.hours, start, start + timedelta(minutes=site.duration)):
                    break
                start += timedelta(minutes=GRID_MIN)
            else:
                raise AssertionError(f"{plan.group} {plan.day}: {site.key} is not open near {cursor:%H:%M}")
            end = start + timedelta(minutes=site.duration)
            responsible = RESPONSIBLE[plan.group][site.category]
            items.append(
                Item(
                    f"visit_{site.key}",
                    "site_visit",
                    site.visit,
                    start,
                    end,
                    site.key,
                    (plan.group,),
                    group.members,
                    responsible,
                    required=site.priority == 0,
                    priority=site.priority or None,
                    notes=site.notes,
                )
            )
            cursor, where = end, site.key
    group_order = {key: index for index, key in enumerate(GROUP_BY_KEY)}
    items.sort(key=lambda item: (item.start, item.end, min(group_order[g] for g in item.groups), item.ident))
    for number, item in enumerate(items, start=1):
        item.key = f"I{number:03d}"
    return items


# --------------------------------------------------------------------------------------------------------
# Meetings, documents, vehicles
# --------------------------------------------------------------------------------------------------------


def action(
    description: str, due: str | None, status: str, owner: str | None = None, owner_text: str = ""
) -> Json:
    """One action item of a meeting outcome."""
    record: Json = {"description": description, "owner": owner}
    if owner_text:
        record["owner_text"] = owner_text
    record["due_date"] = due
    record["status"] = status
    return record


def outcome(topic: str, text: Text, *actions: Json) -> Json:
    """One outcome of a meeting."""
    return {
        "topic": topic,
        "text": text[0],
        "text_i18n": i18n(text[1], text[2]),
        "action_items": list(actions),
    }


def meetings(key_of: dict[str, str]) -> list[Json]:
    """Agendas, minutes and outcomes of the meetings of the visit."""
    return [
        {
            "item": key_of["talks_narrow"],
            "format": "narrow",
            "agenda": [
                "Итоги сотрудничества Астраханской и Атырауской областей за 2022 год",
                "Ключевые вопросы визита и проект Плана мероприятий на 2023–2026 годы",
            ],
            "minutes": (
                "Главы регионов обсудили итоги сотрудничества за 2022 год и согласовали основные параметры "
                "Плана мероприятий по развитию сотрудничества на 2023–2026 годы. Решено вынести План на "
                "подписание 12 мая 2023 года."
            ),
            "outcomes": [
                outcome(
                    "Документы",
                    (
                        "Проект Плана мероприятий на 2023–2026 годы согласован и вынесен на подписание "
                        "12 мая 2023 года.",
                        "2023–2026 жылдарға арналған іс-шаралар жоспарының жобасы келісіліп, 2023 жылғы "
                        "12 мамырда қол қоюға ұсынылды.",
                        "The draft 2023–2026 Plan of events was agreed and put forward for signing on "
                        "12 May 2023.",
                    ),
                    action("Доработать проект Плана с учетом замечаний сторон", "2023-05-11", "done", "P04"),
                ),
            ],
        },
        {
            "item": key_of["talks_extended"],
            "format": "extended",
            "agenda": [
                "О наращивании взаимных поставок сельскохозяйственной продукции: рыба, картофель, овощи, "
                "арбузы из Астраханской области; механические устройства, изделия из черных металлов, "
                "продукция легкой промышленности из Казахстана",
                "О возобновлении прямого авиасообщения Астрахань – Атырау (все рейсы в настоящее время "
                "отменены)",
                "О привлечении инфраструктуры в Азгирский сельский округ Курмангазинского района",
                "О сотрудничестве в сфере образования: в вузах Астраханской области обучаются около 1 000 "
                "казахстанских студентов",
                "О взаимодействии в здравоохранении и подготовке медицинских кадров",
                "Об экологическом состоянии рек Волги и Жайык (Урал)",
                "О культурном обмене, в том числе на базе культурного центра имени Курмангазы в Астрахани",
            ],
            "minutes": (
                "Аким Атырауской области С. Ж. Шапкенов отметил, что между сопредельными регионами много "
                "лет налажено стабильное сотрудничество в торгово-экономической, промышленной, "
                "сельскохозяйственной, рыбодобывающей и природоохранной сферах, и подчеркнул необходимость "
                "укреплять межрегиональные отношения в рамках ЕАЭС. Губернатор Астраханской области "
                "И. Ю. Бабушкин заявил о заинтересованности в новых контрактах, предложил повысить "
                "показатели взаимного импорта и экспорта сельскохозяйственной продукции и пригласил "
                "атырауских сельхозпроизводителей на Астраханскую ярмарку. Губернатор обратил внимание на "
                "отсутствие транспортного сообщения: все рейсы между Астраханью и Атырау отменены, — и "
                "попросил содействия в возобновлении прямого авиасообщения. Рассмотрены также вопросы "
                "инфраструктуры Азгирского округа, образования, медицины, подготовки кадров, экологического "
                "состояния Волги и Жайыка, культурного обмена."
            ),
            "outcomes": [
                outcome(
                    "Торговля",
                    (
                        "Стороны договорились нарастить взаимные поставки сельскохозяйственной продукции и "
                        "создать совместную рабочую группу по торговле.",
                        "Тараптар ауыл шаруашылығы өнімдерінің өзара жеткізілімін арттыруға және сауда "
                        "жөніндегі бірлескен жұмыс тобын құруға келісті.",
                        "The sides agreed to increase mutual supplies of farm produce and to set up a joint "
                        "working group on trade.",
                    ),
                    action(
                        "Подготовить перечень приоритетных позиций взаимных поставок (рыба, картофель, "
                        "овощи, бахчевые; изделия из черных металлов, продукция легкой промышленности)",
                        "2023-07-01",
                        "done",
                        "P05",
                    ),
                    action(
                        "Утвердить состав совместной рабочей группы по торговле", "2023-06-15", "done", "P24"
                    ),
                ),
                outcome(
                    "Транспорт",
                    (
                        "Стороны совместно обратятся в авиационные власти России и Казахстана с предложением "
                        "о возобновлении прямого авиасообщения Астрахань – Атырау.",
                        "Тараптар Астрахан – Атырау тікелей әуе қатынасын қайта бастау туралы ұсыныспен "
                        "Ресей мен Қазақстанның авиациялық билігіне бірлесіп жүгінеді.",
                        "The sides will jointly ask the aviation authorities of Russia and Kazakhstan to "
                        "restore direct Astrakhan–Atyrau flights.",
                    ),
                    action(
                        "Направить совместное обращение в авиационные власти двух стран",
                        "2023-06-30",
                        "done",
                        "P31",
                    ),
                    action(
                        "Провести консультации с авиакомпаниями о выполнении регулярных рейсов "
                        "Астрахань – Атырау",
                        "2023-10-01",
                        "late",
                        owner_text="Министерство транспорта и дорожной инфраструктуры Астраханской области",
                    ),
                    action(
                        "Подготовить расчет субсидирования рейса на первый год выполнения",
                        "2024-03-01",
                        "in_progress",
                        "P03",
                    ),
                ),
                outcome(
                    "Инфраструктура",
                    (
                        "Изучить возможность участия астраханских организаций в развитии инфраструктуры "
                        "Азгирского сельского округа.",
                        "Астрахан ұйымдарының Азғыр ауылдық округінің инфрақұрылымын дамытуға қатысу "
                        "мүмкіндігін зерделеу.",
                        "Study how Astrakhan companies could help develop infrastructure in the Azgir rural "
                        "district.",
                    ),
                    action(
                        "Подготовить предложения по водоснабжению и дорожной сети Азгирского округа",
                        "2023-09-01",
                        "in_progress",
                        "P25",
                    ),
                ),
                outcome(
                    "Образование",
                    (
                        "Продолжить прием казахстанских студентов в вузы Астраханской области (сейчас около "
                        "1 000 человек) и развивать академическую мобильность.",
                        "Қазақстандық студенттерді Астрахан облысының жоғары оқу орындарына қабылдауды "
                        "жалғастыру (қазір 1 000-ға жуық адам) және академиялық ұтқырлықты дамыту.",
                        "Keep admitting Kazakh students to Astrakhan universities (about 1,000 now) and "
                        "develop academic mobility.",
                    ),
                    action(
                        "Направить в Атыраускую область сведения о квотах приема на 2023/2024 учебный год",
                        "2023-06-01",
                        "done",
                        "P07",
                    ),
                ),
                outcome(
                    "Здравоохранение",
                    (
                        "Организовать стажировки атырауских врачей и медицинских сестер в клиниках "
                        "Астрахани.",
                        "Атыраулық дәрігерлер мен мейірбикелердің Астрахан клиникаларында тағылымдамадан "
                        "өтуін ұйымдастыру.",
                        "Arrange internships for Atyrau doctors and nurses in Astrakhan clinics.",
                    ),
                    action(
                        "Согласовать график стажировок на 2023–2024 годы", "2023-11-30", "in_progress", "P08"
                    ),
                ),
                outcome(
                    "Экология",
                    (
                        "Создать совместную группу по мониторингу экологического состояния рек Волги и "
                        "Жайык (Урал).",
                        "Еділ және Жайық (Орал) өзендерінің экологиялық жай-күйін бақылау жөнінде бірлескен "
                        "топ құру.",
                        "Set up a joint group to monitor the ecological state of the Volga and Zhaiyk (Ural) "
                        "rivers.",
                    ),
                    action(
                        "Подготовить положение о совместной группе мониторинга",
                        "2023-12-31",
                        "open",
                        owner_text="Департамент экологии по Атырауской области; служба природопользования "
                        "и охраны окружающей среды Астраханской области",
                    ),
                ),
                outcome(
                    "Культура",
                    (
                        "Провести Дни культуры Атырауской области в культурном центре имени Курмангазы "
                        "в Астрахани.",
                        "Астрахандағы Құрманғазы атындағы мәдени орталықта Атырау облысының мәдениет "
                        "күндерін өткізу.",
                        "Hold Days of Atyrau Culture at the Kurmangazy Cultural Centre in Astrakhan.",
                    ),
                    action("Согласовать программу и состав коллективов", "2023-09-15", "done", "P30"),
                    action("Обеспечить площадку и размещение участников", "2023-10-15", "done", "P09"),
                ),
            ],
        },
        {
            "item": key_of["round_table"],
            "format": "round_table",
            "agenda": [
                "Участие атырауских сельхозпроизводителей в Астраханской ярмарке",
                "Прямые поставки картофеля, овощей, арбузов и рыбы в торговые сети Атырау",
                "Композитные материалы, сорбенты и полимеры для нефтегазовой отрасли",
                "Спецодежда, резиновая обувь и комплектующие для железнодорожных вагонов",
                "Кооперация в судостроении и судоремонте",
                "Поставки из Казахстана механических устройств, изделий из черных металлов и продукции "
                "легкой промышленности",
            ],
            "minutes": (
                "В круглом столе приняли участие 9 руководителей астраханских компаний и около 30 "
                "предпринимателей Атырауской области. Обсуждены логистика поставок по автодороге "
                "Астрахань – Атырау, сертификация продукции в ЕАЭС и участие в региональных ярмарках. "
                "Подписано соглашение между Торгово-промышленной палатой Астраханской области и Палатой "
                "предпринимателей Атырауской области."
            ),
            "outcomes": [
                outcome(
                    "Ярмарка",
                    (
                        "Атырауские сельхозпроизводители приглашены к участию в Астраханской ярмарке.",
                        "Атыраулық ауыл шаруашылығы тауарын өндірушілер Астрахан жәрмеңкесіне қатысуға "
                        "шақырылды.",
                        "Atyrau farmers were invited to take part in the Astrakhan fair.",
                    ),
                    action("Сформировать список атырауских участников ярмарки", "2023-08-15", "done", "P26"),
                    action(
                        "Предоставить участникам из Атырау торговые места на льготных условиях",
                        "2023-09-01",
                        "done",
                        "P10",
                    ),
                ),
                outcome(
                    "Поставки",
                    (
                        "Подготовить прямые договоры поставки картофеля и бахчевых в торговые сети Атырау.",
                        "Атырау сауда желілеріне картоп пен бақша өнімдерін жеткізудің тікелей шарттарын "
                        "дайындау.",
                        "Prepare direct contracts to supply potatoes and melons to Atyrau retail chains.",
                    ),
                    action("Согласовать объемы и цены на сезон 2023 года", "2023-07-31", "done", "P12"),
                    action("Заключить договор на поставку арбузов", "2023-07-15", "done", "P13"),
                ),
                outcome(
                    "Промышленность",
                    (
                        "Провести испытания астраханских сорбентов и композитных материалов на объектах "
                        "нефтяной отрасли Атырауской области.",
                        "Астрахан сорбенттері мен композициялық материалдарын Атырау облысының мұнай "
                        "саласы нысандарында сынақтан өткізу.",
                        "Test Astrakhan sorbents and composite materials at oil industry sites of Atyrau "
                        "Region.",
                    ),
                    action("Передать образцы и методику испытаний", "2023-12-01", "late", "P14"),
                ),
                outcome(
                    "Судостроение",
                    (
                        "Изучить возможность кооперации судостроительных предприятий двух областей.",
                        "Екі облыстың кеме жасау кәсіпорындарының кооперациясы мүмкіндігін зерделеу.",
                        "Study cooperation between the shipyards of the two regions.",
                    ),
                    action(
                        "Провести техническое совещание на верфи в Астрахани", "2024-06-30", "open", "P16"
                    ),
                ),
            ],
        },
        {
            "item": key_of["meeting_education"],
            "format": "extended",
            "agenda": [
                "Академическая мобильность студентов и преподавателей; около 1 000 казахстанских студентов в "
                "вузах Астраханской области",
                "Совместные образовательные программы вузов двух областей",
                "Повышение квалификации медицинских сестер и врачей",
                "Телемедицинские консультации областной больницы с клиниками Астрахани",
            ],
            "minutes": (
                "Ректор Атырауского университета имени Х. Досмухамедова и министр образования и науки "
                "Астраханской области обсудили совместные программы и обмен преподавателями. Министр "
                "здравоохранения Астраханской области и руководитель управления здравоохранения Атырауской "
                "области подписали меморандум о сотрудничестве в сфере здравоохранения."
            ),
            "outcomes": [
                outcome(
                    "Образование",
                    (
                        "Подготовить совместную магистерскую программу Атырауского университета имени "
                        "Х. Досмухамедова и Астраханского государственного университета имени "
                        "В. Н. Татищева.",
                        "Х. Досмұхамедов атындағы Атырау университеті мен В. Н. Татищев атындағы Астрахан "
                        "мемлекеттік университетінің бірлескен магистратура бағдарламасын дайындау.",
                        "Prepare a joint master's programme of Kh. Dosmukhamedov Atyrau University and "
                        "V. N. Tatishchev Astrakhan State University.",
                    ),
                    action("Согласовать учебный план совместной программы", "2023-09-01", "done", "P32"),
                ),
                outcome(
                    "Кадры",
                    (
                        "Организовать повышение квалификации медицинских сестер на базе астраханских "
                        "медицинских колледжей.",
                        "Мейірбикелердің біліктілігін Астрахан медициналық колледждері базасында арттыруды "
                        "ұйымдастыру.",
                        "Arrange further training for nurses at Astrakhan medical colleges.",
                    ),
                    action(
                        "Направить первую группу из 20 медицинских сестер", "2023-12-15", "in_progress", "P29"
                    ),
                ),
                outcome(
                    "Телемедицина",
                    (
                        "Запустить телемедицинские консультации областной больницы с клиниками Астрахани.",
                        "Облыстық аурухана мен Астрахан клиникалары арасында телемедициналық кеңестерді "
                        "іске қосу.",
                        "Launch telemedicine consultations between the regional hospital and Astrakhan "
                        "clinics.",
                    ),
                    action(
                        "Подключить областную больницу к телемедицинской сети", "2024-02-01", "late", "P34"
                    ),
                ),
            ],
        },
    ]


def commitment(area: str, text: Text, responsible: str, due: str | None, status: str) -> Json:
    """One commitment of a signed document."""
    return {
        "area": area,
        "text": text[0],
        "text_i18n": i18n(text[1], text[2]),
        "responsible": responsible,
        "due_date": due,
        "status": status,
    }


AGRI = (
    "Управление сельского хозяйства Атырауской области; министерство сельского хозяйства и рыбной "
    "промышленности Астраханской области"
)


def signed_documents(key_of: dict[str, str]) -> list[Json]:
    """The plan signed at the end of the visit, and two smaller documents."""
    plan_commitments = [
        commitment(
            "торговля",
            (
                "Организовать ежегодное участие атырауских производителей в Астраханской "
                "сельскохозяйственной ярмарке",
                "Атыраулық өндірушілердің Астрахан ауыл шаруашылығы жәрмеңкесіне жыл сайын қатысуын "
                "ұйымдастыру",
                "Arrange yearly participation of Atyrau producers in the Astrakhan agricultural fair",
            ),
            AGRI,
            "2023-09-30",
            "done",
        ),
        commitment(
            "экономика",
            (
                "Провести бизнес-форум «Астрахань – Атырау» с участием предпринимателей обеих областей",
                "Екі облыстың кәсіпкерлері қатысатын «Астрахан – Атырау» бизнес-форумын өткізу",
                "Hold an “Astrakhan – Atyrau” business forum for entrepreneurs of both regions",
            ),
            "Палата предпринимателей Атырауской области; Торгово-промышленная палата Астраханской области",
            "2024-04-30",
            "done",
        ),
        commitment(
            "сельское хозяйство",
            (
                "Увеличить взаимные поставки рыбы, картофеля, овощей и бахчевых культур",
                "Балық, картоп, көкөніс және бақша дақылдарының өзара жеткізілімін ұлғайту",
                "Increase mutual supplies of fish, potatoes, vegetables and melons",
            ),
            AGRI,
            "2025-12-31",
            "in_progress",
        ),
        commitment(
            "транспорт",
            (
                "Добиться возобновления прямого авиасообщения Астрахань – Атырау",
                "Астрахан – Атырау тікелей әуе қатынасын қайта жандандыру",
                "Restore direct Astrakhan–Atyrau flights",
            ),
            "Управление пассажирского транспорта и автомобильных дорог Атырауской области; министерство "
            "транспорта и дорожной инфраструктуры Астраханской области",
            "2024-06-30",
            "late",
        ),
        commitment(
            "транспорт",
            (
                "Проработать увеличение пропускной способности пунктов пропуска на автодороге "
                "Астрахань – Атырау",
                "Астрахан – Атырау автожолындағы өткізу пункттерінің өткізу қабілетін арттыру мәселесін "
                "пысықтау",
                "Work on increasing the capacity of the border crossings on the Astrakhan–Atyrau road",
            ),
            "Акимат Атырауской области; Правительство Астраханской области",
            "2025-12-31",
            "open",
        ),
        commitment(
            "инфраструктура",
            (
                "Изучить участие астраханских организаций в развитии инфраструктуры Азгирского сельского "
                "округа",
                "Астрахан ұйымдарының Азғыр ауылдық округінің инфрақұрылымын дамытуға қатысуын зерделеу",
                "Study the participation of Astrakhan companies in developing the Azgir rural district's "
                "infrastructure",
            ),
            "Акимат Курмангазинского района; министерство строительства Астраханской области",
            "2024-12-31",
            "open",
        ),
        commitment(
            "образование",
            (
                "Обеспечить академическую мобильность студентов и преподавателей вузов двух областей",
                "Екі облыстың жоғары оқу орындары студенттері мен оқытушыларының академиялық ұтқырлығын "
                "қамтамасыз ету",
                "Provide academic mobility for students and teachers of universities of both regions",
            ),
            "Управление образования Атырауской области; министерство образования и науки "
            "Астраханской области",
            "2026-06-30",
            "in_progress",
        ),
        commitment(
            "здравоохранение",
            (
                "Организовать стажировки и повышение квалификации медицинских работников Атырауской области "
                "в Астрахани",
                "Атырау облысы медицина қызметкерлерінің Астраханда тағылымдамадан өтуін және біліктілігін "
                "арттыруын ұйымдастыру",
                "Arrange internships and further training for Atyrau health workers in Astrakhan",
            ),
            "Управление здравоохранения Атырауской области; министерство здравоохранения "
            "Астраханской области",
            "2024-12-31",
            "in_progress",
        ),
        commitment(
            "культура",
            (
                "Провести Дни культуры Атырауской области в культурном центре имени Курмангазы в Астрахани",
                "Астрахандағы Құрманғазы атындағы мәдени орталықта Атырау облысының мәдениет күндерін өткізу",
                "Hold Days of Atyrau Culture at the Kurmangazy Cultural Centre in Astrakhan",
            ),
            "Управление культуры, развития языков и архивного дела Атырауской области",
            "2023-10-31",
            "done",
        ),
        commitment(
            "культура",
            (
                "Обеспечить участие астраханских артистов в фестивалях и конкурсах в Атырау",
                "Астрахан әртістерінің Атыраудағы фестивальдер мен байқауларға қатысуын қамтамасыз ету",
                "Ensure Astrakhan artists take part in festivals and competitions in Atyrau",
            ),
            "Министерство культуры и туризма Астраханской области",
            "2026-12-31",
            "in_progress",
        ),
        commitment(
            "экология",
            (
                "Создать совместную рабочую группу по мониторингу состояния рек Волги и Жайык (Урал) и "
                "Северного Каспия",
                "Еділ және Жайық (Орал) өзендері мен Солтүстік Каспийдің жай-күйін бақылау жөнінде бірлескен "
                "жұмыс тобын құру",
                "Set up a joint working group to monitor the Volga and Zhaiyk (Ural) rivers and the "
                "Northern Caspian",
            ),
            "Департамент экологии по Атырауской области; служба природопользования и охраны окружающей "
            "среды Астраханской области",
            "2023-12-31",
            "late",
        ),
        commitment(
            "молодежь",
            (
                "Провести совместный молодежный форум «Каспий – море дружбы»",
                "«Каспий – достық теңізі» бірлескен жастар форумын өткізу",
                "Hold a joint youth forum “Caspian – Sea of Friendship”",
            ),
            "Управление по вопросам молодежной политики Атырауской области; агентство по делам молодежи "
            "Астраханской области",
            "2024-08-31",
            "done",
        ),
        commitment(
            "туризм",
            (
                "Разработать совместный туристический маршрут «Астрахань – Атырау: по Великому "
                "шелковому пути»",
                "«Астрахан – Атырау: Ұлы Жібек жолымен» бірлескен туристік бағытын әзірлеу",
                "Develop a joint tourist route “Astrakhan – Atyrau along the Great Silk Road”",
            ),
            "Управление туризма Атырауской области; министерство культуры и туризма Астраханской области",
            "2025-06-30",
            "open",
        ),
        commitment(
            "промышленность",
            (
                "Развивать кооперацию в судостроении и судоремонте",
                "Кеме жасау және кеме жөндеу саласындағы кооперацияны дамыту",
                "Develop cooperation in shipbuilding and ship repair",
            ),
            "Управление предпринимательства и индустриально-инновационного развития Атырауской области; "
            "министерство промышленности, торговли и энергетики Астраханской области",
            "2026-12-31",
            "open",
        ),
    ]
    return [
        {
            "title": "План мероприятий по развитию сотрудничества между Астраханской областью и Атырауской "
            "областью на 2023–2026 годы",
            "title_i18n": i18n(
                "Астрахан облысы мен Атырау облысы арасындағы ынтымақтастықты дамыту жөніндегі 2023–2026 "
                "жылдарға арналған іс-шаралар жоспары",
                "Plan of events for developing cooperation between Astrakhan Region and Atyrau Region "
                "for 2023–2026",
            ),
            "type": "plan",
            "item": key_of["signing"],
            "partner_region": "Астраханская область",
            "parties": [ATYRAU_AKIMAT, ASTRAKHAN_GOV],
            "signatories": [
                {
                    "name": "Шапкенов Серик Жумангалиевич",
                    "title": "Аким Атырауской области",
                    "party": ATYRAU_AKIMAT,
                    "participant": "P23",
                },
                {
                    "name": "Бабушкин Игорь Юрьевич",
                    "title": "Губернатор Астраханской области",
                    "party": ASTRAKHAN_GOV,
                    "participant": "P01",
                },
            ],
            "signed_on": "2023-05-12",
            "place": "г. Атырау",
            "term_start": "2023-05-12",
            "term_end": "2026-12-31",
            "copies": 2,
            "status": "in_force",
            "notes": "Составлен в двух экземплярах, каждый на казахском и русском языках; оба текста имеют "
            "одинаковую силу. Охватывает торгово-экономическую и культурно-гуманитарную сферы.",
            "commitments": plan_commitments,
        },
        {
            "title": "Меморандум о сотрудничестве в сфере здравоохранения и подготовки медицинских кадров",
            "title_i18n": i18n(
                "Денсаулық сақтау және медицина кадрларын даярлау саласындағы ынтымақтастық туралы "
                "меморандум",
                "Memorandum of cooperation in health care and training of medical staff",
            ),
            "type": "memorandum",
            "item": key_of["meeting_education"],
            "partner_region": "Астраханская область",
            "parties": [
                "Управление здравоохранения Атырауской области",
                "Министерство здравоохранения Астраханской области",
            ],
            "signatories": [
                {
                    "name": "Мұхтарова Гүлнар Қуанышқызы",
                    "title": "Руководитель управления здравоохранения Атырауской области",
                    "party": "Управление здравоохранения Атырауской области",
                    "participant": "P29",
                },
                {
                    "name": "Гусейнов Руслан Маратович",
                    "title": "Министр здравоохранения Астраханской области",
                    "party": "Министерство здравоохранения Астраханской области",
                    "participant": "P08",
                },
            ],
            "signed_on": "2023-05-12",
            "place": "г. Атырау",
            "term_start": "2023-05-12",
            "term_end": "2025-12-31",
            "copies": 2,
            "status": "in_force",
            "commitments": [
                commitment(
                    "здравоохранение",
                    (
                        "Ежегодно направлять не менее 20 медицинских работников на стажировку в Астрахань",
                        "Жыл сайын кемінде 20 медицина қызметкерін Астраханға тағылымдамаға жіберу",
                        "Send at least 20 health workers to Astrakhan for internships every year",
                    ),
                    "Управление здравоохранения Атырауской области",
                    "2023-12-15",
                    "in_progress",
                ),
                commitment(
                    "здравоохранение",
                    (
                        "Организовать телемедицинские консультации для пациентов Атырауской области",
                        "Атырау облысының пациенттері үшін телемедициналық кеңестерді ұйымдастыру",
                        "Organise telemedicine consultations for patients of Atyrau Region",
                    ),
                    "Министерство здравоохранения Астраханской области",
                    "2024-02-01",
                    "late",
                ),
            ],
        },
        {
            "title": "Соглашение о сотрудничестве между Торгово-промышленной палатой Астраханской области и "
            "Палатой предпринимателей Атырауской области",
            "title_i18n": i18n(
                "Астрахан облысының Сауда-өнеркәсіп палатасы мен Атырау облысының Кәсіпкерлер палатасы "
                "арасындағы ынтымақтастық туралы келісім",
                "Cooperation agreement between the Chamber of Commerce and Industry of Astrakhan Region and "
                "the Chamber of Entrepreneurs of Atyrau Region",
            ),
            "type": "agreement",
            "item": key_of["round_table"],
            "partner_region": "Астраханская область",
            "parties": [
                "Палата предпринимателей Атырауской области",
                "Союз «Торгово-промышленная палата Астраханской области»",
            ],
            "signatories": [
                {
                    "name": "Бисенов Нурбол Кайратович",
                    "title": "Директор Палаты предпринимателей Атырауской области",
                    "party": "Палата предпринимателей Атырауской области",
                    "participant": None,
                },
                {
                    "name": "Никитин Валерий Анатольевич",
                    "title": "Президент Торгово-промышленной палаты Астраханской области",
                    "party": "Союз «Торгово-промышленная палата Астраханской области»",
                    "participant": "P10",
                },
            ],
            "signed_on": "2023-05-11",
            "place": "г. Атырау",
            "term_start": "2023-05-11",
            "term_end": None,
            "copies": 2,
            "status": "signed",
            "notes": "Бессрочное; может быть расторгнуто по уведомлению одной из сторон за три месяца.",
            "commitments": [
                commitment(
                    "экономика",
                    (
                        "Обмениваться информацией о деловых предложениях и выставках",
                        "Іскерлік ұсыныстар мен көрмелер туралы ақпарат алмасу",
                        "Exchange information on business offers and exhibitions",
                    ),
                    "Обе палаты",
                    None,
                    "in_progress",
                ),
                commitment(
                    "торговля",
                    (
                        "Организовать бизнес-миссию атырауских предпринимателей в Астрахань",
                        "Атыраулық кәсіпкерлердің Астраханға бизнес-миссиясын ұйымдастыру",
                        "Organise a business mission of Atyrau entrepreneurs to Astrakhan",
                    ),
                    "Палата предпринимателей Атырауской области",
                    "2023-10-31",
                    "done",
                ),
            ],
        },
    ]


@dataclass(frozen=True)
class Vehicle:
    """A vehicle of the motorcade; ``legs`` are (participant, fixed item ident) rides for one leg only."""

    key: str
    label: str
    kind: str
    plate: str
    driver: str
    driver_phone: str
    seats: int
    riders: tuple[str, ...] = ()
    legs: tuple[tuple[str, str], ...] = ()
    notes: str = ""


VEHICLES: list[Vehicle] = [
    Vehicle(
        "V01",
        "Автомобиль сопровождения дорожной полиции",
        "escort",
        "102 ATS 06",
        "Мусин Ерболат Кайратович",
        "+7 701 000 11 01",
        0,
        notes="Проблесковые маячки; возглавляет кортеж на всех переездах.",
    ),
    Vehicle(
        "V02",
        "Автомобиль Губернатора Астраханской области",
        "car",
        "А 777 АС 30",
        "Соколов Виктор Иванович",
        "+7 917 000 00 02",
        3,
        ("P01", "P21", "P22"),
        notes="Прибыл с мотоколонной из Астрахани (российский номер, регион 30).",
    ),
    Vehicle(
        "V03",
        "Автомобиль акима Атырауской области",
        "car",
        "707 ATR 06",
        "Жанабаев Асет Нурланович",
        "+7 701 000 11 03",
        3,
        ("P23", "P35"),
    ),
    Vehicle(
        "V04",
        "Резервный автомобиль",
        "car",
        "312 AKM 06",
        "Утебаев Руслан Серикович",
        "+7 701 000 11 04",
        3,
        legs=(("P34", "meeting_education"), ("P32", "signing"), ("P33", "signing"), ("P34", "signing")),
        notes="Доставка приглашенных на встречу по образованию и здравоохранению и на церемонию подписания.",
    ),
    Vehicle(
        "V05",
        "Микроавтобус № 1 (официальная делегация)",
        "minibus",
        "458 DLG 06",
        "Калиев Нурлан Аманович",
        "+7 701 000 11 05",
        17,
        (*keys(2, 9), "P19", "P20"),
    ),
    Vehicle(
        "V06",
        "Микроавтобус № 2 (принимающая сторона)",
        "minibus",
        "459 DLG 06",
        "Ережепов Бекзат Маратович",
        "+7 701 000 11 06",
        17,
        ("P24", "P25", *keys(28, 31), "P36", "P38"),
    ),
    Vehicle(
        "V07",
        "Автобус (деловая делегация)",
        "bus",
        "777 ABC 06",
        "Гончаров Сергей Николаевич",
        "+7 701 000 11 07",
        35,
        (*keys(10, 18), "P26", "P27", "P37", "P39"),
        notes="Место у передней двери — для П. 18 (ходит с тростью).",
    ),
]


def vehicles(key_of: dict[str, str]) -> list[Json]:
    """Vehicles with their whole-visit passengers (item null) and one-leg passengers."""
    records: list[Json] = []
    for vehicle in VEHICLES:
        passengers: list[Json] = [{"participant": rider, "item": None} for rider in vehicle.riders]
        passengers += [{"participant": rider, "item": key_of[ident]} for rider, ident in vehicle.legs]
        record: Json = {
            "key": vehicle.key,
            "label": vehicle.label,
            "kind": vehicle.kind,
            "plate": vehicle.plate,
            "driver_name": vehicle.driver,
            "driver_phone": vehicle.driver_phone,
            "seats": vehicle.seats,
        }
        if vehicle.notes:
            record["notes"] = vehicle.notes
        record["passengers"] = passengers
        records.append(record)
    return records


# --------------------------------------------------------------------------------------------------------
# Independent checks of the finished itinerary
# --------------------------------------------------------------------------------------------------------


def day_end_of(day: date) -> datetime:
    """Planned end of a day: 22:30 on the day of the official dinner, 19:30 otherwise."""
    return at(day, DINNER_DAY_END.strftime("%H:%M") if day == DAY1 else DAY_END.strftime("%H:%M"))


def check_itinerary(items: list[Item]) -> None:
    """Assert the feasibility rules the planner checks: people, travel, hours, days, meals, sites."""
    by_person: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        assert item.start < item.end, item.ident
        assert item.start.date() in (DAY1, DAY2), item.ident
        assert item.start >= at(item.start.date(), "08:30"), f"{item.ident} starts before the day"
        limit = day_end_of(item.start.date()) if item.ident == "dinner" else at(item.start.date(), "19:30")
        assert item.end <= limit, f"{item.ident} ends after the day"
        site = SITE_BY_KEY[item.site]
        assert is_open(site.hours, item.start, item.end), f"{item.ident}: {site.key} closed"
        assert item.responsible in item.attendees, f"{item.ident}: responsible host not attending"
        assert PERSON_BY_KEY[item.responsible].side == "host", item.ident
        for group in item.groups:
            assert group in GROUP_BY_KEY, item.ident
        for person in item.attendees:
            by_person[person].append(item)
    for person, own in by_person.items():
        own.sort(key=lambda item: item.start)
        for before, after in itertools.pairwise(own):
            assert before.end <= after.start, f"{person}: {before.ident} overlaps {after.ident}"
            need = timedelta(minutes=travel_minutes(before.site, after.site))
            assert after.start - before.end >= need, (
                f"{person}: only {after.start - before.end} from {before.ident} to {after.ident}, need {need}"
            )
        for day in (DAY1, DAY2):
            that_day = [item for item in own if item.start.date() == day]
            if that_day and that_day[-1].end - that_day[0].start > timedelta(hours=6):
                assert any(
                    item.kind == "meal" and time(12, 0) <= item.start.time() <= time(14, 30)
                    for item in that_day
                ), f"{person}: no lunch on {day}"
    visits = Counter(item.site for item in items if item.kind == "site_visit")
    for site_key, count in visits.items():
        assert count == 1, f"{site_key} visited {count} times"
        assert SITE_BY_KEY[site_key].category != "hospitality", site_key


def check_vehicles(items: list[Item]) -> None:
    """Seats are never exceeded and nobody rides in two vehicles on the same leg."""
    idents = {item.ident for item in items}
    for item in items:
        riding: Counter[str] = Counter()
        for vehicle in VEHICLES:
            aboard = list(vehicle.riders) + [rider for rider, ident in vehicle.legs if ident == item.ident]
            assert len(aboard) <= vehicle.seats, (
                f"{vehicle.key} over its {vehicle.seats} seats on {item.ident}"
            )
            riding.update(aboard)
        assert all(count == 1 for count in riding.values()), f"someone in two vehicles on {item.ident}"
    for vehicle in VEHICLES:
        for rider, ident in vehicle.legs:
            assert ident in idents and rider in PERSON_BY_KEY, (vehicle.key, rider, ident)
            leg = next(item for item in items if item.ident == ident)
            assert rider in leg.attendees, f"{rider} rides to {ident} but does not attend it"


def check_people() -> None:
    """Participant keys follow side then protocol rank; ranks are unique per side; one head per side."""
    ordered = sorted(PEOPLE, key=lambda person: (person.side != "guest", person.rank))
    assert [person.key for person in ordered] == [f"P{number:02d}" for number in range(1, len(PEOPLE) + 1)]
    for side in ("guest", "host"):
        ranks = [person.rank for person in PEOPLE if person.side == side]
        assert sorted(ranks) == list(range(1, len(ranks) + 1)), side
        heads = [person for person in PEOPLE if person.side == side and person.role == "head"]
        assert len(heads) == 1 and heads[0].rank == 1, side
    for group in GROUPS:
        assert all(key in PERSON_BY_KEY for key in group.members), group.key
    for site in SITES:
        assert 20 <= site.duration <= 60 and site.duration % GRID_MIN == 0, site.key
        parse_opening_hours(site.hours)


# --------------------------------------------------------------------------------------------------------
# Assembling the file
# --------------------------------------------------------------------------------------------------------


def site_record(site: Site) -> Json:
    """A site as the interchange format writes it."""
    record: Json = {
        "key": site.key,
        "name": site.name[0],
        "name_i18n": i18n(site.name[1], site.name[2]),
        "category": site.category,
        "address": site.address,
        "latitude": site.lat,
        "longitude": site.lon,
        "opening_hours": site.hours,
        "usual_duration_min": site.duration,
        "contact_name": site.contact,
        "contact_phone": site_phone(site),
        "contact_email": site.email,
    }
    if site.notes:
        record["notes"] = site.notes
    return record


def person_record(person: Person) -> Json:
    """A participant as the interchange format writes it."""
    record: Json = {
        "key": person.key,
        "side": person.side,
        "full_name": person.name[0],
        "name_i18n": i18n(person.name[1], person.name[2]),
        "title": person.title[0],
        "title_i18n": i18n(person.title[1], person.title[2]),
        "organisation": person.organisation,
        "role": person.role,
        "protocol_rank": person.rank,
        "languages": list(person.languages),
        "email": person.email,
        "phone": person.phone,
    }
    if person.dietary:
        record["dietary_needs"] = person.dietary
    if person.access:
        record["access_needs"] = person.access
    if person.notes:
        record["notes"] = person.notes
    return record


def item_record(item: Item) -> Json:
    """An itinerary item as the interchange format writes it."""
    record: Json = {
        "key": item.key,
        "kind": item.kind,
        "title": item.title[0],
        "title_i18n": i18n(item.title[1], item.title[2]),
        "starts_at": item.start.isoformat(),
        "ends_at": item.end.isoformat(),
        "site": item.site,
        "responsible_host": item.responsible,
        "groups": list(item.groups),
        "attendees": sorted(item.attendees),
        "pinned": item.pinned,
    }
    if item.location:
        record["location"] = item.location
    if item.required is not None:
        record["required"] = item.required
    if item.priority is not None:
        record["priority"] = item.priority
    if item.notes:
        record["notes"] = item.notes
    return record


def build() -> Json:
    """The whole sample visit."""
    check_people()
    items = build_itinerary()
    check_itinerary(items)
    check_vehicles(items)
    key_of = {item.ident: item.key for item in items}
    meeting_records = meetings(key_of)
    for meeting in meeting_records:
        assert next(item for item in items if item.key == meeting["item"]).kind == "meeting"
    return {
        "format": "delegation-planner/visit",
        "format_version": 1,
        "delegation": {
            "name": "Делегация Астраханской области во главе с Губернатором И. Ю. Бабушкиным",
            "name_i18n": i18n(
                "Губернатор И. Ю. Бабушкин бастаған Астрахан облысының делегациясы",
                "Delegation of Astrakhan Region headed by Governor Igor Babushkin",
            ),
            "home_region": "Астраханская область",
            "home_country": "Россия",
            "home_timezone": "Europe/Astrakhan",
        },
        "visit": {
            "title": "Визит делегации Астраханской области в Атыраускую область",
            "title_i18n": i18n(
                "Астрахан облысы делегациясының Атырау облысына сапары",
                "Visit of the Astrakhan Region delegation to Atyrau Region",
            ),
            "status": "completed",
            "host_region": "Атырауская область",
            "host_organisation": "Акимат Атырауской области",
            "host_timezone": "Asia/Atyrau",
            "start_date": DAY1.isoformat(),
            "end_date": DAY2.isoformat(),
            "arrival_mode": "Мотоколонна мотопробега «Каспий – море дружбы» по трассе Астрахань – Атырау",
            "purpose": "Развитие приграничного торгово-экономического и культурно-гуманитарного "
            "сотрудничества; подписание Плана мероприятий по развитию сотрудничества на 2023–2026 годы.",
            "day_start": DAY_START.strftime("%H:%M"),
            "day_end": DAY_END.strftime("%H:%M"),
            "travel_speed_kmh": TRAVEL_SPEED_KMH,
            "road_factor": ROAD_FACTOR,
        },
        "days": [
            {
                "date": DAY1.isoformat(),
                "start": "08:30",
                "end": DINNER_DAY_END.strftime("%H:%M"),
                "note": "Официальный ужин с культурной программой до 22:00",
            },
            {
                "date": DAY2.isoformat(),
                "start": "08:30",
                "end": DAY_END.strftime("%H:%M"),
                "note": "Подписание Плана мероприятий; отъезд делегации в 19:30",
            },
        ],
        "sites": [site_record(site) for site in sorted(SITES, key=lambda site: site.key)],
        "participants": [
            person_record(person)
            for person in sorted(PEOPLE, key=lambda person: (person.side != "guest", person.rank))
        ],
        "groups": [
            {
                "key": group.key,
                "name": group.name[0],
                "name_i18n": i18n(group.name[1], group.name[2]),
                "members": sorted(group.members),
            }
            for group in GROUPS
        ],
        "itinerary": [item_record(item) for item in sorted(items, key=lambda item: (item.start, item.key))],
        "meetings": meeting_records,
        "signed_documents": signed_documents(key_of),
        "vehicles": vehicles(key_of),
    }


def summary(data: Json) -> str:
    """A few counts for the console."""
    per_day = Counter(item["starts_at"][:10] for item in data["itinerary"])
    visits = Counter(item["starts_at"][:10] for item in data["itinerary"] if item["kind"] == "site_visit")
    pinned = [item["key"] for item in data["itinerary"] if item["pinned"]]
    commitments = sum(len(document.get("commitments", [])) for document in data["signed_documents"])
    lines = [
        f"sites: {len(data['sites'])}",
        f"participants: {len(data['participants'])} "
        f"({sum(p['side'] == 'guest' for p in data['participants'])} guests, "
        f"{sum(p['side'] == 'host' for p in data['participants'])} hosts)",
        f"groups: {len(data['groups'])}",
        *(f"items on {day}: {count} ({visits[day]} site visits)" for day, count in sorted(per_day.items())),
        f"site visits: {sum(visits.values())}",
        f"pinned items: {', '.join(pinned)}",
        f"meetings: {len(data['meetings'])}",
        f"signed documents: {len(data['signed_documents'])}, commitments: {commitments}",
        f"vehicles: {len(data['vehicles'])}",
    ]
    return "\n".join(lines)


def main() -> None:
    """Build, check, validate and write the sample visit."""
    data = build()
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda error: list(error.absolute_path))
    if errors:
        for error in errors:
            print(f"{'/'.join(map(str, error.absolute_path))}: {error.message}")
        raise SystemExit("the sample does not match the schema")
    OUTPUT_PATH.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT_PATH.relative_to(PROJECT_ROOT)}")
    print(summary(data))


if __name__ == "__main__":
    main()
