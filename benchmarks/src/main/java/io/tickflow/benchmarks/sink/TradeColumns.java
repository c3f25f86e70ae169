package io.tickflow.benchmarks.sink;

import io.tickflow.schemas.market.Trade;
import java.util.List;
import java.util.function.Function;
import org.apache.parquet.io.api.Binary;

/**
 * The trades of one file as column arrays, as a columnar decoder would hand them to a Parquet writer: primitives,
 * strings as UTF-8 {@link Binary}s (null when absent), nullable numbers as values with a presence flag. One array per
 * field of the trades' Avro schema, in its order.
 */
record TradeColumns(int rows, Binary[] ticker, long[] sipTs, Longs participantTs, Longs trfTs, double[] price,
                    double[] size, Ints exchange, int[][] conditions, Ints correction, Longs sequence, Ints tape,
                    Binary[] id, Ints trfId, Binary[] source) {

    /** A nullable long column: {@code values[i]} counts only where {@code present[i]}. */
    record Longs(long[] values, boolean[] present) {
    }

    /** A nullable int column: {@code values[i]} counts only where {@code present[i]}. */
    record Ints(int[] values, boolean[] present) {
    }

    static TradeColumns of(List<Trade> trades) {
        int n = trades.size();
        long[] sipTs = new long[n];
        double[] price = new double[n];
        double[] size = new double[n];
        int[][] conditions = new int[n][];
        for (int i = 0; i < n; i++) {
            Trade trade = trades.get(i);
            sipTs[i] = trade.getSipTs();
            price[i] = trade.getPrice();
            size[i] = trade.getSize();
            conditions[i] = trade.getConditions().stream().mapToInt(Integer::intValue).toArray();
        }
        return new TradeColumns(n, strings(trades, Trade::getTicker), sipTs, longs(trades, Trade::getParticipantTs),
                longs(trades, Trade::getTrfTs), price, size, ints(trades, Trade::getExchange), conditions,
                ints(trades, Trade::getCorrection), longs(trades, Trade::getSequence), ints(trades, Trade::getTape),
                strings(trades, Trade::getId), ints(trades, Trade::getTrfId), strings(trades, Trade::getSource));
    }

    private static Binary[] strings(List<Trade> trades, Function<Trade, String> field) {
        return trades.stream().map(field).map(s -> s == null ? null : Binary.fromString(s)).toArray(Binary[]::new);
    }

    private static Longs longs(List<Trade> trades, Function<Trade, Long> field) {
        Longs column = new Longs(new long[trades.size()], new boolean[trades.size()]);
        for (int i = 0; i < trades.size(); i++) {
            Long value = field.apply(trades.get(i));
            column.present[i] = value != null;
            column.values[i] = value == null ? 0 : value;
        }
        return column;
    }

    private static Ints ints(List<Trade> trades, Function<Trade, Integer> field) {
        Ints column = new Ints(new int[trades.size()], new boolean[trades.size()]);
        for (int i = 0; i < trades.size(); i++) {
            Integer value = field.apply(trades.get(i));
            column.present[i] = value != null;
            column.values[i] = value == null ? 0 : value;
        }
        return column;
    }
}
