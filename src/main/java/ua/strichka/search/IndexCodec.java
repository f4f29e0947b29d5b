package ua.strichka.search;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's codec with the stored fields kept uncompressed.
 *
 * <p>A search reads the stored title, lead and body of the ten hits it shows, and Lucene's stored
 * fields are LZ4-compressed in blocks: reading one article decompressed its whole 8 KB block or
 * two, a tenth of a search's time at 1,000,000 articles. Uncompressed, an article is read as its
 * own bytes. The index grows by the compression Lucene saved on the texts (the terms, postings and
 * doc values, most of the index, are as before). Public only because Lucene finds codecs by name
 * through {@link java.util.ServiceLoader} (META-INF/services) when it opens a segment.
 */
public final class IndexCodec extends FilterCodec {
  static final String NAME = "Strichka104";

  private final StoredFieldsFormat stored =
      new Lucene90CompressingStoredFieldsFormat(
          "StrichkaStoredFieldsRaw", new Raw(), 16 * 1024, 128, 10);

  /** For {@link java.util.ServiceLoader}: a segment written by this codec is read by it. */
  public IndexCodec() {
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return stored;
  }

  /** No compression: a block is its documents' bytes, so a document is read without its block. */
  private static final class Raw extends CompressionMode {
    @Override
    public Compressor newCompressor() {
      return new Compressor() {
        @Override
        public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
          out.copyBytes(in, in.length());
        }

        @Override
        public void close() {}
      };
    }

    @Override
    public Decompressor newDecompressor() {
      return new RawReader();
    }

    @Override
    public String toString() {
      return "raw";
    }
  }

  private static final class RawReader extends Decompressor {
    @Override
    public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes)
        throws IOException {
      in.skipBytes(offset);
      bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
      in.readBytes(bytes.bytes, 0, length);
      bytes.offset = 0;
      bytes.length = length;
      // past the block, as a decompressor leaves its input
      in.skipBytes(originalLength - offset - length);
    }

    @Override
    public Decompressor clone() {
      return new RawReader();
    }
  }
}
