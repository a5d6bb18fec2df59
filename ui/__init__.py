"""The Qt layer of Delegation Planner: windows, models, commands; it calls the core's services."""
