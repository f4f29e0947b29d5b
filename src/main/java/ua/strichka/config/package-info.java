/**
 * Configuration: the bundled defaults, the operator's {@code strichka.yaml}, {@code STRICHKA_*}
 * environment variables and command-line overrides, merged and validated once at start so every
 * stage reads typed, checked values.
 */
package ua.strichka.config;
