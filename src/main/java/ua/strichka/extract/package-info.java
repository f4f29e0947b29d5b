/**
 * HTML → {@link ua.strichka.extract.Article}: metadata from JSON-LD, OpenGraph, meta tags,
 * microdata and feed hints; the main text of arbitrary pages; Ukrainian dates; per-outlet rules.
 * {@link ua.strichka.extract.Extractor} is the entry point; everything else here serves it.
 */
package ua.strichka.extract;
