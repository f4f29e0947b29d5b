package ua.strichka.fetch;

/**
 * What a conditional GET sends back: the ETag and Last-Modified of the copy we have, either may be
 * null.
 */
public record Validators(String etag, String lastModified) {
  public static final Validators NONE = new Validators(null, null);
}
