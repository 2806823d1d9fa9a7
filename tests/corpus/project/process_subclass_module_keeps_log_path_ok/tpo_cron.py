from tpo_jobs import run_job
from tpo_utils import TimedProcess


def run_cron(job_ids, log_path):
    procs = []
    for job_id in job_ids:
        proc = TimedProcess(30, target=run_job, args=(job_id, log_path), log_path=log_path)
        proc.start()
        procs.append(proc)
    for proc in procs:
        proc.join(timeout=10)
    return [proc.exitcode for proc in procs]
