/**
 * What happened: online clustering of articles into stories ({@link ua.strichka.story.Clusterer}),
 * split when they drift into two events, each story's title, lead, first reporter and outlet count
 * ({@link ua.strichka.story.Story}), and their importance ({@link ua.strichka.story.Ranker}).
 */
package ua.strichka.story;
