/**
 * Same text, wherever it appears: normalised-content hashes for exact copies, SimHash and MinHash
 * fingerprints for near copies, a MinHash-LSH index of recent articles, and {@link
 * ua.strichka.dedup.RepostFinder}, which links a repost to its original.
 */
package ua.strichka.dedup;
