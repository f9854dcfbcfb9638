package dev.chainrule.bench.report;

import dev.chainrule.bench.TanhSweepBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The crossover chart as SVG, drawn by hand: the time of the whole Jacobian of {@code tanh(A·x)} by forward and by
 * reverse mode against {@code n/m} (both axes logarithmic), the hand-written Jacobian as the floor, AUTO's times as
 * circles labelled with the mode it chose ({@code F} forward, {@code V} vector forward, {@code R} reverse), and a dashed
 * line where the forward and reverse curves cross.
 */
public final class CrossoverChart {

    /** The fixed number of Jacobian entries {@code n·m} of the sweep. */
    static final int ENTRIES = TanhSweepBenchmark.SIZE;

    private static final String BENCHMARK = "TanhSweepBenchmark";
    private static final int WIDTH = 780;
    private static final int HEIGHT = 470;
    private static final int LEFT = 80;
    private static final int RIGHT = 190;
    private static final int TOP = 50;
    private static final int BOTTOM = 70;
    private static final double MIN_ASPECT = -6;
    private static final double MAX_ASPECT = 6;

    private final Measurements results;
    private final Clock clock;
    private final AutoChoices choices;
    private final StringBuilder svg = new StringBuilder();
    private double lowDecade;
    private double highDecade;

    /**
     * Prepares the chart of one run.
     *
     * @param results the run's measurements; the chart is empty but valid without the sweep
     * @param choices the mode AUTO chose at each point of the sweep
     */
    public CrossoverChart(Measurements results, AutoChoices choices) {
        this.results = results;
        this.clock = Clock.preferred(results);
        this.choices = choices;
    }

    /**
     * Names an aspect ratio as a fraction or a whole number.
     *
     * @param n the number of inputs
     * @param m the number of outputs
     * @return for example {@code 1/64}, {@code 1}, {@code 64}
     */
    static String aspect(int n, int m) {
        return n >= m ? Integer.toString(n / m) : "1/" + m / n;
    }

    /**
     * Renders the chart.
     *
     * @return the SVG document, {@code \n} line ends
     */
    public String render() {
        svg.setLength(0);
        List<Point> points = points();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(LEFT, 24, "Jacobian of y = tanh(A·x) with n·m = " + ENTRIES + ": time per Jacobian", "start", 15);
        if (points.isEmpty()) {
            text(WIDTH / 2.0, HEIGHT / 2.0, "no TanhSweepBenchmark measurements in this run", "middle", 13);
            return svg.append("</svg>\n").toString();
        }
        scale(points);
        axes();
        curve(points, Series.FORWARD, "#1f77b4", "");
        curve(points, Series.REVERSE, "#d62728", "");
        curve(points, Series.HAND_WRITTEN, "#7f7f7f", " stroke-dasharray=\"6 4\"");
        crossing(points);
        auto(points);
        legend();
        return svg.append("</svg>\n").toString();
    }

    /** The sweep's measured times in microseconds, by {@code n/m}, and the mode AUTO chose. */
    private record Point(int n, int m, double forward, double reverse, double auto, double handWritten,
                         String choice) {

        double aspect() {
            return Math.log((double) n / m) / Math.log(2);
        }
    }

    private enum Series { FORWARD, REVERSE, HAND_WRITTEN }

    private List<Point> points() {
        List<Point> points = new ArrayList<>();
        for (String size : results.paramsOf(BENCHMARK)) {
            int n = Integer.parseInt(size.substring(size.indexOf('=') + 1));
            Optional<Measurement> forward = results.find(BENCHMARK, "forward", size);
            Optional<Measurement> reverse = results.find(BENCHMARK, "reverse", size);
            if (forward.isPresent() && reverse.isPresent()) {
                points.add(new Point(n, ENTRIES / n, micros(forward), micros(reverse),
                        micros(results.find(BENCHMARK, "auto", size)),
                        micros(results.find(BENCHMARK, "handWritten", size)), choices.of(BENCHMARK, size).orElse("")));
            }
        }
        points.sort((a, b) -> Double.compare(a.aspect(), b.aspect()));
        return points;
    }

    private double micros(Optional<Measurement> m) {
        return m.map(x -> x.nanos(clock) / 1000).orElse(Double.NaN);
    }

