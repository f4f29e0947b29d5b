/**
 * Test support shared by the test suites: real databases (a SQLite file, a real PostgreSQL) and, as
 * they come, real servers on loopback. Nothing here is a mock.
 */
package ua.strichka.testing;
