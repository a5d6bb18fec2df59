<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>DelegationPlanner</name>
    <message>
        <location filename="../../ui/app.py" line="62"/>
        <source>Shared database</source>
        <translation>Ортақ дерекқор</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="125"/>
        <source>(no log file could be written)</source>
        <translation>(журнал файлын жазу мүмкін болмады)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="129"/>
        <source>An unexpected error (%1) stopped this action.</source>
        <translation>Күтпеген қате (%1) бұл әрекетті тоқтатты.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="131"/>
        <source>The details, without private values, are in %1.</source>
        <translation>Толығы, жеке деректерсіз, %1 файлында.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="133"/>
        <source>Please send that file to your support.</source>
        <translation>Бұл файлды бағдарламаны қолдайтындарға жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="21"/>
        <source>Add participant %1</source>
        <translation>Қатысушыны қосу: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="31"/>
        <source>Edit participant %1</source>
        <translation>Қатысушыны өзгерту: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="42"/>
        <source>Delete participant %1</source>
        <translation>Қатысушыны жою: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="51"/>
        <source>Change protocol order</source>
        <translation>Протоколдық тәртіпті өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="57"/>
        <source>Add site %1</source>
        <translation>%1 нысанын қосу</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="66"/>
        <source>Edit site %1</source>
        <translation>%1 нысанын өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="72"/>
        <source>Delete site %1</source>
        <translation>%1 нысанын жою</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="91"/>
        <source>Add outcome %1</source>
        <translation>%1 қорытындысын қосу</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="93"/>
        <source>Edit meeting %1</source>
        <translation>%1 кездесуін өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="95"/>
        <source>Create meeting for %1</source>
        <translation>%1 үшін кездесу құру</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="144"/>
        <source>Edit outcome</source>
        <translation>Қорытындыны өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="150"/>
        <source>Delete outcome</source>
        <translation>Қорытындыны жою</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="160"/>
        <source>Add action item %1</source>
        <translation>%1 тапсырмасын қосу</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="169"/>
        <source>Edit action item</source>
        <translation>Тапсырманы өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="175"/>
        <source>Delete action item</source>
        <translation>Тапсырманы жою</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="185"/>
        <source>Add document %1</source>
        <translation>%1 құжатын қосу</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="195"/>
        <source>Edit document %1</source>
        <translation>%1 құжатын өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="206"/>
        <source>Delete document %1</source>
        <translation>%1 құжатын жою</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="216"/>
        <source>Change signatories of %1</source>
        <translation>%1 құжатына қол қоюшыларды өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="225"/>
        <source>Add commitment %1</source>
        <translation>%1 міндеттемесін қосу</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="235"/>
        <source>Edit commitment</source>
        <translation>Міндеттемені өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="246"/>
        <source>Add vehicle %1</source>
        <translation>Көлікті қосу: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="255"/>
        <source>Edit vehicle %1</source>
        <translation>Көлікті өзгерту: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="261"/>
        <source>Delete vehicle %1</source>
        <translation>Көлікті жою: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="273"/>
        <source>Move %1 up in the motorcade</source>
        <translation>Кортежде алға жылжыту: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="275"/>
        <source>Move %1 down in the motorcade</source>
        <translation>Кортежде артқа жылжыту: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="285"/>
        <source>Change passengers of %1</source>
        <translation>Жолаушыларды өзгерту: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="296"/>
        <source>Edit visit %1</source>
        <translation>%1 сапарын өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="308"/>
        <source>Archive visit %1</source>
        <translation>%1 сапарын мұрағатқа жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/commands/gift_commands.py" line="16"/>
        <source>Add gift %1</source>
        <translation>%1 сыйлығын қосу</translation>
    </message>
    <message>
        <location filename="../../ui/commands/gift_commands.py" line="28"/>
        <source>Edit gift %1</source>
        <translation>%1 сыйлығын өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/commands/gift_commands.py" line="35"/>
        <source>Delete gift %1</source>
        <translation>%1 сыйлығын жою</translation>
    </message>
    <message>
        <location filename="../../ui/commands/group_commands.py" line="21"/>
        <source>Add group %1</source>
        <translation>%1 тобын қосу</translation>
    </message>
    <message>
        <location filename="../../ui/commands/group_commands.py" line="33"/>
        <source>Rename group %1</source>
        <translation>%1 тобының атауын өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/commands/group_commands.py" line="40"/>
        <source>Delete group %1</source>
        <translation>%1 тобын жою</translation>
    </message>
    <message>
        <location filename="../../ui/commands/group_commands.py" line="67"/>
        <source>Add to group %1</source>
        <translation>%1 тобына қосу</translation>
    </message>
    <message>
        <location filename="../../ui/commands/group_commands.py" line="72"/>
        <source>Remove from group %1</source>
        <translation>%1 тобынан шығару</translation>
    </message>
    <message>
        <location filename="../../ui/commands/group_commands.py" line="90"/>
        <source>Arrival and departure of %1</source>
        <translation>Келуі мен кетуі: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/group_commands.py" line="115"/>
        <source>Add %1</source>
        <translation>Қосу: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="27"/>
        <source>Edit %1</source>
        <translation>Өзгерту: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="40"/>
        <source>Move %1</source>
        <translation>Уақытын ауыстыру: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="51"/>
        <source>Resize %1</source>
        <translation>Ұзақтығын өзгерту: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="62"/>
        <source>Delete %1</source>
        <translation>Жою: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="72"/>
        <source>Change attendees of %1</source>
        <translation>Қатысушыларды өзгерту: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/live_commands.py" line="22"/>
        <source>Running late by %1 min: “%2”</source>
        <translation>%1 мин кешігу: «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/seating_commands.py" line="36"/>
        <source>Propose seating for %1</source>
        <translation>Отырғызуды ұсыну: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/seating_commands.py" line="46"/>
        <source>Swap seats: %1</source>
        <translation>Орын ауыстыру: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/to_place_commands.py" line="23"/>
        <source>Add %1 to the sites to place</source>
        <translation>%1 нысанын орналастыру тізіміне қосу</translation>
    </message>
    <message>
        <location filename="../../ui/commands/to_place_commands.py" line="36"/>
        <source>Edit %1 in the sites to place</source>
        <translation>Орналастыру тізіміндегі %1 нысанын өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/commands/to_place_commands.py" line="47"/>
        <source>Remove %1 from the sites to place</source>
        <translation>%1 нысанын орналастыру тізімінен алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/commands/to_place_commands.py" line="61"/>
        <source>Place %1</source>
        <translation>%1 орналастыру</translation>
    </message>
    <message>
        <location filename="../../ui/commands/translation_commands.py" line="16"/>
        <source>Names of visit %1 in other languages</source>
        <translation>%1 сапарының басқа тілдердегі атаулары</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_actions.py" line="19"/>
        <source>Undo %1</source>
        <translation>Болдырмау: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_actions.py" line="19"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_actions.py" line="24"/>
        <source>Redo %1</source>
        <translation>Қайталау: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_actions.py" line="24"/>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../ui/commands/visit_commands.py" line="32"/>
        <source>Edit visit details %1</source>
        <translation>%1 сапарының мәліметтерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="3"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="40"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Delegation Planner</source>
        <translation>Делегация сапарларын жоспарлаушы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Create a visit with File ▸ New visit (Ctrl+N), or pick one on the left.</source>
        <translation>Сапар құрыңыз: Файл ▸ Жаңа сапар (Ctrl+N), немесе сол жақтан сапарды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>%1 — times in %2</source>
        <translation>%1 — уақыт: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>No visit open</source>
        <translation>Сапар ашылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>conflict check not available</source>
        <translation>қайшылықтарды тексеру қолжетімсіз</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>%1 conflicts</source>
        <translation>қайшылықтар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>no conflicts</source>
        <translation>қайшылықтар жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>%1 — %2 — programme version %3</source>
        <translation>%1 — %2 — бағдарлама, %3-нұсқа</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="46"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="47"/>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="48"/>
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="49"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="51"/>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="52"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="53"/>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="54"/>
        <source>Pinned</source>
        <translation>Бекітілген</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="55"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="100"/>
        <source>Rank</source>
        <translation>Дәрежесі</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="101"/>
        <source>Side</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="106"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="108"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="109"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="194"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="195"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="196"/>
        <source>Opening hours</source>
        <translation>Жұмыс уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="197"/>
        <source>Usual length</source>
        <translation>Әдеттегі ұзақтығы</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="200"/>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="201"/>
        <source>Items in visit</source>
        <translation>Сапардағы тармақтар</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="214"/>
        <source>When</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="222"/>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="223"/>
        <source>Format</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="225"/>
        <source>Outcomes</source>
        <translation>Қорытындылар</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="235"/>
        <source>No record yet: the first format, agenda, minutes or outcome you enter starts it.</source>
        <translation>Кездесу жазбасы әлі жоқ: форматты, күн тәртібін, хаттаманы не қорытындыны алғаш енгізгенде пайда болады.</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="241"/>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="242"/>
        <source>Owner</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="243"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="244"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="251"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="252"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="253"/>
        <source>Signed</source>
        <translation>Қол қойылған</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="255"/>
        <source>Term</source>
        <translation>Қолданылу мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="259"/>
        <source>Scan</source>
        <translation>Скан</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="268"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="269"/>
        <source>Vehicle</source>
        <translation>Көлік</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="271"/>
        <source>Plate</source>
        <translation>Мем. нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="272"/>
        <source>Driver</source>
        <translation>Жүргізуші</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="273"/>
        <source>Seats</source>
        <translation>Орын саны</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="274"/>
        <source>Passengers (whole visit)</source>
        <translation>Жолаушылар (бүкіл сапар)</translation>
    </message>
    <message>
        <location filename="../../ui/models/value_labels.py" line="37"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/models/value_labels.py" line="44"/>
        <source>%1 hour|%1 hours</source>
        <translation>%1 сағат</translation>
    </message>
    <message>
        <location filename="../../ui/models/value_labels.py" line="46"/>
        <source>%1 minute|%1 minutes</source>
        <translation>%1 минут</translation>
    </message>
    <message>
        <location filename="../../ui/models/value_labels.py" line="59"/>
        <source>These opening hours cannot be read from “%1” on. Write them like: %2</source>
        <translation>Жұмыс уақытын «%1» бастап оқу мүмкін емес. Былай жазыңыз: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/value_labels.py" line="60"/>
        <source>These opening hours cannot be read. Write them like: %1</source>
        <translation>Жұмыс уақытын оқу мүмкін емес. Былай жазыңыз: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_list_model.py" line="20"/>
        <source>Visit</source>
        <translation>Сапар</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_list_model.py" line="25"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_list_model.py" line="26"/>
        <source>Dates</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="182"/>
        <source>... and %1 more problems</source>
        <translation>... және тағы %1 мәселе</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="327"/>
        <source>Changed by someone else</source>
        <translation>Басқа пайдаланушы өзгертті</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="328"/>
        <source>Reload the visit now to see the saved version?</source>
        <translation>Сақталған нұсқаны көру үшін сапарды қазір қайта жүктейсіз бе?</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="349"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="41"/>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="42"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="43"/>
        <source>Programme item</source>
        <translation>Бағдарлама тармағы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="45"/>
        <source>Outcome</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="46"/>
        <source>Action item</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="47"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="48"/>
        <source>Signatory</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="49"/>
        <source>Commitment</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="51"/>
        <source>Seat in a vehicle</source>
        <translation>Көліктегі орын</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="52"/>
        <source>Site</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="53"/>
        <source>Site to place</source>
        <translation>Орналастырылатын нысан</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="54"/>
        <source>Day of the visit</source>
        <translation>Сапар күні</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="55"/>
        <source>Travel time</source>
        <translation>Жолдағы уақыт</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="60"/>
        <source>Title in other languages</source>
        <translation>Басқа тілдердегі атауы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="61"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="62"/>
        <source>Name in other languages</source>
        <translation>Басқа тілдердегі аты</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="63"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="67"/>
        <source>Protocol rank</source>
        <translation>Протоколдық дәрежесі</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="68"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="69"/>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="72"/>
        <source>Dietary needs</source>
        <translation>Тамақтану ерекшеліктері</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="73"/>
        <source>Access needs</source>
        <translation>Кедергісіз орта</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="74"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="75"/>
        <source>Notes in other languages</source>
        <translation>Басқа тілдердегі ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="80"/>
        <source>Responsible host</source>
        <translation>Қабылдаушы тараптан жауапты</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="82"/>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="83"/>
        <source>Priority</source>
        <translation>Басымдығы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="84"/>
        <source>Attendees</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="86"/>
        <source>Members</source>
        <translation>Топ мүшелері</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="88"/>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="89"/>
        <source>Minutes</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="90"/>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="91"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="95"/>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="98"/>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="99"/>
        <source>Partner region</source>
        <translation>Серіктес өңір</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="100"/>
        <source>Signed on</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="102"/>
        <source>Term from</source>
        <translation>Қолданылу басталуы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="103"/>
        <source>Term until</source>
        <translation>Қолданылу аяқталуы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="104"/>
        <source>Copies</source>
        <translation>Дана саны</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="105"/>
        <source>Scan (file)</source>
        <translation>Скан (файл)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="106"/>
        <source>Label</source>
        <translation>Белгісі</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="107"/>
        <source>Label in other languages</source>
        <translation>Басқа тілдердегі белгісі</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="110"/>
        <source>Driver in other languages</source>
        <translation>Басқа тілдердегі жүргізуші</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="111"/>
        <source>Driver's phone</source>
        <translation>Жүргізушінің телефоны</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="113"/>
        <source>Place in the motorcade</source>
        <translation>Кортеждегі орны</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="116"/>
        <source>Latitude</source>
        <translation>Ендік</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="117"/>
        <source>Longitude</source>
        <translation>Бойлық</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="119"/>
        <source>Usual visit (minutes)</source>
        <translation>Әдеттегі болу уақыты (минут)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="120"/>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="121"/>
        <source>Contact phone</source>
        <translation>Байланыс телефоны</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="122"/>
        <source>Contact e-mail</source>
        <translation>Байланыс эл. поштасы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="123"/>
        <source>First day</source>
        <translation>Бірінші күні</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="124"/>
        <source>Last day</source>
        <translation>Соңғы күні</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="125"/>
        <source>Host region</source>
        <translation>Қабылдаушы өңір</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="126"/>
        <source>Host organisation</source>
        <translation>Қабылдаушы ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="127"/>
        <source>Host time zone</source>
        <translation>Қабылдаушы тараптың уақыт белдеуі</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="128"/>
        <source>Guests' time zone</source>
        <translation>Қонақтардың уақыт белдеуі</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="129"/>
        <source>Purpose</source>
        <translation>Сапардың мақсаты</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="130"/>
        <source>Purpose in other languages</source>
        <translation>Басқа тілдердегі сапар мақсаты</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="131"/>
        <source>Topic in other languages</source>
        <translation>Басқа тілдердегі тақырыбы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="132"/>
        <source>Task in other languages</source>
        <translation>Басқа тілдердегі тапсырма</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="133"/>
        <source>Place in other languages</source>
        <translation>Орын басқа тілдерде</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="134"/>
        <source>Partner region in other languages</source>
        <translation>Басқа тілдердегі серіктес өңір</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="135"/>
        <source>Parties in other languages</source>
        <translation>Басқа тілдердегі тараптар</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="136"/>
        <source>Party in other languages</source>
        <translation>Басқа тілдердегі тарап</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="137"/>
        <source>Area in other languages</source>
        <translation>Басқа тілдердегі бағыт</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="138"/>
        <source>Responsible in other languages</source>
        <translation>Басқа тілдердегі жауаптылар</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="139"/>
        <source>Agenda in other languages</source>
        <translation>Басқа тілдердегі күн тәртібі</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="140"/>
        <source>Minutes in other languages</source>
        <translation>Басқа тілдердегі хаттама</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="141"/>
        <source>Owner in other languages</source>
        <translation>Басқа тілдердегі орындаушы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="142"/>
        <source>Working day starts</source>
        <translation>Жұмыс күнінің басталуы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="143"/>
        <source>Working day ends</source>
        <translation>Жұмыс күнінің аяқталуы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="144"/>
        <source>Length (minutes)</source>
        <translation>Ұзақтығы (минут)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="145"/>
        <source>Area</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="146"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="147"/>
        <source>Arrives by</source>
        <translation>Қалай келеді</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="148"/>
        <source>Arrival flight or train</source>
        <translation>Келу рейсі немесе пойызы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="149"/>
        <source>Met by</source>
        <translation>Қарсы алады</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="151"/>
        <source>Leaves by</source>
        <translation>Қалай кетеді</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="152"/>
        <source>Departure flight or train</source>
        <translation>Кету рейсі немесе пойызы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="153"/>
        <source>Seen off by</source>
        <translation>Шығарып салады</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="156"/>
        <source>Address in other languages</source>
        <translation>Мекенжай басқа тілдерде</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="157"/>
        <source>Category in other languages</source>
        <translation>Санат басқа тілдерде</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="159"/>
        <source>Organisation in other languages</source>
        <translation>Ұйым басқа тілдерде</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="160"/>
        <source>Text in other languages</source>
        <translation>Мәтін басқа тілдерде</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="161"/>
        <source>Host region in other languages</source>
        <translation>Қабылдаушы өңір басқа тілдерде</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="162"/>
        <source>Host organisation in other languages</source>
        <translation>Қабылдаушы ұйым басқа тілдерде</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="163"/>
        <source>Arrives by, in other languages</source>
        <translation>Келу тәсілі басқа тілдерде</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="164"/>
        <source>Home country</source>
        <translation>Делегация елі</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="165"/>
        <source>Home region</source>
        <translation>Делегацияның өңірі</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="166"/>
        <source>Home region in other languages</source>
        <translation>Делегация өңірі басқа тілдерде</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="168"/>
        <source>Arrival</source>
        <translation>Келу</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="169"/>
        <source>Arrival place</source>
        <translation>Келу орны</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="170"/>
        <source>Departure</source>
        <translation>Кету</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="171"/>
        <source>Departure place</source>
        <translation>Кету орны</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="172"/>
        <source>Planned times on a grid of</source>
        <translation>Жоспардағы уақыт қадамы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="173"/>
        <source>Time to board, added to every drive</source>
        <translation>Әр жолға қосылатын отырғызу уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="174"/>
        <source>More time to board for a party above</source>
        <translation>Отырғызуға көбірек уақыт керек топ мөлшері</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="175"/>
        <source>Extra time to board for such a party</source>
        <translation>Мұндай топқа қосымша отырғызу уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="176"/>
        <source>Lunch from</source>
        <translation>Түскі ас, басталуы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="177"/>
        <source>Lunch until</source>
        <translation>Түскі ас, аяқталуы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="178"/>
        <source>Lunch (minutes)</source>
        <translation>Түскі ас (мин)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="179"/>
        <source>Lunch restaurant</source>
        <translation>Түскі ас мейрамханасы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="180"/>
        <source>Dinner from</source>
        <translation>Кешкі ас, басталуы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="181"/>
        <source>Dinner until</source>
        <translation>Кешкі ас, аяқталуы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="182"/>
        <source>Dinner (minutes)</source>
        <translation>Кешкі ас (мин)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="183"/>
        <source>Dinner restaurant</source>
        <translation>Кешкі ас мейрамханасы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="184"/>
        <source>Average speed</source>
        <translation>Орташа жылдамдық</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="185"/>
        <source>Road factor</source>
        <translation>Жол коэффициенті</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="187"/>
        <source>Day starts</source>
        <translation>Күннің басталуы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="188"/>
        <source>Day ends</source>
        <translation>Күннің аяқталуы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="189"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="190"/>
        <source>From site</source>
        <translation>Нысаннан</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="191"/>
        <source>To site</source>
        <translation>Нысанға дейін</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="192"/>
        <source>Cue</source>
        <translation>Бастау белгісі</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="193"/>
        <source>Staging notes</source>
        <translation>Дайындық және орналастыру</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="194"/>
        <source>Officer in charge</source>
        <translation>Жауапты қызметкер</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="195"/>
        <source>Officer's phone</source>
        <translation>Жауаптының телефоны</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="196"/>
        <source>Planned length (minutes)</source>
        <translation>Жоспарлы ұзақтығы (мин)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="197"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="198"/>
        <source>Given / received</source>
        <translation>Табыс етілді / алынды</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="199"/>
        <source>Given by (participant)</source>
        <translation>Кімнен (қатысушы)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="200"/>
        <source>Given by (other)</source>
        <translation>Кімнен (басқа тұлға)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="201"/>
        <source>Given to (participant)</source>
        <translation>Кімге (қатысушы)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="202"/>
        <source>Given to (other)</source>
        <translation>Кімге (басқа тұлға)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="203"/>
        <source>Estimated value</source>
        <translation>Бағаланған құны</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="204"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="213"/>
        <source>Party</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="214"/>
        <source>Order</source>
        <translation>Реті</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="215"/>
        <source>Table layout</source>
        <translation>Үстелдердің орналасуы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="216"/>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="217"/>
        <source>Seat</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="243"/>
        <source>(private)</source>
        <translation>(жасырын)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="252"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="252"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="292"/>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="294"/>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="298"/>
        <source>added %1</source>
        <translation>қосылды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="299"/>
        <source>removed %1</source>
        <translation>алынды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="301"/>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="316"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="318"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="319"/>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="342"/>
        <source>No changes recorded for this visit yet.</source>
        <translation>Бұл сапар бойынша әзірге өзгерістер жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="347"/>
        <source>Show private details</source>
        <translation>Жеке деректерді көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="348"/>
        <source>E-mail, phone, dietary and access needs of participants</source>
        <translation>Қатысушылардың эл. поштасы, телефоны, тамақтануы және ерекше қажеттіліктері</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="353"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="354"/>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="401"/>
        <source>All kinds</source>
        <translation>Барлық түрі</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="406"/>
        <source>Everyone</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="62"/>
        <source>Commitments</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="66"/>
        <source>Add commitment</source>
        <translation>Міндеттеме қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="86"/>
        <source>Add document</source>
        <translation>Құжат қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="87"/>
        <source>Edit document</source>
        <translation>Құжатты өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="88"/>
        <source>Delete document</source>
        <translation>Құжатты жою</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="90"/>
        <source>Signatories…</source>
        <translation>Қол қоюшылар…</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="91"/>
        <source>Attach scan…</source>
        <translation>Скан тіркеу…</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="92"/>
        <source>Open scan</source>
        <translation>Сканды ашу</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="94"/>
        <source>Gifts…</source>
        <translation>Сыйлықтар…</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="126"/>
        <source>No document selected</source>
        <translation>Құжат таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="128"/>
        <source>Parties: %1</source>
        <translation>Тараптар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="130"/>
        <source>Signed: %1 %2</source>
        <translation>Қол қойылды: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="139"/>
        <source>Scan: %1</source>
        <translation>Скан: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="153"/>
        <source>Signatories</source>
        <translation>Қол қоюшылар</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="155"/>
        <source>One per line: name; title; party</source>
        <translation>Әр жолға біреуден: аты-жөні; лауазымы; тарап</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="170"/>
        <source>One per line: title; party</source>
        <translation>Әр жолға біреуден: лауазымы; тарап</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="198"/>
        <source>%1: %2 lines for %3 signatories; give one line per signatory</source>
        <translation>%1: %3 қол қоюшыға %2 жол; әр қол қоюшыға бір жолдан беріңіз</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="226"/>
        <source>Attach scan</source>
        <translation>Скан тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="226"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Скандар (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="237"/>
        <source>The scan %1 does not exist any more.</source>
        <translation>%1 скан файлы енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="57"/>
        <source>Edit participant</source>
        <translation>Қатысушыны өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="57"/>
        <source>New participant</source>
        <translation>Жаңа қатысушы</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="69"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="80"/>
        <source>Role in the visit</source>
        <translation>Сапардағы рөлі</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="83"/>
        <source>last</source>
        <translation>соңғы</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="157"/>
        <source>Edit site</source>
        <translation>Нысанды өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="157"/>
        <source>New site</source>
        <translation>Жаңа нысан</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="160"/>
        <source>Site name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="201"/>
        <source>this is not a number</source>
        <translation>бұл сан емес</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="234"/>
        <source>New outcome</source>
        <translation>Жаңа қорытынды</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="236"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="263"/>
        <source>New action item</source>
        <translation>Жаңа тапсырма</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="269"/>
        <source>Follows from the outcome</source>
        <translation>Қорытынды бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="271"/>
        <source>(choose an outcome)</source>
        <translation>(қорытындыны таңдаңыз)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="281"/>
        <source>(someone else)</source>
        <translation>(басқа орындаушы)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="286"/>
        <source>Owner (if not a participant)</source>
        <translation>Орындаушы (қатысушы болмаса)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="325"/>
        <source>Choose the outcome this task follows from</source>
        <translation>Тапсырма шығатын қорытындыны таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="336"/>
        <source>Agenda and minutes in other languages</source>
        <translation>Басқа тілдердегі күн тәртібі мен хаттама</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="338"/>
        <source>Agenda (one point per line)</source>
        <translation>Күн тәртібі (әр жолға бір мәселе)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="368"/>
        <source>New document</source>
        <translation>Жаңа құжат</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="380"/>
        <source>Parties (one per line)</source>
        <translation>Тараптар (әр жолға біреуден)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="443"/>
        <source>Edit vehicle</source>
        <translation>Көлікті өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="443"/>
        <source>New vehicle</source>
        <translation>Жаңа көлік</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="28"/>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="30"/>
        <source>%1 file</source>
        <translation>%1 файлы</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="30"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="38"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Қайда қарау:</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="39"/>
        <source>Folder:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="39"/>
        <source>File &amp;name:</source>
        <translation>Файл &amp;аты:</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="40"/>
        <source>Files of &amp;type:</source>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="41"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="41"/>
        <source>&amp;Choose</source>
        <translation>&amp;Таңдау</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="41"/>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="58"/>
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="72"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="110"/>
        <source>every partner</source>
        <translation>барлық серіктестер</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="112"/>
        <source>anyone</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="114"/>
        <source>Show done and cancelled</source>
        <translation>Орындалғандар мен күші жойылғандарды көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="119"/>
        <source>Set status</source>
        <translation>Мәртебесін қою</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="120"/>
        <source>Give the selected action item or commitment this status</source>
        <translation>Таңдалған тапсырмаға немесе міндеттемеге осы мәртебені беру</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="121"/>
        <source>Print report…</source>
        <translation>Есепті басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="126"/>
        <source>Due before</source>
        <translation>Мерзімі дейін</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="133"/>
        <source>New status</source>
        <translation>Жаңа мәртебе</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="177"/>
        <source>%1 shown, %2 overdue</source>
        <translation>Көрсетілді: %1, мерзімі өткен: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="179"/>
        <source>Nothing to follow up with these filters.</source>
        <translation>Осы шарттар бойынша бақылайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="212"/>
        <source>Save follow-up report</source>
        <translation>Орындалуын бақылау есебін сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="212"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="230"/>
        <source>Follow-up report</source>
        <translation>Орындалуын бақылау есебі</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="237"/>
        <source>Follow-up</source>
        <translation>Орындалуын бақылау</translation>
    </message>
    <message>
        <location filename="../../ui/views/forms.py" line="287"/>
        <source>Type the date as DD.MM.YYYY: 20.06.2023</source>
        <translation>Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз: 20.06.2023</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="43"/>
        <source>Given by</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="44"/>
        <source>Given to</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="45"/>
        <source>Gift</source>
        <translation>Сыйлық</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="47"/>
        <source>At item</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="62"/>
        <source>Edit gift</source>
        <translation>Сыйлықты өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="62"/>
        <source>New gift</source>
        <translation>Жаңа сыйлық</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="72"/>
        <source>(someone else: type the name)</source>
        <translation>(басқа тұлға: атын жазыңыз)</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="73"/>
        <source>guest</source>
        <translation>қонақ</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="73"/>
        <source>host</source>
        <translation>қабылдаушы тарап</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="88"/>
        <source>not estimated</source>
        <translation>бағаланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="94"/>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="138"/>
        <source>Add gift</source>
        <translation>Сыйлық қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="140"/>
        <source>Delete gift</source>
        <translation>Сыйлықты жою</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="180"/>
        <source>Gifts register</source>
        <translation>Сыйлықтар тізілімі</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="48"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="51"/>
        <source>Items</source>
        <translation>Тармақтар</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="73"/>
        <source>New group…</source>
        <translation>Жаңа топ…</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="74"/>
        <source>Rename…</source>
        <translation>Атауын өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="75"/>
        <source>Arrival and departure…</source>
        <translation>Келуі мен кетуі…</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="76"/>
        <source>Delete group</source>
        <translation>Топты жою</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="119"/>
        <source>New group</source>
        <translation>Жаңа топ</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="119"/>
        <source>Name of the group:</source>
        <translation>Топтың атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="129"/>
        <source>Rename group</source>
        <translation>Топтың атауын өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="134"/>
        <source>Group name</source>
        <translation>Топтың атауы</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="159"/>
        <source>Group '%1' has members: %2; items: %3.</source>
        <translation>«%1» тобында қатысушылар: %2; бағдарлама тармақтары: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="166"/>
        <source>Delete the group? The people and items stay in the visit; only their link to it goes.</source>
        <translation>Топты жою керек пе? Қатысушылар мен тармақтар сапарда қалады; тек олардың топпен байланысы жойылады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="54"/>
        <source>Import %1</source>
        <translation>Импорттау: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="59"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="59"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="59"/>
        <source>Problems</source>
        <translation>Қателер</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="66"/>
        <source>Import all</source>
        <translation>Барлығын импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="68"/>
        <source>Import valid rows only</source>
        <translation>Тек қатесіз жолдарды импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="95"/>
        <source>This file cannot be imported:</source>
        <translation>Бұл файлды импорттау мүмкін емес:</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="105"/>
        <source>%1 rows: %2 new, %3 already known (will be updated), %4 with problems.</source>
        <translation>Жолдар: %1; жаңа: %2; бұрыннан бар (жаңартылады): %3; қатесі бар: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="112"/>
        <source>Columns read: %1</source>
        <translation>Оқылған бағандар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="115"/>
        <source>Columns ignored: %1</source>
        <translation>Ескерілмеген бағандар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="118"/>
        <source>Warnings (these rows are imported all the same):</source>
        <translation>Ескертулер (бұл жолдар бәрібір импортталады):</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="121"/>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="121"/>
        <source>matched</source>
        <translation>табылды</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="121"/>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="71"/>
        <source>Edit item</source>
        <translation>Тармақты өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="71"/>
        <source>New item</source>
        <translation>Жаңа тармақ</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="86"/>
        <source>Starts (host time)</source>
        <translation>Басталуы (жергілікті уақыт)</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="98"/>
        <source>Ends (host time)</source>
        <translation>Аяқталуы (жергілікті уақыт)</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="130"/>
        <source>Place (if no site)</source>
        <translation>Орны (нысан болмаса)</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="144"/>
        <source>fixed time, planning must not move it</source>
        <translation>уақыты бекітілген, жоспарлау оны жылжытпайды</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="147"/>
        <source>planning must not drop it</source>
        <translation>жоспарлау оны алып тастамайды</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="202"/>
        <source>Find a person…</source>
        <translation>Қатысушыны табу…</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="205"/>
        <source>Tick shown</source>
        <translation>Көрсетілгендерді белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="205"/>
        <source>Clear shown</source>
        <translation>Көрсетілгендерден белгіні алу</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="240"/>
        <source>The end moved with the start, keeping the length</source>
        <translation>Аяқталуы басталуымен бірге жылжыды, ұзақтығы сақталды</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="257"/>
        <source>%1 (was %2).</source>
        <translation>%1 (бұрын %2 болатын).</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="274"/>
        <source>the end is not after the start</source>
        <translation>аяқталуы басталуынан кейін болуы керек</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="277"/>
        <source>length %1</source>
        <translation>ұзақтығы %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="295"/>
        <source>The end is set by the site's usual length, %1</source>
        <translation>Аяқталуы нысанның әдеттегі ұзақтығымен қойылды, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="315"/>
        <source>Attending: %1 of %2</source>
        <translation>Қатысады: %2 ішінен %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="104"/>
        <source>Conflicts: checking…</source>
        <translation>Қайшылықтар: тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="108"/>
        <source>Conflicts: %1 (%2 errors)</source>
        <translation>Қайшылықтар: %1 (қателер: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="108"/>
        <source>No conflicts</source>
        <translation>Қайшылықтар жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="170"/>
        <source>Timeline</source>
        <translation>Уақыт шкаласы</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="189"/>
        <source>Add item</source>
        <translation>Тармақ қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="189"/>
        <source>Add an item to the programme</source>
        <translation>Бағдарламаға тармақ қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="192"/>
        <source>Delete item</source>
        <translation>Тармақты жою</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="193"/>
        <source>5 min earlier</source>
        <translation>5 мин ертерек</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="194"/>
        <source>5 min later</source>
        <translation>5 мин кешірек</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="195"/>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="196"/>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="197"/>
        <source>Guest time</source>
        <translation>Қонақтар уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="199"/>
        <source>Groups…</source>
        <translation>Топтар…</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="201"/>
        <source>Assign to group…</source>
        <translation>Топқа беру…</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="201"/>
        <source>Give the selected items to one group</source>
        <translation>Таңдалған тармақтарды бір топқа беру</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="234"/>
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="291"/>
        <source>Group: %1</source>
        <translation>Топ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="541"/>
        <source>Groups of %1</source>
        <translation>%1 тармағының топтары</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="555"/>
        <source>(no group: the whole delegation)</source>
        <translation>(топсыз: бүкіл делегация)</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="557"/>
        <source>Assign to group</source>
        <translation>Топқа беру</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="557"/>
        <source>Group of the selected items:</source>
        <translation>Таңдалған тармақтардың тобы:</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="563"/>
        <source>Assign items to %1</source>
        <translation>Тармақтарды беру: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="572"/>
        <source>Delete %1 items</source>
        <translation>Тармақтарды жою: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="589"/>
        <source>and %1 more</source>
        <translation>және тағы %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="592"/>
        <source>Delete pinned items</source>
        <translation>Бекітілген тармақтарды жою</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="593"/>
        <source>These items are pinned to a fixed time:
%1

Delete them anyway?</source>
        <translation>Бұл тармақтар белгілі бір уақытқа бекітілген:
%1

Бәрібір жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="164"/>
        <source>starts in %1 min</source>
        <translation>%1 минуттан кейін басталады</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="165"/>
        <source>starts in %1 h</source>
        <translation>%1 сағаттан кейін басталады</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="166"/>
        <source>starts in %1 h %2 min</source>
        <translation>%1 сағат %2 минуттан кейін басталады</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="167"/>
        <source>starts tomorrow at %1</source>
        <translation>басталуы — ертең, сағат %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="168"/>
        <source>starts on %1 at %2</source>
        <translation>басталуы — %1, сағат %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="171"/>
        <source>ends in %1 min</source>
        <translation>%1 минуттан кейін аяқталады</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="172"/>
        <source>ends in %1 h</source>
        <translation>%1 сағаттан кейін аяқталады</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="173"/>
        <source>ends in %1 h %2 min</source>
        <translation>%1 сағат %2 минуттан кейін аяқталады</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="174"/>
        <source>ends tomorrow at %1</source>
        <translation>аяқталуы — ертең, сағат %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="175"/>
        <source>ends on %1 at %2</source>
        <translation>аяқталуы — %1, сағат %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="180"/>
        <source>not started yet — first item in %1 min</source>
        <translation>әлі басталған жоқ — алғашқы тармақ %1 минуттан кейін</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="181"/>
        <source>not started yet — first item in %1 h</source>
        <translation>әлі басталған жоқ — алғашқы тармақ %1 сағаттан кейін</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="182"/>
        <source>not started yet — first item in %1 h %2 min</source>
        <translation>әлі басталған жоқ — алғашқы тармақ %1 сағат %2 минуттан кейін</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="183"/>
        <source>not started yet — first item tomorrow at %1</source>
        <translation>әлі басталған жоқ — алғашқы тармақ ертең, сағат %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="184"/>
        <source>not started yet — first item on %1 at %2</source>
        <translation>әлі басталған жоқ — алғашқы тармақ %1, сағат %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="193"/>
        <source>%1 h</source>
        <translation>%1 сағ</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="193"/>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="365"/>
        <source>the day's programme is over</source>
        <translation>күн бағдарламасы аяқталды</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="367"/>
        <source>nothing planned today</source>
        <translation>бүгінге ештеңе жоспарланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="369"/>
        <source>%1 behind</source>
        <translation>%1 кешігу</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="371"/>
        <source>%1 ahead</source>
        <translation>%1 озу</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="373"/>
        <source>on time</source>
        <translation>кестеге сай</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="377"/>
        <source>Now:</source>
        <translation>Қазір:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="377"/>
        <source>nothing</source>
        <translation>ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="386"/>
        <source>Next:</source>
        <translation>Келесі:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="386"/>
        <source>nothing more today</source>
        <translation>бүгінге басқа ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="394"/>
        <source>Running late by %1 min</source>
        <translation>%1 мин кешігу</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="505"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="511"/>
        <source>Delay:</source>
        <translation>Кешігу:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="578"/>
        <source>Shift a pinned item in the way when its attendees are free</source>
        <translation>Кедергі бекітілген тармақты қатысушылары бос болса жылжыту</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="585"/>
        <source>Item</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="585"/>
        <source>Planned</source>
        <translation>Жоспар бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="585"/>
        <source>Proposed</source>
        <translation>Ұсынылатыны</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="586"/>
        <source>What changes for them</source>
        <translation>Олар үшін не өзгереді</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="587"/>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="592"/>
        <source>Discard</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="605"/>
        <source>Who is affected</source>
        <translation>Кімге қатысты</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="667"/>
        <source>Today — %1</source>
        <translation>Бүгін — %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="712"/>
        <source>Day %1 of %2, %3</source>
        <translation>%2 күннің %1-күні, %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="714"/>
        <source>the visit is not under way today</source>
        <translation>бүгін сапар өтпейді</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="718"/>
        <source>The delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="761"/>
        <source>Updated at %1: the programme changed (version %2), so the proposal was worked out again.</source>
        <translation>Жаңартылды (%1): бағдарлама өзгерді (%2-нұсқа), сондықтан ұсыныс қайта есептелді.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="773"/>
        <source>Working…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="806"/>
        <source>Planning</source>
        <translation>Жоспарлау</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="834"/>
        <source>Proposal withdrawn: “%1” was deleted or moved off today's programme meanwhile.</source>
        <translation>Ұсыныс қайтарып алынды: «%1» осы аралықта бүгінгі бағдарламадан жойылды немесе басқа күнге ауыстырылды.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="840"/>
        <source>Proposal withdrawn: “%1” was changed meanwhile and now runs %2; ask again if still late.</source>
        <translation>Ұсыныс қайтарып алынды: «%1» осы аралықта өзгертілді, енді %2 аралығында өтеді. Кешігу әлі де болса, қайта сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="859"/>
        <source>Back to the day</source>
        <translation>Күн бағдарламасына оралу</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="875"/>
        <source>ends %1 later</source>
        <translation>%1 кешірек аяқталады</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="877"/>
        <source>ends %1 earlier</source>
        <translation>%1 ертерек аяқталады</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="880"/>
        <source>shortened</source>
        <translation>қысқартылды</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="884"/>
        <source>%1 later</source>
        <translation>%1 кешірек</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="886"/>
        <source>%1 earlier</source>
        <translation>%1 ертерек</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="901"/>
        <source>back to the list</source>
        <translation>тізімге қайтарылды</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="912"/>
        <source>The engine found nothing to change.</source>
        <translation>Өзгертетін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="914"/>
        <source>%1 item moves.|%1 items move.</source>
        <translation>%1 тармақ ауыстырылады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="917"/>
        <source>%1 item goes back to the list.|%1 items go back to the list.</source>
        <translation>%1 тармақ тізімге қайтарылады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="919"/>
        <source>%1 person is affected.|%1 people are affected.</source>
        <translation>Өзгеріс %1 адамға қатысты.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="964"/>
        <source>Applied: %1. Ctrl+Z takes it back.</source>
        <translation>Қолданылды: %1. Болдырмау — Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="997"/>
        <source>participant</source>
        <translation>қатысушы</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="998"/>
        <source>driver</source>
        <translation>жүргізуші</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="999"/>
        <source>host at the site</source>
        <translation>нысандағы қабылдаушы</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="1016"/>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="1018"/>
        <source>no longer theirs</source>
        <translation>енді олардың бағдарламасында жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="1020"/>
        <source>cancelled</source>
        <translation>күші жойылды</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="113"/>
        <source>One agenda point per line</source>
        <translation>Әр жолға күн тәртібінің бір мәселесі</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="115"/>
        <source>Minutes of the meeting</source>
        <translation>Кездесу хаттамасы</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="127"/>
        <source>Outcome and its action items</source>
        <translation>Қорытынды және оның тапсырмалары</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="139"/>
        <source>Guests</source>
        <translation>Қонақтар</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="140"/>
        <source>Hosts</source>
        <translation>Қабылдаушы тарап</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="144"/>
        <source>Change attendees…</source>
        <translation>Қатысушыларды өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="145"/>
        <source>Seating plan…</source>
        <translation>Отырғызу жоспары…</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="160"/>
        <source>Agenda and minutes in other languages…</source>
        <translation>Басқа тілдердегі күн тәртібі мен хаттама…</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="162"/>
        <source>Outcomes and action items</source>
        <translation>Қорытындылар мен тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="168"/>
        <source>Add outcome</source>
        <translation>Қорытынды қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="175"/>
        <source>Add action item</source>
        <translation>Тапсырма қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="184"/>
        <source>New meeting…</source>
        <translation>Жаңа кездесу…</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="250"/>
        <source>No meeting selected</source>
        <translation>Кездесу таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="434"/>
        <source>New meeting</source>
        <translation>Жаңа кездесу</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="437"/>
        <source>Every item of kind meeting is on the list already, by itself.</source>
        <translation>«Кездесу» түріндегі әр тармақ тізімде өзі-ақ тұр.</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="438"/>
        <source>Every other item of the programme has its meeting already.</source>
        <translation>Бағдарламаның басқа тармақтарының кездесуі бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="439"/>
        <source>New meeting… is for talks held during another item (a meal, a site visit).</source>
        <translation>«Жаңа кездесу…» басқа тармақ барысында, мысалы, түскі ас не нысанды аралау кезінде өтетін келіссөздерге арналған.</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="478"/>
        <source>Attendees of %1</source>
        <translation>Қатысушылар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="559"/>
        <source>Add an outcome first: every action item follows from an outcome of the meeting.</source>
        <translation>Алдымен қорытынды қосыңыз: әр тапсырма кездесу қорытындысынан шығады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="29"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="30"/>
        <source>planned</source>
        <translation>жоспарланған</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="31"/>
        <source>confirmed</source>
        <translation>расталған</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="32"/>
        <source>in progress</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="33"/>
        <source>completed</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="35"/>
        <source>archived</source>
        <translation>мұрағатта</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="74"/>
        <source>The visit</source>
        <translation>Сапар</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="82"/>
        <source>Time zones</source>
        <translation>Уақыт белдеулері</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="86"/>
        <source>In the plan</source>
        <translation>Бағдарламада</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="87"/>
        <source>Travel estimate</source>
        <translation>Жол уақытын бағалау</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="113"/>
        <source>Follow up with this partner…</source>
        <translation>Осы серіктеспен орындалуын бақылау…</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="179"/>
        <source>host %1, guests %2</source>
        <translation>қабылдаушы тарап %1, қонақтар %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="186"/>
        <source>%1 item|%1 items</source>
        <translation>тармақтар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="187"/>
        <source>%1 participant|%1 participants</source>
        <translation>қатысушылар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="188"/>
        <source>%1 meeting|%1 meetings</source>
        <translation>кездесулер: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="189"/>
        <source>%1 signed document|%1 signed documents</source>
        <translation>қол қойылған құжаттар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="190"/>
        <source>%1 vehicle|%1 vehicles</source>
        <translation>көліктер: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="194"/>
        <source>%1 km/h on average, road factor %2</source>
        <translation>орташа %1 км/сағ, жол коэффициенті %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="206"/>
        <source>Earlier with %1</source>
        <translation>Бұрын «%1» өңірімен</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="209"/>
        <source>Earlier visits: %1, signed documents: %2; commitments: %3, done %4, open %5, overdue %6</source>
        <translation>Бұрынғы сапарлар: %1, қол қойылған құжаттар: %2; міндеттемелер: %3, орындалды: %4, орындалмаған: %5, мерзімі өткен: %6</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="230"/>
        <source>Open commitments:</source>
        <translation>Орындалмаған міндеттемелер:</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="233"/>
        <source>Every commitment is done.</source>
        <translation>Барлық міндеттемелер орындалды.</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="233"/>
        <source>No commitments recorded.</source>
        <translation>Міндеттемелер жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="58"/>
        <source>Find a participant…</source>
        <translation>Қатысушыны іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="60"/>
        <source>Add participant</source>
        <translation>Қатысушы қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="62"/>
        <source>Delete participant</source>
        <translation>Қатысушыны жою</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="63"/>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="64"/>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="68"/>
        <source>Add to group…</source>
        <translation>Топқа қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="69"/>
        <source>Remove from group…</source>
        <translation>Топтан шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="201"/>
        <source>Add to group</source>
        <translation>Топқа қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="201"/>
        <source>Group (type a new name to make one):</source>
        <translation>Топ (жаңа топ құру үшін жаңа атау енгізіңіз):</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="228"/>
        <source>Remove from group</source>
        <translation>Топтан шығару</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="228"/>
        <source>Group:</source>
        <translation>Топ:</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="251"/>
        <source>the departure must come after the arrival</source>
        <translation>кетуі келуінен кейін болуы керек</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="172"/>
        <source>Nothing in the list matches “%1”; choose from the list</source>
        <translation>Тізімде «%1» сияқты ештеңе жоқ; тізімнен таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="248"/>
        <source>“%1” is not among the sites yet: saving adds it to the Sites.</source>
        <translation>«%1» әлі нысандар арасында жоқ: сақтағанда ол «Нысандар» тізіміне қосылады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="274"/>
        <source>(no place)</source>
        <translation>(орны көрсетілмеген)</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="339"/>
        <source>arrives</source>
        <translation>келеді</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="340"/>
        <source>leaves</source>
        <translation>кетеді</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="417"/>
        <source>(not known)</source>
        <translation>(белгісіз)</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="419"/>
        <source>who meets them</source>
        <translation>кім қарсы алады</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="420"/>
        <source>who sees them off</source>
        <translation>кім шығарып салады</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="427"/>
        <source>flight or train number</source>
        <translation>рейс немесе пойыз нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="86"/>
        <source>Automatic planning</source>
        <translation>Автоматты жоспарлау</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="86"/>
        <source>Repair the plan</source>
        <translation>Бағдарламаны түзету</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="96"/>
        <source>Allow moves between days</source>
        <translation>Күндер арасында ауыстыруға рұқсат беру</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="97"/>
        <source>Let the planner move items to another day; such moves are marked</source>
        <translation>Жоспарлаушы тармақтарды басқа күнге ауыстыра алады; мұндай ауыстырулар белгіленеді</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="103"/>
        <source>A pinned item the overrun runs into starts later, if none of its attendees is busy then</source>
        <translation>Кешігу жеткен бекітілген тармақ, егер оның қатысушылары бұл уақытта бос болса, кейінірек басталады</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="110"/>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="121"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="132"/>
        <source>Accept</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="133"/>
        <source>Reject</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="166"/>
        <source>Searching for a better plan…</source>
        <translation>Жақсырақ бағдарлама ізделуде…</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="231"/>
        <source>moved</source>
        <translation>ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="233"/>
        <source>moved to another day</source>
        <translation>басқа күнге ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="263"/>
        <source>placed from the list: %1</source>
        <translation>тізімнен орналастырылды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="263"/>
        <source>placed from the list</source>
        <translation>тізімнен орналастырылды</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="268"/>
        <source>stays on the list</source>
        <translation>тізімде қалады</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="270"/>
        <source>the delegation</source>
        <translation>делегация</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="271"/>
        <source>meal added</source>
        <translation>тамақ қосылды</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="271"/>
        <source>Meal rule: %1</source>
        <translation>Тамақтану ережесі: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="280"/>
        <source>Time on the road: %1 min now, %2 min proposed.</source>
        <translation>Жолдағы уақыт: қазір %1 мин, ұсынылатыны %2 мин.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="287"/>
        <source>%1 site placed from the list.|%1 sites placed from the list.</source>
        <translation>Тізімнен %1 нысан орналастырылды.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="289"/>
        <source>%1 site stays on the list.|%1 sites stay on the list.</source>
        <translation>Тізімде %1 нысан қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="292"/>
        <source>%1 meal added.|%1 meals added.</source>
        <translation>Қосылған тамақ: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="295"/>
        <source>%1 item moves to another day.|%1 items move to another day.</source>
        <translation>%1 тармақ басқа күнге ауыстырылады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="315"/>
        <source>%1 error would remain:|%1 errors would remain:</source>
        <translation>%1 қате қалады:</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="319"/>
        <source>Accept records the overrun with this left to resolve.</source>
        <translation>«Қабылдау» кешігуді жазады, ал бұл шешілмей қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="322"/>
        <source>A plan that leaves errors cannot be accepted.</source>
        <translation>Қателер қалатын жоспарды қабылдауға болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="343"/>
        <source>cannot be placed</source>
        <translation>орналаспайды</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="343"/>
        <source>left out</source>
        <translation>енбеді</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="351"/>
        <source>%1 required sites do not fit; nothing was changed.</source>
        <translation>Сыймайтын міндетті нысандар: %1; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="358"/>
        <source>Why the required sites do not fit</source>
        <translation>Міндетті нысандар неге сыймайды</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="414"/>
        <source>Accept automatic plan</source>
        <translation>Автоматты бағдарламаны қабылдау</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="414"/>
        <source>Accept repair</source>
        <translation>Түзетулерді қабылдау</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="27"/>
        <source>By side (guests, hosts)</source>
        <translation>Тарап бойынша (қонақтар, қабылдаушы тарап)</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="27"/>
        <source>By role</source>
        <translation>Рөлі бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="52"/>
        <source>Each name printed in this language too, under the first</source>
        <translation>Әр есім осы тілде де, біріншісінің астынан басылады</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="53"/>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="55"/>
        <source>A QR code with the participant's key, for the desk that scans arrivals</source>
        <translation>Қатысушының кілті бар QR-код — келгендерді тіркейтін үстелге арналған</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="60"/>
        <source>What the colour band at the top of each badge shows</source>
        <translation>Бейдждің жоғарғы жағындағы түсті жолақ нені көрсетеді</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="61"/>
        <source>All sites</source>
        <translation>Барлық нысандар</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="63"/>
        <source>One sheet for each site the programme uses, or the sheet of one site</source>
        <translation>Бағдарламадағы әр нысанға бір жадынама немесе бір нысанның жадынамасы</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="75"/>
        <source>Second language</source>
        <translation>Екінші тіл</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="76"/>
        <source>Colour band</source>
        <translation>Түсті жолақ</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="62"/>
        <source>Programme of the visit</source>
        <translation>Болу бағдарламасы</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="63"/>
        <source>Daily agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="64"/>
        <source>Personal itinerary</source>
        <translation>Жеке бағдарлама</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="65"/>
        <source>Transport plan</source>
        <translation>Көлікпен қамтамасыз ету жоспары</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="66"/>
        <source>Delegation list</source>
        <translation>Делегация тізімі</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="67"/>
        <source>Meeting minutes</source>
        <translation>Кездесу хаттамасы</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="68"/>
        <source>Signed-documents summary</source>
        <translation>Қол қойылған құжаттар жиынтығы</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="69"/>
        <source>Seating plan</source>
        <translation>Отырғызу жоспары</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="70"/>
        <source>Run of show</source>
        <translation>Сапарды өткізу сценарийі</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="72"/>
        <source>Site briefing sheets</source>
        <translation>Нысандарға арналған жадынамалар</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="73"/>
        <source>Place cards</source>
        <translation>Отырғызу карточкалары</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="74"/>
        <source>Badges</source>
        <translation>Бейджтер</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="75"/>
        <source>Car placards</source>
        <translation>Көлікке арналған тақтайшалар</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="76"/>
        <source>Motorcade manifest</source>
        <translation>Кортеж құрамы</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="77"/>
        <source>Arrivals and departures</source>
        <translation>Келуі мен кетуі</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="106"/>
        <source>Landscape</source>
        <translation>Альбомдық бағдар</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="111"/>
        <source>Guests' time</source>
        <translation>Қонақтардың уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="112"/>
        <source>Give each item's time in the guests' time zone too</source>
        <translation>Әр тармақтың уақытын қонақтардың уақыт белдеуі бойынша да көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="122"/>
        <source>Missing translations…</source>
        <translation>Аударылмаған атаулар…</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="130"/>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="131"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="132"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="133"/>
        <source>All personal itineraries…</source>
        <translation>Барлық жеке бағдарламалар…</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="152"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="156"/>
        <source>Meeting or meal</source>
        <translation>Кездесу немесе ас</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="207"/>
        <source>All days</source>
        <translation>Барлық күндер</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="210"/>
        <source>Day %1 (%2)</source>
        <translation>%1-күн (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="275"/>
        <source>%1 name prints as typed, untranslated.|%1 names print as typed, untranslated.</source>
        <translation>%1 атау аударылмай, енгізілген күйінде басылады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="365"/>
        <source>%1 page, %2 KB|%1 pages, %2 KB</source>
        <translation>%1 бет, %2 КБ</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="384"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="384"/>
        <source>The printer could not be started.</source>
        <translation>Басып шығаруды бастау мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="408"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="416"/>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="423"/>
        <source>Folder for the itineraries</source>
        <translation>Жеке бағдарламаларға арналған қалта</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="437"/>
        <source>Itinerary of %1</source>
        <translation>Жеке бағдарлама: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="450"/>
        <source>%1 itinerary saved in %2|%1 itineraries saved in %2</source>
        <translation>%1 жеке бағдарлама сақталды, қалта: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="453"/>
        <source>Printing personal itineraries</source>
        <translation>Жеке бағдарламаларды басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/views/run_of_show_section.py" line="30"/>
        <source>Run of show (internal)</source>
        <translation>Өткізу сценарийі (қызметтік)</translation>
    </message>
    <message>
        <location filename="../../ui/views/run_of_show_section.py" line="38"/>
        <source>e.g. when the governor's car enters the gate</source>
        <translation>мысалы: губернатордың көлігі қақпадан кіргенде</translation>
    </message>
    <message>
        <location filename="../../ui/views/run_of_show_section.py" line="41"/>
        <source>if not a participant</source>
        <translation>сапарға қатысушы болмаса</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="83"/>
        <source>(free)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="149"/>
        <source>Talks: rectangular table</source>
        <translation>Келіссөздер: тікбұрышты үстел</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="150"/>
        <source>Banquet: round tables</source>
        <translation>Банкет: дөңгелек үстелдер</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="154"/>
        <source> seats per table</source>
        <translation> орын үстелде</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="156"/>
        <source>Propose seating</source>
        <translation>Отырғызуды ұсыну</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="158"/>
        <source>A3 paper</source>
        <translation>A3 форматы</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="220"/>
        <source>This visit has no meetings or meals to seat.</source>
        <translation>Бұл сапарда отырғызатын кездесу не ас жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="225"/>
        <source>No seating yet: choose the table and press “Propose seating”.</source>
        <translation>Отырғызу әлі жоқ: үстелді таңдап, «Отырғызуды ұсыну» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="234"/>
        <source>Drag a name onto another seat to swap the two; Undo takes a swap back.</source>
        <translation>Екеуінің орнын ауыстыру үшін атын басқа орынға сүйреңіз; «Болдырмау» ауыстыруды қайтарады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="236"/>
        <source>%1 attendee has no seat.|%1 attendees have no seat.</source>
        <translation>%1 қатысушыға орын жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="266"/>
        <source>Host side</source>
        <translation>Қабылдаушы тарап</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="266"/>
        <source>Guest side</source>
        <translation>Қонақ тарап</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="294"/>
        <source>Table %1</source>
        <translation>%1-үстел</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="63"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="67"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="84"/>
        <source> km/h</source>
        <translation> км/сағ</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="97"/>
        <source>Printed documents</source>
        <translation>Басып шығарылатын құжаттар</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="100"/>
        <source>Emblem (PNG or JPEG)</source>
        <translation>Елтаңба (PNG немесе JPEG)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="101"/>
        <source>Default language</source>
        <translation>Әдепкі тіл</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="102"/>
        <source>Travel time estimate (this visit)</source>
        <translation>Жол уақытын бағалау (осы сапар)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="109"/>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="116"/>
        <source>Open another…</source>
        <translation>Басқасын ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="117"/>
        <source>Create new…</source>
        <translation>Жаңасын құру…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="118"/>
        <source>Back up now</source>
        <translation>Резервтік көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="126"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="129"/>
        <source>Keep daily backups for</source>
        <translation>Күнделікті көшірмелерді сақтау мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="132"/>
        <source>as colleagues should read it in the change log</source>
        <translation>әріптестер өзгерістер журналында оқитындай</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="133"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="136"/>
        <source>Your name</source>
        <translation>Сіздің атыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="159"/>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="160"/>
        <source> people</source>
        <translation> адам</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="162"/>
        <source>Planning rules (this visit)</source>
        <translation>Жоспарлау ережелері (осы сапар)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="172"/>
        <source>Lunch for every group, between</source>
        <translation>Әр топқа түскі ас, аралығы</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="173"/>
        <source>Dinner for every group, between</source>
        <translation>Әр топқа кешкі ас, аралығы</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="180"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="185"/>
        <source>for</source>
        <translation>ұзақтығы</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="190"/>
        <source>wherever the group is (a break)</source>
        <translation>топ тұрған жерде (үзіліс)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="193"/>
        <source>Lunch at</source>
        <translation>Түскі ас орны</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="193"/>
        <source>Dinner at</source>
        <translation>Кешкі ас орны</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="205"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="230"/>
        <source>Emblem</source>
        <translation>Елтаңба</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="230"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sites_page.py" line="30"/>
        <source>Find a site…</source>
        <translation>Нысанды іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sites_page.py" line="36"/>
        <source>Add site</source>
        <translation>Нысан қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/sites_page.py" line="38"/>
        <source>Delete site</source>
        <translation>Нысанды жою</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="115"/>
        <source>Together</source>
        <translation>Бірге</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="358"/>
        <source>Groups: %1</source>
        <translation>Топтар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="361"/>
        <source>Guest time: %1</source>
        <translation>Қонақтар уақыты: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="397"/>
        <source>conflict</source>
        <translation>қайшылық</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="397"/>
        <source>selected</source>
        <translation>таңдалған</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="402"/>
        <source>pinned</source>
        <translation>бекітілген</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="180"/>
        <source>guests</source>
        <translation>қонақтар</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="234"/>
        <source>Mon</source>
        <translation>Дс</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="235"/>
        <source>Tue</source>
        <translation>Сс</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="236"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="237"/>
        <source>Thu</source>
        <translation>Бс</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="238"/>
        <source>Fri</source>
        <translation>Жм</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="239"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="240"/>
        <source>Sun</source>
        <translation>Жс</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="37"/>
        <source>required</source>
        <translation>міндетті</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="37"/>
        <source>priority %1</source>
        <translation>басымдық %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="40"/>
        <source>one of: %1</source>
        <translation>топтардың бірі: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="50"/>
        <source>Drag onto a day of the timeline to place it</source>
        <translation>Орналастыру үшін бағдарлама күніне сүйреңіз</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="57"/>
        <source>Sites to place</source>
        <translation>Орналастыратын нысандар</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="96"/>
        <source>Add site to place</source>
        <translation>Орналастыратын нысан қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="98"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="99"/>
        <source>Change the length, required or optional, priority and groups</source>
        <translation>Ұзақтығын, міндетті не міндетті еместігін, басымдығын және топтарын өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="100"/>
        <source>Remove from the list</source>
        <translation>Тізімнен алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="112"/>
        <source>To place: %1</source>
        <translation>Орналастыру керек: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="149"/>
        <source>No site matches “%1”; choose one from the list</source>
        <translation>«%1» сияқты нысан жоқ; нысанды тізімнен таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="187"/>
        <source>Edit site to place</source>
        <translation>Орналастыратын нысанды өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="224"/>
        <source>optional</source>
        <translation>мүмкіндігінше</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="229"/>
        <source>An optional site of higher priority is placed first</source>
        <translation>Басымдығы жоғары міндетті емес нысан бірінші орналастырылады</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="233"/>
        <source>The plan sends one of the ticked groups; none ticked: any group may go</source>
        <translation>Жоспар белгіленген топтардың біреуін жібереді; ешқайсысы белгіленбесе — кез келгенін</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="242"/>
        <source>Groups that may go</source>
        <translation>Қай топтар бара алады</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="33"/>
        <source>Visit title</source>
        <translation>Сапар атауы</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="50"/>
        <source>Participant's name</source>
        <translation>Қатысушының аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="51"/>
        <source>Participant's position</source>
        <translation>Қатысушының лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="52"/>
        <source>Participant's organisation</source>
        <translation>Қатысушының ұйымы</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="55"/>
        <source>Site address</source>
        <translation>Объектінің мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="59"/>
        <source>Agenda point</source>
        <translation>Күн тәртібінің мәселесі</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="61"/>
        <source>Outcome topic</source>
        <translation>Кездесу нәтижесінің тақырыбы</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="64"/>
        <source>Task owner</source>
        <translation>Тапсырманы орындаушы</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="65"/>
        <source>Document title</source>
        <translation>Құжаттың атауы</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="67"/>
        <source>Party to the document</source>
        <translation>Құжат тарапы</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="68"/>
        <source>Place of signing</source>
        <translation>Қол қойылған орны</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="69"/>
        <source>Document notes</source>
        <translation>Құжатқа ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="70"/>
        <source>Signatory's position</source>
        <translation>Қол қоюшының лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="71"/>
        <source>Signed for</source>
        <translation>Кімнің атынан қол қойды</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="77"/>
        <source>Vehicle notes</source>
        <translation>Көлік туралы ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="85"/>
        <source>Names of the visit in other languages</source>
        <translation>Сапардың басқа тілдердегі атаулары</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="93"/>
        <source>(not given)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="125"/>
        <source>Whose</source>
        <translation>Кімдікі</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="125"/>
        <source>Prints as</source>
        <translation>Былай басылады</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="130"/>
        <source>Missing translations</source>
        <translation>Аудармасы жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="150"/>
        <source>Documents in</source>
        <translation>Құжаттар тілі</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="185"/>
        <source>These documents print %1 name untranslated.|These documents print %1 names untranslated.</source>
        <translation>Осы құжаттарда %1 атау аудармасыз басылады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="190"/>
        <source>Every name has a text in this language.</source>
        <translation>Әр атаудың осы тілде мәтіні бар.</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_field.py" line="180"/>
        <source>Names in other languages…</source>
        <translation>Басқа тілдердегі атаулар…</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_field.py" line="181"/>
        <source>How the names print in Russian, Kazakh and English documents</source>
        <translation>Атаулар орыс, қазақ және ағылшын тілдеріндегі құжаттарда қалай басылады</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="58"/>
        <source>The car's place in the motorcade: its number on the manifest and its placard</source>
        <translation>Көліктің кортеждегі орны: кортеж тізіміндегі және тақтайшасындағы нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="65"/>
        <source>Add vehicle</source>
        <translation>Көлік қосу</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="67"/>
        <source>Delete vehicle</source>
        <translation>Көлікті жою</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="72"/>
        <source>Passengers…</source>
        <translation>Жолаушылар…</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="116"/>
        <source>Select a vehicle to see its passengers per leg.</source>
        <translation>Жол бөліктеріндегі жолаушыларды көру үшін көлікті таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="118"/>
        <source>%1 — passengers per leg</source>
        <translation>%1 — жол бөліктері бойынша жолаушылар</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="123"/>
        <source>The same passengers for the whole visit.</source>
        <translation>Бүкіл сапарға бірдей жолаушылар.</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="131"/>
        <source>Passengers of %1</source>
        <translation>Жолаушылар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="133"/>
        <source>Whole visit</source>
        <translation>Бүкіл сапар</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="179"/>
        <source>Leg</source>
        <translation>Жол бөлігі</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="217"/>
        <source>known</source>
        <translation>белгілі</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="262"/>
        <source>Not set here: the programme's item gives %1; tick “known” to set it here.</source>
        <translation>Мұнда көрсетілмеген: бағдарлама тармағы бойынша — %1; мұнда көрсету үшін «белгілі» белгісін қойыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="306"/>
        <source>%1 item(s) would fall outside %2–%3: %4. Lengthen the visit, or move or delete them first.</source>
        <translation>%2–%3 күндерінен тыс қалатын тармақтар: %1 (%4). Сапарды ұзартыңыз немесе алдымен бұл тармақтарды жылжытыңыз не жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="328"/>
        <source>How the delegation travels</source>
        <translation>Делегация қалай келеді</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="353"/>
        <source>Visit details</source>
        <translation>Сапар мәліметтері</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="353"/>
        <source>New visit</source>
        <translation>Жаңа сапар</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="381"/>
        <source>Arrival (time, place)</source>
        <translation>Келуі (уақыты, орны)</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="391"/>
        <source>Departure (time, place)</source>
        <translation>Кетуі (уақыты, орны)</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="431"/>
        <source>Moving the first day moves all %1 items of the programme by as many days.</source>
        <translation>Бірінші күн ауысқанда бағдарламаның барлық тармақтары (%1) сонша күнге жылжиды.</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="40"/>
        <source>Open database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="40"/>
        <source>Databases (*.db *.sqlite);;All files (*)</source>
        <translation>Дерекқорлар (*.db *.sqlite);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="46"/>
        <source>New database</source>
        <translation>Жаңа дерекқор</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="46"/>
        <source>Databases (*.db)</source>
        <translation>Дерекқорлар (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="50"/>
        <source>%1 exists already; choose a new name.</source>
        <translation>%1 бұрыннан бар; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="71"/>
        <source>Back up</source>
        <translation>Резервтік көшірме</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="71"/>
        <source>Server databases are backed up by their administrator.</source>
        <translation>Сервердегі дерекқордың резервтік көшірмесін оның әкімшісі жасайды.</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="79"/>
        <source>The database was copied to %1</source>
        <translation>Дерекқор көшірілді: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="20"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="21"/>
        <source>Sites</source>
        <translation>Нысандар</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="22"/>
        <source>Itinerary</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="23"/>
        <source>Meetings</source>
        <translation>Кездесулер</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="24"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="25"/>
        <source>Transport</source>
        <translation>Көлік</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="49"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="50"/>
        <source>&amp;New visit…</source>
        <translation>&amp;Жаңа сапар…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="51"/>
        <source>&amp;Duplicate visit…</source>
        <translation>Сапарды &amp;көшіру…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="52"/>
        <source>&amp;Archive visit</source>
        <translation>Сапарды &amp;мұрағатқа жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="54"/>
        <source>&amp;Open database…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="55"/>
        <source>New data&amp;base…</source>
        <translation>Жаңа &amp;дерекқор…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="56"/>
        <source>Back &amp;up database</source>
        <translation>Дерекқордың &amp;резервтік көшірмесі</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="58"/>
        <source>&amp;Import visit file…</source>
        <translation>Сапар файлын &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="59"/>
        <source>&amp;Export visit file…</source>
        <translation>Сапар файлын &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="60"/>
        <source>Import pa&amp;rticipants (CSV, XLSX)…</source>
        <translation>&amp;Қатысушыларды импорттау (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="61"/>
        <source>Import si&amp;tes (CSV, XLSX)…</source>
        <translation>&amp;Нысандарды импорттау (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="62"/>
        <source>Export programme to &amp;calendar (.ics)…</source>
        <translation>Бағдарламаны күн&amp;тізбеге экспорттау (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="64"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="65"/>
        <source>&amp;Settings…</source>
        <translation>Ба&amp;птаулар…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="67"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="69"/>
        <source>&amp;Edit</source>
        <translation>&amp;Өңдеу</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="76"/>
        <source>&amp;Find visit</source>
        <translation>Сапарды &amp;іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="78"/>
        <source>&amp;View</source>
        <translation>&amp;Түр</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="82"/>
        <source>&amp;Today…</source>
        <translation>&amp;Бүгін…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="83"/>
        <source>Visit &amp;list</source>
        <translation>Сапарлар &amp;тізімі</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="88"/>
        <source>Vi&amp;sit</source>
        <translation>&amp;Сапар</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="89"/>
        <source>&amp;Check conflicts</source>
        <translation>&amp;Қайшылықтарды тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="90"/>
        <source>Plan &amp;automatically…</source>
        <translation>&amp;Автоматты жоспарлау…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="91"/>
        <source>&amp;Repair the plan…</source>
        <translation>Бағдарламаны &amp;түзету…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="93"/>
        <source>Visit &amp;details…</source>
        <translation>Сапар &amp;мәліметтері…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="94"/>
        <source>&amp;Edit visit title…</source>
        <translation>Сапар атауын &amp;өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="95"/>
        <source>&amp;Groups…</source>
        <translation>Т&amp;оптар…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="96"/>
        <source>Change &amp;log…</source>
        <translation>Өзгерістер &amp;журналы…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="97"/>
        <source>&amp;Follow-up…</source>
        <translation>Орындалуын бақы&amp;лау…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="99"/>
        <source>&amp;Names in other languages…</source>
        <translation>&amp;Басқа тілдердегі атаулар…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="100"/>
        <source>&amp;Missing translations…</source>
        <translation>Аударылмаған ата&amp;улар…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="102"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="105"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="109"/>
        <source>&amp;About Delegation Planner</source>
        <translation>Бағдарлама &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="176"/>
        <source>Ins / Enter / Del  add, edit, delete on the current page</source>
        <translation>Ins / Enter / Del  ағымдағы қойындыда қосу, өзгерту, жою</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="177"/>
        <source>Alt+Up / Alt+Down  move the selected item 5 minutes, or a participant up and down</source>
        <translation>Alt+Жоғары / Alt+Төмен  таңдалған тармақты 5 минутқа немесе қатысушыны жоғары не төмен жылжыту</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="178"/>
        <source>Ctrl++ / Ctrl+-  zoom the timeline in and out</source>
        <translation>Ctrl++ / Ctrl+-  уақыт шкаласын үлкейту және кішірейту</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="179"/>
        <source>Ctrl+G  show the guests' home time</source>
        <translation>Ctrl+G  қонақтар уақытын көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="201"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="208"/>
        <source>About Delegation Planner</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="209"/>
        <source>Delegation Planner: plan, adjust and print the programme of an official delegation visit.</source>
        <translation>Делегация сапарларын жоспарлаушы: ресми делегация сапарының бағдарламасын құру, түзету және басып шығару.</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="14"/>
        <source>Keep the items' clock times in the new zone (10:00 stays 10:00)? No: keep the moments.</source>
        <translation>Тармақтардың сағаттағы уақыты жаңа белдеуде сақталсын ба (10:00 күйінде қалады)? «Жоқ» — уақыт сәттері сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="70"/>
        <source>Create visit %1</source>
        <translation>%1 сапарын құру</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="78"/>
        <source>Visit created</source>
        <translation>Сапар құрылды</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="147"/>
        <source>Visit details saved; %1 items moved</source>
        <translation>Сапар мәліметтері сақталды; жылжытылған тармақтар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="147"/>
        <source>Visit details saved</source>
        <translation>Сапар мәліметтері сақталды</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="165"/>
        <source>Type the new visit's title.</source>
        <translation>Жаңа сапардың атауын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="167"/>
        <source>Duplicate visit %1</source>
        <translation>%1 сапарын көшіру</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="176"/>
        <source>Duplicate visit as a template</source>
        <translation>Сапарды үлгі ретінде көшіру</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="177"/>
        <source>New title</source>
        <translation>Жаңа атауы</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="180"/>
        <source>New first day</source>
        <translation>Жаңа бірінші күні</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="183"/>
        <source>The copy lasts %1 days; its items move with the first day.</source>
        <translation>Көшірменің ұзақтығы, күн: %1; оның тармақтары бірінші күнмен бірге жылжиды.</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="191"/>
        <source>Visit duplicated</source>
        <translation>Сапар көшірілді</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="229"/>
        <source>Select the item that runs long in the itinerary first.</source>
        <translation>Алдымен бағдарламадан созылып кеткен тармақты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="240"/>
        <source>«%1» ends at %2. It will run longer by (minutes):</source>
        <translation>«%1» аяқталу уақыты: %2. Қанша минутқа созылады:</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="252"/>
        <source>Import visit file</source>
        <translation>Сапар файлын импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="252"/>
        <source>Visit files (*.json)</source>
        <translation>Сапар файлдары (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="259"/>
        <source>Import visit file %1</source>
        <translation>%1 сапар файлын импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="270"/>
        <source>Export visit file</source>
        <translation>Сапар файлын экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="281"/>
        <source>Import list</source>
        <translation>Тізімді импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="281"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Кестелер (*.csv *.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="293"/>
        <source>Export calendar</source>
        <translation>Күнтізбеге экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="293"/>
        <source>Calendars (*.ics)</source>
        <translation>Күнтізбелер (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="305"/>
        <source>%1 events written to %2</source>
        <translation>Жазылған оқиғалар: %1, файл %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="315"/>
        <source>Change log</source>
        <translation>Өзгерістер журналы</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_list.py" line="93"/>
        <source>Search visits…</source>
        <translation>Сапарларды іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_list.py" line="97"/>
        <source>Current visits</source>
        <translation>Ағымдағы сапарлар</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_list.py" line="98"/>
        <source>All visits</source>
        <translation>Барлық сапарлар</translation>
    </message>
</context>
</TS>
