-- How many statements count for each actor on each concept, kept by triggers on stance_index, so
-- /stance on an actor with tens of thousands of statements need not count them at every call
-- (bench/bench_queries.py: 14 ms for 51,000 statements before, an index lookup after).
BEGIN;

CREATE TABLE stance_counts (
    slug TEXT NOT NULL,
    concept TEXT NOT NULL,                  -- '' for statements with no concept
    n INTEGER NOT NULL,
    PRIMARY KEY (slug, concept)
) WITHOUT ROWID;

INSERT INTO stance_counts (slug, concept, n)
SELECT slug, ifnull(concept, ''), count(*) FROM stance_index GROUP BY slug, ifnull(concept, '');

CREATE TRIGGER stance_counts_insert AFTER INSERT ON stance_index BEGIN
    INSERT INTO stance_counts (slug, concept, n) VALUES (new.slug, ifnull(new.concept, ''), 1)
    ON CONFLICT (slug, concept) DO UPDATE SET n = n + 1;
END;

-- Also fires for the cascade when an article's statements are deleted.
CREATE TRIGGER stance_counts_delete AFTER DELETE ON stance_index BEGIN
    UPDATE stance_counts SET n = n - 1 WHERE slug = old.slug AND concept = ifnull(old.concept, '');
END;

COMMIT;
