-- Disputed reports: a statement that is a media report which an actor denies in the same article
-- ("... although the ministry dismissed the report as inaccurate"). One row per report statement
-- and denial: who denies it (by_actor, an actor slug or an anonymous source's id) and where (the
-- denial's statement, hence its article and words). Both ends cascade when an article's
-- statements are replaced.
--
-- And what a concept group adds up to, kept by triggers like stance_counts: statements per actor,
-- concept, month, agreement and disputed-or-not, so /stance can give a position's history and
-- say what its counts count without reading every statement of a large group (bench_queries.py:
-- 430 ms for the heaviest actor when they were counted at each call).
BEGIN;

CREATE TABLE disputes (
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,  -- the report
    denial_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,     -- where it is denied
    by_actor TEXT NOT NULL,
    PRIMARY KEY (statement_id, denial_id)
) WITHOUT ROWID;
CREATE INDEX disputes_denial ON disputes (denial_id);

ALTER TABLE stance_index ADD COLUMN agreement TEXT;
ALTER TABLE stance_index ADD COLUMN disputed INTEGER NOT NULL DEFAULT 0;
UPDATE stance_index SET agreement = (SELECT agreement FROM statements WHERE id = statement_id);

CREATE TABLE stance_months (
    slug TEXT NOT NULL,
    concept TEXT NOT NULL,                  -- '' for statements with no concept
    month TEXT NOT NULL,                    -- YYYY-MM of sort_date, '' when undated
    agreement TEXT NOT NULL,                -- '' for none
    disputed INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (slug, concept, month, agreement, disputed)
) WITHOUT ROWID;

INSERT INTO stance_months (slug, concept, month, agreement, disputed, n)
SELECT slug, ifnull(concept, ''), ifnull(substr(sort_date, 1, 7), ''), ifnull(agreement, ''), disputed, count(*)
FROM stance_index GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER stance_months_insert AFTER INSERT ON stance_index BEGIN
    INSERT INTO stance_months (slug, concept, month, agreement, disputed, n)
    VALUES (new.slug, ifnull(new.concept, ''), ifnull(substr(new.sort_date, 1, 7), ''), ifnull(new.agreement, ''),
        new.disputed, 1)
    ON CONFLICT (slug, concept, month, agreement, disputed) DO UPDATE SET n = n + 1;
END;

-- Also fires for the cascade when an article's statements are deleted.
CREATE TRIGGER stance_months_delete AFTER DELETE ON stance_index BEGIN
    UPDATE stance_months SET n = n - 1
    WHERE slug = old.slug AND concept = ifnull(old.concept, '') AND month = ifnull(substr(old.sort_date, 1, 7), '')
        AND agreement = ifnull(old.agreement, '') AND disputed = old.disputed;
END;

COMMIT;
