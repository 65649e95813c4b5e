"""The command line: sub-commands, problem printing, exit codes."""
