"""Course data generator: one module per family of data sets, one seed (see common.SEED)."""
from __future__ import annotations

from pathlib import Path

from common import write_csv
import posts as _posts
import survey as _survey
import mentions as _mentions
import webcare as _webcare
import commerce as _commerce
import cocreation as _cocreation

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


def build_all(out: Path, only=None) -> dict:
    """Build the data sets (in dependency order) and write them as CSV into `out`."""
    wanted = list(BUILDERS) if not only else list(only)
    frames: dict = {}

    def build(name):
        if name not in frames:
            fn, deps = BUILDERS[name]
            frames[name] = fn(*[build(d) for d in deps])
        return frames[name]

    written = {}
    for name in wanted:
        df = build(name)
        written[name] = (write_csv(df, Path(out) / f"{name}.csv"), len(df))
    return written
