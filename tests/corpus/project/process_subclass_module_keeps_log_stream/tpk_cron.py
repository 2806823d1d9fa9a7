from tpk_jobs import run_job
from tpk_utils import TimedProcess


def run_cron(job_ids, log_path, log_stream):
    procs = []
    for job_id in job_ids:
        proc = TimedProcess(30, target=run_job, args=(job_id, log_path), stdout=log_stream)
        proc.start()
        procs.append(proc)
    for proc in procs:
        proc.join(timeout=10)
    return [proc.exitcode for proc in procs]
