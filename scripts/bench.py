"""Driver of scripts/bench: the monitor against DuckDB on the same delivery, as whole processes.

Run through `bash scripts/bench` (it builds and provides DuckDB); the options are described
by `bash scripts/bench --help`. Every figure is the median over --runs fresh processes: wall
time from start to exit and the peak resident memory of that process (ru_maxrss from wait4).
It verifies first that the DuckDB query prints exactly what `jeugdmonitor report` prints: a
benchmark against a query that computes something else would be worthless.

Exit status: 0 when everything ran and agreed, whether or not the targets were met (it is a
benchmark, not a test); 1 when the verification differs; 2 when something failed to run.
"""
import argparse
import difflib
import fcntl
import os
import platform
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DUCKDB_SCRIPT = os.path.join(ROOT, "scripts", "bench_duckdb.py")
REPORTS = ["in-care", "residential", "residential-by-municipality"]
MB = 1e6


class Failed(Exception):
    """Something did not run: the benchmark stops with exit status 2."""


def arguments():
    env = os.environ
    p = argparse.ArgumentParser(
        prog="scripts/bench",
        description="Peer benchmark of the monitor against DuckDB (issue 14).",
        epilog="Environment: BENCH_SCALES (\"1 30\"), BENCH_RUNS (5), BENCH_KEEP (a folder where "
               "the scaled deliveries are kept as scale-K/ and reused; without it they are written "
               "to a temporary folder under /tmp and removed at the end).")
    p.add_argument("--scales", default=env.get("BENCH_SCALES", "1 30"),
                   help="sizes to measure, as multiples of the bundled delivery (default \"1 30\")")
    p.add_argument("--scale-only", type=int, metavar="K", help="measure only this size")
    p.add_argument("--runs", type=int, default=int(env.get("BENCH_RUNS", "5")),
                   help="fresh processes per figure; the median is shown (default 5)")
    p.add_argument("--keep", default=env.get("BENCH_KEEP"), metavar="DIR",
                   help="keep and reuse the scaled deliveries in DIR/scale-K/")
    p.add_argument("--verify", action="store_true",
                   help="compare DuckDB with the monitor at every size (always done at the smallest)")
    p.add_argument("--markdown", action="store_true", help="also print the table as Markdown")
    p.add_argument("--bin", default=os.path.join(ROOT, ".build", "release"),
                   help="folder with the release binaries jeugdmonitor and DemoData")
    p.add_argument("--python", default=sys.executable, help="the Python that has duckdb")
    a = p.parse_args()
    a.scales = [a.scale_only] if a.scale_only else sorted({int(s) for s in a.scales.split()})
    if any(s < 1 for s in a.scales) or a.runs < 1:
        p.error("scales and runs are whole numbers of 1 or more")
    return a


# Processes -----------------------------------------------------------------------------------

def measure(argv, env=None):
    """One fresh process: (seconds, peak MB). Output goes nowhere; a failure stops the benchmark."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        if child.returncode != 0:
            err.seek(0)
            raise Failed(f"{' '.join(argv)} stopped with {child.returncode}:\n{err.read().decode(errors='replace')[-2000:]}")
    return seconds, usage.ru_maxrss * 1024 / MB


def measure_in_pty(argv, env, timeout=120):
    """One fresh process on a pseudo-terminal of 120×40, its output drained so that it never
    blocks on a full pty: (seconds, peak MB, exit status, what it wrote)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    output = bytearray()
    deadline = start + timeout
    while True:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:  # EIO: every copy of the slave side is closed, the child has gone
                chunk = b""
            if not chunk:
                break
            output += chunk
        elif time.perf_counter() > deadline:  # the flag was taken but did not end the dashboard
            os.kill(child.pid, signal.SIGKILL)
            os.wait4(child.pid, 0)
            os.close(master)
            raise Failed(f"{' '.join(argv)} did not exit within {timeout} s")
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    os.close(master)
    child.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss * 1024 / MB, child.returncode, bytes(output)


