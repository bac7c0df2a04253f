package dev.practice2fa.benchmarks.report;

import dev.practice2fa.benchmarks.load.StepResult;
import dev.practice2fa.benchmarks.search.RateSearch;
import dev.practice2fa.benchmarks.search.SearchResult;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;

/**
 * A latency-against-rate chart of one rate search as SVG: p50 and p99 of every step over the
 * offered rate, latency on a logarithmic axis so a stall of seconds and a median of a fraction
 * of a millisecond both stay readable, the p99 bound as a dashed line, and each step that held
 * drawn filled, each that did not drawn hollow.
 */
public final class LatencyChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 400;
    static final int LEFT = 72;
    static final int RIGHT = 24;
    static final int TOP = 52;
    static final int BOTTOM = 56;
    static final String P50_COLOUR = "#1f77b4";
    static final String P99_COLOUR = "#d95f02";
    /** Latencies below this are drawn at it: a log axis has no zero. */
    private static final double FLOOR_MILLIS = 0.01;

    private final SearchResult search;
    private final double xMax;
    private final double logMin;
    private final double logMax;

    private LatencyChart(SearchResult search) {
        this.search = search;
        double topRate = search.steps().stream().mapToDouble(StepResult::ratePerSecond).max().orElse(1);
        this.xMax = Math.ceil(topRate / niceCeiling(topRate / 5)) * niceCeiling(topRate / 5);
        double bound = search.p99Bound().toNanos() / 1e6;
        double low = Math.min(bound, latencies(step -> step.latency().p50Millis()).min().orElse(bound));
        double high = Math.max(bound, latencies(step -> step.latency().p99Millis()).max().orElse(bound));
        this.logMin = Math.floor(Math.log10(Math.max(FLOOR_MILLIS, low)));
        this.logMax = Math.max(logMin + 1, Math.ceil(Math.log10(Math.max(FLOOR_MILLIS, high))));
    }

    /** The chart of {@code search}, titled {@code title}. */
    public static String svg(String title, SearchResult search) {
        return new LatencyChart(search).draw(title);
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code value}. */
    static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double multiple : new double[] {1, 2, 5, 10}) {
            if (multiple * power >= value * (1 - 1e-9)) {
                return multiple * power;
            }
        }
        return 10 * power;
    }

    private String draw(String title) {
        StringBuilder svg = new StringBuilder();
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(format("<text x=\"%d\" y=\"20\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", LEFT,
                escape(title)));
        xAxis(svg);
        yAxis(svg);
        svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "black", ""));
        svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "black", ""));
        boundLine(svg);
        series(svg, "p50", P50_COLOUR, step -> step.latency().p50Millis());
        series(svg, "p99", P99_COLOUR, step -> step.latency().p99Millis());
        legend(svg);
        return svg.append("</svg>\n").toString();
    }

    private void xAxis(StringBuilder svg) {
        double step = niceCeiling(xMax / 5);
        int bottom = HEIGHT - BOTTOM;
        for (double rate = 0; rate <= xMax * (1 + 1e-9); rate += step) {
            double x = x(rate);
            svg.append(line(x, TOP, x, bottom, "#e0e0e0", ""));
            svg.append(format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, bottom + 16,
                    Formats.number(rate)));
        }
        svg.append(format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
                + "offered rate (operations per second)</text>%n", LEFT + plotWidth() / 2, HEIGHT - 14));
    }

    private void yAxis(StringBuilder svg) {
        for (double power = logMin; power <= logMax; power++) {
            double millis = Math.pow(10, power);
            double y = y(millis);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#e0e0e0", ""));
            svg.append(format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6, y + 4,
                    decade(millis)));
        }
        svg.append(format("<text transform=\"translate(16 %d) rotate(-90)\" text-anchor=\"middle\">"
                + "latency from intended start (ms, log scale)</text>%n", TOP + plotHeight() / 2));
    }

    private void boundLine(StringBuilder svg) {
        double bound = search.p99Bound().toNanos() / 1e6;
        double y = y(bound);
        svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#555555", " stroke-dasharray=\"6 4\""));
        svg.append(format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#555555\">"
                + "p99 bound %s</text>%n", WIDTH - RIGHT - 4, y - 5, Formats.millis(bound)));
    }

    private void series(StringBuilder svg, String name, String colour, ToDoubleFunction<StepResult> value) {
        List<StepResult> steps = search.steps();
        StringBuilder points = new StringBuilder();
        for (StepResult step : steps) {
            points.append(format("%.1f,%.1f ", x(step.ratePerSecond()), y(value.applyAsDouble(step))));
        }
        svg.append(format("<polyline class=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
                + "points=\"%s\"/>%n", name, colour, points.toString().trim()));
        for (StepResult step : steps) {
            String fill = RateSearch.holds(step, search.p99Bound()) ? colour : "white";
            svg.append(format("<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\" "
                    + "stroke=\"%s\"/>%n", name, x(step.ratePerSecond()), y(value.applyAsDouble(step)),
                    fill, colour));
        }
    }

    private void legend(StringBuilder svg) {
        int x = LEFT;
        svg.append(line(x, 36, x + 20, 36, P50_COLOUR, " stroke-width=\"2\""));
        svg.append(format("<text x=\"%d\" y=\"40\">p50</text>%n", x + 24));
        svg.append(line(x + 56, 36, x + 76, 36, P99_COLOUR, " stroke-width=\"2\""));
        svg.append(format("<text x=\"%d\" y=\"40\">p99</text>%n", x + 80));
        svg.append(format("<text x=\"%d\" y=\"40\" fill=\"#555555\">"
                + "filled: step held; hollow: it did not</text>%n", x + 112));
    }

    double x(double rate) {
        return LEFT + plotWidth() * rate / xMax;
    }

    double y(double millis) {
        double log = Math.log10(Math.max(FLOOR_MILLIS, millis));
        return TOP + plotHeight() * (logMax - log) / (logMax - logMin);
    }

    private DoubleStream latencies(ToDoubleFunction<StepResult> value) {
        return search.steps().stream().mapToDouble(value);
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private static String decade(double millis) {
        return millis >= 1 ? Formats.number(millis) + " ms" : String.format(Locale.ROOT, "%s ms",
                Double.toString(millis).replaceAll("0+$", ""));
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String extra) {
        return format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>%n",
                x1, y1, x2, y2, colour, extra);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
