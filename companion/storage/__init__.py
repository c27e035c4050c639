"""SQLite: the store, its migrations, and all SQL (history, insights, export)."""
