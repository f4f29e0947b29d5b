/**
 * Benchmarks behind {@code strichka bench …}: each measures one stage on realistic data and prints
 * its figures; the tests assert behaviour only, speed is measured here.
 */
package ua.strichka.bench;
