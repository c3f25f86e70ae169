package io.tickflow.cli.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.tickflow.cli.batch.ShortBatch;
import io.tickflow.core.alerts.AlertSettings;
import io.tickflow.core.bars.ImbalanceBarMode;
import io.tickflow.core.bars.ImbalanceBarSettings;
import io.tickflow.core.bars.ImbalanceMetric;
import io.tickflow.core.dataset.RegimeTable;
import io.tickflow.core.calendar.SessionScope;
import io.tickflow.core.labels.LabelSettings;
import io.tickflow.core.universe.InfoRichRules;
import io.tickflow.core.weights.WeightSettings;
import io.tickflow.producers.readers.PublicationLag;
import io.tickflow.streams.StreamsSettings;
import io.tickflow.streams.TickflowTopology;
import io.tickflow.streams.alerts.AlertsTopology;
import io.tickflow.streams.bars.DibBarsTopology;
import io.tickflow.streams.daily.DailyMetricsTopology;
import io.tickflow.streams.labels.LabelsTopology;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The YAML configuration (see {@code config/tickflow.yaml}): the bundled defaults, overlaid by a user's file key
 * by key, turned into the immutable settings records of {@code core} and the stages. Unknown keys are errors, so
 * a typo never silently keeps a default.
 */
public record TickflowConfig(Output output, Sessions sessions, Bars bars, Labels labels, Weights weights,
                             Daily daily, Universe universe, Dataset dataset, Streams streams,
                             ShortData shortData, Download download, Alerts alerts, Live live) {
    private static final String DEFAULTS = "tickflow.yaml";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public record Output(Path root, String version) {
    }

    public record Sessions(SessionScope scope, long graceMinutes, long outOfOrderToleranceMs) {
        public Duration grace() {
            return Duration.ofMinutes(graceMinutes);
        }

        public Duration outOfOrderTolerance() {
            return Duration.ofMillis(outOfOrderToleranceMs);
        }
    }

    public record Bars(ImbalanceBarMode mode, ImbalanceMetric metric, long expNumTicksInit, int numPrevBars,
                       int imbalanceWindow, double etMin, double etMax, @JsonProperty("const") boolean constExpTicks,
                       long minTicks, long maxTicks, int targetBarsPerSession, double anchorRatio,
                       double floorKappa, double floorGain) {
        public ImbalanceBarSettings settings() {
            return new ImbalanceBarSettings(mode, metric, expNumTicksInit, numPrevBars, imbalanceWindow, etMin, etMax,
                    constExpTicks, minTicks, maxTicks, targetBarsPerSession, anchorRatio, floorKappa, floorGain);
        }
    }

    public record Labels(int volatilitySpan, double cusumK, double profitTake, double stopLoss, int verticalBars,
                         long verticalMinutes) {
        public LabelSettings settings() {
            return new LabelSettings(volatilitySpan, cusumK, profitTake, stopLoss, verticalBars, verticalMinutes);
        }
    }

    public record Weights(double decay) {
        public WeightSettings settings() {
            return new WeightSettings(decay);
        }
    }

    /**
     * The stream graph's Kafka Streams settings ({@code tickflow live} and {@code tickflow streams}).
     *
     * @param processingGuarantee {@code exactly_once_v2} (the default) or {@code at_least_once}, Kafka Streams' own
     *                            names. Exactly-once: outputs, changelogs and input offsets commit in one transaction,
     *                            so a crash never duplicates or loses anything, but an alert is visible to
     *                            read_committed consumers only once its transaction commits. At-least-once: outputs
     *                            are visible at once (alert latency no longer waits for a commit, {@code tickflow
     *                            bench --stage alerts}), but after a crash (not a clean stop, which commits) the input
     *                            since the last commit is processed again: alerts may repeat with the same ids
     *                            ({@code tickflow alerts} drops them by id) and the state of the replayed records may
     *                            count twice, so the bars, labels and daily rows of the session running at the crash
     *                            may differ from the batch's
     * @param commitIntervalMs    ms between commits, or {@code auto}: {@value #EXACTLY_ONCE_COMMIT_MS} under exactly-once
     *                            (an alert waits about half of it on average, all of it at worst; shorter costs every
     *                            stage throughput: a commit flushes each task's caches and producer and writes
     *                            transaction markers), {@value #AT_LEAST_ONCE_COMMIT_MS} under at-least-once (Kafka
     *                            Streams' own default: a commit stalls the stream thread for tens of ms, and the
     *                            alerts arriving meanwhile make p99, so rarer commits give lower p99; the price is up
     *                            to that much input processed again after a crash)
     */
    public record Streams(String applicationId, Path stateDir, int threads, String processingGuarantee,
                          String commitIntervalMs) {
        /** The exactly-once commit interval of {@code commit_interval_ms: auto}, ms. */
        public static final long EXACTLY_ONCE_COMMIT_MS = 1000;
        /** The at-least-once commit interval of {@code commit_interval_ms: auto}, ms (Kafka Streams' default). */
        public static final long AT_LEAST_ONCE_COMMIT_MS = 30_000;

        /** @throws IllegalArgumentException naming the key when the guarantee or the interval is not understood */
        public Streams {
            guarantee(processingGuarantee);
            commitInterval(commitIntervalMs, StreamsSettings.Guarantee.EXACTLY_ONCE);
        }

        /** The processing guarantee as configured. */
        public StreamsSettings.Guarantee guarantee() {
            return guarantee(processingGuarantee);
        }

        /** The commit interval as configured, {@code auto} resolved for the guarantee. */
        public Duration commitInterval() {
            return commitInterval(commitIntervalMs, guarantee());
        }

        /**
         * The application's settings, with the command line's application id and state folder when not null.
         *
         * @param bootstrapServers the cluster
         */
        public StreamsSettings settings(String applicationIdOverride, String bootstrapServers, Path stateDirOverride) {
            return new StreamsSettings(applicationIdOverride != null ? applicationIdOverride : applicationId,
                    bootstrapServers, stateDirOverride != null ? stateDirOverride : stateDir, threads,
                    commitInterval(), guarantee());
        }

        private static StreamsSettings.Guarantee guarantee(String text) {
            for (StreamsSettings.Guarantee g : StreamsSettings.Guarantee.values()) {
                if (g.config().equals(text)) {
                    return g;
                }
            }
            throw new IllegalArgumentException("streams.processing_guarantee must be exactly_once_v2 or at_least_once: "
                    + text);
        }

        private static Duration commitInterval(String text, StreamsSettings.Guarantee guarantee) {
            if (text == null || text.equals("auto")) {
                return Duration.ofMillis(guarantee == StreamsSettings.Guarantee.AT_LEAST_ONCE ? AT_LEAST_ONCE_COMMIT_MS
                        : EXACTLY_ONCE_COMMIT_MS);
            }
            try {
                long ms = Long.parseLong(text.trim());
                if (ms >= 1) {
                    return Duration.ofMillis(ms);
                }
            } catch (NumberFormatException e) {
                // falls through to the message naming the key
            }
            throw new IllegalArgumentException("streams.commit_interval_ms must be auto or a whole number of ms >= 1: "
                    + text);
        }
    }

    /**
     * @param minutes               {@code bars_1m} (minute aggregates) or {@code trades} (the stage builds its own
     *                              minute bars from eligible trades: the live path without aggregates)
     * @param tradeMinuteLatenessSeconds with trades, stream-time seconds after a minute's end before it is closed
     */
    public record Daily(long graceMinutes, String minutes, long tradeMinuteLatenessSeconds) {
        public Duration grace() {
            return Duration.ofMinutes(graceMinutes);
        }

        /** @throws IllegalArgumentException when {@code minutes} is neither {@code bars_1m} nor {@code trades} */
        public DailyMetricsTopology.MinuteInput minuteInput() {
            return switch (minutes == null ? "bars_1m" : minutes) {
                case "bars_1m" -> DailyMetricsTopology.MinuteInput.BARS_1M;
                case "trades" -> DailyMetricsTopology.MinuteInput.trades(
                        Duration.ofSeconds(tradeMinuteLatenessSeconds));
                default -> throw new IllegalArgumentException("daily.minutes must be bars_1m or trades: " + minutes);
            };
        }
    }

    /**
     * DESIGN.md "Short data features, point in time": whether the stream joins them into daily.metrics, and the
     * publication-lag table giving each record the time it became public.
     */
    public record ShortData(boolean joinDaily, PublicationLags publicationLag) {
        public record PublicationLags(Lag finraShortVolume, Lag secFtd, Lag shortInterest) {
            public ShortBatch.Lags lags() {
                return new ShortBatch.Lags(finraShortVolume.lag(), secFtd.lag(), shortInterest.lag());
            }
        }

        /** @param time HH:MM local time of publication in {@code zone} */
        public record Lag(int days, boolean businessDays, String time, String zone) {
            public PublicationLag lag() {
                return new PublicationLag(days, businessDays, LocalTime.parse(time), ZoneId.of(zone));
            }
        }
    }

    /**
     * The seed's {@code universe_config.yaml}: its {@code thresholds} section, and how many days a market cap stays
     * valid for the {@code cap_max} rule.
     */
    public record Universe(Thresholds thresholds, int marketCapMaxAgeDays) {
        public record Thresholds(double rvol, double pctchg, double dvol, double minPrice, double maxPrice,
                                 double capMax) {
            public InfoRichRules rules() {
                return new InfoRichRules(rvol, pctchg, dvol, minPrice, maxPrice, capMax);
            }
        }
    }

    /**
     * Issue 8's alert rules; the info-rich thresholds are {@code universe.thresholds}. {@code source}: {@code trades},
     * {@code bars}, or {@code auto} (trades, unless {@code live.trades} is off: minute aggregates only).
     */
    public record Alerts(boolean enabled, String source, double spikeMultiple, int spikeMinHistory, double gapUp,
                         int openingRangeMinutes) {
    }

    /**
     * What the alert rules read.
     *
     * @throws IllegalArgumentException when {@code alerts.source} is not auto, trades or bars
     */
    public AlertsTopology.Input alertsInput() {
        return switch (alerts.source() == null ? "auto" : alerts.source()) {
            case "auto" -> live.trades() ? AlertsTopology.Input.TRADES : AlertsTopology.Input.BARS;
            case "trades" -> AlertsTopology.Input.TRADES;
            case "bars" -> AlertsTopology.Input.BARS;
            default -> throw new IllegalArgumentException("alerts.source must be auto, trades or bars: " + alerts.source());
        };
    }

    /** The alert rules as configured, over the configured session scope (empty with {@code sessions: none}). */
    public Optional<AlertSettings> alertSettings() {
        if (!sessions.scope().cutsSessions()) {
            return Optional.empty();
        }
        return Optional.of(new AlertSettings(sessions.scope(), universe.thresholds().rules(), alerts.spikeMultiple(),
                alerts.spikeMinHistory(), alerts.gapUp(), alerts.openingRangeMinutes()));
    }

    /** The ML dataset: the date → regime table of the {@code regime} column. */
    public record Dataset(Map<String, String> regimes) {
        /** @throws IllegalArgumentException when a key is not a YYYY-MM-DD date */
        public RegimeTable regimeTable() {
            Map<LocalDate, String> starts = new java.util.HashMap<>();
            (regimes == null ? Map.<String, String>of() : regimes).forEach((date, name) -> {
                try {
                    starts.put(LocalDate.parse(date), name);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException("dataset.regimes: '" + date + "' is not a YYYY-MM-DD date", e);
                }
            });
            return new RegimeTable(starts);
        }
    }

    /** {@code tickflow download}: base URLs, the name of the API key's environment variable, politeness and retries. */
    public record Download(String finraUrl, String secUrl, String polygonUrl, String polygonApiKeyEnv, String userAgent,
                           int maxAttempts, long initialBackoffMs, long maxBackoffMs, long requestTimeoutMs,
                           long minIntervalMs) {
        public io.tickflow.producers.download.RetryPolicy retryPolicy() {
            return new io.tickflow.producers.download.RetryPolicy(maxAttempts, Duration.ofMillis(initialBackoffMs),
                    Duration.ofMillis(maxBackoffMs), Duration.ofMillis(requestTimeoutMs), Duration.ofMillis(minIntervalMs));
        }
    }

    /**
     * {@code tickflow live}: the WebSocket feed (URL, the name of the API key's environment variable, channels, buffer,
     * gap threshold, reconnect backoff) and how often the live graph seals ended sessions on the wall clock.
     */
    public record Live(String url, String apiKeyEnv, boolean trades, boolean minuteAggregates, int bufferEvents,
                       long silenceGapSeconds, long reconnectInitialMs, long reconnectMaxMs, long sessionCheckSeconds) {
        public io.tickflow.producers.live.BackoffPolicy backoff() {
            return new io.tickflow.producers.live.BackoffPolicy(Duration.ofMillis(reconnectInitialMs),
                    Duration.ofMillis(reconnectMaxMs), 2.0, 0.5);
        }
    }

    /** Bar settings of the bars stage, with the session scope and grace. */
    public DibBarsTopology.Settings barsStage() {
        return new DibBarsTopology.Settings(bars.settings(), sessions.scope(), sessions.grace(),
                sessions.outOfOrderTolerance());
    }

    /** Every stage of the stream graph, as configured. */
    public TickflowTopology.Stages stages() {
        Optional<DailyMetricsTopology.Settings> dailyStage = sessions.scope().cutsSessions()
                ? Optional.of(new DailyMetricsTopology.Settings(sessions.scope(), daily.grace(), universe.thresholds().rules(),
                        universe.marketCapMaxAgeDays(), daily.minuteInput()))
                : Optional.empty();
        return new TickflowTopology.Stages(barsStage(), new LabelsTopology.Settings(labels.settings(),
                weights.settings(), sessions.scope(), sessions.grace()), dailyStage, shortData.joinDaily(),
                alerts.enabled() ? alertSettings() : Optional.empty(), alertsInput());
    }

    /** The bundled defaults. */
    public static TickflowConfig defaults() {
        return load(null);
    }

    /**
     * The defaults overlaid by {@code file} (when not null).
     *
     * @throws IllegalArgumentException naming the file and the problem when it cannot be read or has bad keys
     */
    public static TickflowConfig load(Path file) {
        try (InputStream in = TickflowConfig.class.getResourceAsStream(DEFAULTS)) {
            ObjectNode merged = (ObjectNode) YAML.readTree(in);
            if (file != null) {
                JsonNode user = YAML.readTree(Files.readString(file));
                if (user != null && !user.isMissingNode() && !user.isNull()) {
                    merge(merged, user, file);
                }
            }
            return YAML.treeToValue(merged, TickflowConfig.class);
        } catch (IOException e) {
            String where = file == null ? "bundled defaults" : file.toString();
            throw new IllegalArgumentException("configuration " + where + ": " + e.getMessage(), e);
        }
    }

    private static void merge(ObjectNode base, JsonNode overlay, Path file) {
        if (!overlay.isObject()) {
            throw new IllegalArgumentException("configuration " + file + ": expected a mapping of sections");
        }
        overlay.fields().forEachRemaining(e -> {
            JsonNode current = base.get(e.getKey());
            if (current instanceof ObjectNode section && e.getValue().isObject()) {
                merge(section, e.getValue(), file);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        });
    }
}
