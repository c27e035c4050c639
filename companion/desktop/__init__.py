"""Platform glue: paths, language, logging, single instance, signals, autostart, checks."""
