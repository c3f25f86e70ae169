package io.tickflow.sinks.connect;

import io.tickflow.schemas.registry.AvroSerdeConfig;
import io.tickflow.schemas.registry.RegistryClientSettings;
import io.tickflow.sinks.commit.RotationPolicy;
import io.tickflow.sinks.format.ParquetSettings;
import io.tickflow.sinks.partition.DatasetLayout;
import io.tickflow.sinks.seal.SealPolicy;
import io.tickflow.sinks.storage.FileSync;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * Settings of the Parquet sink connector. Storage and rotation keys carry the names of Confluent's S3 and HDFS
 * sink connectors ({@code flush.size}, {@code rotate.interval.ms}); the registry keys are those of
 * {@link AvroSerdeConfig} ({@code schema.registry.url}, ...). Where each topic lands is set per topic by
 * {@link TopicLayoutConfig} under {@code topic.<name>.}. Values are never logged: the registry URL may hold a
 * password.
 */
public final class ParquetSinkConfig extends AbstractConfig {

    public static final String ROOT_DIR_CONFIG = "root.dir";
    public static final String ROOT_DIR_DOC = "Folder the output layout is written under (processed/..., raw/...).";

    public static final String DATASET_VERSION_CONFIG = "dataset.version";
    public static final String DATASET_VERSION_DOC = "Period name replacing {version} in dataset folders, "
            + "so that periods never overwrite each other.";
    public static final String DATASET_VERSION_DEFAULT = "v1_2020_2025";

    public static final String FLUSH_SIZE_CONFIG = "flush.size";
    public static final String FLUSH_SIZE_DOC = "Records of one Kafka partition after which its files are written "
            + "and its offset becomes committable; bounds the memory a task holds per partition.";
    /**
     * 50,000: a chunk writes one file per folder it touched, so a larger chunk means fewer, larger files. Measured on
     * the sink bench's trades (16 tickers, time-ordered): 10,000 cut 352 files at 25.5 bytes per trade, 50,000 cut
     * 192 at 21.0, with 12% less CPU per record (each file costs a writer, a footer, a manifest update and an fsync).
     * The price is memory: about 25 MB of decoded trades per Kafka partition held until the chunk is written.
     */
    public static final int FLUSH_SIZE_DEFAULT = 50_000;

    public static final String ROTATE_INTERVAL_MS_CONFIG = "rotate.interval.ms";
    public static final String ROTATE_INTERVAL_MS_DOC = "Record-time span of a file in ms, from Kafka record "
            + "timestamps (never the wall clock); -1 turns it off.";
    public static final long ROTATE_INTERVAL_MS_DEFAULT = -1;

    public static final String ROTATE_ON_PARTITION_CHANGE_CONFIG = "rotate.on.partition.change";
    public static final String ROTATE_ON_PARTITION_CHANGE_DOC = "Start a new file whenever a record goes to "
            + "another folder (ticker or date) than the record before it.";
    public static final boolean ROTATE_ON_PARTITION_CHANGE_DEFAULT = false;

    public static final String PARQUET_ZSTD_LEVEL_CONFIG = "parquet.zstd.level";
    public static final String PARQUET_ZSTD_LEVEL_DOC = "ZSTD compression level of the Parquet files, 1 to 22.";
    public static final int PARQUET_ZSTD_LEVEL_DEFAULT = 3;

    public static final String FLUSH_WHEN_IDLE_CONFIG = "flush.when.idle";
    public static final String FLUSH_WHEN_IDLE_DOC = "Write the gathered records when a poll brings none, so the tail "
            + "of a finished input reaches files without waiting for flush.size; files then end where the input "
            + "paused, and a resumed partition first deletes its files past the resume offset.";
    public static final boolean FLUSH_WHEN_IDLE_DEFAULT = false;

    public static final String FLUSH_IDLE_MS_CONFIG = "flush.idle.ms";
    public static final String FLUSH_IDLE_MS_DOC = "With flush.when.idle, how long (wall clock, ms) no record must have "
            + "arrived before the tail is written: a single empty poll of a busy but slow broker must not cut small files.";
    public static final long FLUSH_IDLE_MS_DEFAULT = 1_000;

