"""Built-in rule profiles, shipped as YAML data (see profile.py for the loader)."""
