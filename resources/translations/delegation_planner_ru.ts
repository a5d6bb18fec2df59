<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DelegationPlanner</name>
    <message>
        <location filename="../../ui/app.py" line="62"/>
        <source>Shared database</source>
        <translation>Общая база данных</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="125"/>
        <source>(no log file could be written)</source>
        <translation>(файл журнала записать не удалось)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="129"/>
        <source>An unexpected error (%1) stopped this action.</source>
        <translation>Непредвиденная ошибка (%1) прервала это действие.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="131"/>
        <source>The details, without private values, are in %1.</source>
        <translation>Подробности, без личных данных, записаны в %1.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="133"/>
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
        <source>Add site %1</source>
        <translation>Добавление объекта %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="66"/>
        <source>Edit site %1</source>
        <translation>Изменение объекта %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="72"/>
        <source>Delete site %1</source>
        <translation>Удаление объекта %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="91"/>
        <source>Add outcome %1</source>
        <translation>Добавление итога %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="93"/>
        <source>Edit meeting %1</source>
        <translation>Изменение встречи %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="95"/>
        <source>Create meeting for %1</source>
        <translation>Создание встречи для %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="144"/>
        <source>Edit outcome</source>
        <translation>Изменить итог</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="150"/>
        <source>Delete outcome</source>
        <translation>Удалить итог</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="160"/>
        <source>Add action item %1</source>
        <translation>Добавление поручения %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="169"/>
        <source>Edit action item</source>
        <translation>Изменить поручение</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="175"/>
        <source>Delete action item</source>
        <translation>Удалить поручение</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="185"/>
        <source>Add document %1</source>
        <translation>Добавление документа %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="195"/>
        <source>Edit document %1</source>
        <translation>Изменение документа %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="206"/>
        <source>Delete document %1</source>
        <translation>Удаление документа %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="216"/>
        <source>Change signatories of %1</source>
        <translation>Изменение подписантов %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="225"/>
        <source>Add commitment %1</source>
        <translation>Добавление обязательства %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="235"/>
        <source>Edit commitment</source>
        <translation>Изменить обязательство</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="246"/>
        <source>Add vehicle %1</source>
        <translation>Добавление транспорта %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="255"/>
        <source>Edit vehicle %1</source>
        <translation>Изменение транспорта %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="261"/>
        <source>Delete vehicle %1</source>
        <translation>Удаление транспорта %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="273"/>
        <source>Move %1 up in the motorcade</source>
        <translation>Перемещение в кортеже вперёд: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="275"/>
        <source>Move %1 down in the motorcade</source>
        <translation>Перемещение в кортеже назад: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="285"/>
        <source>Change passengers of %1</source>
        <translation>Изменение пассажиров %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="296"/>
        <source>Edit visit %1</source>
        <translation>Изменение визита %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/edit_commands.py" line="308"/>
        <source>Archive visit %1</source>
        <translation>Перенос визита %1 в архив</translation>
    </message>
    <message>
        <location filename="../../ui/commands/gift_commands.py" line="16"/>
        <source>Add gift %1</source>
        <translation>Добавить подарок %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/gift_commands.py" line="28"/>
        <source>Edit gift %1</source>
        <translation>Изменить подарок %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/gift_commands.py" line="35"/>
        <source>Delete gift %1</source>
        <translation>Удалить подарок %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/group_commands.py" line="21"/>
        <source>Add group %1</source>
        <translation>Добавить группу %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/group_commands.py" line="33"/>
        <source>Rename group %1</source>
        <translation>Переименовать группу %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/group_commands.py" line="40"/>
        <source>Delete group %1</source>
        <translation>Удалить группу %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/group_commands.py" line="67"/>
        <source>Add to group %1</source>
        <translation>Добавить в группу %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/group_commands.py" line="72"/>
        <source>Remove from group %1</source>
        <translation>Исключить из группы %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/group_commands.py" line="90"/>
        <source>Arrival and departure of %1</source>
        <translation>Прибытие и отъезд: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/group_commands.py" line="115"/>
        <source>Add %1</source>
        <translation>Добавление %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="27"/>
        <source>Edit %1</source>
        <translation>Изменение %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="40"/>
        <source>Move %1</source>
        <translation>Перенос %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="51"/>
        <source>Resize %1</source>
        <translation>Изменение длительности %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="62"/>
        <source>Delete %1</source>
        <translation>Удаление %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/itinerary_commands.py" line="72"/>
        <source>Change attendees of %1</source>
        <translation>Изменение участников %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/live_commands.py" line="22"/>
        <source>Running late by %1 min: “%2”</source>
        <translation>Задержка на %1 мин: «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/seating_commands.py" line="36"/>
        <source>Propose seating for %1</source>
        <translation>Предложить рассадку: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/seating_commands.py" line="46"/>
        <source>Swap seats: %1</source>
        <translation>Обмен местами: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/to_place_commands.py" line="23"/>
        <source>Add %1 to the sites to place</source>
        <translation>Добавление %1 в список к размещению</translation>
    </message>
    <message>
        <location filename="../../ui/commands/to_place_commands.py" line="36"/>
        <source>Edit %1 in the sites to place</source>
        <translation>Изменение %1 в списке к размещению</translation>
    </message>
    <message>
        <location filename="../../ui/commands/to_place_commands.py" line="47"/>
        <source>Remove %1 from the sites to place</source>
        <translation>Удаление %1 из списка к размещению</translation>
    </message>
    <message>
        <location filename="../../ui/commands/to_place_commands.py" line="61"/>
        <source>Place %1</source>
        <translation>Размещение %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/translation_commands.py" line="16"/>
        <source>Names of visit %1 in other languages</source>
        <translation>Названия визита %1 на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_actions.py" line="19"/>
        <source>Undo %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_actions.py" line="19"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_actions.py" line="24"/>
        <source>Redo %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_actions.py" line="24"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/commands/visit_commands.py" line="32"/>
        <source>Edit visit details %1</source>
        <translation>Изменение сведений о визите %1</translation>
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
        <translation>Планировщик визитов делегаций</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Create a visit with File ▸ New visit (Ctrl+N), or pick one on the left.</source>
        <translation>Создайте визит: Файл ▸ Новый визит (Ctrl+N), или выберите визит слева.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>%1 — times in %2</source>
        <translation>%1 — время %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>No visit open</source>
        <translation>Визит не открыт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>conflict check not available</source>
        <translation>проверка конфликтов недоступна</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>%1 conflicts</source>
        <translation>конфликтов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>no conflicts</source>
        <translation>конфликтов нет</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>%1 — %2 — programme version %3</source>
        <translation>%1 — %2 — программа, версия %3</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="46"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="47"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="48"/>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="49"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="51"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="52"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="53"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="54"/>
        <source>Pinned</source>
        <translation>Закреплено</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="55"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="100"/>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="101"/>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="106"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="108"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="109"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="194"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="195"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="196"/>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="197"/>
        <source>Usual length</source>
        <translation>Обычная длительность</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="200"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="201"/>
        <source>Items in visit</source>
        <translation>Пунктов в визите</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="214"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="222"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="223"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="225"/>
        <source>Outcomes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="235"/>
        <source>No record yet: the first format, agenda, minutes or outcome you enter starts it.</source>
        <translation>Запись о встрече ещё не заведена: она появится при первом вводе формата, повестки, протокола или итога.</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="241"/>
        <source>Task</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="242"/>
        <source>Owner</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="243"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="244"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="251"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="252"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="253"/>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="255"/>
        <source>Term</source>
        <translation>Срок действия</translation>
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
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="271"/>
        <source>Plate</source>
        <translation>Госномер</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="272"/>
        <source>Driver</source>
        <translation>Водитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="273"/>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_models.py" line="274"/>
        <source>Passengers (whole visit)</source>
        <translation>Пассажиры (весь визит)</translation>
    </message>
    <message>
        <location filename="../../ui/models/value_labels.py" line="37"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/models/value_labels.py" line="44"/>
        <source>%1 hour|%1 hours</source>
        <translation>%1 час|%1 часа|%1 часов</translation>
    </message>
    <message>
        <location filename="../../ui/models/value_labels.py" line="46"/>
        <source>%1 minute|%1 minutes</source>
        <translation>%1 минута|%1 минуты|%1 минут</translation>
    </message>
    <message>
        <location filename="../../ui/models/value_labels.py" line="59"/>
        <source>These opening hours cannot be read from “%1” on. Write them like: %2</source>
        <translation>Не удаётся прочитать часы работы начиная с «%1». Пишите так: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/value_labels.py" line="60"/>
        <source>These opening hours cannot be read. Write them like: %1</source>
        <translation>Не удаётся прочитать часы работы. Пишите так: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_list_model.py" line="20"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_list_model.py" line="25"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_list_model.py" line="26"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="182"/>
        <source>... and %1 more problems</source>
        <translation>... и ещё проблем: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="327"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="328"/>
        <source>Reload the visit now to see the saved version?</source>
        <translation>Загрузить визит заново, чтобы увидеть сохранённую версию?</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="349"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="41"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="42"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="43"/>
        <source>Programme item</source>
        <translation>Пункт программы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="45"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="46"/>
        <source>Action item</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="47"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="48"/>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="49"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="51"/>
        <source>Seat in a vehicle</source>
        <translation>Место в машине</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="52"/>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="53"/>
        <source>Site to place</source>
        <translation>Объект к размещению</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="54"/>
        <source>Day of the visit</source>
        <translation>День визита</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="55"/>
        <source>Travel time</source>
        <translation>Время в пути</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="60"/>
        <source>Title in other languages</source>
        <translation>Название на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="61"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="62"/>
        <source>Name in other languages</source>
        <translation>Имя на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="63"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="67"/>
        <source>Protocol rank</source>
        <translation>Протокольный ранг</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="68"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="69"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="72"/>
        <source>Dietary needs</source>
        <translation>Питание</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="73"/>
        <source>Access needs</source>
        <translation>Доступная среда</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="74"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="75"/>
        <source>Notes in other languages</source>
        <translation>Примечания на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="80"/>
        <source>Responsible host</source>
        <translation>Ответственный от принимающей стороны</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="82"/>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="83"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="84"/>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="86"/>
        <source>Members</source>
        <translation>Участники группы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="88"/>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="89"/>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="90"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="91"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="95"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="98"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="99"/>
        <source>Partner region</source>
        <translation>Регион-партнёр</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="100"/>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="102"/>
        <source>Term from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="103"/>
        <source>Term until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="104"/>
        <source>Copies</source>
        <translation>Экземпляров</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="105"/>
        <source>Scan (file)</source>
        <translation>Скан (файл)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="106"/>
        <source>Label</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="107"/>
        <source>Label in other languages</source>
        <translation>Обозначение на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="110"/>
        <source>Driver in other languages</source>
        <translation>Водитель на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="111"/>
        <source>Driver's phone</source>
        <translation>Телефон водителя</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="113"/>
        <source>Place in the motorcade</source>
        <translation>Место в кортеже</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="116"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="117"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="119"/>
        <source>Usual visit (minutes)</source>
        <translation>Обычное посещение (минут)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="120"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="121"/>
        <source>Contact phone</source>
        <translation>Телефон контакта</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="122"/>
        <source>Contact e-mail</source>
        <translation>Эл. почта контакта</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="123"/>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="124"/>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="125"/>
        <source>Host region</source>
        <translation>Принимающий регион</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="126"/>
        <source>Host organisation</source>
        <translation>Принимающая организация</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="127"/>
        <source>Host time zone</source>
        <translation>Часовой пояс принимающей стороны</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="128"/>
        <source>Guests' time zone</source>
        <translation>Часовой пояс гостей</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="129"/>
        <source>Purpose</source>
        <translation>Цель визита</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="130"/>
        <source>Purpose in other languages</source>
        <translation>Цель визита на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="131"/>
        <source>Topic in other languages</source>
        <translation>Тема на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="132"/>
        <source>Task in other languages</source>
        <translation>Поручение на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="133"/>
        <source>Place in other languages</source>
        <translation>Место на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="134"/>
        <source>Partner region in other languages</source>
        <translation>Регион-партнёр на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="135"/>
        <source>Parties in other languages</source>
        <translation>Стороны на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="136"/>
        <source>Party in other languages</source>
        <translation>Сторона на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="137"/>
        <source>Area in other languages</source>
        <translation>Направление на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="138"/>
        <source>Responsible in other languages</source>
        <translation>Ответственные на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="139"/>
        <source>Agenda in other languages</source>
        <translation>Повестка на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="140"/>
        <source>Minutes in other languages</source>
        <translation>Протокол на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="141"/>
        <source>Owner in other languages</source>
        <translation>Исполнитель на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="142"/>
        <source>Working day starts</source>
        <translation>Начало рабочего дня</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="143"/>
        <source>Working day ends</source>
        <translation>Конец рабочего дня</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="144"/>
        <source>Length (minutes)</source>
        <translation>Длительность (минуты)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="145"/>
        <source>Area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="146"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="147"/>
        <source>Arrives by</source>
        <translation>Как прибывает</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="148"/>
        <source>Arrival flight or train</source>
        <translation>Рейс или поезд прибытия</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="149"/>
        <source>Met by</source>
        <translation>Встречает</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="151"/>
        <source>Leaves by</source>
        <translation>Как убывает</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="152"/>
        <source>Departure flight or train</source>
        <translation>Рейс или поезд убытия</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="153"/>
        <source>Seen off by</source>
        <translation>Провожает</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="156"/>
        <source>Address in other languages</source>
        <translation>Адрес на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="157"/>
        <source>Category in other languages</source>
        <translation>Категория на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="159"/>
        <source>Organisation in other languages</source>
        <translation>Организация на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="160"/>
        <source>Text in other languages</source>
        <translation>Текст на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="161"/>
        <source>Host region in other languages</source>
        <translation>Принимающий регион на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="162"/>
        <source>Host organisation in other languages</source>
        <translation>Принимающая организация на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="163"/>
        <source>Arrives by, in other languages</source>
        <translation>Способ прибытия на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="164"/>
        <source>Home country</source>
        <translation>Страна делегации</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="165"/>
        <source>Home region</source>
        <translation>Регион делегации</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="166"/>
        <source>Home region in other languages</source>
        <translation>Регион делегации на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="168"/>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="169"/>
        <source>Arrival place</source>
        <translation>Место прибытия</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="170"/>
        <source>Departure</source>
        <translation>Отъезд</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="171"/>
        <source>Departure place</source>
        <translation>Место отъезда</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="172"/>
        <source>Planned times on a grid of</source>
        <translation>Шаг времени в плане</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="173"/>
        <source>Time to board, added to every drive</source>
        <translation>Время на посадку к каждому переезду</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="174"/>
        <source>More time to board for a party above</source>
        <translation>Больше времени на посадку для группы больше</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="175"/>
        <source>Extra time to board for such a party</source>
        <translation>Дополнительное время на посадку для такой группы</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="176"/>
        <source>Lunch from</source>
        <translation>Обед с</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="177"/>
        <source>Lunch until</source>
        <translation>Обед до</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="178"/>
        <source>Lunch (minutes)</source>
        <translation>Обед (мин)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="179"/>
        <source>Lunch restaurant</source>
        <translation>Ресторан для обеда</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="180"/>
        <source>Dinner from</source>
        <translation>Ужин с</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="181"/>
        <source>Dinner until</source>
        <translation>Ужин до</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="182"/>
        <source>Dinner (minutes)</source>
        <translation>Ужин (мин)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="183"/>
        <source>Dinner restaurant</source>
        <translation>Ресторан для ужина</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="184"/>
        <source>Average speed</source>
        <translation>Средняя скорость</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="185"/>
        <source>Road factor</source>
        <translation>Коэффициент дорог</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="187"/>
        <source>Day starts</source>
        <translation>Начало дня</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="188"/>
        <source>Day ends</source>
        <translation>Конец дня</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="189"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="190"/>
        <source>From site</source>
        <translation>От объекта</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="191"/>
        <source>To site</source>
        <translation>До объекта</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="192"/>
        <source>Cue</source>
        <translation>Сигнал к началу</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="193"/>
        <source>Staging notes</source>
        <translation>Подготовка и размещение</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="194"/>
        <source>Officer in charge</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="195"/>
        <source>Officer's phone</source>
        <translation>Телефон ответственного</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="196"/>
        <source>Planned length (minutes)</source>
        <translation>Плановая продолжительность (мин)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="197"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="198"/>
        <source>Given / received</source>
        <translation>Вручён / получен</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="199"/>
        <source>Given by (participant)</source>
        <translation>От кого (участник)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="200"/>
        <source>Given by (other)</source>
        <translation>От кого (другое лицо)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="201"/>
        <source>Given to (participant)</source>
        <translation>Кому (участник)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="202"/>
        <source>Given to (other)</source>
        <translation>Кому (другое лицо)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="203"/>
        <source>Estimated value</source>
        <translation>Оценочная стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="204"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="213"/>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="214"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="215"/>
        <source>Table layout</source>
        <translation>Расстановка столов</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="216"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="217"/>
        <source>Seat</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="243"/>
        <source>(private)</source>
        <translation>(скрыто)</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="252"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="252"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="292"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="294"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="298"/>
        <source>added %1</source>
        <translation>добавлены: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="299"/>
        <source>removed %1</source>
        <translation>убраны: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="301"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="316"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="318"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="319"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="342"/>
        <source>No changes recorded for this visit yet.</source>
        <translation>Изменений по этому визиту пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="347"/>
        <source>Show private details</source>
        <translation>Показать личные данные</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="348"/>
        <source>E-mail, phone, dietary and access needs of participants</source>
        <translation>Эл. почта, телефон, питание и особые потребности участников</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="353"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="354"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="401"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../ui/views/change_log_view.py" line="406"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="62"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="66"/>
        <source>Add commitment</source>
        <translation>Добавить обязательство</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="86"/>
        <source>Add document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="87"/>
        <source>Edit document</source>
        <translation>Изменить документ</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="88"/>
        <source>Delete document</source>
        <translation>Удалить документ</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="90"/>
        <source>Signatories…</source>
        <translation>Подписанты…</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="91"/>
        <source>Attach scan…</source>
        <translation>Прикрепить скан…</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="92"/>
        <source>Open scan</source>
        <translation>Открыть скан</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="94"/>
        <source>Gifts…</source>
        <translation>Подарки…</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="126"/>
        <source>No document selected</source>
        <translation>Документ не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="128"/>
        <source>Parties: %1</source>
        <translation>Стороны: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="130"/>
        <source>Signed: %1 %2</source>
        <translation>Подписан: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="139"/>
        <source>Scan: %1</source>
        <translation>Скан: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="153"/>
        <source>Signatories</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="155"/>
        <source>One per line: name; title; party</source>
        <translation>По одному в строке: имя; должность; сторона</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="170"/>
        <source>One per line: title; party</source>
        <translation>По одному в строке: должность; сторона</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="198"/>
        <source>%1: %2 lines for %3 signatories; give one line per signatory</source>
        <translation>%1: %2 строк(и) на %3 подписанта(ов); дайте по одной строке на каждого подписанта</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="226"/>
        <source>Attach scan</source>
        <translation>Прикрепить скан</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="226"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Сканы (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/documents_page.py" line="237"/>
        <source>The scan %1 does not exist any more.</source>
        <translation>Файл скана %1 больше не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="57"/>
        <source>Edit participant</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="57"/>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="69"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="80"/>
        <source>Role in the visit</source>
        <translation>Роль в визите</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="83"/>
        <source>last</source>
        <translation>последний</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="157"/>
        <source>Edit site</source>
        <translation>Изменить объект</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="157"/>
        <source>New site</source>
        <translation>Новый объект</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="160"/>
        <source>Site name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="201"/>
        <source>this is not a number</source>
        <translation>это не число</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="234"/>
        <source>New outcome</source>
        <translation>Новый итог</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="236"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="263"/>
        <source>New action item</source>
        <translation>Новое поручение</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="269"/>
        <source>Follows from the outcome</source>
        <translation>По итогу</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="271"/>
        <source>(choose an outcome)</source>
        <translation>(выберите итог)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="281"/>
        <source>(someone else)</source>
        <translation>(другой исполнитель)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="286"/>
        <source>Owner (if not a participant)</source>
        <translation>Исполнитель (если не участник)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="325"/>
        <source>Choose the outcome this task follows from</source>
        <translation>Выберите итог, из которого следует поручение</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="336"/>
        <source>Agenda and minutes in other languages</source>
        <translation>Повестка и протокол на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="338"/>
        <source>Agenda (one point per line)</source>
        <translation>Повестка (по вопросу в строке)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="368"/>
        <source>New document</source>
        <translation>Новый документ</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="380"/>
        <source>Parties (one per line)</source>
        <translation>Стороны (по одной в строке)</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="443"/>
        <source>Edit vehicle</source>
        <translation>Изменить транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/views/editors.py" line="443"/>
        <source>New vehicle</source>
        <translation>Новый транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="28"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="30"/>
        <source>%1 file</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="30"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="38"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="39"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="39"/>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="40"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="41"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="41"/>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <location filename="../../ui/views/file_dialogs.py" line="41"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="58"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="72"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="110"/>
        <source>every partner</source>
        <translation>все партнёры</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="112"/>
        <source>anyone</source>
        <translation>любой</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="114"/>
        <source>Show done and cancelled</source>
        <translation>Показывать выполненные и отменённые</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="119"/>
        <source>Set status</source>
        <translation>Установить статус</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="120"/>
        <source>Give the selected action item or commitment this status</source>
        <translation>Присвоить выбранному поручению или обязательству этот статус</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="121"/>
        <source>Print report…</source>
        <translation>Напечатать отчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="126"/>
        <source>Due before</source>
        <translation>Срок до</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="133"/>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="177"/>
        <source>%1 shown, %2 overdue</source>
        <translation>Показано: %1, просрочено: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="179"/>
        <source>Nothing to follow up with these filters.</source>
        <translation>По этим условиям контролировать нечего.</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="212"/>
        <source>Save follow-up report</source>
        <translation>Сохранить отчёт о контроле исполнения</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="212"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="230"/>
        <source>Follow-up report</source>
        <translation>Отчёт о контроле исполнения</translation>
    </message>
    <message>
        <location filename="../../ui/views/follow_up_page.py" line="237"/>
        <source>Follow-up</source>
        <translation>Контроль исполнения</translation>
    </message>
    <message>
        <location filename="../../ui/views/forms.py" line="287"/>
        <source>Type the date as DD.MM.YYYY: 20.06.2023</source>
        <translation>Введите дату в виде ДД.ММ.ГГГГ: 20.06.2023</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="43"/>
        <source>Given by</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="44"/>
        <source>Given to</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="45"/>
        <source>Gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="47"/>
        <source>At item</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="62"/>
        <source>Edit gift</source>
        <translation>Изменить подарок</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="62"/>
        <source>New gift</source>
        <translation>Новый подарок</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="72"/>
        <source>(someone else: type the name)</source>
        <translation>(другое лицо: введите имя)</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="73"/>
        <source>guest</source>
        <translation>гость</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="73"/>
        <source>host</source>
        <translation>принимающая сторона</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="88"/>
        <source>not estimated</source>
        <translation>не оценён</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="94"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="138"/>
        <source>Add gift</source>
        <translation>Добавить подарок</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="140"/>
        <source>Delete gift</source>
        <translation>Удалить подарок</translation>
    </message>
    <message>
        <location filename="../../ui/views/gifts_page.py" line="180"/>
        <source>Gifts register</source>
        <translation>Реестр подарков</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="48"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="51"/>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="73"/>
        <source>New group…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="74"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="75"/>
        <source>Arrival and departure…</source>
        <translation>Прибытие и отъезд…</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="76"/>
        <source>Delete group</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="119"/>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="119"/>
        <source>Name of the group:</source>
        <translation>Название группы:</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="129"/>
        <source>Rename group</source>
        <translation>Переименовать группу</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="134"/>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="159"/>
        <source>Group '%1' has members: %2; items: %3.</source>
        <translation>В группе «%1» участников: %2; пунктов программы: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups_page.py" line="166"/>
        <source>Delete the group? The people and items stay in the visit; only their link to it goes.</source>
        <translation>Удалить группу? Участники и пункты программы останутся в визите; удаляется только их связь с группой.</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="54"/>
        <source>Import %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="59"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="59"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="59"/>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="66"/>
        <source>Import all</source>
        <translation>Импортировать всё</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="68"/>
        <source>Import valid rows only</source>
        <translation>Только строки без ошибок</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="95"/>
        <source>This file cannot be imported:</source>
        <translation>Этот файл нельзя импортировать:</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="105"/>
        <source>%1 rows: %2 new, %3 already known (will be updated), %4 with problems.</source>
        <translation>Строк: %1; новых: %2; уже известных (будут обновлены): %3; с ошибками: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="112"/>
        <source>Columns read: %1</source>
        <translation>Прочитаны столбцы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="115"/>
        <source>Columns ignored: %1</source>
        <translation>Пропущены столбцы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="118"/>
        <source>Warnings (these rows are imported all the same):</source>
        <translation>Предупреждения (эти строки всё равно будут импортированы):</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="121"/>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="121"/>
        <source>matched</source>
        <translation>найдена</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_preview_dialog.py" line="121"/>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="71"/>
        <source>Edit item</source>
        <translation>Изменить пункт</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="71"/>
        <source>New item</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="86"/>
        <source>Starts (host time)</source>
        <translation>Начало (местное время)</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="98"/>
        <source>Ends (host time)</source>
        <translation>Окончание (местное время)</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="130"/>
        <source>Place (if no site)</source>
        <translation>Место (если не объект)</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="144"/>
        <source>fixed time, planning must not move it</source>
        <translation>время зафиксировано, планирование его не сдвигает</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="147"/>
        <source>planning must not drop it</source>
        <translation>планирование не может его исключить</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="202"/>
        <source>Find a person…</source>
        <translation>Найти участника…</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="205"/>
        <source>Tick shown</source>
        <translation>Отметить показанных</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="205"/>
        <source>Clear shown</source>
        <translation>Снять показанных</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="240"/>
        <source>The end moved with the start, keeping the length</source>
        <translation>Окончание сдвинулось вместе с началом, длительность сохранена</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="257"/>
        <source>%1 (was %2).</source>
        <translation>%1 (было %2).</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="274"/>
        <source>the end is not after the start</source>
        <translation>окончание должно быть позже начала</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="277"/>
        <source>length %1</source>
        <translation>длительность %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="295"/>
        <source>The end is set by the site's usual length, %1</source>
        <translation>Окончание задано обычной длительностью объекта, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/item_dialog.py" line="315"/>
        <source>Attending: %1 of %2</source>
        <translation>Участвуют: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="104"/>
        <source>Conflicts: checking…</source>
        <translation>Конфликты: идёт проверка…</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="108"/>
        <source>Conflicts: %1 (%2 errors)</source>
        <translation>Конфликты: %1 (ошибок: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="108"/>
        <source>No conflicts</source>
        <translation>Конфликтов нет</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="170"/>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="189"/>
        <source>Add item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="189"/>
        <source>Add an item to the programme</source>
        <translation>Добавить пункт в программу</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="192"/>
        <source>Delete item</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="193"/>
        <source>5 min earlier</source>
        <translation>На 5 мин раньше</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="194"/>
        <source>5 min later</source>
        <translation>На 5 мин позже</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="195"/>
        <source>Zoom in</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="196"/>
        <source>Zoom out</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="197"/>
        <source>Guest time</source>
        <translation>Время гостей</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="199"/>
        <source>Groups…</source>
        <translation>Группы…</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="201"/>
        <source>Assign to group…</source>
        <translation>Назначить группе…</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="201"/>
        <source>Give the selected items to one group</source>
        <translation>Отдать выбранные пункты одной группе</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="234"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="291"/>
        <source>Group: %1</source>
        <translation>Группа: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="541"/>
        <source>Groups of %1</source>
        <translation>Группы пункта %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="555"/>
        <source>(no group: the whole delegation)</source>
        <translation>(без группы: вся делегация)</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="557"/>
        <source>Assign to group</source>
        <translation>Назначить группе</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="557"/>
        <source>Group of the selected items:</source>
        <translation>Группа выбранных пунктов:</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="563"/>
        <source>Assign items to %1</source>
        <translation>Назначить пункты: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="572"/>
        <source>Delete %1 items</source>
        <translation>Удаление пунктов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="589"/>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="592"/>
        <source>Delete pinned items</source>
        <translation>Удаление закреплённых пунктов</translation>
    </message>
    <message>
        <location filename="../../ui/views/itinerary_page.py" line="593"/>
        <source>These items are pinned to a fixed time:
%1

Delete them anyway?</source>
        <translation>Эти пункты закреплены за определённым временем:
%1

Всё равно удалить?</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="164"/>
        <source>starts in %1 min</source>
        <translation>начнётся через %1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="165"/>
        <source>starts in %1 h</source>
        <translation>начнётся через %1 ч</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="166"/>
        <source>starts in %1 h %2 min</source>
        <translation>начнётся через %1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="167"/>
        <source>starts tomorrow at %1</source>
        <translation>начнётся завтра в %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="168"/>
        <source>starts on %1 at %2</source>
        <translation>начнётся %1 в %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="171"/>
        <source>ends in %1 min</source>
        <translation>закончится через %1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="172"/>
        <source>ends in %1 h</source>
        <translation>закончится через %1 ч</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="173"/>
        <source>ends in %1 h %2 min</source>
        <translation>закончится через %1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="174"/>
        <source>ends tomorrow at %1</source>
        <translation>закончится завтра в %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="175"/>
        <source>ends on %1 at %2</source>
        <translation>закончится %1 в %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="180"/>
        <source>not started yet — first item in %1 min</source>
        <translation>ещё не началось — первый пункт через %1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="181"/>
        <source>not started yet — first item in %1 h</source>
        <translation>ещё не началось — первый пункт через %1 ч</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="182"/>
        <source>not started yet — first item in %1 h %2 min</source>
        <translation>ещё не началось — первый пункт через %1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="183"/>
        <source>not started yet — first item tomorrow at %1</source>
        <translation>ещё не началось — первый пункт завтра в %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="184"/>
        <source>not started yet — first item on %1 at %2</source>
        <translation>ещё не началось — первый пункт %1 в %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="193"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="193"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="365"/>
        <source>the day's programme is over</source>
        <translation>программа дня завершена</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="367"/>
        <source>nothing planned today</source>
        <translation>на сегодня ничего не запланировано</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="369"/>
        <source>%1 behind</source>
        <translation>отставание %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="371"/>
        <source>%1 ahead</source>
        <translation>опережение %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="373"/>
        <source>on time</source>
        <translation>по графику</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="377"/>
        <source>Now:</source>
        <translation>Сейчас:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="377"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="386"/>
        <source>Next:</source>
        <translation>Далее:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="386"/>
        <source>nothing more today</source>
        <translation>на сегодня всё</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="394"/>
        <source>Running late by %1 min</source>
        <translation>Задержка на %1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="505"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="511"/>
        <source>Delay:</source>
        <translation>Задержка:</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="578"/>
        <source>Shift a pinned item in the way when its attendees are free</source>
        <translation>Сдвигать мешающий зафиксированный пункт, если его участники свободны</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="585"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="585"/>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="585"/>
        <source>Proposed</source>
        <translation>Предлагается</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="586"/>
        <source>What changes for them</source>
        <translation>Что меняется для них</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="587"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="592"/>
        <source>Discard</source>
        <translation>Отказаться</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="605"/>
        <source>Who is affected</source>
        <translation>Кого это касается</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="667"/>
        <source>Today — %1</source>
        <translation>Сегодня — %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="712"/>
        <source>Day %1 of %2, %3</source>
        <translation>День %1 из %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="714"/>
        <source>the visit is not under way today</source>
        <translation>сегодня визит не идёт</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="718"/>
        <source>The delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="761"/>
        <source>Updated at %1: the programme changed (version %2), so the proposal was worked out again.</source>
        <translation>Обновлено в %1: программа изменилась (версия %2), поэтому предложение составлено заново.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="773"/>
        <source>Working…</source>
        <translation>Идёт расчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="806"/>
        <source>Planning</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="834"/>
        <source>Proposal withdrawn: “%1” was deleted or moved off today's programme meanwhile.</source>
        <translation>Предложение отозвано: пункт «%1» тем временем удалили из программы на сегодня или перенесли на другой день.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="840"/>
        <source>Proposal withdrawn: “%1” was changed meanwhile and now runs %2; ask again if still late.</source>
        <translation>Предложение отозвано: пункт «%1» тем временем изменили, теперь он идёт %2. Если задержка сохраняется, запросите снова.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="859"/>
        <source>Back to the day</source>
        <translation>Назад к программе дня</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="875"/>
        <source>ends %1 later</source>
        <translation>закончится на %1 позже</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="877"/>
        <source>ends %1 earlier</source>
        <translation>закончится на %1 раньше</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="880"/>
        <source>shortened</source>
        <translation>сокращён</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="884"/>
        <source>%1 later</source>
        <translation>на %1 позже</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="886"/>
        <source>%1 earlier</source>
        <translation>на %1 раньше</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="901"/>
        <source>back to the list</source>
        <translation>возврат в список</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="912"/>
        <source>The engine found nothing to change.</source>
        <translation>Менять нечего.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="914"/>
        <source>%1 item moves.|%1 items move.</source>
        <translation>%1 пункт переносится.|%1 пункта переносятся.|%1 пунктов переносятся.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="917"/>
        <source>%1 item goes back to the list.|%1 items go back to the list.</source>
        <translation>%1 пункт возвращается в список.|%1 пункта возвращаются в список.|%1 пунктов возвращаются в список.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="919"/>
        <source>%1 person is affected.|%1 people are affected.</source>
        <translation>Изменения касаются %1 человека.|Изменения касаются %1 человек.|Изменения касаются %1 человек.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="964"/>
        <source>Applied: %1. Ctrl+Z takes it back.</source>
        <translation>Применено: %1. Отменить — Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="997"/>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="998"/>
        <source>driver</source>
        <translation>водитель</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="999"/>
        <source>host at the site</source>
        <translation>принимающий на объекте</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="1016"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="1018"/>
        <source>no longer theirs</source>
        <translation>больше не в их программе</translation>
    </message>
    <message>
        <location filename="../../ui/views/live_page.py" line="1020"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="113"/>
        <source>One agenda point per line</source>
        <translation>По одному вопросу повестки в строке</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="115"/>
        <source>Minutes of the meeting</source>
        <translation>Протокол встречи</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="127"/>
        <source>Outcome and its action items</source>
        <translation>Итог и поручения по нему</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="139"/>
        <source>Guests</source>
        <translation>Гости</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="140"/>
        <source>Hosts</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="144"/>
        <source>Change attendees…</source>
        <translation>Изменить состав…</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="145"/>
        <source>Seating plan…</source>
        <translation>План рассадки…</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="160"/>
        <source>Agenda and minutes in other languages…</source>
        <translation>Повестка и протокол на других языках…</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="162"/>
        <source>Outcomes and action items</source>
        <translation>Итоги и поручения</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="168"/>
        <source>Add outcome</source>
        <translation>Добавить итог</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="175"/>
        <source>Add action item</source>
        <translation>Добавить поручение</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="184"/>
        <source>New meeting…</source>
        <translation>Новая встреча…</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="250"/>
        <source>No meeting selected</source>
        <translation>Встреча не выбрана</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="434"/>
        <source>New meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="437"/>
        <source>Every item of kind meeting is on the list already, by itself.</source>
        <translation>Каждый пункт вида «встреча» уже есть в списке сам по себе.</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="438"/>
        <source>Every other item of the programme has its meeting already.</source>
        <translation>У остальных пунктов программы встреча уже заведена.</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="439"/>
        <source>New meeting… is for talks held during another item (a meal, a site visit).</source>
        <translation>«Новая встреча…» — для переговоров в ходе другого пункта, например обеда или посещения объекта.</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="478"/>
        <source>Attendees of %1</source>
        <translation>Участники: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_page.py" line="559"/>
        <source>Add an outcome first: every action item follows from an outcome of the meeting.</source>
        <translation>Сначала добавьте итог: каждое поручение следует из итога встречи.</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="29"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="30"/>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="31"/>
        <source>confirmed</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="32"/>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="33"/>
        <source>completed</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="35"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="74"/>
        <source>The visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="82"/>
        <source>Time zones</source>
        <translation>Часовые пояса</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="86"/>
        <source>In the plan</source>
        <translation>В программе</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="87"/>
        <source>Travel estimate</source>
        <translation>Оценка времени в пути</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="113"/>
        <source>Follow up with this partner…</source>
        <translation>Контроль исполнения с этим партнёром…</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="179"/>
        <source>host %1, guests %2</source>
        <translation>принимающая сторона %1, гости %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="186"/>
        <source>%1 item|%1 items</source>
        <translation>пунктов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="187"/>
        <source>%1 participant|%1 participants</source>
        <translation>участников: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="188"/>
        <source>%1 meeting|%1 meetings</source>
        <translation>встреч: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="189"/>
        <source>%1 signed document|%1 signed documents</source>
        <translation>подписанных документов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="190"/>
        <source>%1 vehicle|%1 vehicles</source>
        <translation>единиц транспорта: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="194"/>
        <source>%1 km/h on average, road factor %2</source>
        <translation>в среднем %1 км/ч, коэффициент дорог %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="206"/>
        <source>Earlier with %1</source>
        <translation>Ранее с регионом «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="209"/>
        <source>Earlier visits: %1, signed documents: %2; commitments: %3, done %4, open %5, overdue %6</source>
        <translation>Прежних визитов: %1, подписанных документов: %2; обязательств: %3, выполнено: %4, не выполнено: %5, просрочено: %6</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="230"/>
        <source>Open commitments:</source>
        <translation>Невыполненные обязательства:</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="233"/>
        <source>Every commitment is done.</source>
        <translation>Все обязательства выполнены.</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_page.py" line="233"/>
        <source>No commitments recorded.</source>
        <translation>Обязательства не записаны.</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="58"/>
        <source>Find a participant…</source>
        <translation>Найти участника…</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="60"/>
        <source>Add participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="62"/>
        <source>Delete participant</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="63"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="64"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="68"/>
        <source>Add to group…</source>
        <translation>Добавить в группу…</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="69"/>
        <source>Remove from group…</source>
        <translation>Исключить из группы…</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="201"/>
        <source>Add to group</source>
        <translation>Добавить в группу</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="201"/>
        <source>Group (type a new name to make one):</source>
        <translation>Группа (введите новое название, чтобы создать):</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="228"/>
        <source>Remove from group</source>
        <translation>Исключить из группы</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="228"/>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <location filename="../../ui/views/participants_page.py" line="251"/>
        <source>the departure must come after the arrival</source>
        <translation>отъезд должен быть позже прибытия</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="172"/>
        <source>Nothing in the list matches “%1”; choose from the list</source>
        <translation>В списке нет ничего похожего на «%1»; выберите из списка</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="248"/>
        <source>“%1” is not among the sites yet: saving adds it to the Sites.</source>
        <translation>«%1» ещё нет среди объектов: при сохранении он будет добавлен в «Объекты».</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="274"/>
        <source>(no place)</source>
        <translation>(место не указано)</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="339"/>
        <source>arrives</source>
        <translation>прибывает</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="340"/>
        <source>leaves</source>
        <translation>уезжает</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="417"/>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="419"/>
        <source>who meets them</source>
        <translation>кто встречает</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="420"/>
        <source>who sees them off</source>
        <translation>кто провожает</translation>
    </message>
    <message>
        <location filename="../../ui/views/pickers.py" line="427"/>
        <source>flight or train number</source>
        <translation>номер рейса или поезда</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="86"/>
        <source>Automatic planning</source>
        <translation>Автоматическое планирование</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="86"/>
        <source>Repair the plan</source>
        <translation>Исправление программы</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="96"/>
        <source>Allow moves between days</source>
        <translation>Разрешить перенос между днями</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="97"/>
        <source>Let the planner move items to another day; such moves are marked</source>
        <translation>Планировщик сможет переносить пункты на другой день; такие переносы отмечаются</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="103"/>
        <source>A pinned item the overrun runs into starts later, if none of its attendees is busy then</source>
        <translation>Зафиксированный пункт, на который находит задержка, начнётся позже, если никто из его участников в это время не занят</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="110"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="121"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="132"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="133"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="166"/>
        <source>Searching for a better plan…</source>
        <translation>Поиск лучшей программы…</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="231"/>
        <source>moved</source>
        <translation>перенесён</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="233"/>
        <source>moved to another day</source>
        <translation>перенос на другой день</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="263"/>
        <source>placed from the list: %1</source>
        <translation>размещён из списка: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="263"/>
        <source>placed from the list</source>
        <translation>размещён из списка</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="268"/>
        <source>stays on the list</source>
        <translation>остаётся в списке</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="270"/>
        <source>the delegation</source>
        <translation>делегация</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="271"/>
        <source>meal added</source>
        <translation>добавлено питание</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="271"/>
        <source>Meal rule: %1</source>
        <translation>Правило питания: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="280"/>
        <source>Time on the road: %1 min now, %2 min proposed.</source>
        <translation>В пути: сейчас %1 мин, предлагается %2 мин.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="287"/>
        <source>%1 site placed from the list.|%1 sites placed from the list.</source>
        <translation>%1 объект размещён из списка.|%1 объекта размещены из списка.|%1 объектов размещены из списка.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="289"/>
        <source>%1 site stays on the list.|%1 sites stay on the list.</source>
        <translation>%1 объект остаётся в списке.|%1 объекта остаются в списке.|%1 объектов остаются в списке.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="292"/>
        <source>%1 meal added.|%1 meals added.</source>
        <translation>Добавлено приёмов пищи: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="295"/>
        <source>%1 item moves to another day.|%1 items move to another day.</source>
        <translation>%1 пункт переносится на другой день.|%1 пункта переносятся на другой день.|%1 пунктов переносятся на другой день.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="315"/>
        <source>%1 error would remain:|%1 errors would remain:</source>
        <translation>Останется %1 ошибка:|Останутся %1 ошибки:|Останется %1 ошибок:</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="319"/>
        <source>Accept records the overrun with this left to resolve.</source>
        <translation>«Принять» запишет задержку, а это останется решить.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="322"/>
        <source>A plan that leaves errors cannot be accepted.</source>
        <translation>План, после которого остаются ошибки, принять нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="343"/>
        <source>cannot be placed</source>
        <translation>не размещается</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="343"/>
        <source>left out</source>
        <translation>не вошёл</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="351"/>
        <source>%1 required sites do not fit; nothing was changed.</source>
        <translation>Обязательные объекты не помещаются: %1; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="358"/>
        <source>Why the required sites do not fit</source>
        <translation>Почему обязательные объекты не помещаются</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="414"/>
        <source>Accept automatic plan</source>
        <translation>Принятие автоматической программы</translation>
    </message>
    <message>
        <location filename="../../ui/views/planning_dialog.py" line="414"/>
        <source>Accept repair</source>
        <translation>Принятие исправлений</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="27"/>
        <source>By side (guests, hosts)</source>
        <translation>По стороне (гости, принимающая сторона)</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="27"/>
        <source>By role</source>
        <translation>По роли</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="52"/>
        <source>Each name printed in this language too, under the first</source>
        <translation>Каждое имя печатается и на этом языке, под первым</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="53"/>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="55"/>
        <source>A QR code with the participant's key, for the desk that scans arrivals</source>
        <translation>QR-код с ключом участника — для стойки, где отмечают прибывающих</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="60"/>
        <source>What the colour band at the top of each badge shows</source>
        <translation>Что показывает цветная полоса вверху бейджа</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="61"/>
        <source>All sites</source>
        <translation>Все объекты</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="63"/>
        <source>One sheet for each site the programme uses, or the sheet of one site</source>
        <translation>Памятка для каждого объекта программы или для одного объекта</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="75"/>
        <source>Second language</source>
        <translation>Второй язык</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_options.py" line="76"/>
        <source>Colour band</source>
        <translation>Цветная полоса</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="62"/>
        <source>Programme of the visit</source>
        <translation>Программа пребывания</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="63"/>
        <source>Daily agenda</source>
        <translation>Распорядок дня</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="64"/>
        <source>Personal itinerary</source>
        <translation>Личная программа</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="65"/>
        <source>Transport plan</source>
        <translation>План транспортного обеспечения</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="66"/>
        <source>Delegation list</source>
        <translation>Список делегации</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="67"/>
        <source>Meeting minutes</source>
        <translation>Протокол встречи</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="68"/>
        <source>Signed-documents summary</source>
        <translation>Сводка подписанных документов</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="69"/>
        <source>Seating plan</source>
        <translation>План рассадки</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="70"/>
        <source>Run of show</source>
        <translation>Сценарий проведения визита</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="72"/>
        <source>Site briefing sheets</source>
        <translation>Памятки для объектов</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="73"/>
        <source>Place cards</source>
        <translation>Карточки рассадки</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="74"/>
        <source>Badges</source>
        <translation>Бейджи</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="75"/>
        <source>Car placards</source>
        <translation>Таблички на автомобили</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="76"/>
        <source>Motorcade manifest</source>
        <translation>Состав кортежа</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="77"/>
        <source>Arrivals and departures</source>
        <translation>Прибытие и убытие</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="106"/>
        <source>Landscape</source>
        <translation>Альбомная ориентация</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="111"/>
        <source>Guests' time</source>
        <translation>Время гостей</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="112"/>
        <source>Give each item's time in the guests' time zone too</source>
        <translation>Указывать время каждого пункта и по часовому поясу гостей</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="122"/>
        <source>Missing translations…</source>
        <translation>Названия без перевода…</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="130"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="131"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="132"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="133"/>
        <source>All personal itineraries…</source>
        <translation>Все личные программы…</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="152"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="156"/>
        <source>Meeting or meal</source>
        <translation>Встреча или приём пищи</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="207"/>
        <source>All days</source>
        <translation>Все дни</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="210"/>
        <source>Day %1 (%2)</source>
        <translation>День %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="275"/>
        <source>%1 name prints as typed, untranslated.|%1 names print as typed, untranslated.</source>
        <translation>%1 название печатается как введено, без перевода.|%1 названия печатаются как введены, без перевода.|%1 названий печатаются как введены, без перевода.</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="365"/>
        <source>%1 page, %2 KB|%1 pages, %2 KB</source>
        <translation>%1 страница, %2 КБ|%1 страницы, %2 КБ|%1 страниц, %2 КБ</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="384"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="384"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="408"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="416"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="423"/>
        <source>Folder for the itineraries</source>
        <translation>Папка для личных программ</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="437"/>
        <source>Itinerary of %1</source>
        <translation>Личная программа: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="450"/>
        <source>%1 itinerary saved in %2|%1 itineraries saved in %2</source>
        <translation>Сохранена %1 личная программа, папка %2|Сохранены %1 личные программы, папка %2|Сохранено %1 личных программ, папка %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/print_page.py" line="453"/>
        <source>Printing personal itineraries</source>
        <translation>Печать личных программ</translation>
    </message>
    <message>
        <location filename="../../ui/views/run_of_show_section.py" line="30"/>
        <source>Run of show (internal)</source>
        <translation>Сценарий проведения (служебное)</translation>
    </message>
    <message>
        <location filename="../../ui/views/run_of_show_section.py" line="38"/>
        <source>e.g. when the governor's car enters the gate</source>
        <translation>например: когда машина губернатора въезжает в ворота</translation>
    </message>
    <message>
        <location filename="../../ui/views/run_of_show_section.py" line="41"/>
        <source>if not a participant</source>
        <translation>если это не участник визита</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="83"/>
        <source>(free)</source>
        <translation>(свободно)</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="149"/>
        <source>Talks: rectangular table</source>
        <translation>Переговоры: прямоугольный стол</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="150"/>
        <source>Banquet: round tables</source>
        <translation>Банкет: круглые столы</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="154"/>
        <source> seats per table</source>
        <translation> мест за столом</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="156"/>
        <source>Propose seating</source>
        <translation>Предложить рассадку</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="158"/>
        <source>A3 paper</source>
        <translation>Формат A3</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="220"/>
        <source>This visit has no meetings or meals to seat.</source>
        <translation>В этом визите нет встреч и приёмов пищи для рассадки.</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="225"/>
        <source>No seating yet: choose the table and press “Propose seating”.</source>
        <translation>Рассадки ещё нет: выберите стол и нажмите «Предложить рассадку».</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="234"/>
        <source>Drag a name onto another seat to swap the two; Undo takes a swap back.</source>
        <translation>Перетащите имя на другое место, чтобы поменять двоих местами; «Отменить» возвращает обмен.</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="236"/>
        <source>%1 attendee has no seat.|%1 attendees have no seat.</source>
        <translation>%1 участник без места.|%1 участника без места.|%1 участников без места.</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="266"/>
        <source>Host side</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="266"/>
        <source>Guest side</source>
        <translation>Гостевая сторона</translation>
    </message>
    <message>
        <location filename="../../ui/views/seating_page.py" line="294"/>
        <source>Table %1</source>
        <translation>Стол %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="63"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="67"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="84"/>
        <source> km/h</source>
        <translation> км/ч</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="97"/>
        <source>Printed documents</source>
        <translation>Печатные документы</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="100"/>
        <source>Emblem (PNG or JPEG)</source>
        <translation>Герб (PNG или JPEG)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="101"/>
        <source>Default language</source>
        <translation>Язык по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="102"/>
        <source>Travel time estimate (this visit)</source>
        <translation>Оценка времени в пути (этот визит)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="109"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="116"/>
        <source>Open another…</source>
        <translation>Открыть другую…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="117"/>
        <source>Create new…</source>
        <translation>Создать новую…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="118"/>
        <source>Back up now</source>
        <translation>Сделать резервную копию</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="126"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="129"/>
        <source>Keep daily backups for</source>
        <translation>Хранить ежедневные копии</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="132"/>
        <source>as colleagues should read it in the change log</source>
        <translation>как его прочтут коллеги в журнале изменений</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="133"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="136"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="159"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="160"/>
        <source> people</source>
        <translation> чел.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="162"/>
        <source>Planning rules (this visit)</source>
        <translation>Правила планирования (этот визит)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="172"/>
        <source>Lunch for every group, between</source>
        <translation>Обед для каждой группы, между</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="173"/>
        <source>Dinner for every group, between</source>
        <translation>Ужин для каждой группы, между</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="180"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="185"/>
        <source>for</source>
        <translation>на</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="190"/>
        <source>wherever the group is (a break)</source>
        <translation>там, где группа (перерыв)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="193"/>
        <source>Lunch at</source>
        <translation>Место обеда</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="193"/>
        <source>Dinner at</source>
        <translation>Место ужина</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="205"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="230"/>
        <source>Emblem</source>
        <translation>Герб</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="230"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sites_page.py" line="30"/>
        <source>Find a site…</source>
        <translation>Найти объект…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sites_page.py" line="36"/>
        <source>Add site</source>
        <translation>Добавить объект</translation>
    </message>
    <message>
        <location filename="../../ui/views/sites_page.py" line="38"/>
        <source>Delete site</source>
        <translation>Удалить объект</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="115"/>
        <source>Together</source>
        <translation>Вместе</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="358"/>
        <source>Groups: %1</source>
        <translation>Группы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="361"/>
        <source>Guest time: %1</source>
        <translation>Время гостей: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="397"/>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="397"/>
        <source>selected</source>
        <translation>выбран</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline.py" line="402"/>
        <source>pinned</source>
        <translation>закреплён</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="180"/>
        <source>guests</source>
        <translation>гости</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="234"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="235"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="236"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="237"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="238"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="239"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_painter.py" line="240"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="37"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="37"/>
        <source>priority %1</source>
        <translation>приоритет %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="40"/>
        <source>one of: %1</source>
        <translation>одна из групп: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="50"/>
        <source>Drag onto a day of the timeline to place it</source>
        <translation>Перетащите на день программы, чтобы разместить</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="57"/>
        <source>Sites to place</source>
        <translation>Объекты к размещению</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="96"/>
        <source>Add site to place</source>
        <translation>Добавить объект к размещению</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="98"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="99"/>
        <source>Change the length, required or optional, priority and groups</source>
        <translation>Изменить продолжительность, обязательность, приоритет и группы</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="100"/>
        <source>Remove from the list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="112"/>
        <source>To place: %1</source>
        <translation>К размещению: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="149"/>
        <source>No site matches “%1”; choose one from the list</source>
        <translation>Нет объекта, похожего на «%1»; выберите объект из списка</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="187"/>
        <source>Edit site to place</source>
        <translation>Изменить объект к размещению</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="224"/>
        <source>optional</source>
        <translation>по возможности</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="229"/>
        <source>An optional site of higher priority is placed first</source>
        <translation>Необязательный объект с более высоким приоритетом размещается первым</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="233"/>
        <source>The plan sends one of the ticked groups; none ticked: any group may go</source>
        <translation>План отправит одну из отмеченных групп; если не отмечена ни одна — любую</translation>
    </message>
    <message>
        <location filename="../../ui/views/to_place_panel.py" line="242"/>
        <source>Groups that may go</source>
        <translation>Какие группы могут поехать</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="33"/>
        <source>Visit title</source>
        <translation>Название визита</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="50"/>
        <source>Participant's name</source>
        <translation>ФИО участника</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="51"/>
        <source>Participant's position</source>
        <translation>Должность участника</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="52"/>
        <source>Participant's organisation</source>
        <translation>Организация участника</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="55"/>
        <source>Site address</source>
        <translation>Адрес объекта</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="59"/>
        <source>Agenda point</source>
        <translation>Вопрос повестки</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="61"/>
        <source>Outcome topic</source>
        <translation>Тема итога встречи</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="64"/>
        <source>Task owner</source>
        <translation>Исполнитель поручения</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="65"/>
        <source>Document title</source>
        <translation>Название документа</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="67"/>
        <source>Party to the document</source>
        <translation>Сторона документа</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="68"/>
        <source>Place of signing</source>
        <translation>Место подписания</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="69"/>
        <source>Document notes</source>
        <translation>Примечания к документу</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="70"/>
        <source>Signatory's position</source>
        <translation>Должность подписанта</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="71"/>
        <source>Signed for</source>
        <translation>Подписал от имени</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="77"/>
        <source>Vehicle notes</source>
        <translation>Примечания к транспорту</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="85"/>
        <source>Names of the visit in other languages</source>
        <translation>Названия визита на других языках</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="93"/>
        <source>(not given)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="125"/>
        <source>Whose</source>
        <translation>Чьё</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="125"/>
        <source>Prints as</source>
        <translation>Напечатается как</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="130"/>
        <source>Missing translations</source>
        <translation>Нет перевода</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="150"/>
        <source>Documents in</source>
        <translation>Документы на языке</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="185"/>
        <source>These documents print %1 name untranslated.|These documents print %1 names untranslated.</source>
        <translation>%1 название печатается в этих документах без перевода.|%1 названия печатаются в этих документах без перевода.|%1 названий печатаются в этих документах без перевода.</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_dialogs.py" line="190"/>
        <source>Every name has a text in this language.</source>
        <translation>У каждого названия есть текст на этом языке.</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_field.py" line="180"/>
        <source>Names in other languages…</source>
        <translation>Названия на других языках…</translation>
    </message>
    <message>
        <location filename="../../ui/views/translations_field.py" line="181"/>
        <source>How the names print in Russian, Kazakh and English documents</source>
        <translation>Как названия печатаются в документах на русском, казахском и английском</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="58"/>
        <source>The car's place in the motorcade: its number on the manifest and its placard</source>
        <translation>Место машины в кортеже: её номер в списке кортежа и на табличке</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="65"/>
        <source>Add vehicle</source>
        <translation>Добавить транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="67"/>
        <source>Delete vehicle</source>
        <translation>Удалить транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="72"/>
        <source>Passengers…</source>
        <translation>Пассажиры…</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="116"/>
        <source>Select a vehicle to see its passengers per leg.</source>
        <translation>Выберите транспорт, чтобы увидеть пассажиров по участкам.</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="118"/>
        <source>%1 — passengers per leg</source>
        <translation>%1 — пассажиры по участкам</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="123"/>
        <source>The same passengers for the whole visit.</source>
        <translation>Одни и те же пассажиры на весь визит.</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="131"/>
        <source>Passengers of %1</source>
        <translation>Пассажиры: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="133"/>
        <source>Whole visit</source>
        <translation>Весь визит</translation>
    </message>
    <message>
        <location filename="../../ui/views/transport_page.py" line="179"/>
        <source>Leg</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="217"/>
        <source>known</source>
        <translation>известно</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="262"/>
        <source>Not set here: the programme's item gives %1; tick “known” to set it here.</source>
        <translation>Здесь не указано: пункт программы даёт %1; отметьте «известно», чтобы указать здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="306"/>
        <source>%1 item(s) would fall outside %2–%3: %4. Lengthen the visit, or move or delete them first.</source>
        <translation>Пунктов программы вне дней %2–%3: %1 (%4). Удлините визит или сначала перенесите либо удалите эти пункты.</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="328"/>
        <source>How the delegation travels</source>
        <translation>Как прибывает делегация</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="353"/>
        <source>Visit details</source>
        <translation>Сведения о визите</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="353"/>
        <source>New visit</source>
        <translation>Новый визит</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="381"/>
        <source>Arrival (time, place)</source>
        <translation>Прибытие (время, место)</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="391"/>
        <source>Departure (time, place)</source>
        <translation>Отъезд (время, место)</translation>
    </message>
    <message>
        <location filename="../../ui/views/visit_dialog.py" line="431"/>
        <source>Moving the first day moves all %1 items of the programme by as many days.</source>
        <translation>При переносе первого дня все пункты программы (%1) сдвигаются на столько же дней.</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="40"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="40"/>
        <source>Databases (*.db *.sqlite);;All files (*)</source>
        <translation>Базы данных (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="46"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="46"/>
        <source>Databases (*.db)</source>
        <translation>Базы данных (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="50"/>
        <source>%1 exists already; choose a new name.</source>
        <translation>%1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="71"/>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="71"/>
        <source>Server databases are backed up by their administrator.</source>
        <translation>Резервные копии серверной базы делает её администратор.</translation>
    </message>
    <message>
        <location filename="../../ui/window/database_actions.py" line="79"/>
        <source>The database was copied to %1</source>
        <translation>База данных скопирована в %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="20"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="21"/>
        <source>Sites</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="22"/>
        <source>Itinerary</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="23"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="24"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="25"/>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="49"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="50"/>
        <source>&amp;New visit…</source>
        <translation>&amp;Новый визит…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="51"/>
        <source>&amp;Duplicate visit…</source>
        <translation>&amp;Копировать визит…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="52"/>
        <source>&amp;Archive visit</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="54"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="55"/>
        <source>New data&amp;base…</source>
        <translation>Новая &amp;база данных…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="56"/>
        <source>Back &amp;up database</source>
        <translation>&amp;Резервная копия базы</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="58"/>
        <source>&amp;Import visit file…</source>
        <translation>&amp;Импорт файла визита…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="59"/>
        <source>&amp;Export visit file…</source>
        <translation>&amp;Экспорт файла визита…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="60"/>
        <source>Import pa&amp;rticipants (CSV, XLSX)…</source>
        <translation>Импорт &amp;участников (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="61"/>
        <source>Import si&amp;tes (CSV, XLSX)…</source>
        <translation>Импорт объ&amp;ектов (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="62"/>
        <source>Export programme to &amp;calendar (.ics)…</source>
        <translation>Экспорт программы в кален&amp;дарь (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="64"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="65"/>
        <source>&amp;Settings…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="67"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="69"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="76"/>
        <source>&amp;Find visit</source>
        <translation>&amp;Найти визит</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="78"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="82"/>
        <source>&amp;Today…</source>
        <translation>Се&amp;годня…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="83"/>
        <source>Visit &amp;list</source>
        <translation>&amp;Список визитов</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="88"/>
        <source>Vi&amp;sit</source>
        <translation>В&amp;изит</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="89"/>
        <source>&amp;Check conflicts</source>
        <translation>&amp;Проверить конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="90"/>
        <source>Plan &amp;automatically…</source>
        <translation>&amp;Автоматическое планирование…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="91"/>
        <source>&amp;Repair the plan…</source>
        <translation>&amp;Исправить программу…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="93"/>
        <source>Visit &amp;details…</source>
        <translation>Сведения о &amp;визите…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="94"/>
        <source>&amp;Edit visit title…</source>
        <translation>Изменить &amp;название визита…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="95"/>
        <source>&amp;Groups…</source>
        <translation>&amp;Группы…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="96"/>
        <source>Change &amp;log…</source>
        <translation>&amp;Журнал изменений…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="97"/>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Контроль исполнения…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="99"/>
        <source>&amp;Names in other languages…</source>
        <translation>Названия на д&amp;ругих языках…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="100"/>
        <source>&amp;Missing translations…</source>
        <translation>Названия без перево&amp;да…</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="102"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="105"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="109"/>
        <source>&amp;About Delegation Planner</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="176"/>
        <source>Ins / Enter / Del  add, edit, delete on the current page</source>
        <translation>Ins / Enter / Del  добавить, изменить, удалить на текущей вкладке</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="177"/>
        <source>Alt+Up / Alt+Down  move the selected item 5 minutes, or a participant up and down</source>
        <translation>Alt+Вверх / Alt+Вниз  сдвинуть пункт на 5 минут или участника вверх и вниз</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="178"/>
        <source>Ctrl++ / Ctrl+-  zoom the timeline in and out</source>
        <translation>Ctrl++ / Ctrl+-  увеличить и уменьшить масштаб шкалы</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="179"/>
        <source>Ctrl+G  show the guests' home time</source>
        <translation>Ctrl+G  показать время гостей</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="201"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="208"/>
        <source>About Delegation Planner</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="209"/>
        <source>Delegation Planner: plan, adjust and print the programme of an official delegation visit.</source>
        <translation>Планировщик визитов делегаций: составление, корректировка и печать программы официального визита.</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="14"/>
        <source>Keep the items' clock times in the new zone (10:00 stays 10:00)? No: keep the moments.</source>
        <translation>Сохранить время пунктов по часам нового пояса (10:00 останется 10:00)? «Нет» — сохранить моменты времени.</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="70"/>
        <source>Create visit %1</source>
        <translation>Создание визита %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="78"/>
        <source>Visit created</source>
        <translation>Визит создан</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="147"/>
        <source>Visit details saved; %1 items moved</source>
        <translation>Сведения о визите сохранены; перенесено пунктов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="147"/>
        <source>Visit details saved</source>
        <translation>Сведения о визите сохранены</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="165"/>
        <source>Type the new visit's title.</source>
        <translation>Введите название нового визита.</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="167"/>
        <source>Duplicate visit %1</source>
        <translation>Копирование визита %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="176"/>
        <source>Duplicate visit as a template</source>
        <translation>Копия визита как шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="177"/>
        <source>New title</source>
        <translation>Новое название</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="180"/>
        <source>New first day</source>
        <translation>Новый первый день</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="183"/>
        <source>The copy lasts %1 days; its items move with the first day.</source>
        <translation>Копия длится дней: %1; её пункты сдвигаются вместе с первым днём.</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="191"/>
        <source>Visit duplicated</source>
        <translation>Визит скопирован</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="229"/>
        <source>Select the item that runs long in the itinerary first.</source>
        <translation>Сначала выберите в программе пункт, который затягивается.</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="240"/>
        <source>«%1» ends at %2. It will run longer by (minutes):</source>
        <translation>«%1» заканчивается в %2. Затянется на (минут):</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="252"/>
        <source>Import visit file</source>
        <translation>Импорт файла визита</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="252"/>
        <source>Visit files (*.json)</source>
        <translation>Файлы визита (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="259"/>
        <source>Import visit file %1</source>
        <translation>Импорт файла визита %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="270"/>
        <source>Export visit file</source>
        <translation>Экспорт файла визита</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="281"/>
        <source>Import list</source>
        <translation>Импорт списка</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="281"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="293"/>
        <source>Export calendar</source>
        <translation>Экспорт в календарь</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="293"/>
        <source>Calendars (*.ics)</source>
        <translation>Календари (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="305"/>
        <source>%1 events written to %2</source>
        <translation>Событий записано: %1, файл %2</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_actions.py" line="315"/>
        <source>Change log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_list.py" line="93"/>
        <source>Search visits…</source>
        <translation>Поиск визитов…</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_list.py" line="97"/>
        <source>Current visits</source>
        <translation>Текущие визиты</translation>
    </message>
    <message>
        <location filename="../../ui/window/visit_list.py" line="98"/>
        <source>All visits</source>
        <translation>Все визиты</translation>
    </message>
</context>
</TS>
