def run_job(job_id, log_path):
    with open(log_path, "a", encoding="utf-8") as log:
        log.write(f"job {job_id} ran\n")
