from ppm_counter import HitCounter

PAGES = {"home": 3, "about": 1, "blog": 2}


def _publish(results, counter):
    results.append((counter.name, counter.hits))


def count_page(results, name):
    counter = HitCounter(name)
    for _ in range(PAGES[name]):
        counter.hit()
    _publish(results, counter)
    return name