    public static final String SEAL_SESSION_END_CONFIG = "seal.session.end";
    public static final String SEAL_SESSION_END_DOC = "Session end (HH:mm, America/New_York) from which a "
            + "date=YYYY-MM-DD folder can be sealed with _SUCCESS.";
    public static final String SEAL_SESSION_END_DEFAULT = "16:00";

    public static final String SEAL_GRACE_MS_CONFIG = "seal.grace.ms";
    public static final String SEAL_GRACE_MS_DOC = "A dated folder is sealed once a record of another folder has a "
            + "timestamp at least this long after the folder's session end (record time, never the wall clock); "
            + "-1 turns sealing off.";
    public static final long SEAL_GRACE_MS_DEFAULT = SealPolicy.DEFAULT.graceMs();

    public static final String SEAL_IDLE_MS_CONFIG = "seal.idle.ms";
    public static final String SEAL_IDLE_MS_DOC = "End of input: once no record has arrived for this long (wall "
            + "clock, ms), the task writes what it holds and seals every folder whose session end plus seal.grace.ms "
            + "has passed on the wall clock, so the last sessions of a finished replay, and a live session after "
            + "hours, get _SUCCESS without waiting for a later record. A record arriving afterwards for such a folder "
            + "is late: it is written and the folder's _SUCCESS removed until it is sealed again. -1 turns it off.";
    public static final long SEAL_IDLE_MS_DEFAULT = 300_000;

    public static final String FILE_SYNC_CONFIG = "file.sync";
    public static final String FILE_SYNC_DOC = "When Parquet files and manifests are forced to disk (fsync). Files always "
            + "appear by atomic rename, whole, so a killed worker never leaves a torn file in any mode. commit: rename "
            + "without fsync and fsync every file renamed since the last offset commit (and each folder once) just "
            + "before offsets are committed, so committed offsets cover only files on disk even after a power failure; "
            + "always: fsync each file and its folder at its rename (the slowest); none: never fsync, as Kafka's log "
            + "and Confluent's HDFS/S3 sinks; a power failure can then lose files whose offsets are committed.";
    public static final String FILE_SYNC_DEFAULT = "commit";

    public static final ConfigDef CONFIG_DEF = sealGroup(rotationGroup(storageGroup(
            new ConfigDef(AvroSerdeConfig.CONFIG_DEF))));

