-- The search index catches up with the store in (fetched_at, id) order and follows story memberships by
-- joined_at (ua.strichka.search.StoreFeed); without these indexes every catch-up would scan the whole table.
CREATE INDEX article_fetched ON article (fetched_at, id);
CREATE INDEX story_article_joined ON story_article (joined_at);
