-- The three tables of the 0-meting (programme plan, appendix 2) computed by DuckDB from the
-- raw delivery, for scripts/bench: the same figures as `jeugdmonitor report in-care`,
-- `residential` and `residential-by-municipality` (contract §5; the Swift metrics in
-- Sources/MonitorCore/Metrics/InCare.swift and Residential.swift are the reference).
--
-- scripts/bench_duckdb.py defines before this runs:
--   toewijzingen(gemeentecode, client, productcode, ingangsdatum DATE, einddatum DATE, reden_wijziging)
--                one read_csv per municipality file, each with that file's own format,
--   producten(productcode, verblijf), gemeenten(gemeentecode, naam, volgorde)  from referentie/;
--   the variable delivery_year (the year of the newest delivery folder).
-- Each statement ends with a semicolon; the three SELECTs at the end are printed.

-- Report years: 2022 up to the delivery's year.
CREATE TEMP TABLE jaren AS
SELECT unnest(range(2022, getvariable('delivery_year') + 1)) AS jaar;

-- One row per allocation and report year in which it is active: ingangsdatum <= 31 December
-- and (no einddatum or einddatum >= 1 January), i.e. the years from the start's to the end's.
-- reden_wijziging 13 (verwijderd) does not exist for any figure. Materialised once: the
-- three tables read it, and the CSV files are then read only once.
CREATE TEMP TABLE actief AS
SELECT t.gemeentecode, t.client, p.verblijf,
       unnest(range(greatest(year(t.ingangsdatum), 2022),
                    least(coalesce(year(t.einddatum), getvariable('delivery_year')),
                          getvariable('delivery_year')) + 1)) AS jaar
FROM toewijzingen t
JOIN producten p USING (productcode)
WHERE t.reden_wijziging IS DISTINCT FROM '13';

-- in-care: jeugdigen in zorg, distinct clients per municipality and year; the region row
-- counts a client active in several municipalities once. Zeros included.
WITH per_gemeente AS (
    SELECT jaar, gemeentecode, count(DISTINCT client) AS n FROM actief GROUP BY ALL
), regio AS (
    SELECT jaar, count(DISTINCT client) AS n FROM actief GROUP BY ALL
)
SELECT jaar, gemeentecode, gemeente, jeugdigen FROM (
    SELECT j.jaar, g.gemeentecode, g.naam AS gemeente, coalesce(p.n, 0) AS jeugdigen, g.volgorde
    FROM jaren j CROSS JOIN gemeenten g
    LEFT JOIN per_gemeente p ON p.jaar = j.jaar AND p.gemeentecode = g.gemeentecode
    UNION ALL
    SELECT j.jaar, 'regio', 'Totaal Een10vdJ', coalesce(r.n, 0), 1e9
    FROM jaren j LEFT JOIN regio r ON r.jaar = j.jaar
)
ORDER BY jaar, volgorde;

-- residential: distinct clients of the region in S1-verblijf, in S2 (gezinsnabij or wonen)
-- and in either (totaal: a client in both segments in a year counts once).
SELECT jaar, categorie, clienten FROM (
    SELECT j.jaar,
           count(DISTINCT a.client) FILTER (a.verblijf = 'S1-verblijf') AS "S1-verblijf",
           count(DISTINCT a.client) FILTER (a.verblijf IN ('S2-gezinsnabij', 'S2-wonen')) AS "S2",
           count(DISTINCT a.client) FILTER (a.verblijf <> 'geen') AS "totaal"
    FROM jaren j LEFT JOIN actief a ON a.jaar = j.jaar AND a.verblijf <> 'geen'
    GROUP BY j.jaar
) UNPIVOT (clienten FOR categorie IN ("S1-verblijf", "S2", "totaal"))
ORDER BY jaar, list_position(['S1-verblijf', 'S2', 'totaal'], categorie);

-- residential-by-municipality: distinct clients per municipality, year and residence class
-- (producten.csv `verblijf`), zeros included.
WITH per_klasse AS (
    SELECT jaar, gemeentecode, verblijf, count(DISTINCT client) AS n
    FROM actief WHERE verblijf <> 'geen' GROUP BY ALL
)
SELECT j.jaar, g.gemeentecode, g.naam AS gemeente, k.categorie, coalesce(p.n, 0) AS clienten
FROM jaren j
CROSS JOIN gemeenten g
CROSS JOIN (VALUES (1, 'S1-verblijf'), (2, 'S2-gezinsnabij'), (3, 'S2-wonen')) k(volgorde, categorie)
LEFT JOIN per_klasse p ON p.jaar = j.jaar AND p.gemeentecode = g.gemeentecode AND p.verblijf = k.categorie
ORDER BY j.jaar, g.volgorde, k.volgorde;
