"""Scheduling core: opening hours, travel times, conflict rules, the route planner and day repair.

Nothing here imports Qt; OR-Tools is imported only inside the functions that solve.
"""
