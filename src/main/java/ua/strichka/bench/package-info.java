/**
 * Benchmarks behind {@code strichka bench …}: quality and speed figures of pipeline stages against
 * fixtures, the sample web and reference libraries. Tests assert behaviour; figures live here.
 */
package ua.strichka.bench;
