/**
 * Benchmarks: {@code strichka bench …} builds what a stage needs (a temporary store, an index, the
 * sample corpus, synthetic load), measures it and prints the figures. Tests assert behaviour; speed
 * and quality figures live here.
 */
package ua.strichka.bench;
