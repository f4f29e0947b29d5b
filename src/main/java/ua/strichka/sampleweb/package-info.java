/**
 * The sample news web: fictional Ukrainian outlets and the NBU exchange-rate API played on loopback
 * in the markup, feeds, charsets and faults of the real web, with the corpus's ground truth, so the
 * demo, the tests and the benchmarks run without the internet. It depends on no pipeline stage.
 */
package ua.strichka.sampleweb;
