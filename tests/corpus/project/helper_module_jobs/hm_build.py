def build_jobs(weeks):
    jobs = []
    for week in weeks:
        jobs.append({"week": week, "days": (day for day in range(week * 7, week * 7 + 7))})
    return jobs