    /** @param props connector or task properties */
    public ParquetSinkConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props, false);
    }

    private static ConfigDef storageGroup(ConfigDef def) {
        return def
                .define(ROOT_DIR_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                        Importance.HIGH, ROOT_DIR_DOC)
                .define(DATASET_VERSION_CONFIG, Type.STRING, DATASET_VERSION_DEFAULT, new ConfigDef.NonEmptyString(),
                        Importance.HIGH, DATASET_VERSION_DOC)
                .define(PARQUET_ZSTD_LEVEL_CONFIG, Type.INT, PARQUET_ZSTD_LEVEL_DEFAULT, Range.between(1, 22),
                        Importance.LOW, PARQUET_ZSTD_LEVEL_DOC)
                .define(FILE_SYNC_CONFIG, Type.STRING, FILE_SYNC_DEFAULT,
                        ConfigDef.CaseInsensitiveValidString.in("always", "commit", "none"), Importance.MEDIUM,
                        FILE_SYNC_DOC);
    }

    private static ConfigDef rotationGroup(ConfigDef def) {
        return def
                .define(FLUSH_SIZE_CONFIG, Type.INT, FLUSH_SIZE_DEFAULT, Range.atLeast(1),
                        Importance.HIGH, FLUSH_SIZE_DOC)
                .define(ROTATE_INTERVAL_MS_CONFIG, Type.LONG, ROTATE_INTERVAL_MS_DEFAULT, Range.atLeast(-1),
                        Importance.MEDIUM, ROTATE_INTERVAL_MS_DOC)
                .define(ROTATE_ON_PARTITION_CHANGE_CONFIG, Type.BOOLEAN, ROTATE_ON_PARTITION_CHANGE_DEFAULT,
                        Importance.MEDIUM, ROTATE_ON_PARTITION_CHANGE_DOC);
    }

    private static ConfigDef sealGroup(ConfigDef def) {
        return def
                .define(FLUSH_WHEN_IDLE_CONFIG, Type.BOOLEAN, FLUSH_WHEN_IDLE_DEFAULT, Importance.MEDIUM,
                        FLUSH_WHEN_IDLE_DOC)
                .define(FLUSH_IDLE_MS_CONFIG, Type.LONG, FLUSH_IDLE_MS_DEFAULT, Range.atLeast(0), Importance.LOW,
                        FLUSH_IDLE_MS_DOC)
                .define(SEAL_SESSION_END_CONFIG, Type.STRING, SEAL_SESSION_END_DEFAULT,
                        ConfigDef.LambdaValidator.with((name, value) -> parseTime(name, value), () -> "HH:mm"),
                        Importance.LOW, SEAL_SESSION_END_DOC)
                .define(SEAL_GRACE_MS_CONFIG, Type.LONG, SEAL_GRACE_MS_DEFAULT, Range.atLeast(-1),
                        Importance.MEDIUM, SEAL_GRACE_MS_DOC)
                .define(SEAL_IDLE_MS_CONFIG, Type.LONG, SEAL_IDLE_MS_DEFAULT, Range.atLeast(-1),
                        Importance.MEDIUM, SEAL_IDLE_MS_DOC);
    }

    private static LocalTime parseTime(String name, Object value) {
        try {
            return LocalTime.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw new ConfigException(name, value, "expected HH:mm");
        }
    }

    public Path rootDir() {
        return Path.of(getString(ROOT_DIR_CONFIG));
    }

    /** The {@code file.sync} mode. */
    public FileSync.Mode fileSync() {
        return FileSync.Mode.parse(getString(FILE_SYNC_CONFIG));
    }

    public String datasetVersion() {
        return getString(DATASET_VERSION_CONFIG);
    }

    public RotationPolicy rotationPolicy() {
        return new RotationPolicy(getInt(FLUSH_SIZE_CONFIG), getLong(ROTATE_INTERVAL_MS_CONFIG),
                getBoolean(ROTATE_ON_PARTITION_CHANGE_CONFIG));
    }

    public boolean flushWhenIdle() {
        return getBoolean(FLUSH_WHEN_IDLE_CONFIG);
    }

    /** Idle time before the tail is written, ms, with {@link #flushWhenIdle()}. */
    public long flushIdleMs() {
        return getLong(FLUSH_IDLE_MS_CONFIG);
    }

    public SealPolicy sealPolicy() {
        return new SealPolicy(parseTime(SEAL_SESSION_END_CONFIG, getString(SEAL_SESSION_END_CONFIG)),
                getLong(SEAL_GRACE_MS_CONFIG));
    }

    /** Wall-clock idle time after which the end-of-input seal runs, ms; negative when off. */
    public long sealIdleMs() {
        return getLong(SEAL_IDLE_MS_CONFIG);
    }

    public ParquetSettings parquetSettings() {
        return ParquetSettings.DEFAULT.withZstdLevel(getInt(PARQUET_ZSTD_LEVEL_CONFIG));
    }

    public RegistryClientSettings registryClientSettings() {
        return new AvroSerdeConfig(originals()).clientSettings();
    }

    /**
     * Where {@code topic} lands: the {@code topic.<name>.} keys over tickflow's layout of that topic.
     *
     * @throws org.apache.kafka.common.config.ConfigException when the topic has no known layout and the keys do
     *         not give one
     */
    public DatasetLayout layoutOf(String topic) {
        return new TopicLayoutConfig(topic, originalsWithPrefix(TopicLayoutConfig.prefixOf(topic))).layout();
    }
}
