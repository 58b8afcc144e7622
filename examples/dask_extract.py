#!/usr/bin/python3
"""newsx on a Dask cluster: map a JSON Lines corpus through `newsx extract --input jsonl`, one newsx
process per partition, then reduce the records with `newsx corpus`.

    /usr/bin/python3 examples/dask_extract.py corpus.jsonl out/ --workers 4
    /usr/bin/python3 examples/dask_extract.py corpus.jsonl out/ --scheduler tcp://10.0.0.5:8786

corpus.jsonl holds {"id": ..., "text": ..., "published"?: ...} lines. The records land in
out/records/part-NNNNN.jsonl, in input order across the parts, and the corpus document in
out/corpus.json. Without --scheduler a local cluster of --workers processes runs on this machine.

The mapper contract that makes this safe on any engine: one record per non-blank input line, with the
line's id (or one made from its text, the same on every worker), bad lines as error records in their
place, exit 0 (all good) or 1 (some error records). A partition whose record count differs, or whose
newsx exits otherwise, fails its task, and Dask runs it again: the records do not depend on where or
how often a partition runs.
"""
import argparse
import shlex
import subprocess
import sys
from pathlib import Path

import dask.bag as db
from dask.distributed import Client, LocalCluster


def extract_partition(lines, newsx):
    """One partition's lines through one newsx process; its records, one per non-blank line."""
    lines = [line if line.endswith("\n") else line + "\n" for line in lines]
    expected = sum(1 for line in lines if line.strip())
    run = subprocess.run(
        newsx + ["extract", "--input", "jsonl", "--jobs", "1", "--no-progress", "--format", "jsonl"],
        input="".join(lines).encode("utf-8"),
        capture_output=True,
        check=False,
    )
    if run.returncode not in (0, 1):
        raise RuntimeError(f"newsx exited {run.returncode}: {run.stderr.decode('utf-8', 'replace')[-2000:]}")
    records = run.stdout.decode("utf-8").splitlines()
    if len(records) != expected:
        raise RuntimeError(f"newsx wrote {len(records)} records for {expected} lines")
    return records


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="JSON Lines of {id, text, published?}")
    parser.add_argument("out", help="folder for records/ and corpus.json")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    parser.add_argument("--blocksize", default="1MB", help="bytes of the corpus per partition (one newsx process each)")
    parser.add_argument("--newsx", default="newsx", help="the command that runs newsx (default: newsx on PATH)")
    args = parser.parse_args(argv)

    newsx = shlex.split(args.newsx)
    out = Path(args.out)
    (out / "records").mkdir(parents=True, exist_ok=True)
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        # Loopback only, no dashboard: nothing listens beyond this machine.
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        lines = db.read_text(args.corpus, blocksize=args.blocksize, encoding="utf-8", linedelimiter="\n")
        records = lines.map_partitions(extract_partition, newsx)
        records.to_textfiles(str(out / "records" / "part-*.jsonl"), name_function=lambda i: f"{i:05d}", encoding="utf-8")
    finally:
        client.close()
    parts = sorted(str(p) for p in (out / "records").glob("part-*.jsonl"))
    reduce = subprocess.run(newsx + ["corpus", *parts, "--out", str(out / "corpus.json")], check=False)
    # newsx corpus exits 1 when an input file is unreadable; error records inside are not failures.
    return reduce.returncode


if __name__ == "__main__":
    sys.exit(main())
