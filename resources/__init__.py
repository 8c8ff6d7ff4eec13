"""The bundled data (fonts, policies, the example, icons) as a package, so that a pip-installed wheel carries it."""
