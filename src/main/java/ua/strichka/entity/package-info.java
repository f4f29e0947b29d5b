/**
 * People, organisations and places named in an article, found in any inflected form and tied to a
 * canonical entity (nominative name, type, stable slug). Reads text through {@code
 * ua.strichka.text}; owns the gazetteer of well-known names and the context cues it reads.
 */
package ua.strichka.entity;
