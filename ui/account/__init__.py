"""The account workspace: header, health trajectory, touchpoint log, plan, people and tasks."""
