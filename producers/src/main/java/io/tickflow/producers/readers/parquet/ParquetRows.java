package io.tickflow.producers.readers.parquet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/**
 * Rows of one Parquet file, pulled one at a time, one row group in memory at a time.
 *
 * <p>Read through parquet-java's example {@link Group} model rather than parquet-avro: files written by Polars or
 * pandas carry logical types ({@code TIMESTAMP(NANOS)}, 3-level lists, INT96) that the Avro conversion either
 * refuses or reshapes, whereas a Group keeps the physical value next to the column's declared type.
 */
public final class ParquetRows implements AutoCloseable {

    /** The 4 bytes a Parquet file starts and ends with. */
    static final byte[] MAGIC = {'P', 'A', 'R', '1'};
    /** Header magic + footer length + footer magic: no Parquet file is shorter. */
    private static final int MIN_LENGTH = 12;

    private final ParquetFileReader reader;
    private final MessageType schema;
    private RecordReader<Group> rowGroup;
    private long rowsLeftInGroup;

    private ParquetRows(ParquetFileReader reader) {
        this.reader = reader;
        this.schema = reader.getFooter().getFileMetaData().getSchema();
    }

    /**
     * Why {@code file} cannot be a Parquet file, judged from its first and last bytes, or null when it may be one.
     * Says what the bytes look like (an HTML error page, a gzip, a truncated download) so the rejection is useful.
     */
    public static String notParquetReason(Path file) throws IOException {
        long length = Files.size(file);
        byte[] head = new byte[(int) Math.min(length, 64)];
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(head.length);
        }
        if (length < MIN_LENGTH || !Arrays.equals(Arrays.copyOf(head, 4), MAGIC)) {
            return length == 0 ? "file is empty" : "not a Parquet file: it does not start with PAR1 but with "
                    + ParquetMagic.describe(head) + " (" + length + " bytes)";
        }
        if (!Arrays.equals(ParquetMagic.tail(file, length), MAGIC)) {
            return "truncated Parquet file: it does not end with the footer magic PAR1 (" + length + " bytes)";
        }
        return null;
    }

    /**
     * Opens {@code file} and reads its footer; the caller closes. The read options rest on a plain configuration,
     * not Hadoop's: {@code ParquetFileReader.open(file)} builds a Hadoop {@code Configuration} per file, which parses
     * its XML resources on first use, a sixth of a replay of 160 small trades files. Every setting keeps its default.
     */
    public static ParquetRows open(Path file) throws IOException {
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
        return new ParquetRows(ParquetFileReader.open(new LocalInputFile(file), options));
    }

    /** The file's schema, with each column's physical and logical type. */
    public MessageType schema() {
        return schema;
    }

    /** Rows in the file, from the footer. */
    public long rowCount() {
        return reader.getRecordCount();
    }

    /**
     * The next row, or null after the last.
     *
     * @throws IOException when a page cannot be read (a corrupt or cut file)
     */
    public Group next() throws IOException {
        while (rowsLeftInGroup == 0) {
            PageReadStore pages = reader.readNextRowGroup();
            if (pages == null) {
                return null;
            }
            rowsLeftInGroup = pages.getRowCount();
            rowGroup = new ColumnIOFactory().getColumnIO(schema).getRecordReader(pages, new GroupRecordConverter(schema));
        }
        rowsLeftInGroup--;
        try {
            return rowGroup.read();
        } catch (RuntimeException e) {
            throw new IOException("corrupt page: " + e.getMessage(), e);
        }
    }

    /**
     * The next row group's pages, or null after the last, for reading column by column ({@link LeafColumns}) instead
     * of row by row; a file is read one way or the other, never both.
     *
     * @throws IOException when the row group's pages cannot be read
     */
    public PageReadStore nextPages() throws IOException {
        return reader.readNextRowGroup();
    }

    /** The writer named in the footer (parquet-java corrects some old writers' statistics and encodings by it). */
    public String createdBy() {
        return reader.getFooter().getFileMetaData().getCreatedBy();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
