/**
 * Getting pages off the web: HTTP, politeness, size caps and turning a response's bytes into text
 * ({@link ua.strichka.fetch.PageCharset}); everything after it works on decoded text.
 */
package ua.strichka.fetch;
