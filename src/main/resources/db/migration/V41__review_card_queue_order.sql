-- The due queue reads a learner's cards earliest first with the card id breaking ties (ORDER BY due, id): with the
-- id in the index, the first cards come straight off an index range scan, with no sort of all due cards.
DROP INDEX review_card_due_idx;
CREATE INDEX review_card_due_idx ON review_card (account_id, due, id);
