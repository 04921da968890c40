"""The Qt layer of CS Desktop (PySide6, pyqtgraph). Depends on cs_desktop, never the reverse."""
