import os

from hypothesis import HealthCheck, settings

# CI runs more examples, derandomised so a failure reproduces from the log; local runs
# stay quick. Select with HYPOTHESIS_PROFILE=ci|dev|coverage|soak (CI=true selects ci).
# Derandomised, CI meets the same examples on every run, so its count buys depth, not
# search; 200 keeps the whole CI run under 20 minutes on two cores (500 took 25 minutes
# for the suite alone), and the soak profile is where the laws are searched.
settings.register_profile(
    "ci", max_examples=200, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
# CI's branch-coverage pass: which lines run, not how hard the laws are pushed (the main CI
# run pushes them with the ci profile), so a few derandomised examples each.
settings.register_profile(
    "coverage", max_examples=30, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# A long random run, to look for what the fixed CI examples do not reach (HYPOTHESIS_PROFILE=soak).
settings.register_profile(
    "soak", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
