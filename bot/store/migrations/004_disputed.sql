-- Disputed reports: a statement that is a media report which an actor denies in the same article
-- ("... although the ministry dismissed the report as inaccurate"). One row per report statement
-- and denial: who denies it (by_actor, an actor slug or an anonymous source's id) and where (the
-- denial's statement, hence its article and words). Both ends cascade when an article's
-- statements are replaced.
BEGIN;

CREATE TABLE disputes (
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,  -- the report
    denial_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,     -- where it is denied
    by_actor TEXT NOT NULL,
    PRIMARY KEY (statement_id, denial_id)
) WITHOUT ROWID;
CREATE INDEX disputes_denial ON disputes (denial_id);

COMMIT;
