package dev.practice2fa.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.practice2fa.benchmarks.load.LatencySummary;
import dev.practice2fa.benchmarks.load.StepResult;
import dev.practice2fa.benchmarks.search.SearchResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LatencyChartTests {
    private static final SearchResult SEARCH = new SearchResult(List.of(
            step(400, 2.0, 9.0, 0),
            step(100, 0.5, 1.0, 0),
            step(200, 1.0, 4.0, 0),
            step(800, 30.0, 250.0, 3)), Optional.empty(), "stopped", Duration.ofMillis(10));

    @Test
    void drawsOnePointPerStepForP50AndP99InOrderOfRate() throws Exception {
        Document chart = parse(LatencyChart.svg("Sign-in <decision> & more", SEARCH));

        List<double[]> p50 = points(chart, "p50");
        List<double[]> p99 = points(chart, "p99");
        assertThat(p50).hasSize(4);
        assertThat(p99).hasSize(4);
        assertThat(p50).extracting(point -> point[0]).isSorted();
        for (int i = 0; i < 4; i++) {
            assertThat(p99.get(i)[1]).as("p99 is drawn above p50").isLessThan(p50.get(i)[1]);
        }
    }

    @Test
    void placesLatenciesOnALogarithmicAxisWithTheBoundBetweenThem() throws Exception {
        Document chart = parse(LatencyChart.svg("chart", SEARCH));
        List<double[]> p99 = points(chart, "p99");

        double oneMillis = p99.get(0)[1];
        double fourMillis = p99.get(1)[1];
        double nineMillis = p99.get(2)[1];
        // From 0.1 ms (below the lowest p50, 0.5 ms) to 1,000 ms (above the highest p99, 250 ms).
        double perDecade = (LatencyChart.HEIGHT - LatencyChart.TOP - LatencyChart.BOTTOM) / 4.0;
        assertThat(oneMillis - fourMillis).isCloseTo(perDecade * Math.log10(4), offset(0.2));
        assertThat(boundY(chart)).isBetween(p99.get(3)[1], nineMillis);
    }

    @Test
    void drawsStepsThatDidNotHoldHollow() throws Exception {
        Document chart = parse(LatencyChart.svg("chart", SEARCH));
        NodeList circles = chart.getElementsByTagName("circle");

        List<String> p99Fills = new ArrayList<>();
        for (int i = 0; i < circles.getLength(); i++) {
            Element circle = (Element) circles.item(i);
            if (circle.getAttribute("class").equals("p99")) {
                p99Fills.add(circle.getAttribute("fill"));
            }
        }
        assertThat(p99Fills).containsExactly(LatencyChart.P99_COLOUR, LatencyChart.P99_COLOUR,
                LatencyChart.P99_COLOUR, "white");
    }

    @Test
    void keepsTheTitleAsTextEvenWithMarkupCharacters() throws Exception {
        Document chart = parse(LatencyChart.svg("Sign-in <decision> & more", SEARCH));

        assertThat(chart.getElementsByTagName("text").item(0).getTextContent())
                .isEqualTo("Sign-in <decision> & more");
    }

    @Test
    void roundsAxisStepsUpToOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(LatencyChart.niceCeiling(160)).isEqualTo(200);
        assertThat(LatencyChart.niceCeiling(200)).isEqualTo(200);
        assertThat(LatencyChart.niceCeiling(3.2)).isEqualTo(5);
        assertThat(LatencyChart.niceCeiling(0.07)).isCloseTo(0.1, offset(1e-12));
        assertThat(LatencyChart.niceCeiling(6)).isEqualTo(10);
    }

    private static double boundY(Document chart) {
        NodeList lines = chart.getElementsByTagName("line");
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            if (!line.getAttribute("stroke-dasharray").isEmpty()) {
                return Double.parseDouble(line.getAttribute("y1"));
            }
        }
        throw new AssertionError("no dashed bound line");
    }

    private static List<double[]> points(Document chart, String series) {
        NodeList polylines = chart.getElementsByTagName("polyline");
        for (int i = 0; i < polylines.getLength(); i++) {
            Element polyline = (Element) polylines.item(i);
            if (polyline.getAttribute("class").equals(series)) {
                List<double[]> points = new ArrayList<>();
                for (String pair : polyline.getAttribute("points").split(" ")) {
                    String[] xy = pair.split(",");
                    points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
                }
                return points;
            }
        }
        throw new AssertionError("no polyline " + series);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static StepResult step(double rate, double p50Millis, double p99Millis, long errors) {
        int planned = (int) rate;
        long p50 = Math.round(p50Millis * 1000);
        long p99 = Math.round(p99Millis * 1000);
        return new StepResult(rate, planned, planned - errors, errors, new LatencySummary(planned, p50, p99, p99), 0,
                errors == 0 ? Map.of() : Map.of("GET /x answered 503", errors));
    }
}
