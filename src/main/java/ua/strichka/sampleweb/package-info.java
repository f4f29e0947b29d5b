/**
 * The sample news web: a corpus of fictional Ukrainian news with its ground truth, served by one
 * loopback HTTP origin per outlet in the markup, feeds, charsets and faults of the real web, so the
 * demo, the tests and the benchmarks run without the internet.
 */
package ua.strichka.sampleweb;
