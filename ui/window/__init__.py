"""The parts of the main window: the visit list, the menus, and the actions on visits and databases."""
