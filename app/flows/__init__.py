"""Qt-free state of the client's screens: the enrolment wizard, the self-assessment,
order tracking, points countdowns and mobile verification polling.

Import from the submodule that defines a name: the package itself imports nothing, so a
first page that needs one rule does not load the platform client.
"""
