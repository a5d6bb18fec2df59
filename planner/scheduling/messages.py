"""The conflict sentences in English, Russian and Kazakh: one template per sentence and language.

Templates use named placeholders (``str.format``). A ``+`` after a key names the variant for several
people (Russian "участвуют", English "are"); a language without it uses the plain one. Times of day
are ``Clock`` strings, so the Kazakh templates can add the case ending a time takes when spoken
(``{until:dat}`` gives "11:30-ға", ``{at:loc}`` gives "11:40-та").

The check builds each sentence once per finding, so none of this is on the sweep's hot path. The
planner's reasons and the repair's notes (``keep_*``, ``drop_*``, ``repair_*``) are here too, and
why each move of a proposal happens (``reason_*``).
The Kazakh texts have not yet been reviewed by a native speaker.
"""

from __future__ import annotations

from datetime import date, datetime

from planner.domain.kinds import Language
from planner.domain.opening_hours_text import describe_opening_hours
from planner.domain.quotes import format_quoting
from planner.domain.vocabulary import FALLBACK_LANGUAGE

DEFAULT_LANGUAGE = FALLBACK_LANGUAGE  # a sentence asked for in a language it is not written in
# the sentences whose ``{hours}`` is a site's opening hours as stored (``Tu-Su 10:00-18:00``): they are
# said in the words of the sentence's language ("Вт–Вс 10:00–18:00"), as the site editor shows them
_STORED_HOURS = frozenset({"site_closed", "drop_hours", "reason_opening_hours"})

