package io.tickflow.cli.run;

import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.topics.Topic;
import io.tickflow.sinks.commit.ExportConsumerFactory;
import io.tickflow.sinks.commit.ExportSettings;
import io.tickflow.sinks.commit.ExportStats;
import io.tickflow.sinks.commit.TopicParquetExporter;
import io.tickflow.sinks.format.ParquetFormat;
import io.tickflow.sinks.format.ParquetSettings;
import io.tickflow.sinks.partition.DatasetLayout;
import io.tickflow.sinks.storage.LocalStorage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Lands a topic as partitioned Parquet under the output layout, reading only committed records. */
public final class TopicExport {
    private TopicExport() {
    }

    /**
     * Exports what the topic holds now (catch-up) into {@code root}.
     *
     * @param groupId consumer group recording the export's progress; a rerun with the same group resumes
     */
    public static ExportStats catchUp(String bootstrapServers, SchemaRegistryClient registry, Topic<?> topic,
                                      Path root, String version, String groupId) throws IOException {
        DatasetLayout layout = DatasetLayout.forTopic(topic.name()).orElseThrow(() ->
                new IllegalArgumentException("no output layout for topic " + topic.name() + "; known: "
                        + DatasetLayout.ALL.stream().map(DatasetLayout::topic).toList()));
        ExportSettings settings = ExportSettings.catchUp(topic.name(), layout.folderFor(version));
        try (var consumer = ExportConsumerFactory.create(bootstrapServers, groupId,
                topic.valueSerde(registry).deserializer(), Map.of())) {
            return new TopicParquetExporter(consumer, settings, layout.partitioner(),
                    new ParquetFormat(ParquetSettings.DEFAULT), new LocalStorage(root)).run();
        }
    }
}
