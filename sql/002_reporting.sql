-- Migration 002: what the analyst views and the report need beyond the base schema.

-- Outlet names that are an agency's own (every alias in compare/data/agencies.csv, lower-cased),
-- so the views can tell an agency's own wire copy ("Reuters", "Thomson Reuters", "연합뉴스")
-- from a relay. Refreshed from the language data by the report builder on every build.
CREATE TABLE IF NOT EXISTS agency_aliases (
    alias_key  VARCHAR PRIMARY KEY,   -- lower(alias)
    agency     VARCHAR NOT NULL       -- canonical agency name, as in citations.agency
);