_TEXTS: dict[str, dict[str, str]] = {
    Language.EN: {
        "double_booked": "{who} is due at {a} and at {b} at the same time; "
        "move one of them or split the attendees",
        "double_booked+": "{who} are due at {a} and at {b} at the same time; "
        "move one of them or split the attendees",
        "vehicle_double_booked": "vehicle {names} is needed for {a} and for {b} at the same time; "
        "assign another vehicle to one of them",
        "travel_time": "{who} is at {here} until {until} but due at {there} at {at}; "
        "the drive takes {need} min",
        "travel_time+": "{who} are at {here} until {until} but due at {there} at {at}; "
        "the drive takes {need} min",
        "travel_unknown": "{who}: the drive from {here} (until {until}) to {there} (at {at}) is not "
        "known, so nothing checks that there is time for it; give {missing} coordinates, or a travel "
        "time between the two sites",
        "travel_unknown_arrival": "the drive from the arrival place {place} is not known, so "
        "nothing checks that the first stop after the arrival at {at} leaves time to get there; give "
        "{place} coordinates, or travel times from it",
        "travel_unknown_departure": "the drive to the departure place {place} is not known, so "
        "nothing checks that the last stop before the departure at {at} leaves time to get there; give "
        "{place} coordinates, or travel times to it",
        "travel_boarding": ", plus {board} min to board",
        "travel_gap": " (only {gap} min between them)",
        "travel_around": "{who}: between {a} and {b} comes {between}, which has no site and is held "
        "where they are; the drive takes {need} min{board}, but only {free} min are free around it "
        "({short} min short); move one of them",
        "travel_around+": "{who}: between {a} and {b} come {between}, which have no site and are held "
        "where they are; the drive takes {need} min{board}, but only {free} min are free around them "
        "({short} min short); move one of them",
        "site_closed": "{site} is not open for the whole of “{title}” ({span}); it is {when} ({hours})",
        "site_open_at": "open {hours} that day",
        "site_closed_all_day": "closed all that day",
        "outside_visit": "“{title}” ({start}–{end}) is outside the visit, which runs from {first} to {last}",
        "outside_stay_arrival": "“{title}” ({span}) is outside the stay of {who}: arrival at {place} at "
        "{at}, so at {site} from {earliest} at the earliest",
        "outside_stay_departure": "“{title}” ({span}) is outside the stay of {who}: departure from {place} "
        "at {at}, so at {site} until {latest} at the latest",
        "starts_early": "“{title}” ({span}) starts before the day's planned start at {at}; "
        "move it or widen the day",
        "ends_late": "“{title}” ({span}) ends after the day's planned end at {at}; move it or widen the day",
        "no_meal_break": "{who} has a {hours} h {minutes:02d} min day on {day} ({first}–{last}) with no "
        "meal and no break of {pause} min between {w0} and {w1}",
        "no_meal_break+": "{who} have a {hours} h {minutes:02d} min day on {day} ({first}–{last}) with no "
        "meal and no break of {pause} min between {w0} and {w1}",
        "site_visited_twice": "{site} is visited {count} times ({when}); "
        "drop one visit unless the repeat is intended",
        "opening_hours_invalid": "{site}: {reason}",
        # the words that name things inside the sentences
        "participant": "participant {id}",
        "group": "group {name}",
        "vehicle": "vehicle {name}",
        "item": "item {id}",
        "and_others": "{names} and {count} others",
        "and_last": "{names} and {last}",
        "nobody": "nobody",
        "meal_lunch": "Lunch break",
        "meal_dinner": "Dinner",
        "meal_no_room": "no room for {meal} of {lane} on {day} between {w0} and {w1}",
        # a member who comes later or leaves earlier than their group bounds the group's whole plan
        "stay_late_member": "{who} arrives at {at} on {day}, later than {lane} ({own}): the group's "
        "hours are planned without waiting, and {who} joins the group at the first item that can be reached "
        "from the arrival place",
        "stay_late_member+": "{who} arrive at {at} on {day}, later than {lane} ({own}): the group's "
        "hours are planned without waiting, and {who} join the group at the first item that can be reached "
        "from the arrival place",
        "stay_own_arrival": "the group itself arrives at {at} on {day}",
        "stay_no_own_arrival": "the group's own arrival is not set",
        "stay_early_member": "{who} leaves at {at} on {day}, earlier than {lane} ({own}): the group's "
        "later hours are planned as usual, and {who} leaves the group after the last item from which the "
        "departure can still be reached",
        "stay_early_member+": "{who} leave at {at} on {day}, earlier than {lane} ({own}): the group's "
        "later hours are planned as usual, and {who} leave the group after the last item from which the "
        "departure can still be reached",
        "stay_own_departure": "the group itself leaves at {at} on {day}",
        "stay_no_own_departure": "the group's own departure is not set",
        "delegation": "the delegation",
        "site": "{name}",
        "site_unknown": "site {id}",
        "no_site": "an unspecified place",
        "what": "“{title}” at {site} ({span})",
        "what_no_site": "“{title}” ({span})",
        "span": "{start}–{end} on {day}",
        # why the planner keeps an item where it is, drops it, and what a repair did
        "keep_no_site": "it has no site, so no route can be planned to it",
        "keep_several_groups": "several groups attend it together",
        "keep_own_vehicle": "it has its own vehicle seating",
        "keep_not_one_group": "its attendees are not all members of one group",
        "drop_never_open": "{site} is never open for {minutes} min within the days' windows",
        "drop_hours": " (hours: {hours})",
        "drop_no_room": "no room left in the group's days between the fixed appointments",
        "plan_fixed_errors": "No plan: the fixed items, which the plan never moves, already break "
        "these rules; change them first",
        "plan_fixed_no_room": "No plan: on some day of a group the fixed items leave no room for the drives "
        "between them with up to {board} min to board (for the visit's largest party of {party}), the meals "
        "(which start on the plan's {grid}-minute marks), and the time before the arrival and after the "
        "departure; shorten the time to board, use a finer grid or move a fixed item",
        "drop_priority": "; sites of higher priority than {priority} came first",
        "drop_overrun": "no time left in the rest of the day after the overrun",
        "repair_replanned": "the day could not keep its order; the rest of the day was re-planned",
        "repair_kept_order": "the order of the day was kept",
        # why a move of a proposal happens (planner/scheduling/reasons.py)
        "reason_opening_hours": "{site} is not open at the old time (hours: {hours})",
        "reason_arrival": "the group is not there before {at} (“{title}”)",
        "reason_meal": "the old time clashed with the meal “{title}”",
        "reason_clash": "the old time clashed with “{title}”",
        "reason_room_for": "room made for “{title}”",
        "reason_overrun": "the rest of the day moves after the overrun",
        "reason_drive_saved": "less driving that day: {before} → {after} min on the road",
        "reason_order": "the day's order changed so that every site fits",
        "reason_placed": "placed from the list of sites to place ({day}, {at})",
        "reason_day_moved": "; moved to another day ({old} → {new})",
        # branch meal-minimum
        "meal_no_gap": "{meal} left out for {lane} on {day}: no {minutes}-minute gap between {w0} and {w1} "
        "around {items}{drives}",
        "meal_gap_drives": " and the drives between them",
        # branch meal-leftovers
        "meal_gap_kept": "“{meal}” (kept)",
        # branch paper-words: an item and its times inside a sentence
        "item_time": "“{title}” {start}–{end}",
    },
    Language.RU: {
        "double_booked": "{who} участвует одновременно в двух пунктах: {a} и {b}; "
        "перенесите один из них или разделите участников",
        "double_booked+": "{who} участвуют одновременно в двух пунктах: {a} и {b}; "
        "перенесите один из них или разделите участников",
        "vehicle_double_booked": "Автомобиль {names} нужен одновременно для двух пунктов: {a} и {b}; "
        "назначьте на один из них другой автомобиль",
        "vehicle_double_booked+": "Автомобили {names} нужны одновременно для двух пунктов: {a} и {b}; "
        "назначьте на один из них другие автомобили",
        "travel_time": "{who} находится на объекте {here} до {until}, но в {at} ожидается на объекте "
        "{there}; дорога занимает {need} мин",
        "travel_time+": "{who} находятся на объекте {here} до {until}, но в {at} ожидаются на объекте "
        "{there}; дорога занимает {need} мин",
        "travel_unknown": "{who}: время в пути от объекта {here} (до {until}) до объекта {there} (в "
        "{at}) неизвестно, поэтому не проверено, хватает ли на него времени; укажите координаты объекта "
        "{missing} или время в пути между этими объектами",
        "travel_unknown+": "{who}: время в пути от объекта {here} (до {until}) до объекта {there} "
        "(в {at}) неизвестно, поэтому не проверено, хватает ли на него времени; укажите координаты "
        "объектов {missing} или время в пути между этими объектами",
        "travel_unknown_arrival": "Время в пути от места прибытия {place} неизвестно, поэтому не "
        "проверено, успевают ли гости после прибытия ({at}) к первому пункту программы; укажите "
        "координаты места {place} или время в пути от него",
        "travel_unknown_departure": "Время в пути до места отъезда {place} неизвестно, поэтому не "
        "проверено, успевают ли гости от последнего пункта программы к отъезду ({at}); укажите "
        "координаты места {place} или время в пути до него",
        "travel_boarding": ", и ещё {board} мин на посадку",
        "travel_gap": " (между ними только {gap} мин)",
        "travel_around": "{who}: между {a} и {b} стоит {between} — без объекта, то есть там, где "
        "находятся участники; дорога занимает {need} мин{board}, а свободно вокруг него только {free} мин "
        "(не хватает {short} мин); перенесите один из пунктов",
        "travel_around+": "{who}: между {a} и {b} стоят {between} — без объекта, то есть там, где "
        "находятся участники; дорога занимает {need} мин{board}, а свободно вокруг них только {free} мин "
        "(не хватает {short} мин); перенесите один из пунктов",
        "site_closed": "Объект {site} открыт не на всё время пункта «{title}» ({span}): "
        "в этот день {when} ({hours})",
        "site_open_at": "он открыт {hours}",
        "site_closed_all_day": "он закрыт весь день",
        "outside_stay_arrival": "«{title}» ({span}) выходит за рамки пребывания: {who} — прибытие "
        "в пункт {place} в {at}, на объекте {site} не раньше {earliest}",
        "outside_stay_departure": "«{title}» ({span}) выходит за рамки пребывания: {who} — отъезд "
        "из пункта {place} в {at}, на объекте {site} не позже {latest}",
        "outside_visit": "«{title}» ({start}–{end}) выходит за рамки визита, который проходит "
        "с {first} по {last}",
        "starts_early": "«{title}» ({span}) начинается раньше запланированного начала дня ({at}); "
        "перенесите пункт или расширьте рамки дня",
        "ends_late": "«{title}» ({span}) заканчивается позже запланированного окончания дня ({at}); "
        "перенесите пункт или расширьте рамки дня",
        "no_meal_break": "{who}: день {day} длится {hours} ч {minutes:02d} мин ({first}–{last}), "
        "а между {w0} и {w1} нет ни питания, ни перерыва на {pause} мин",
        "site_visited_twice": "Объект {site} посещается {count} {times} ({when}); "
        "уберите одно посещение, если повтор не задуман",
        "opening_hours_invalid": "{site}: {reason}",
        "participant": "участник №{id}",
        "group": "группа «{name}»",
        "vehicle": "автомобиль {name}",
        "item": "пункт №{id}",
        "and_others": "{names} и ещё {count}",
        "and_last": "{names} и {last}",
        "nobody": "никто",
        "meal_lunch": "Обед",
        "meal_dinner": "Ужин",
        "meal_no_room": "нет места для пункта «{meal}» ({lane}, {day}) между {w0} и {w1}",
        "stay_late_member": "{who} прибывает {day} в {at}, позже группы «{lane}» ({own}): часы группы "
        "планируются без ожидания, {who} присоединяется к группе с первого пункта, до которого можно доехать "
        "от места прибытия",
        "stay_late_member+": "{who} прибывают {day} в {at}, позже группы «{lane}» ({own}): часы группы "
        "планируются без ожидания, {who} присоединяются к группе с первого пункта, до которого можно доехать "
        "от места прибытия",
        "stay_own_arrival": "сама группа прибывает в {at} {day}",
        "stay_no_own_arrival": "время прибытия самой группы не указано",
        "stay_early_member": "{who} уезжает {day} в {at}, раньше группы «{lane}» ({own}): поздние часы "
        "группы планируются как обычно, {who} покидает группу после последнего пункта, с которого ещё можно "
        "успеть к месту отъезда",
        "stay_early_member+": "{who} уезжают {day} в {at}, раньше группы «{lane}» ({own}): поздние часы "
        "группы планируются как обычно, {who} покидают группу после последнего пункта, с которого ещё можно "
        "успеть к месту отъезда",
        "stay_own_departure": "сама группа уезжает в {at} {day}",
        "stay_no_own_departure": "время отъезда самой группы не указано",
        "delegation": "делегация",
        "site": "«{name}»",
        "site_unknown": "№{id}",
        "no_site": "(не указан)",
        "what": "«{title}» на объекте {site} ({span})",
        "what_no_site": "«{title}» ({span})",
        "span": "{start}–{end}, {day}",
        "keep_no_site": "у пункта нет объекта, поэтому маршрут к нему не построить",
        "keep_several_groups": "в нём вместе участвуют несколько групп",
        "keep_own_vehicle": "для него назначена отдельная рассадка по автомобилям",
        "keep_not_one_group": "его участники входят не в одну группу",
        "drop_never_open": "объект {site} ни разу не открыт на {minutes} мин в рабочие часы дней визита",
        "drop_hours": " (часы работы: {hours})",
        "drop_no_room": "в днях группы не осталось времени между фиксированными пунктами",
        # the plan is refused: the fixed items (which it never moves) leave no day it can plan
        "plan_fixed_errors": "План не составлен: фиксированные пункты, которые план не переносит, уже "
        "нарушают правила — измените их сначала",
        "plan_fixed_no_room": "План не составлен: в каком-то дне группы фиксированные пункты не оставляют "
        "времени на переезды между ними с посадкой до {board} мин (для самой большой группы визита — "
        "{party} чел.), на питание (оно начинается на отметках сетки плана в {grid} мин) и на время до "
        "прибытия и после отъезда; уменьшите время на посадку, выберите более мелкую сетку или перенесите "
        "фиксированный пункт",
        "drop_priority": "; сначала размещены объекты с приоритетом выше {priority}",
        "drop_overrun": "после задержки в оставшейся части дня не осталось времени",
        "repair_replanned": "сохранить порядок дня не удалось; остаток дня спланирован заново",
        "repair_kept_order": "порядок дня сохранён",
        "reason_opening_hours": "объект {site} закрыт в прежнее время (часы работы: {hours})",
        "reason_arrival": "группа прибывает только к {at} («{title}»)",
        "reason_meal": "прежнее время совпадало с питанием «{title}»",
        "reason_clash": "прежнее время совпадало с пунктом «{title}»",
        "reason_room_for": "освобождено время для пункта «{title}»",
        "reason_overrun": "остаток дня сдвинут после задержки",
        "reason_drive_saved": "меньше дороги в этот день: {before} → {after} мин в пути",
        "reason_order": "порядок дня изменён, чтобы поместились все объекты",
        "reason_placed": "размещён из списка объектов к размещению ({day}, {at})",
        "reason_day_moved": "; перенесён на другой день ({old} → {new})",
        # branch meal-minimum
        "meal_no_gap": "«{meal}» не запланирован ({lane}, {day}): между {w0} и {w1} нет {minutes} мин "
        "подряд — мешают {items}{drives}",
        "meal_gap_drives": " и дороги между ними",
        # branch meal-leftovers
        "meal_gap_kept": "«{meal}» (оставлен)",
        # branch paper-words: an item and its times inside a sentence
        "item_time": "«{title}» {start}–{end}",
    },
    Language.KK: {
        "double_booked": "{who} бір уақытта екі тармаққа қатысуы керек: {a} және {b}; "
        "біреуін жылжытыңыз немесе қатысушыларды бөліңіз",
        "vehicle_double_booked": "{names} көлігі бір уақытта екі тармаққа қажет: {a} және {b}; "
        "біреуіне басқа көлік бекітіңіз",
        "vehicle_double_booked+": "{names} көліктері бір уақытта екі тармаққа қажет: {a} және {b}; "
        "біреуіне басқа көліктер бекітіңіз",
        "travel_time": "{who} {until:dat} дейін {here} нысанында, бірақ {at:loc} {there} нысанында "
        "болуы керек; жол {need} мин алады",
        "travel_unknown": "{who}: {here} нысанынан ({until:dat} дейін) {there} нысанына ({at:loc}) "
        "жол уақыты белгісіз, сондықтан оған уақыттың жететіні тексерілмеді; {missing} нысанының "
        "координаттарын немесе екі нысан арасындағы жол уақытын көрсетіңіз",
        "travel_unknown+": "{who}: {here} нысанынан ({until:dat} дейін) {there} нысанына ({at:loc}) "
        "жол уақыты белгісіз, сондықтан оған уақыттың жететіні тексерілмеді; {missing} нысандарының "
        "координаттарын немесе екі нысан арасындағы жол уақытын көрсетіңіз",
        "travel_unknown_arrival": "{place} келу орнынан жол уақыты белгісіз, сондықтан келгеннен "
        "кейін ({at}) бағдарламаның бірінші тармағына үлгеретіні тексерілмеді; {place} орнының "
        "координаттарын немесе одан жол уақытын көрсетіңіз",
        "travel_unknown_departure": "{place} кету орнына дейінгі жол уақыты белгісіз, сондықтан "
        "бағдарламаның соңғы тармағынан кетуге ({at}) үлгеретіні тексерілмеді; {place} орнының "
        "координаттарын немесе оған дейінгі жол уақытын көрсетіңіз",
        "travel_boarding": ", оған қоса отырғызуға {board} мин",
        "travel_gap": " (арасында небәрі {gap} мин)",
        "travel_around": "{who}: {a} мен {b} арасында {between} бар — нысансыз, яғни қатысушылар "
        "тұрған жерде; жол {need} мин алады{board}, ал оның айналасында небәрі {free} мин бос "
        "({short} мин жетпейді); тармақтардың бірін жылжытыңыз",
        "travel_around+": "{who}: {a} мен {b} арасында {between} бар — нысансыз, яғни қатысушылар "
        "тұрған жерде; жол {need} мин алады{board}, ал олардың айналасында небәрі {free} мин бос "
        "({short} мин жетпейді); тармақтардың бірін жылжытыңыз",
        "site_closed": "«{title}» тармағы ({span}) кезінде {site} нысаны толық ашық емес: "
        "сол күні ол {when} ({hours})",
        "site_open_at": "{hours} аралығында ғана ашық",
        "site_closed_all_day": "мүлде жабық",
        "outside_stay_arrival": "«{title}» ({span}) болу мерзімінен тыс: {who} — {place} нүктесіне "
        "келу {at}, {site} нысанында ең ерте {earliest}",
        "outside_stay_departure": "«{title}» ({span}) болу мерзімінен тыс: {who} — {place} нүктесінен "
        "кету {at}, {site} нысанында ең кеші {latest}",
        "outside_visit": "«{title}» ({start}–{end}) сапар мерзімінен тыс: сапар {first} – {last} "
        "аралығында өтеді",
        "starts_early": "«{title}» ({span}) күннің жоспарланған басталуынан ({at}) ерте басталады; "
        "оны жылжытыңыз немесе күн шегін кеңейтіңіз",
        "ends_late": "«{title}» ({span}) күннің жоспарланған аяқталуынан ({at}) кеш аяқталады; "
        "оны жылжытыңыз немесе күн шегін кеңейтіңіз",
        "no_meal_break": "{who}: {day} күні {hours} сағ {minutes:02d} мин ({first}–{last}), ал "
        "{w0}–{w1} аралығында тамақ та, {pause} минуттық үзіліс те жоқ",
        "site_visited_twice": "{site} нысанына {count} рет барылады ({when}); "
        "қайталау әдейі болмаса, бір сапарды алып тастаңыз",
        "opening_hours_invalid": "{site}: {reason}",
        "participant": "№{id} қатысушы",
        "group": "«{name}» тобы",
        "vehicle": "{name} көлігі",
        "item": "№{id} тармақ",
        "and_others": "{names} және тағы {count}",
        "and_last": "{names} және {last}",
        "nobody": "ешкім",
        "meal_lunch": "Түскі ас",
        "meal_dinner": "Кешкі ас",
        "meal_no_room": "«{meal}» үшін орын жоқ ({lane}, {day}), {w0} – {w1} аралығында",
        "stay_late_member": "{who} {day} {at:loc} келеді, «{lane}» тобынан кешірек ({own}): топтың "
        "сағаттары күтпей жоспарланады, {who} топқа келу орнынан жетуге болатын бірінші тармақтан қосылады",
        "stay_own_arrival": "топтың өзі {day} {at:loc} келеді",
        "stay_no_own_arrival": "топтың өз келу уақыты көрсетілмеген",
        "stay_early_member": "{who} {day} {at:loc} кетеді, «{lane}» тобынан ертерек ({own}): топтың "
        "кейінгі сағаттары әдеттегідей жоспарланады, {who} кету орнына әлі жетуге болатын соңғы тармақтан "
        "кейін топтан шығады",
        "stay_own_departure": "топтың өзі {day} {at:loc} кетеді",
        "stay_no_own_departure": "топтың өз кету уақыты көрсетілмеген",
        "delegation": "делегация",
        "site": "«{name}»",
        "site_unknown": "№{id}",
        "no_site": "(көрсетілмеген)",
        "what": "«{title}» {site} нысанында ({span})",
        "what_no_site": "«{title}» ({span})",
        "span": "{day}, {start}–{end}",
        "keep_no_site": "тармақтың нысаны жоқ, сондықтан оған бағыт құру мүмкін емес",
        "keep_several_groups": "оған бірнеше топ бірге қатысады",
        "keep_own_vehicle": "оған көлікке жеке отырғызу белгіленген",
        "keep_not_one_group": "оның қатысушылары бір топқа кірмейді",
        "drop_never_open": "{site} нысаны сапар күндерінің жұмыс уақытында {minutes} минутқа "
        "бір рет те ашық емес",
        "drop_hours": " (жұмыс уақыты: {hours})",
        "drop_no_room": "топтың күндерінде бекітілген тармақтар арасында уақыт қалмады",
        "plan_fixed_errors": "Жоспар құрылмады: жоспар ауыстырмайтын бекітілген тармақтар ережелерді "
        "бұзып тұр — алдымен соларды өзгертіңіз",
        "plan_fixed_no_room": "Жоспар құрылмады: топтың бір күнінде бекітілген тармақтар арасында "
        "{board} минуттық отырғызумен (сапардың ең үлкен тобы үшін — {party} адам) жүруге, тамаққа (ол "
        "жоспардың {grid} минуттық белгілерінде басталады), келгенге дейінгі және кеткеннен кейінгі "
        "уақытқа орын қалмайды; отырғызу уақытын азайтыңыз, ұсағырақ қадам таңдаңыз немесе бекітілген "
        "тармақты жылжытыңыз",
        "drop_priority": "; алдымен басымдығы {priority} деңгейінен жоғары нысандар орналастырылды",
        "drop_overrun": "кешігуден кейін күннің қалған бөлігінде уақыт қалмады",
        "repair_replanned": "күн тәртібін сақтау мүмкін болмады; күннің қалған бөлігі қайта жоспарланды",
        "repair_kept_order": "күн тәртібі сақталды",
        "reason_opening_hours": "{site} нысаны бұрынғы уақытта жабық (жұмыс уақыты: {hours})",
        "reason_arrival": "топ тек {at:loc} келеді («{title}»)",
        "reason_meal": "бұрынғы уақыты «{title}» тамағымен сәйкес келді",
        "reason_clash": "бұрынғы уақыты «{title}» тармағымен сәйкес келді",
        "reason_room_for": "«{title}» тармағына уақыт босатылды",
        "reason_overrun": "кешігуден кейін күннің қалған бөлігі жылжытылды",
        "reason_drive_saved": "сол күні жол азаяды: жолда {before} → {after} мин",
        "reason_order": "барлық нысан сыйуы үшін күн тәртібі өзгертілді",
        "reason_placed": "орналастырылатын нысандар тізімінен қойылды ({day}, {at})",
        "reason_day_moved": "; басқа күнге ауыстырылды ({old} → {new})",
        # branch meal-minimum
        "meal_no_gap": "«{meal}» жоспарланбады ({lane}, {day}): {w0} – {w1} аралығында {minutes} минуттық "
        "бос уақыт жоқ — {items}{drives} кедергі",
        "meal_gap_drives": " және олардың арасындағы жол",
        # branch meal-leftovers
        "meal_gap_kept": "«{meal}» (қалдырылды)",
        # branch paper-words: an item and its times inside a sentence
        "item_time": "«{title}» {start}–{end}",
    },
}

