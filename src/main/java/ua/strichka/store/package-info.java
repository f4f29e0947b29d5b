/**
 * SQL persistence on SQLite (default) or PostgreSQL (scale-out) with one Flyway schema and one
 * repository per aggregate; every stage writes and reads its results here, so the store depends on
 * no other stage.
 */
package ua.strichka.store;