    private void scale(List<Point> points) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            for (double t : new double[] {p.forward(), p.reverse(), p.auto(), p.handWritten()}) {
                if (t > 0) {
                    low = Math.min(low, Math.log10(t));
                    high = Math.max(high, Math.log10(t));
                }
            }
        }
        lowDecade = Math.floor(low);
        highDecade = Math.max(Math.ceil(high), lowDecade + 1);
    }

    private double x(double aspect) {
        return LEFT + (aspect - MIN_ASPECT) / (MAX_ASPECT - MIN_ASPECT) * (WIDTH - LEFT - RIGHT);
    }

    private double y(double micros) {
        return TOP + (highDecade - Math.log10(micros)) / (highDecade - lowDecade) * (HEIGHT - TOP - BOTTOM);
    }

    private void axes() {
        double bottom = HEIGHT - BOTTOM;
        double right = WIDTH - RIGHT;
        for (int a = (int) MIN_ASPECT; a <= MAX_ASPECT; a++) {
            double x = x(a);
            line(x, TOP, x, bottom, "#eeeeee", "");
            if (a % 2 == 0) {
                text(x, bottom + 18, a >= 0 ? Integer.toString(1 << a) : "1/" + (1 << -a), "middle", 12);
            }
        }
        for (double d = lowDecade; d <= highDecade; d++) {
            double y = y(Math.pow(10, d));
            line(LEFT, y, right, y, "#dddddd", "");
            text(LEFT - 8, y + 4, decade(d), "end", 12);
        }
        line(LEFT, TOP, LEFT, bottom, "black", "");
        line(LEFT, bottom, right, bottom, "black", "");
        text((LEFT + right) / 2, bottom + 44, "n/m (inputs / outputs; n = 8 … 512, m = 4096 / n)", "middle", 13);
        svg.append(String.format(Locale.ROOT,
                "<text x=\"20\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\" transform=\"rotate(-90 20 %.1f)\">"
                        + "%s µs per Jacobian</text>\n", (TOP + bottom) / 2.0, (TOP + bottom) / 2.0,
                clock == Clock.CPU ? "CPU" : "wall-clock"));
    }

    /** A power of ten as people write it: {@code 0.01}, {@code 1}, {@code 1,000}. */
    private static String decade(double exponent) {
        return exponent >= 0 ? String.format(Locale.ROOT, "%,d", Math.round(Math.pow(10, exponent)))
                : String.format(Locale.ROOT, "%." + Math.round(-exponent) + "f", Math.pow(10, exponent));
    }

    private void curve(List<Point> points, Series series, String colour, String dash) {
        StringBuilder path = new StringBuilder();
        for (Point p : points) {
            double t = switch (series) {
                case FORWARD -> p.forward();
                case REVERSE -> p.reverse();
                case HAND_WRITTEN -> p.handWritten();
            };
            if (t > 0) {
                path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f",
                        x(p.aspect()), y(t)));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n",
                        x(p.aspect()), y(t), colour));
            }
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2\"").append(dash).append("/>\n");
    }

    /** A dashed vertical line where forward and reverse swap places, interpolated on the log-log axes. */
    private void crossing(List<Point> points) {
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double da = Math.log(a.forward() / a.reverse());
            double db = Math.log(b.forward() / b.reverse());
            if (da <= 0 && db > 0 || da >= 0 && db < 0) {
                double aspect = a.aspect() + (b.aspect() - a.aspect()) * da / (da - db);
                double x = x(aspect);
                line(x, TOP, x, HEIGHT - BOTTOM, "#2ca02c", " stroke-dasharray=\"4 3\" stroke-width=\"1.5\"");
                text(x + 4, TOP + 14, String.format(Locale.ROOT, "crossover n/m ≈ %.2g", Math.pow(2, aspect)),
                        "start", 12);
                return;
            }
        }
    }

    private void auto(List<Point> points) {
        for (Point p : points) {
            if (!(p.auto() > 0)) {
                continue;
            }
            double x = x(p.aspect());
            double y = y(p.auto());
            svg.append(String.format(Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"none\" stroke=\"black\" stroke-width=\"1.5\"/>\n",
                    x, y));
            text(x + 10, y - 6, letter(p.choice()), "start", 11);
        }
    }

    /** {@code F}, {@code V} or {@code R} for the mode AUTO chose; more letters if it mixed them. */
    private static String letter(String choice) {
        StringBuilder letters = new StringBuilder();
        for (String word : choice.split(" and ")) {
            if (!word.isEmpty()) {
                letters.append(word.startsWith("vector") ? 'V' : Character.toUpperCase(word.charAt(0)));
            }
        }
        return letters.toString();
    }

    private void legend() {
        double x = WIDTH - RIGHT + 20;
        double y = TOP + 10;
        String[][] entries = {{"#1f77b4", "forward (n JVPs)", ""}, {"#d62728", "reverse (m VJPs)", ""},
                {"#7f7f7f", "hand-written", " stroke-dasharray=\"6 4\""}};
        for (String[] e : entries) {
            line(x, y, x + 28, y, e[0], " stroke-width=\"2\"" + e[2]);
            text(x + 36, y + 4, e[1], "start", 12);
            y += 22;
        }
        svg.append(String.format(Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"none\" stroke=\"black\" stroke-width=\"1.5\"/>\n",
                x + 14, y));
        text(x + 36, y + 4, "AUTO, labelled with", "start", 12);
        text(x + 36, y + 20, "the mode it chose", "start", 12);
        line(x, y + 42, x + 28, y + 42, "#2ca02c", " stroke-dasharray=\"4 3\" stroke-width=\"1.5\"");
        text(x + 36, y + 46, "measured crossover", "start", 12);
    }

    private void line(double x1, double y1, double x2, double y2, String colour, String extra) {
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>\n", x1, y1, x2, y2, colour,
                extra));
    }

    private void text(double x, double y, String content, String anchor, int size) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">",
                x, y, anchor, size)).append(escape(content)).append("</text>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
