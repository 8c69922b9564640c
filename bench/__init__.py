"""factcheck's benchmark suite: `python -m bench` prints a table and writes JSON."""
