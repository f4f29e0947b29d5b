package ua.strichka.sampleweb;

/**
 * One annotated mention: {@code [surface](TYPE:canonical)} in the corpus, found at {@code
 * start..end} (UTF-16 indices, end exclusive) of the plain text it was stripped into.
 */
public record EntitySpan(int start, int end, String type, String surface, String canonical) {}
