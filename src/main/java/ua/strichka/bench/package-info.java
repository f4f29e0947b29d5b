/**
 * Benchmarks behind {@code strichka bench …}: each stage's throughput and memory measured on data
 * made on the spot, on loopback only. Figures are printed, never asserted by tests.
 */
package ua.strichka.bench;
