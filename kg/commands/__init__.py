"""One click command per module; kg/cli.py registers them."""
