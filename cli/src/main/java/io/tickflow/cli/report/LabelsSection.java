package io.tickflow.cli.report;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/** Label balance (AFML ch. 3: bin and barrier touched) and the distribution of sample weights (AFML ch. 4). */
final class LabelsSection {
    /** Rows drawn for a histogram at most; a fixed seed keeps the report reproducible. */
    static final String SAMPLE = " USING SAMPLE reservoir(200000 ROWS) REPEATABLE (42)";

    private LabelsSection() {
    }

    static void labels(HtmlPage page, Connection db) throws SQLException, IOException {
        page.heading("Labels");
        Table bins = Table.query(db, "SELECT CAST(bin AS VARCHAR) AS bin, count(*) AS labels,"
                + " count(*) / sum(count(*)) OVER () AS share FROM labels GROUP BY bin ORDER BY bin");
        page.chart("labels by bin", Charts.bars("Label balance: bin", "bin", "labels", bins.series(1)));
        Table touches = Table.query(db, "SELECT touch, count(*) AS labels, count(*) / sum(count(*)) OVER () AS share,"
                + " avg(ret) AS mean_ret FROM labels GROUP BY touch ORDER BY touch");
        page.chart("labels by barrier touched",
                Charts.bars("Label balance: barrier touched", "touch", "labels", touches.series(1)));
        page.table("Labels by bin", bins);
        page.table("Labels by barrier touched", touches);
    }

    static void weights(HtmlPage page, Connection db) throws SQLException, IOException {
        page.heading("Sample weights");
        Table sample = Table.query(db, "SELECT weight FROM weights" + SAMPLE);
        page.chart("weight distribution", Charts.histogram("Weight distribution", "weight", sample.doubles(0), 40));
        Table uniqueness = Table.query(db, "SELECT avg_uniqueness FROM weights" + SAMPLE);
        page.chart("average uniqueness distribution", Charts.histogram("Average uniqueness", "avg_uniqueness",
                uniqueness.doubles(0), 20));
        page.table("Weights", Table.query(db, "SELECT count(*) AS events, avg(weight) AS mean_weight,"
                + " min(weight) AS min_weight, median(weight) AS median_weight, max(weight) AS max_weight,"
                + " avg(avg_uniqueness) AS mean_uniqueness, count(DISTINCT (ticker, session)) AS sessions FROM weights"));
    }
}
