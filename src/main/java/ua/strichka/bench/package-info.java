/**
 * Benchmarks and quality reports behind {@code strichka bench}: figures of the pipeline's stages
 * measured against the sample web's ground truth, fixtures and reference libraries. Tests assert
 * behaviour; this package measures. It also holds what the demo and the benches share to feed on
 * the sample web (its corpus as a store, its outlets as crawl sources).
 */
package ua.strichka.bench;
