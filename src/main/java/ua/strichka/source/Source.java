package ua.strichka.source;

/** One place to look for an outlet's new articles. */
public record Source(SourceKind kind, String url) {}
