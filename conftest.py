"""Collection for the whole repository: the service's app module imports the framework of
the extra ``datelines[server]``; without the extra its doctests are not collected (the
tests in tests/serve/ skip with the reason)."""

from importlib.util import find_spec

collect_ignore_glob = [] if find_spec("starlette") and find_spec("uvicorn") else ["src/datelines/serve/_app.py"]
