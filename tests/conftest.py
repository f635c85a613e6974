import os

from hypothesis import HealthCheck, settings

# CI runs more examples, derandomised so a failure reproduces from the log; local runs
# stay quick. Select with HYPOTHESIS_PROFILE=ci|dev|soak (CI=true selects ci).
settings.register_profile(
    "ci", max_examples=500, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
# A long random run, to look for what the fixed CI examples do not reach (HYPOTHESIS_PROFILE=soak).
settings.register_profile(
    "soak", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
