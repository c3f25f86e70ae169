package io.tickflow.cli.report;

import java.util.List;

/** A self-contained HTML page built section by section; every text is escaped. */
final class HtmlPage {
    private final StringBuilder body = new StringBuilder();
    private final String title;
    private int charts;

    HtmlPage(String title) {
        this.title = title;
    }

    HtmlPage heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    HtmlPage paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** A chart from a {@code data:} URI. */
    HtmlPage chart(String alt, String dataUri) {
        charts++;
        body.append("<img class=\"chart\" width=\"").append(Charts.WIDTH).append("\" alt=\"").append(escape(alt))
                .append("\" src=\"").append(dataUri).append("\">\n");
        return this;
    }

    /** A table with a caption; an empty table says so instead. */
    HtmlPage table(String caption, Table table) {
        if (table.rows().isEmpty()) {
            return paragraph(caption + ": none.");
        }
        body.append("<table><caption>").append(escape(caption)).append("</caption>\n<tr>");
        table.header().forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr>\n");
        for (List<String> row : table.rows()) {
            body.append("<tr>");
            row.forEach(cell -> body.append("<td>").append(escape(cell)).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    int charts() {
        return charts;
    }

    String html() {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>\n<style>"
                + "body{font-family:sans-serif;margin:2em;max-width:960px}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}caption{font-weight:bold;text-align:left}"
                + "img.chart{display:block;margin:1em 0}</style></head>\n<body>\n<h1>" + escape(title) + "</h1>\n"
                + body + "</body></html>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
