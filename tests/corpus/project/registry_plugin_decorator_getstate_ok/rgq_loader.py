from rgq_plugins import TRANSFORMS


def build_pipeline(settings):
    steps = []
    for entry in settings:
        factory = TRANSFORMS[entry["kind"]]
        steps.append(factory(entry.get("options", {})))
    return steps
