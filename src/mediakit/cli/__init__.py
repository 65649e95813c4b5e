"""The command line.

``main`` reads the command table (``commands``) and runs one command's module,
imported only then (``window``, ``validate``, ``info``, ``present``,
``snapshot``, ``pack``, ``verify``, ``schema``, ``desktop``) inside the one
error boundary (``boundary``). Commands share ``kits`` (reaching PATH,
opening a kit with its problems printed, ``--lang``), ``output``,
``progress``, ``png`` and ``settle``, and never import each other. Exit
statuses are ``exitstatus.ExitStatus``.
"""
