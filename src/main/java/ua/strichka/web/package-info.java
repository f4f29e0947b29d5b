/**
 * The website, feeds and JSON API: one handler per page, jte templates precompiled into this
 * package, RSS/Atom through Rome, metrics and health. It reads the store (and the search index) and
 * never writes anything but outlet settings through the admin API.
 */
package ua.strichka.web;
