# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 're.Match' object
# summary: workers return Section dataclasses whose first_field is a re.Match, so sending the result back from the Pool fails
from multiprocessing import Pool

from ipm_render import render_section

JOBS = [
    ("Summary", "summary", {"total": 1234, "regions": 3}),
    ("Top", "top", {"region": "north", "amount": 610}),
    ("Footer", "footer", {"tool": "rg 1.0"}),
]


def main():
    with Pool(2) as pool:
        sections = pool.map(render_section, JOBS)  # [PKL007]
    for sec in sections:
        print(f"== {sec.title} ==")
        print(sec.text)


if __name__ == "__main__":
    main()
