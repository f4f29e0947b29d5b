/**
 * Benchmarks and quality reports behind {@code strichka bench}: figures of the pipeline's stages
 * measured against the sample web's ground truth, fixtures and reference libraries. Tests assert
 * behaviour; this package measures.
 */
package ua.strichka.bench;