# Babel patterns of dates: a day and month, and with the year
_DATE_PATTERNS: dict[str, tuple[str, str]] = {
    Language.RU: ("d MMMM", "d MMMM y"),
    Language.KK: ("d MMMM", "y 'ж'. d MMMM"),
}


def language_of(language: str | None) -> str:
    """``language`` if the sentences exist in it, else English."""
    return language if language in _TEXTS else DEFAULT_LANGUAGE


_MEAL_KEYS = ("meal_lunch", "meal_dinner")


def meal_names(title: str) -> dict[str, str] | None:
    """The name of the meal called ``title`` in one of the languages (the title the planner gives a meal
    it adds), in every language; None when ``title`` names no meal."""
    for key in _MEAL_KEYS:
        if any(texts.get(key) == title for texts in _TEXTS.values()):
            return {lang: texts[key] for lang, texts in _TEXTS.items()}
    return None


class Messages:
    """The sentences and words of one language."""

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = language_of(language)
        self.texts = _TEXTS[self.language]
        # do the templates put case endings on times ({until:dat})? Then times must be ``Clock``s
        self.cases_times = self.language == Language.KK

    def __call__(self, key: str, many: bool = False, /, **values: object) -> str:
        """The sentence ``key`` with its placeholders filled; ``many``: about several people or things."""
        texts = self.texts
        template = (texts.get(key + "+") if many else None) or texts[key]
        if key in _STORED_HOURS and isinstance(values.get("hours"), str):
            values["hours"] = self.hours(str(values["hours"]))
        # a title that carries quotation marks of its own is nested, not quoted twice
        return format_quoting(template, self.language, values)

    def hours(self, stored: str) -> str:
        """A site's stored opening hours in this language's words ("Пн–Пт 09:00–18:00")."""
        return describe_opening_hours(stored, self.language)

    def day(self, moment: datetime | date) -> str:
        """Day and month: "05 Mar", "5 марта", "5 наурыз"."""
        if self.language == Language.EN:
            return f"{moment:%d %b}"
        return _babel_date(moment, _DATE_PATTERNS[self.language][0], self.language)

    def moment(self, moment: datetime) -> str:
        """Day, month and time of day."""
        if self.language == Language.EN:
            return f"{moment:%d %b %H:%M}"
        return f"{_babel_date(moment, _DATE_PATTERNS[self.language][0], self.language)} {moment:%H:%M}"

    def full_date(self, day: date) -> str:
        """Day, month and year."""
        if self.language == Language.EN:
            return f"{day:%d %b %Y}"
        return _babel_date(day, _DATE_PATTERNS[self.language][1], self.language)

    def times(self, count: int) -> str:
        """The word after "visited N" where the language needs one (Russian "раз"/"раза")."""
        if self.language == Language.RU and count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
            return "раза"
        return "раз" if self.language == Language.RU else ""


