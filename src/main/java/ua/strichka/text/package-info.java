/**
 * The shared language layer: tokens with offsets and sentence starts, language (uk/ru/en/other),
 * Ukrainian lemmas with dictionary tags (Russian and English stems), normalised text for hashing
 * and official-transliteration slugs. Later stages (dedup, story, classify, entity, search) build
 * on it, so it is pure functions over strings: no I/O but the bundled dictionary.
 */
package ua.strichka.text;
