"""Course data generator: one module per family of data sets, one seed (see common.SEED)."""
from __future__ import annotations

from pathlib import Path

from .common import SEED, seeded, write_csv
from . import posts as _posts
from . import survey as _survey
from . import mentions as _mentions
from . import webcare as _webcare
from . import commerce as _commerce
from . import cocreation as _cocreation

# name -> (builder, dependencies). Builders take the frames of their dependencies.
BUILDERS = {
    "survey": (_survey.survey, []),
    "platforms": (_survey.platforms, []),
    "followers_daily": (_posts.followers_daily, []),
    "posts": (_posts.posts, ["followers_daily"]),
    "mentions": (_mentions.mentions, []),
    "campaigns": (_commerce.campaigns, []),
    "web_sessions": (_commerce.web_sessions, []),
    "webcare": (_webcare.webcare, []),
    "influencers": (_cocreation.influencers, []),
    "ugc": (_cocreation.ugc, []),
}


def build_frames(names=None, *, course_seed: int = SEED, variant: int | None = None) -> dict:
    """Build the named data sets (default: all) as DataFrames, with their dependencies."""
    frames: dict = {}

    def build(name):
        if name not in frames:
            fn, deps = BUILDERS[name]
            frames[name] = fn(*[build(d) for d in deps])
        return frames[name]

    with seeded(course_seed, variant):
        for name in names or BUILDERS:
            build(name)
    return frames


def build_all(out: Path, only=None, *, course_seed: int = SEED) -> dict:
    """Build the data sets (in dependency order) and write them as CSV into `out`."""
    wanted = list(BUILDERS) if not only else list(only)
    frames = build_frames(wanted, course_seed=course_seed)
    return {name: (write_csv(frames[name], Path(out) / f"{name}.csv"), len(frames[name])) for name in wanted}
