"""The `netra` command line: one entry point for every batch job."""
