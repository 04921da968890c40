"""My day: what needs the CSM today across the whole book; task reminders in the tray."""
