/**
 * What happened: online clustering of articles into stories ({@link ua.strichka.story.Clusterer}),
 * split when they drift into two events, each story's title, lead, first reporter, outlet count and
 * section, the vote of its articles that re-files what the classifier filed ({@link
 * ua.strichka.story.Story}), and their importance ({@link ua.strichka.story.Ranker}).
 */
package ua.strichka.story;
