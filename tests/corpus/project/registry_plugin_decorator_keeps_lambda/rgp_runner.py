from concurrent.futures import ProcessPoolExecutor


def apply_step(step, text):
    return step.transform(text)


def run_pipeline(steps, text):
    with ProcessPoolExecutor(max_workers=2) as pool:
        return list(pool.map(apply_step, steps, [text] * len(steps)))
