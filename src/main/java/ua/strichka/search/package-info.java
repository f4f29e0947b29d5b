/**
 * Full-text search over the store's articles: a Lucene index with Ukrainian morphology (Russian and
 * English by Lucene's analyzers), kept in step with the store crash-safely, and the query language
 * of the search box ({@link ua.strichka.search.Query}) with filters, facets, snippets and collapse
 * by story. The public face is {@link ua.strichka.search.SearchBackend}: the embedded {@link
 * ua.strichka.search.SearchIndex}, or {@link ua.strichka.search.OpenSearchIndex} on a cluster fed
 * the same analysis.
 */
package ua.strichka.search;