def _babel_date(moment: datetime | date, pattern: str, language: str) -> str:
    from babel.dates import format_date

    return format_date(moment.date() if isinstance(moment, datetime) else moment, pattern, locale=language)


# the last spoken word of a number (0-59) in Kazakh: its dative and locative endings
_KK_UNITS = ("нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_KK_TENS = ("нөл", "он", "жиырма", "отыз", "қырық", "елу")
_KK_ENDINGS = {
    "нөл": ("ге", "де"),
    "бір": ("ге", "де"),
    "екі": ("ге", "де"),
    "үш": ("ке", "те"),
    "төрт": ("ке", "те"),
    "бес": ("ке", "те"),
    "алты": ("ға", "да"),
    "жеті": ("ге", "де"),
    "сегіз": ("ге", "де"),
    "тоғыз": ("ға", "да"),
    "он": ("ға", "да"),
    "жиырма": ("ға", "да"),
    "отыз": ("ға", "да"),
    "қырық": ("қа", "та"),
    "елу": ("ге", "де"),
}


def _kk_last_word(number: int) -> str:
    if number % 10:
        return _KK_UNITS[number % 10]
    return _KK_TENS[number // 10]


class Clock(str):
    """A time of day, "HH:MM"; the format specs ``dat`` and ``loc`` add the Kazakh case ending as
    spoken ("11:30-ға", "11:40-та"); any other spec formats it as a plain string."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        if spec in ("dat", "loc"):
            hours, _, minutes = self.partition(":")
            try:
                # "11:30" ends in "отыз", "11:00" in "он бір"
                number = int(minutes) % 60 or int(hours) % 24
            except ValueError:
                return str(self)
            endings = _KK_ENDINGS[_kk_last_word(number)]
            return f"{self!s}-{endings[0] if spec == 'dat' else endings[1]}"
        return str.__format__(str(self), spec)
