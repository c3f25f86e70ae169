package io.tickflow.cli.report;

import java.awt.Color;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;

/**
 * Charts of the report as PNG {@code data:} URIs, so the HTML file stands alone. Rendered off screen with JFreeChart
 * ({@code java.awt.headless} is set: servers and CI machines have no display).
 */
final class Charts {
    static final int WIDTH = 900;
    static final int HEIGHT = 340;
    /** Beyond this many categories the axis labels would overlap: they are left out (the table has them). */
    private static final int MAX_LABELLED_CATEGORIES = 40;
    private static final Color BAR = new Color(0x3b6ea5);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** A bar per category, in the map's order. */
    static String bars(String title, String categoryLabel, String valueLabel, Map<String, ? extends Number> values)
            throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((category, value) -> data.addValue(value, valueLabel, category));
        JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, valueLabel, data,
                PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, BAR);
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        axis.setTickLabelsVisible(values.size() <= MAX_LABELLED_CATEGORIES);
        return png(chart);
    }

    /** A histogram of {@code values} in {@code bins} equal bins. */
    static String histogram(String title, String valueLabel, double[] values, int bins) throws IOException {
        HistogramDataset data = new HistogramDataset();
        data.addSeries(valueLabel, values.length == 0 ? new double[] {0} : values, bins);
        JFreeChart chart = ChartFactory.createHistogram(title, valueLabel, "count", data,
                PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setSeriesPaint(0, BAR);
        renderer.setShadowVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return png(chart);
    }

    private static String png(JFreeChart chart) throws IOException {
        chart.setBackgroundPaint(Color.WHITE);
        byte[] png = ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT));
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
