package io.tickflow.streams.shortdata;

import io.tickflow.schemas.registry.SchemaRegistryClient;
import io.tickflow.schemas.shortdata.FailToDeliver;
import io.tickflow.schemas.shortdata.ShortInterest;
import io.tickflow.schemas.shortdata.ShortVolume;
import io.tickflow.schemas.topics.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * short.volume, ftd, short.interest → point-in-time stores → short features of each daily.metrics row (DESIGN.md
 * "Short data features, point in time").
 *
 * <p>Each short-data topic fills a global store keyed {@code ticker, reference date, sub-key}; every record keeps
 * its publication time, and the join asks the stores for what was public before the row's time, so the order in
 * which short data and minute bars arrive does not change a row as long as the short data has arrived. Global
 * stores rather than co-partitioned ones: short topics have 3 partitions and bars.1m 6, and the short data of all
 * US tickers is small. The join processor sits between the daily metrics processor and the daily.metrics sink
 * (see {@code DailyMetricsTopology}); it keeps each ticker's volume window for tickflow's own ADV.
 */
public final class ShortFeaturesTopology {
    public static final String VOLUME_SOURCE = "short-volume-source";
    public static final String FTD_SOURCE = "short-ftd-source";
    public static final String INTEREST_SOURCE = "short-interest-source";
    public static final String VOLUME_LOADER = "short-volume-store-loader";
    public static final String FTD_LOADER = "short-ftd-store-loader";
    public static final String INTEREST_LOADER = "short-interest-store-loader";
    public static final String VOLUME_STORE = "short-volume-pit-store";
    public static final String FTD_STORE = "short-ftd-pit-store";
    public static final String INTEREST_STORE = "short-interest-pit-store";
    public static final String JOIN_PROCESSOR = "daily-short-features-processor";
    public static final String ADV_STORE = "daily-short-features-adv-store";

    /** The value serdes of the short-data topics. */
    public record TopicSerdes(Serde<ShortVolume> volumes, Serde<FailToDeliver> fails, Serde<ShortInterest> interest) {
        public static TopicSerdes of(SchemaRegistryClient registry) {
            return new TopicSerdes(Topics.SHORT_VOLUME.valueSerde(registry), Topics.FTD.valueSerde(registry),
                    Topics.SHORT_INTEREST.valueSerde(registry));
        }
    }

    private ShortFeaturesTopology() {
    }

    /** Adds the three global point-in-time stores and the join processor below {@code dailyProcessor}. */
    public static Topology addTo(Topology topology, String dailyProcessor, TopicSerdes serdes) {
        Serde<String> keys = Serdes.String();
        topology.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VOLUME_STORE), keys,
                        ShortStateSerdes.volume()).withLoggingDisabled(), VOLUME_SOURCE, keys.deserializer(),
                serdes.volumes().deserializer(), Topics.SHORT_VOLUME.name(), VOLUME_LOADER,
                () -> new ShortStoreLoader<>(VOLUME_STORE, ShortRecords::volumeOf));
        topology.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FTD_STORE), keys,
                        ShortStateSerdes.fails()).withLoggingDisabled(), FTD_SOURCE, keys.deserializer(),
                serdes.fails().deserializer(), Topics.FTD.name(), FTD_LOADER,
                () -> new ShortStoreLoader<>(FTD_STORE, ShortRecords::failsOf));
        topology.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(INTEREST_STORE), keys,
                        ShortStateSerdes.interest()).withLoggingDisabled(), INTEREST_SOURCE, keys.deserializer(),
                serdes.interest().deserializer(), Topics.SHORT_INTEREST.name(), INTEREST_LOADER,
                () -> new ShortStoreLoader<>(INTEREST_STORE, ShortRecords::interestOf));
        topology.addProcessor(JOIN_PROCESSOR, ShortFeaturesProcessor::new, dailyProcessor);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ADV_STORE), keys,
                ShortStateSerdes.averageDailyVolume()).withCachingEnabled(), JOIN_PROCESSOR);
        return topology;
    }
}
