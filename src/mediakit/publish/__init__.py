"""A kit in the forms people pass around: a static web press page
(:mod:`mediakit.publish.web`, no Qt) and a printed press sheet
(:mod:`mediakit.publish.sheet`, Qt's own PDF output). Neither knows the window
or the command line; both read a loaded :class:`~mediakit.kit.manifest` kit.
"""
