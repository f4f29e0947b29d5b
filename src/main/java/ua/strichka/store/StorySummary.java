package ua.strichka.store;

/**
 * A story as lists show it: the story plus who reported first and a picture from one of its
 * articles, read in the same query so a page of stories costs one round trip.
 *
 * @param firstOutletName name of the outlet of the first article, or null
 * @param image the earliest article image of the story, or null
 */
public record StorySummary(
    StoryRecord story, String firstOutletName, String firstOutletSlug, String image) {}
