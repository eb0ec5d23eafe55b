"""Qt user interface: the wizard shell, one module per page, and the one module owning threads."""
