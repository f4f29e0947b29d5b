package ua.strichka.entity;

/** The kinds of named entity Strichka tags, as common NER annotation names them. */
public enum EntityType {
  /** A person. */
  PER,
  /** An organisation: state bodies, companies, clubs, bands, media. */
  ORG,
  /** A place: countries, regions, settlements, streets, seas, mountains. */
  LOC
}
