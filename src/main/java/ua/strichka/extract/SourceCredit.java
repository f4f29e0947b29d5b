package ua.strichka.extract;

/**
 * The attribution a repost prints under its text, «Джерело: ua-independent.com (Політика)»: who
 * published the original, in which section, and the link when there is one. Metadata for
 * deduplication and for crediting, never part of the body.
 *
 * @param outlet the outlet as printed (a name or a domain)
 * @param section the section in brackets, or null
 * @param url the link the line carries, or null
 */
public record SourceCredit(String outlet, String section, String url) {}
