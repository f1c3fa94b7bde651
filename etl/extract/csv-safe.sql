-- csv_safe(text): the text a CSV cell gets, so that a spreadsheet cannot run it as a
-- formula ("CSV injection"): a value starting with = + - @, a tab or a carriage
-- return gets a leading apostrophe. A plain number such as -3.5, +1 or 2e-3 is left
-- as it is: a spreadsheet reads it as that number, which runs nothing, and altering
-- it would change the data. Only text columns go through this; numeric and date
-- columns are written by DuckDB as numbers and dates. See docs/data-package.md.
CREATE OR REPLACE TEMP MACRO csv_safe(s) AS
  CASE
    WHEN regexp_matches(s, '^[=+\-@\t\r]')
      AND NOT regexp_full_match(s, '[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?')
    THEN '''' || s
    ELSE s
  END;
