/**
 * Benchmarks and quality reports: figures measured against the sample web's ground truth and speed
 * on this machine, printed by {@code strichka bench}. Tests assert behaviour; this package
 * measures.
 */
package ua.strichka.bench;