def median_of(runs, f):
    """Median seconds and median peak MB over `runs` calls of f() -> (seconds, MB, ...)."""
    results = [f() for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def medians_interleaved(runs, *fs):
    """`median_of` for each of fs, their runs taken in turn (a, b, a, b, ...): the machine's
    speed drifts by a third within the hour, which would otherwise favour whichever ran first."""
    results = [[] for _ in fs]
    for _ in range(runs):
        for f, rs in zip(fs, results):
            rs.append(f())
    return [(statistics.median(r[0] for r in rs), statistics.median(r[1] for r in rs)) for rs in results]


def output_of(argv):
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        raise Failed(f"{' '.join(argv)} stopped with {done.returncode}:\n{done.stderr[-2000:]}")
    return done.stdout


# Data ----------------------------------------------------------------------------------------

def newest_delivery(data):
    folder = os.path.join(data, "leveringen")
    return os.path.join(folder, max(m for m in os.listdir(folder) if re.fullmatch(r"\d{4}-\d\d", m)))


def describe(data):
    """Raw size (the newest delivery's files and referentie/) and the data rows of the
    toewijzingen and declaraties files (reden_wijziging 13 rows included: what was read)."""
    size, rows = 0, {"toewijzingen": 0, "declaraties": 0}
    delivery = newest_delivery(data)
    for folder in (delivery, os.path.join(data, "referentie")):
        for name in os.listdir(folder):
            path = os.path.join(folder, name)
            size += os.path.getsize(path)
            kind = name.rsplit("_", 1)[-1].removesuffix(".csv")
            if folder == delivery and kind in rows:
                rows[kind] += count_rows(path)
    return size, rows


def count_rows(path):
    """Lines after the header (the demo files have no empty lines)."""
    lines, last = 0, b"\n"
    with open(path, "rb") as f:
        while chunk := f.read(1 << 22):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines - 1 + (last != b"\n")


def scaled_data(bin_dir, scale, keep, scratch):
    """The bundled delivery K times (DemoData --scale), kept in `keep` when given."""
    if scale == 1:
        return os.path.join(ROOT, "Data")
    target = os.path.join(keep or scratch, f"scale-{scale}")
    if keep and os.path.isdir(os.path.join(target, "leveringen")):
        print(f"{scale}×: reusing {target}")
        return target
    start = time.perf_counter()
    output_of([os.path.join(bin_dir, "DemoData"), "--scale", str(scale), "--from", os.path.join(ROOT, "Data"),
               "--output", target])
    print(f"{scale}×: written to {target} in {time.perf_counter() - start:.1f} s")
    return target


# Verification --------------------------------------------------------------------------------

def verify(args, data, scale):
    """DuckDB's three tables against `jeugdmonitor report NAME --format csv`, byte for byte."""
    ours = [output_of([os.path.join(args.bin, "jeugdmonitor"), "report", r, "--format", "csv", "--data", data])
            for r in REPORTS]
    theirs = output_of([args.python, DUCKDB_SCRIPT, data]).split("\n\n")
    same = True
    for name, a, b in zip(REPORTS, ours, theirs + [""] * len(REPORTS)):
        if a.strip("\n") == b.strip("\n"):
            continue
        same = False
        print(f"verschil in {name} ({scale}×), monitor ↔ DuckDB:")
        diff = difflib.unified_diff(a.splitlines(), b.splitlines(), "jeugdmonitor", "duckdb", lineterm="", n=1)
        print("\n".join(list(diff)[:30]))
    print(f"verificatie {scale}× (in-care, residential, residential-by-municipality): {'gelijk' if same else 'verschil'}")
    return same


# The monitor's screens -----------------------------------------------------------------------

def first_paint(args, data, state):
    """Time to the first painted dashboard: `tui --exit-after-first-paint` under a pty.
    None when this build does not have the flag yet."""
    # The size comes from the pty (TIOCSWINSZ), not from COLUMNS/LINES; remembering the
    # delivery seen goes to a state folder of our own, never the user's.
    env = dict(os.environ, TERM="xterm-256color", XDG_STATE_HOME=state)
    for name in ("NO_COLOR", "COLUMNS", "LINES"):
        env.pop(name, None)
    env.setdefault("LANG", "C.UTF-8")
    argv = [os.path.join(args.bin, "jeugdmonitor"), "tui", "--data", data, "--exit-after-first-paint"]
    seconds, peak, status, output = measure_in_pty(argv, env)
    if status != 0:
        if b"exit-after-first-paint" in output:  # an unknown option, named in the error
            return None
        raise Failed(f"{' '.join(argv)} stopped with {status}:\n{output[-2000:].decode(errors='replace')}")
    if not output:
        raise Failed(f"{' '.join(argv)} painted nothing")
    runs = [(seconds, peak)] + [measure_in_pty(argv, env)[:2] for _ in range(args.runs - 1)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def key_to_frame(args, data):
    """`jeugdmonitor benchmark --keys-only`: the median key → frame per size (seconds), and
    the lines as printed (with the Aanbieders line)."""
    binary = os.path.join(args.bin, "jeugdmonitor")
    keys_only = "--keys-only" in output_of([binary, "benchmark", "--help"])
    text = output_of([binary, "benchmark", "--data", data, "--runs", "1"] + (["--keys-only"] if keys_only else []))
    medians = {m[1]: float(m[2]) for m in re.finditer(r"key → frame (\d+×\d+): median ([0-9.e+-]+) seconds", text)}
    lines = [l for l in text.splitlines() if l.startswith(("key → frame", "Aanbieders"))]
    return medians, lines


# Table ---------------------------------------------------------------------------------------

def mark(ok):
    return " ✓" if ok else " ✗"


def ms(seconds):
    return "n.v.t." if seconds is None else f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def table_rows(results):
    """(label, [cell per scale], target) for the side-by-side table. Targets (issue 14): first
    paint < 150 ms at 1×; at 30×: overview ≤ DuckDB, peak < 0.75 × raw CSV, first screen
    < 2 s, key → frame < 16 ms."""
    def cells(f):
        return [f(r) for r in results]

    def target(r, scale, ok):
        return mark(ok) if r["scale"] == scale and ok is not None else ""

    def keys(r):
        if not r["keys"]:
            return "n.v.t."
        worst = max(r["keys"].values())
        return " / ".join(f"{v * 1000:.2f}" for v in r["keys"].values()) + " ms" + target(r, 30, worst < 0.016)

    return [
        ("raw CSV (delivery + referentie)", cells(lambda r: f"{r['size'] / MB:.0f} MB"), ""),
        ("rows: toewijzingen / declaraties", cells(lambda r: f"{r['rows']['toewijzingen']:,} / {r['rows']['declaraties']:,}"), ""),
        ("overview, monitor", cells(lambda r: ms(r["monitor"][0])), ""),
        ("same three tables, DuckDB", cells(lambda r: ms(r["duckdb"][0])), ""),
        # What the dashboard waits for before its other screens: every file, the claims kept.
        ("full load (validate), monitor", cells(lambda r: ms(r["full"][0])), ""),
        ("monitor / DuckDB", cells(lambda r: f"{r['monitor'][0] / r['duckdb'][0]:.2f}×"
                                   + target(r, 30, r["monitor"][0] <= r["duckdb"][0])), "≤ 1× at 30×"),
        ("peak memory, overview", cells(lambda r: f"{r['monitor'][1]:.0f} MB = {r['monitor'][1] * MB / r['size']:.2f}× raw"
                                      + target(r, 30, r["monitor"][1] * MB < 0.75 * r["size"])), "< 0.75× raw at 30×"),
        ("peak memory, full load (validate)", cells(lambda r: f"{r['full'][1]:.0f} MB = {r['full'][1] * MB / r['size']:.2f}× raw"
                                                   + target(r, 30, r["full"][1] * MB < 0.75 * r["size"])), "< 0.75× raw at 30×"),
        ("peak memory, DuckDB", cells(lambda r: f"{r['duckdb'][1]:.0f} MB = {r['duckdb'][1] * MB / r['size']:.2f}× raw"), ""),
        ("first painted screen (120×40)", cells(lambda r: ms(r["paint"] and r["paint"][0])
                                               + (target(r, 1, r["paint"][0] < 0.150) + target(r, 30, r["paint"][0] < 2)
                                                  if r["paint"] else "")), "< 150 ms at 1×, < 2 s at 30×"),
        ("key → frame median, 80×24 / 200×60", cells(keys), "< 16 ms at 30×"),
    ]


def print_table(results, rows):
    headers = ["", *[f"{r['scale']}×" for r in results], "target"]
    body = [[label, *values, goal] for label, values, goal in rows]
    widths = [max(len(row[i]) for row in [headers] + body) for i in range(len(headers))]
    for row in [headers] + body:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())


def print_markdown(results, rows):
    print("| | " + " | ".join(f"{r['scale']}×" for r in results) + " | target |")
    print("|---|" + "---:|" * len(results) + "---|")
    for label, values, goal in rows:
        print(f"| {label} | " + " | ".join(values) + f" | {goal} |")


def machine(args):
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    swift = output_of(["swift", "--version"]).splitlines()[0] if shutil.which("swift") else "?"
    duckdb = output_of([args.python, "-c", "import duckdb; print(duckdb.__version__)"]).strip()
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9
    return (f"machine: {len(os.sched_getaffinity(0))} cores ({cpu}), {memory:.0f} GB, {platform.system()} {platform.release()}\n"
            f"versions: {swift}; DuckDB {duckdb}; Python {platform.python_version()}\n"
            f"{load()} (other work on the machine slows both sides unevenly)")


def load():
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


# Main ----------------------------------------------------------------------------------------

def main():
    args = arguments()
    monitor = os.path.join(args.bin, "jeugdmonitor")
    print(machine(args))
    print(f"{args.runs} runs per figure, median; scales {' '.join(f'{s}×' for s in args.scales)}")
    scratch = tempfile.mkdtemp(prefix="jeugdmonitor-bench-", dir="/tmp")
    results = []
    try:
        for scale in args.scales:
            data = scaled_data(args.bin, scale, args.keep, scratch)
            if (scale == args.scales[0] or args.verify) and not verify(args, data, scale):
                return 1
            size, rows = describe(data)
            print(f"{scale}×: measuring …", flush=True)
            ours, theirs = medians_interleaved(args.runs, lambda: measure([monitor, "overview", "--data", data]),
                                               lambda: measure([args.python, DUCKDB_SCRIPT, data]))
            results.append({
                "scale": scale, "size": size, "rows": rows, "monitor": ours, "duckdb": theirs,
                # `overview` checks the declaraties without keeping them; `validate` keeps them.
                "full": median_of(args.runs, lambda: measure([monitor, "validate", data])),
                "paint": first_paint(args, data, os.path.join(scratch, "state")),
            })
            results[-1]["keys"], results[-1]["lines"] = key_to_frame(args, data)
        print(f"\n{load()} at the end")
        rows = table_rows(results)
        print_table(results, rows)
        for r in results:
            for line in r["lines"]:
                print(f"  {r['scale']}× {line}")
        if args.markdown:
            print()
            print_markdown(results, rows)
        return 0
    except Failed as e:
        print(f"bench: {e}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
