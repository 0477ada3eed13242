"""credscore's built-in scorers, one module each; they register through entry points."""
