/**
 * Benchmarks behind {@code strichka bench …}: speed and quality figures of the pipeline's stages
 * measured on the bundled sample corpus, printed rather than asserted (tests assert behaviour
 * only).
 */
package ua.strichka.bench;
