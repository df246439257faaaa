-- 0003: per-dossier evaluations follow the nine indicators of Circular 01/2018/TT-VPCP.
-- Indicators 1 (total time) and 2 (each agency's time) are now measured from the dossier's record;
-- "convenience" (not an indicator) is gone; overall satisfaction is a rating of its own, kept in
-- `satisfaction` and not counted in the score.
--
-- Rows written before this migration are kept, not rewritten into answers nobody gave:
--   scheme          'legacy-2025' for them, 'tt01-2018' for evaluations from now on;
--   legacy_answers  the raw answers exactly as the citizen gave them;
--   answers         what maps onto the nine indicators (1–7 had the same ids and 0/1/2 scale;
--                   1 and 2 were then the citizen's own view); 8 and 9 were never asked;
--   satisfaction    from the old "satisfaction" answer (2 Rất hài lòng, 1 Hài lòng, 0 Không hài lòng);
--   score/max_score recomputed over the mapped indicators only (max 14 for a complete old row),
--                   so an old row never claims points for questions it was not asked.

ALTER TABLE evaluations
  ADD COLUMN satisfaction   text CHECK (satisfaction IN ('very-satisfied', 'satisfied', 'not-satisfied')),
  ADD COLUMN scheme         text NOT NULL DEFAULT 'tt01-2018' CHECK (scheme IN ('tt01-2018', 'legacy-2025')),
  ADD COLUMN legacy_answers jsonb;

UPDATE evaluations SET
  scheme = 'legacy-2025',
  legacy_answers = answers,
  answers = answers - 'convenience' - 'satisfaction',
  satisfaction = CASE answers ->> 'satisfaction'
                   WHEN '2' THEN 'very-satisfied'
                   WHEN '1' THEN 'satisfied'
                   WHEN '0' THEN 'not-satisfied'
                   ELSE CASE WHEN satisfied THEN 'satisfied' ELSE 'not-satisfied' END
                 END,
  score = (SELECT coalesce(sum(v::integer), 0) FROM jsonb_each_text(answers - 'convenience' - 'satisfaction') AS e(k, v)),
  max_score = 2 * (SELECT count(*) FROM jsonb_object_keys(answers - 'convenience' - 'satisfaction'));

ALTER TABLE evaluations ALTER COLUMN satisfaction SET NOT NULL;
