<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DelegationPlanner</name>
    <message>
        <location filename="../../ui/app.py" line="54"/>
        <source>Shared database</source>
        <translation>Общая база данных</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="104"/>
        <source>(no log file could be written)</source>
        <translation>(файл журнала записать не удалось)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="108"/>
        <source>An unexpected error (%1) stopped this action.</source>
        <translation>Непредвиденная ошибка (%1) прервала это действие.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="110"/>
        <source>The details, without private values, are in %1.</source>
        <translation>Подробности, без личных данных, записаны в %1.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="112"/>
        <source>Please send that file to your support.</source>
        <translation>Отправьте этот файл тем, кто сопровождает программу.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="21"/>
        <source>Add participant %1</source>
        <translation>Добавление участника %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="31"/>
        <source>Edit participant %1</source>
        <translation>Изменение участника %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="42"/>
        <source>Delete participant %1</source>
        <translation>Удаление участника %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="51"/>
        <source>Change protocol order</source>
        <translation>Изменение протокольного порядка</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="57"/>
        <source>Add site '%1'</source>
        <translation>Добавление объекта «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="66"/>
        <source>Edit site '%1'</source>
        <translation>Изменение объекта «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="72"/>
        <source>Delete site '%1'</source>
        <translation>Удаление объекта «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="82"/>
        <source>Create meeting for '%1'</source>
        <translation>Создание встречи для «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="92"/>
        <source>Edit meeting '%1'</source>
        <translation>Изменение встречи «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="99"/>
        <source>Add outcome '%1'</source>
        <translation>Добавление итога «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="108"/>
        <source>Edit outcome</source>
        <translation>Изменить итог</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="114"/>
        <source>Delete outcome</source>
        <translation>Удалить итог</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="124"/>
        <source>Add action item '%1'</source>
        <translation>Добавление поручения «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="133"/>
        <source>Edit action item</source>
        <translation>Изменить поручение</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="139"/>
        <source>Delete action item</source>
        <translation>Удалить поручение</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="149"/>
        <source>Add document '%1'</source>
        <translation>Добавление документа «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="159"/>
        <source>Edit document '%1'</source>
        <translation>Изменение документа «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="170"/>
        <source>Delete document '%1'</source>
        <translation>Удаление документа «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="180"/>
        <source>Change signatories of '%1'</source>
        <translation>Изменение подписантов «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="189"/>
        <source>Add commitment '%1'</source>
        <translation>Добавление обязательства «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="199"/>
        <source>Edit commitment</source>
        <translation>Изменить обязательство</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="210"/>
        <source>Add vehicle %1</source>
        <translation>Добавление транспорта %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="219"/>
        <source>Edit vehicle %1</source>
        <translation>Изменение транспорта %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="225"/>
        <source>Delete vehicle %1</source>
        <translation>Удаление транспорта %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="237"/>
        <source>Change passengers of %1</source>
        <translation>Изменение пассажиров %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="248"/>
        <source>Edit visit '%1'</source>
        <translation>Изменение визита «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="259"/>
        <source>Archive visit '%1'</source>
        <translation>Перенос визита «%1» в архив</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="17"/>
        <source>Add '%1'</source>
        <translation>Добавление «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="27"/>
        <source>Edit '%1'</source>
        <translation>Изменение «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="40"/>
        <source>Move '%1'</source>
        <translation>Перенос «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="51"/>
        <source>Resize '%1'</source>
        <translation>Изменение длительности «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="62"/>
        <source>Delete '%1'</source>
        <translation>Удаление «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="72"/>
        <source>Change attendees of '%1'</source>
        <translation>Изменение участников «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/to_place_commands.py" line="22"/>
        <source>Add '%1' to the sites to place</source>
        <translation>Добавление «%1» в список к размещению</translation>
    </message>
    <message>
        <location filename="../../ui/commands/to_place_commands.py" line="32"/>
        <source>Remove '%1' from the sites to place</source>
        <translation>Удаление «%1» из списка к размещению</translation>
    </message>
    <message>
        <location filename="../../ui/commands/to_place_commands.py" line="46"/>
        <source>Place '%1'</source>
        <translation>Размещение «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="3"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Delegation Planner</source>
        <translation>Планировщик визитов делегаций</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Create a visit with File ▸ New visit (Ctrl+N), or pick one on the left.</source>
        <translation>Создайте визит: Файл ▸ Новый визит (Ctrl+N), или выберите визит слева.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>%1 — times in %2</source>
        <translation>%1 — время %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>No visit open</source>
        <translation>Визит не открыт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>conflict check not available</source>
        <translation>проверка конфликтов недоступна</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>%1 conflicts</source>
        <translation>конфликтов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>no conflicts</source>
        <translation>конфликтов нет</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="38"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="39"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="40"/>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="41"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="42"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="43"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="44"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="45"/>
        <source>Pinned</source>
        <translation>Закреплено</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="46"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="73"/>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="74"/>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="75"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="76"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="77"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="78"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="79"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="80"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="159"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="160"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="161"/>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="162"/>
        <source>Usual length</source>
        <translation>Обычная длительность</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="163"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="164"/>
        <source>Items in visit</source>
        <translation>Пунктов в визите</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="177"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="184"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="185"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="186"/>
        <source>Outcomes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="195"/>
        <source>Task</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="196"/>
        <source>Owner</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="197"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="198"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="206"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="207"/>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="209"/>
        <source>Term</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="213"/>
        <source>Scan</source>
        <translation>Скан</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="220"/>
        <source>Vehicle</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="222"/>
        <source>Plate</source>
        <translation>Госномер</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="223"/>
        <source>Driver</source>
        <translation>Водитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="224"/>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="225"/>
        <source>Passengers (whole visit)</source>
        <translation>Пассажиры (весь визит)</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_list_model.py" line="19"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_list_model.py" line="20"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_list_model.py" line="21"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="269"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="270"/>
        <source>Reload the visit now to see the saved version?</source>
        <translation>Загрузить визит заново, чтобы увидеть сохранённую версию?</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="293"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="26"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="27"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="28"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="41"/>
        <source>No changes recorded for this visit yet.</source>
        <translation>Изменений по этому визиту пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="58"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="62"/>
        <source>Add commitment</source>
        <translation>Добавить обязательство</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="82"/>
        <source>Add document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="83"/>
        <source>Edit document</source>
        <translation>Изменить документ</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="84"/>
        <source>Delete document</source>
        <translation>Удалить документ</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="86"/>
        <source>Signatories…</source>
        <translation>Подписанты…</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="87"/>
        <source>Attach scan…</source>
        <translation>Прикрепить скан…</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="88"/>
        <source>Open scan</source>
        <translation>Открыть скан</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="111"/>
        <source>No document selected</source>
        <translation>Документ не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="113"/>
        <source>Parties: %1</source>
        <translation>Стороны: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="115"/>
        <source>Signed: %1 %2</source>
        <translation>Подписан: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="120"/>
        <source>Scan: %1</source>
        <translation>Скан: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="134"/>
        <source>Signatories</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="136"/>
        <source>One per line: name; title; party</source>
        <translation>По одному в строке: имя; должность; сторона</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="160"/>
        <source>Attach scan</source>
        <translation>Прикрепить скан</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="160"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Сканы (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="171"/>
        <source>The scan %1 does not exist any more.</source>
        <translation>Файл скана %1 больше не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="183"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="185"/>
        <source>Area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="188"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="190"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="36"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="37"/>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="38"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="39"/>
        <source>late</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="40"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="43"/>
        <source>narrow (heads only)</source>
        <translation>узкий состав (только главы)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="44"/>
        <source>extended (with delegations)</source>
        <translation>расширенный состав (с делегациями)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="45"/>
        <source>one-to-one</source>
        <translation>тет-а-тет</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="46"/>
        <source>plenary</source>
        <translation>пленарное заседание</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="47"/>
        <source>round table</source>
        <translation>круглый стол</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="59"/>
        <source>Edit participant</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="59"/>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="61"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="66"/>
        <source>guest</source>
        <translation>гость</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="66"/>
        <source>host</source>
        <translation>принимающая сторона</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="72"/>
        <source>Role in the visit</source>
        <translation>Роль в визите</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="73"/>
        <source>Protocol rank</source>
        <translation>Протокольный ранг</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="74"/>
        <source>last</source>
        <translation>последний</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="77"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="79"/>
        <source>Dietary needs</source>
        <translation>Питание</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="80"/>
        <source>Access needs</source>
        <translation>Доступная среда</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="81"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="115"/>
        <source>Edit site</source>
        <translation>Изменить объект</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="115"/>
        <source>New site</source>
        <translation>Новый объект</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="121"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="124"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="129"/>
        <source>Usual visit (minutes)</source>
        <translation>Обычное посещение (минут)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="131"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="132"/>
        <source>Contact phone</source>
        <translation>Телефон контакта</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="133"/>
        <source>Contact e-mail</source>
        <translation>Эл. почта контакта</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="145"/>
        <source>this is not a number</source>
        <translation>это не число</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="171"/>
        <source>New visit</source>
        <translation>Новый визит</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="176"/>
        <source>Home region</source>
        <translation>Регион делегации</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="177"/>
        <source>Home time zone</source>
        <translation>Часовой пояс делегации</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="178"/>
        <source>Host region</source>
        <translation>Принимающий регион</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="179"/>
        <source>Host time zone</source>
        <translation>Часовой пояс принимающей стороны</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="180"/>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="181"/>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="182"/>
        <source>Working day starts</source>
        <translation>Начало рабочего дня</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="183"/>
        <source>Working day ends</source>
        <translation>Конец рабочего дня</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="184"/>
        <source>Purpose</source>
        <translation>Цель визита</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="209"/>
        <source>New outcome</source>
        <translation>Новый итог</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="210"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="211"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="222"/>
        <source>New action item</source>
        <translation>Новое поручение</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="229"/>
        <source>(someone else)</source>
        <translation>(другой исполнитель)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="234"/>
        <source>Owner (if not a participant)</source>
        <translation>Исполнитель (если не участник)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="268"/>
        <source>New document</source>
        <translation>Новый документ</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="280"/>
        <source>Parties (one per line)</source>
        <translation>Стороны (по одной в строке)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="282"/>
        <source>Partner region</source>
        <translation>Регион-партнёр</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="283"/>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="285"/>
        <source>Term from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="286"/>
        <source>Term until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="287"/>
        <source>Copies</source>
        <translation>Экземпляров</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="296"/>
        <source>Scan (file)</source>
        <translation>Скан (файл)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="325"/>
        <source>Edit vehicle</source>
        <translation>Изменить транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="325"/>
        <source>New vehicle</source>
        <translation>Новый транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="327"/>
        <source>Label</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="335"/>
        <source>Driver's phone</source>
        <translation>Телефон водителя</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="52"/>
        <source>Import %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="57"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="57"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="57"/>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="64"/>
        <source>Import all</source>
        <translation>Импортировать всё</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="66"/>
        <source>Import valid rows only</source>
        <translation>Только строки без ошибок</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="93"/>
        <source>This file cannot be imported:</source>
        <translation>Этот файл нельзя импортировать:</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="103"/>
        <source>%1 rows: %2 new, %3 already known (will be updated), %4 with problems.</source>
        <translation>Строк: %1; новых: %2; уже известных (будут обновлены): %3; с ошибками: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="110"/>
        <source>Columns read: %1</source>
        <translation>Прочитаны столбцы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="113"/>
        <source>Columns ignored: %1</source>
        <translation>Пропущены столбцы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="115"/>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="115"/>
        <source>matched</source>
        <translation>найдена</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="115"/>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="45"/>
        <source>Edit item</source>
        <translation>Изменить пункт</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="45"/>
        <source>New item</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="59"/>
        <source>Starts (host time)</source>
        <translation>Начало (местное время)</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="60"/>
        <source>Ends (host time)</source>
        <translation>Окончание (местное время)</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="71"/>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="72"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="74"/>
        <source>Place (if no site)</source>
        <translation>Место (если не объект)</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="79"/>
        <source>Responsible host</source>
        <translation>Ответственный от принимающей стороны</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="83"/>
        <source>fixed time, planning must not move it</source>
        <translation>время зафиксировано, планирование его не сдвигает</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="86"/>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="86"/>
        <source>planning must not drop it</source>
        <translation>планирование не может его исключить</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="88"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="98"/>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="89"/>
        <source>Conflicts: checking…</source>
        <translation>Конфликты: идёт проверка…</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="93"/>
        <source>Conflicts: %1 (%2 errors)</source>
        <translation>Конфликты: %1 (ошибок: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="93"/>
        <source>No conflicts</source>
        <translation>Конфликтов нет</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="149"/>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="150"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="163"/>
        <source>Add item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="163"/>
        <source>Add an item to the programme</source>
        <translation>Добавить пункт в программу</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="166"/>
        <source>Delete item</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="167"/>
        <source>5 min earlier</source>
        <translation>На 5 мин раньше</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="168"/>
        <source>5 min later</source>
        <translation>На 5 мин позже</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="169"/>
        <source>Zoom in</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="170"/>
        <source>Zoom out</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="171"/>
        <source>Guest time</source>
        <translation>Время гостей</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="320"/>
        <source>Add site to place</source>
        <translation>Добавить объект к размещению</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="320"/>
        <source>Site:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="388"/>
        <source>Delete %1 items</source>
        <translation>Удаление пунктов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="73"/>
        <source>One agenda point per line</source>
        <translation>По одному вопросу повестки в строке</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="75"/>
        <source>Minutes of the meeting</source>
        <translation>Протокол встречи</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="95"/>
        <source>Guests</source>
        <translation>Гости</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="96"/>
        <source>Hosts</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="98"/>
        <source>Change attendees…</source>
        <translation>Изменить состав…</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="100"/>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="101"/>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="106"/>
        <source>Add outcome</source>
        <translation>Добавить итог</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="112"/>
        <source>Action items</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="116"/>
        <source>Add action item</source>
        <translation>Добавить поручение</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="129"/>
        <source>New meeting…</source>
        <translation>Новая встреча…</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="174"/>
        <source>No meeting selected</source>
        <translation>Встреча не выбрана</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="259"/>
        <source>New meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="269"/>
        <source>Programme item</source>
        <translation>Пункт программы</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="282"/>
        <source>Attendees of %1</source>
        <translation>Участники: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="19"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="20"/>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="21"/>
        <source>confirmed</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="23"/>
        <source>completed</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="25"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="46"/>
        <source>The visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="53"/>
        <source>Time zones</source>
        <translation>Часовые пояса</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="54"/>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="56"/>
        <source>In the plan</source>
        <translation>В программе</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="57"/>
        <source>Travel estimate</source>
        <translation>Оценка времени в пути</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="90"/>
        <source>host %1, guests %2</source>
        <translation>принимающая сторона %1, гости %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="94"/>
        <source>%1 items, %2 participants, %3 meetings, %4 signed documents, %5 vehicles</source>
        <translation>пунктов: %1, участников: %2, встреч: %3, подписанных документов: %4, единиц транспорта: %5</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="104"/>
        <source>%1 km/h on average, road factor %2</source>
        <translation>в среднем %1 км/ч, коэффициент дорог %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="42"/>
        <source>Find a participant…</source>
        <translation>Найти участника…</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="44"/>
        <source>Add participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="46"/>
        <source>Delete participant</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="47"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="48"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="81"/>
        <source>Automatic planning</source>
        <translation>Автоматическое планирование</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="81"/>
        <source>Repair the plan</source>
        <translation>Исправление программы</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="83"/>
        <source>Working…</source>
        <translation>Идёт расчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="86"/>
        <source>Allow moves between days</source>
        <translation>Разрешить перенос между днями</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="87"/>
        <source>Let the planner move items to another day; such moves are marked</source>
        <translation>Планировщик сможет переносить пункты на другой день; такие переносы отмечаются</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="93"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="93"/>
        <source>Proposed</source>
        <translation>Предлагается</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="104"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="104"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="115"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="116"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="139"/>
        <source>Searching for a better plan…</source>
        <translation>Поиск лучшей программы…</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="164"/>
        <source>Planning</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="189"/>
        <source>shortened</source>
        <translation>сокращён</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="189"/>
        <source>moved</source>
        <translation>перенесён</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="191"/>
        <source>moved to another day</source>
        <translation>перенос на другой день</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="204"/>
        <source>back to the list</source>
        <translation>возврат в список</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="213"/>
        <source>placed from the list</source>
        <translation>размещён из списка</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="218"/>
        <source>stays on the list</source>
        <translation>остаётся в списке</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="221"/>
        <source>The engine found nothing to change.</source>
        <translation>Менять нечего.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="223"/>
        <source>%1 items move, %2 go back to the list.</source>
        <translation>Перенос пунктов: %1, возврат в список: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="224"/>
        <source>Time on the road: %1 min now, %2 min proposed.</source>
        <translation>В пути: сейчас %1 мин, предлагается %2 мин.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="230"/>
        <source>%1 sites placed from the list, %2 stay on it.</source>
        <translation>Размещено из списка: %1, осталось в списке: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="233"/>
        <source>%1 items move to another day.</source>
        <translation>На другой день переносится пунктов: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="235"/>
        <source>%1 errors would remain.</source>
        <translation>Останется ошибок: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="281"/>
        <source>Accept automatic plan</source>
        <translation>Принятие автоматической программы</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="281"/>
        <source>Accept repair</source>
        <translation>Принятие исправлений</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="40"/>
        <source>Programme of the visit</source>
        <translation>Программа пребывания</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="41"/>
        <source>Daily agenda</source>
        <translation>Распорядок дня</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="42"/>
        <source>Personal itinerary</source>
        <translation>Личная программа</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="43"/>
        <source>Transport plan</source>
        <translation>План транспортного обеспечения</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="44"/>
        <source>Delegation list</source>
        <translation>Список делегации</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="45"/>
        <source>Meeting minutes</source>
        <translation>Протокол встречи</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="46"/>
        <source>Signed-documents summary</source>
        <translation>Сводка подписанных документов</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="73"/>
        <source>Landscape</source>
        <translation>Альбомная ориентация</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="76"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="77"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="78"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="79"/>
        <source>All personal itineraries…</source>
        <translation>Все личные программы…</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="87"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="88"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="90"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="118"/>
        <source>All days</source>
        <translation>Все дни</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="123"/>
        <source>Day %1 (%2)</source>
        <translation>День %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="125"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="185"/>
        <source>%1 pages, %2 KB</source>
        <translation>Страниц: %1, %2 КБ</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="203"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="203"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="225"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="225"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="232"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="238"/>
        <source>Folder for the itineraries</source>
        <translation>Папка для личных программ</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="251"/>
        <source>Itinerary of %1</source>
        <translation>Личная программа: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="263"/>
        <source>%1 itineraries saved in %2</source>
        <translation>Личных программ сохранено: %1, папка %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="265"/>
        <source>Printing personal itineraries</source>
        <translation>Печать личных программ</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="47"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="51"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="81"/>
        <source>Printed documents</source>
        <translation>Печатные документы</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="83"/>
        <source>Host organisation</source>
        <translation>Принимающая организация</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="84"/>
        <source>Emblem (PNG or JPEG)</source>
        <translation>Герб (PNG или JPEG)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="85"/>
        <source>Default language</source>
        <translation>Язык по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="86"/>
        <source>Travel time estimate (this visit)</source>
        <translation>Оценка времени в пути (этот визит)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="88"/>
        <source>Average speed</source>
        <translation>Средняя скорость</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="89"/>
        <source>Road factor</source>
        <translation>Коэффициент дорог</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="92"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="99"/>
        <source>Open another…</source>
        <translation>Открыть другую…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="100"/>
        <source>Create new…</source>
        <translation>Создать новую…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="101"/>
        <source>Back up now</source>
        <translation>Сделать резервную копию</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="109"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="112"/>
        <source>Keep daily backups for</source>
        <translation>Хранить ежедневные копии</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="114"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="133"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="139"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="140"/>
        <source> people</source>
        <translation> чел.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="142"/>
        <source>Planning rules (this visit)</source>
        <translation>Правила планирования (этот визит)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="144"/>
        <source>Planned times on a grid of</source>
        <translation>Шаг времени в плане</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="145"/>
        <source>Time to board, added to every drive</source>
        <translation>Время на посадку к каждому переезду</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="146"/>
        <source>More time to board for a party above</source>
        <translation>Больше времени на посадку для группы больше</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="147"/>
        <source>Extra time to board for such a party</source>
        <translation>Дополнительное время на посадку для такой группы</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="150"/>
        <source>Lunch for every group, between</source>
        <translation>Обед для каждой группы, между</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="151"/>
        <source>Dinner for every group, between</source>
        <translation>Ужин для каждой группы, между</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="158"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="163"/>
        <source>for</source>
        <translation>на</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="177"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="201"/>
        <source>Emblem</source>
        <translation>Герб</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="201"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sites_page.py" line="29"/>
        <source>Find a site…</source>
        <translation>Найти объект…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sites_page.py" line="35"/>
        <source>Add site</source>
        <translation>Добавить объект</translation>
    </message>
    <message>
        <location filename="../../ui/views/sites_page.py" line="37"/>
        <source>Delete site</source>
        <translation>Удалить объект</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="341"/>
        <source>Guest time: %1</source>
        <translation>Время гостей: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="172"/>
        <source>guests</source>
        <translation>гости</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="190"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="191"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="192"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="193"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="194"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="195"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="196"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="21"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="21"/>
        <source>priority %1</source>
        <translation>приоритет %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="32"/>
        <source>Drag onto a day of the timeline to place it</source>
        <translation>Перетащите на день программы, чтобы разместить</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="39"/>
        <source>Sites to place</source>
        <translation>Объекты к размещению</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="79"/>
        <source>Remove from the list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="89"/>
        <source>To place: %1</source>
        <translation>К размещению: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="58"/>
        <source>Add vehicle</source>
        <translation>Добавить транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="60"/>
        <source>Delete vehicle</source>
        <translation>Удалить транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="62"/>
        <source>Passengers…</source>
        <translation>Пассажиры…</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="93"/>
        <source>Select a vehicle to see its passengers per leg.</source>
        <translation>Выберите транспорт, чтобы увидеть пассажиров по участкам.</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="95"/>
        <source>%1 — passengers per leg</source>
        <translation>%1 — пассажиры по участкам</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="100"/>
        <source>The same passengers for the whole visit.</source>
        <translation>Одни и те же пассажиры на весь визит.</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="108"/>
        <source>Passengers of %1</source>
        <translation>Пассажиры: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="110"/>
        <source>Whole visit</source>
        <translation>Весь визит</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="155"/>
        <source>Leg</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="37"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="37"/>
        <source>Databases (*.db *.sqlite);;All files (*)</source>
        <translation>Базы данных (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="44"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="44"/>
        <source>Databases (*.db)</source>
        <translation>Базы данных (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="49"/>
        <source>%1 exists already; choose a new name.</source>
        <translation>%1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="70"/>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="70"/>
        <source>Server databases are backed up by their administrator.</source>
        <translation>Резервные копии серверной базы делает её администратор.</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="78"/>
        <source>The database was copied to %1</source>
        <translation>База данных скопирована в %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="18"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="19"/>
        <source>Sites</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="20"/>
        <source>Itinerary</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="21"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="22"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="23"/>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="48"/>
        <source>&amp;New visit…</source>
        <translation>&amp;Новый визит…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="49"/>
        <source>&amp;Duplicate visit</source>
        <translation>&amp;Копировать визит</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="50"/>
        <source>&amp;Archive visit</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="52"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="53"/>
        <source>New data&amp;base…</source>
        <translation>Новая &amp;база данных…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="54"/>
        <source>&amp;Back up database</source>
        <translation>&amp;Резервная копия базы</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="56"/>
        <source>&amp;Import visit file…</source>
        <translation>&amp;Импорт файла визита…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="57"/>
        <source>&amp;Export visit file…</source>
        <translation>&amp;Экспорт файла визита…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="58"/>
        <source>Import &amp;participants (CSV, XLSX)…</source>
        <translation>Импорт &amp;участников (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="59"/>
        <source>Import s&amp;ites (CSV, XLSX)…</source>
        <translation>Импорт &amp;объектов (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="60"/>
        <source>Export programme to &amp;calendar (.ics)…</source>
        <translation>Экспорт программы в &amp;календарь (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="62"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="63"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="65"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="67"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="68"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="70"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="75"/>
        <source>&amp;Find visit</source>
        <translation>&amp;Найти визит</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="77"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="81"/>
        <source>Visit &amp;list</source>
        <translation>&amp;Список визитов</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="85"/>
        <source>&amp;Visit</source>
        <translation>В&amp;изит</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="86"/>
        <source>&amp;Check conflicts</source>
        <translation>&amp;Проверить конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="87"/>
        <source>Plan &amp;automatically…</source>
        <translation>&amp;Автоматическое планирование…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="88"/>
        <source>&amp;Repair the plan…</source>
        <translation>&amp;Исправить программу…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="90"/>
        <source>&amp;Edit visit title…</source>
        <translation>&amp;Изменить название визита…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="91"/>
        <source>Change &amp;log…</source>
        <translation>&amp;Журнал изменений…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="93"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="96"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="100"/>
        <source>&amp;About Delegation Planner</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="106"/>
        <source>Ctrl+N  new visit</source>
        <translation>Ctrl+N  новый визит</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="107"/>
        <source>Ctrl+1…8  switch workspace pages</source>
        <translation>Ctrl+1…8  переключение вкладок</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="108"/>
        <source>Ins / Enter / Del  add, edit, delete on the current page</source>
        <translation>Ins / Enter / Del  добавить, изменить, удалить на текущей вкладке</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="109"/>
        <source>Alt+Up / Alt+Down  move the selected item 5 minutes, or a participant up and down</source>
        <translation>Alt+Вверх / Alt+Вниз  сдвинуть пункт на 5 минут или участника вверх и вниз</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="110"/>
        <source>Ctrl+Z / Ctrl+Shift+Z  undo, redo</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z  отменить, повторить</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="111"/>
        <source>Ctrl+G  show the guests' home time</source>
        <translation>Ctrl+G  показать время гостей</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="112"/>
        <source>F5  check conflicts</source>
        <translation>F5  проверить конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="113"/>
        <source>Ctrl+P  print</source>
        <translation>Ctrl+P  печать</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="115"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="122"/>
        <source>About Delegation Planner</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="123"/>
        <source>Delegation Planner: plan, adjust and print the programme of an official delegation visit.</source>
        <translation>Планировщик визитов делегаций: составление, корректировка и печать программы официального визита.</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="52"/>
        <source>Create visit '%1'</source>
        <translation>Создание визита «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="61"/>
        <source>Visit created</source>
        <translation>Визит создан</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="71"/>
        <source>Duplicate visit '%1'</source>
        <translation>Копирование визита «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="76"/>
        <source>Visit duplicated</source>
        <translation>Визит скопирован</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="89"/>
        <source>Visit title</source>
        <translation>Название визита</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="114"/>
        <source>Select the item that runs long in the itinerary first.</source>
        <translation>Сначала выберите в программе пункт, который затягивается.</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="125"/>
        <source>«%1» ends at %2. It will run longer by (minutes):</source>
        <translation>«%1» заканчивается в %2. Затянется на (минут):</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="138"/>
        <source>Import visit file</source>
        <translation>Импорт файла визита</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="138"/>
        <source>Visit files (*.json)</source>
        <translation>Файлы визита (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="146"/>
        <source>Import visit file '%1'</source>
        <translation>Импорт файла визита «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="157"/>
        <source>Export visit file</source>
        <translation>Экспорт файла визита</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="168"/>
        <source>Import list</source>
        <translation>Импорт списка</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="168"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="180"/>
        <source>Export calendar</source>
        <translation>Экспорт в календарь</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="180"/>
        <source>Calendars (*.ics)</source>
        <translation>Календари (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="187"/>
        <source>%1 events written to %2</source>
        <translation>Событий записано: %1, файл %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="197"/>
        <source>Change log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_list.py" line="67"/>
        <source>Search visits…</source>
        <translation>Поиск визитов…</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_list.py" line="71"/>
        <source>Current visits</source>
        <translation>Текущие визиты</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_list.py" line="72"/>
        <source>All visits</source>
        <translation>Все визиты</translation>
    </message>
</context>
</TS>
