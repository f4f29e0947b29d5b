-- Where an article's section came from, so a story's vote can re-file what the classifier decided and never
-- what the outlet said: 'outlet' (its label, feed category, URL path or the outlet's default section),
-- 'classifier' (the words alone), 'story' (its story's confident vote; section_shares keep its own decision).
ALTER TABLE article ADD COLUMN section_source TEXT;
-- The classifier's shares per section, "slug:share" pairs above 1% separated by spaces (classify.SectionShares);
-- NULL when the outlet labelled the article.
ALTER TABLE article ADD COLUMN section_shares TEXT;
-- When (ms) a story's vote last re-filed the article: the search index follows these changes as it follows
-- story memberships (ua.strichka.search.StoreFeed), since re-filing touches neither fetched_at nor joined_at.
ALTER TABLE article ADD COLUMN section_filed_at BIGINT;
CREATE INDEX article_section_filed ON article (section_filed_at);
-- Old rows: the outlet's default section is knowably the outlet's word; a breadcrumb or URL label was not
-- recorded apart from the classifier's decision, so the rest counts as the classifier's (a hard vote, no shares).
UPDATE article SET section_source = CASE
        WHEN EXISTS (SELECT 1 FROM outlet o WHERE o.id = article.outlet_id AND o.default_section = article.section)
        THEN 'outlet' ELSE 'classifier' END
    WHERE section IS NOT NULL;
