"""The DuckDB peer of `jeugdmonitor overview` for scripts/bench: the three 0-meting tables from
the same raw CSV files, printed as the monitor's tidy CSV (`report … --format csv`), tables
separated by an empty line.

    python scripts/bench_duckdb.py DATA_DIR

scripts/bench times this whole process (interpreter start, import, query, print), so it does
only what a careful analyst would: look at each file's first lines for its format and hand
DuckDB a complete description, so that DuckDB's sniffer never has to guess (that alone is
several times the query at 1×). The query is in bench_zero_measurement.sql.
"""
import codecs
import csv
import os
import re
import sys
import tempfile

import duckdb

DATES = ("ingangsdatum", "einddatum")


def sql_text(value):
    return "'" + value.replace("'", "''") + "'"


def sniff(path):
    """The file's own format (contract §2) from its first 64 KB: UTF-8 (BOM or not) when the
    sample is valid UTF-8, else Windows-1252; the delimiter (`;` unless the header has none);
    the column names (case-insensitive, so lower-cased) and the date format of the first row.
    A later byte that is not UTF-8 makes DuckDB stop with an error, never count wrongly."""
    with open(path, "rb") as f:
        sample = f.read(1 << 16)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        encoding = "utf-8"
    except UnicodeDecodeError:
        encoding = "cp1252"
    lines = sample.removeprefix(codecs.BOM_UTF8).decode(encoding, errors="replace").splitlines()
    delimiter = ";" if ";" in lines[0] else ","
    rows = list(csv.reader(lines[:2], delimiter=delimiter))
    names = [n.strip().lower() for n in rows[0]]
    date_format = "%Y-%m-%d"
    if len(rows) > 1 and "ingangsdatum" in names:
        start = rows[1][names.index("ingangsdatum")].strip()
        if re.fullmatch(r"\d\d-\d\d-\d{4}", start):
            date_format = "%d-%m-%Y"
    return encoding, delimiter, names, date_format


def read_csv(path, scratch):
    """A read_csv call for one file with its format spelled out (auto_detect off). DuckDB
    reads UTF-8 and Latin-1 but Windows-1252 only through its encodings extension (a
    download, and Latin-1 refuses € and the quotes in 0x80–0x9F), so such a file is first
    converted to UTF-8 in `scratch`, as one would with iconv."""
    encoding, delimiter, names, date_format = sniff(path)
    if encoding == "cp1252":
        with open(path, "rb") as f:
            text = f.read().decode("cp1252")
        path = os.path.join(scratch, os.path.basename(path))
        with open(path, "wb") as f:
            f.write(text.encode("utf-8"))
    columns = ", ".join(f"{sql_text(n)}: '{'DATE' if n in DATES else 'VARCHAR'}'" for n in names)
    return (f"read_csv({sql_text(path)}, auto_detect = false, header = true, "
            f"delim = {sql_text(delimiter)}, quote = '\"', escape = '\"', "
            f"dateformat = '{date_format}', columns = {{{columns}}})")


def define_inputs(con, data, scratch):
    """The views the SQL reads: every municipality's toewijzingen of the newest delivery (the
    one the monitor shows by default), producten and gemeenten, and the delivery year. The
    declaraties are not read: none of the three tables needs them."""
    deliveries = os.path.join(data, "leveringen")
    month = max(m for m in os.listdir(deliveries) if re.fullmatch(r"\d{4}-\d\d", m))
    folder = os.path.join(deliveries, month)
    con.execute(f"SET VARIABLE delivery_year = {int(month[:4])}")
    parts = [
        f"SELECT {sql_text(name.split('_')[0])} AS gemeentecode, client, productcode, "
        f"ingangsdatum, einddatum, reden_wijziging FROM {read_csv(os.path.join(folder, name), scratch)}"
        for name in sorted(os.listdir(folder)) if name.endswith("_toewijzingen.csv")
    ]
    con.execute("CREATE VIEW toewijzingen AS\n" + "\nUNION ALL\n".join(parts))
    reference = os.path.join(data, "referentie")
    con.execute("CREATE VIEW producten AS SELECT productcode, verblijf "
                f"FROM {read_csv(os.path.join(reference, 'producten.csv'), scratch)}")
    # The monitor lists the municipalities in the order of gemeenten.csv.
    con.execute("CREATE TABLE gemeenten AS SELECT gemeentecode, naam, row_number() OVER () AS volgorde "
                f"FROM {read_csv(os.path.join(reference, 'gemeenten.csv'), scratch)}")


def main(data):
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench_zero_measurement.sql")) as f:
        statements = [s for s in re.sub(r"--[^\n]*", "", f.read()).split(";") if s.strip()]
    out = csv.writer(sys.stdout, lineterminator="\n")
    with tempfile.TemporaryDirectory(prefix="bench-duckdb-") as scratch:
        con = duckdb.connect()
        define_inputs(con, data, scratch)
        tables = 0
        for statement in statements:
            result = con.execute(statement)
            if result.description is None or statement.lstrip().upper().startswith("CREATE"):
                continue
            if tables:
                sys.stdout.write("\n")
            tables += 1
            out.writerow(d[0] for d in result.description)
            out.writerows(result.fetchall())


if __name__ == "__main__":
    main(sys.argv[1])
