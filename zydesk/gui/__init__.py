"""The desktop editor: everything Qt lives here; the core below never imports it."""
