/**
 * The sample news web: local stand-ins for the outside internet (news outlets, the NBU
 * exchange-rate API) served by the JDK's HTTP server, deterministic from a seed, for {@code demo}
 * and the tests. It depends on no stage of the pipeline: it plays the world Strichka reads.
 */
package ua.strichka.sampleweb;
