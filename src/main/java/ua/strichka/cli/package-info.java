/**
 * The command line: one picocli class per command, turning flags into configuration and exceptions
 * into one-line messages with exit codes (0 ok, 1 failure, 2 bad usage or configuration).
 */
package ua.strichka.cli;
