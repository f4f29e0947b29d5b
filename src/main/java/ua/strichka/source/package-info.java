/**
 * Outlets and where their articles are announced: feeds (RSS/Atom through Rome), news sitemaps and
 * sitemap indexes (crawler-commons), section pages; discovery from a home page, OPML import and
 * export, the bundled list of Ukrainian outlets, and the adaptive crawl schedule.
 */
package ua.strichka.source;
