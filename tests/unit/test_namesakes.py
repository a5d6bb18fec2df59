"""How namesakes are told apart on paper and on screen: one rule, in planner.domain.namesakes."""

from __future__ import annotations

from planner.domain.namesakes import Namesake, distinguished_names


def test_only_namesakes_get_what_tells_them_apart_position_first_then_organisation() -> None:
    people = [
        Namesake(1, "Бабушкин Игорь", "Губернатор", "Правительство"),
        Namesake(2, "Морозов Андрей", "Заместитель", "Правительство"),
        Namesake(3, "бабушкин  игорь", "Аким", "Акимат"),
        Namesake(4, "Утепова Гульнара", "Директор", "ООО «Бахча»"),
        Namesake(5, "Утепова Гульнара", "Директор", "АО «Волга»"),
        Namesake(6, "Ковалёва Ирина", "", ""),
        Namesake(7, "Ковалева Ирина", "", "Минфин"),
    ]
    assert distinguished_names(people) == {
        1: "Бабушкин Игорь (Губернатор)",
        2: "Морозов Андрей",
        3: "бабушкин  игорь (Аким)",
        4: "Утепова Гульнара (ООО «Бахча»)",
        5: "Утепова Гульнара (АО «Волга»)",
        6: "Ковалёва Ирина",  # nothing to add: the other one carries the difference
        7: "Ковалева Ирина (Минфин)",
    }
    assert list(distinguished_names(people)) == [1, 2, 3, 4, 5, 6, 7]  # in the order given
